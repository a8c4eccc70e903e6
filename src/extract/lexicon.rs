//! The words of the facts: hosting, data scopes, places, clauses. French, English and German
//! in full; Spanish, Italian and Dutch where cheap. Each list is one case-insensitive regex.

use std::sync::LazyLock;

use regex::Regex;

use super::wordlist::{WORD_END_IN_CLAUSE, WordList};
use crate::patterns::constant;

macro_rules! lexicon {
    ($(#[$doc:meta])* $name:ident = [$($alt:expr),+ $(,)?]) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordList> = LazyLock::new(|| WordList::new(&[$($alt),+]));
    };
    // A list that also takes the words of a shared array, so that a word added there counts
    // in every list that includes it.
    ($(#[$doc:meta])* $name:ident = [$($alt:expr),* $(,)?] + $shared:expr) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordList> =
            LazyLock::new(|| WordList::new(&[&[$($alt),*][..], $shared].concat()));
    };
}

lexicon!(
    /// Hosting, SaaS, cloud: the contract may include running the service.
    HOSTING = [
        // Not "infogérance" alone: managing the buyer's IT ("l'infogérance de l'Établissement":
        // its network, servers and workstations) hosts nothing; "infogérance d'hébergement"
        // names hosting by its own word.
        "héberg\\w*", "SaaS",
        "(?:services?|offres?|solutions?|plateformes?) (?:de )?cloud", "cloud (?:public|privé|souverain|de confiance)",
        "en mode cloud", "cloud[- ]hosted", "cloud[- ]based",
        "cloud (?:services?|hosting|offer|offering|providers?|computing|platforms?|solutions?|environments?|infrastructure)",
        "Cloud-(?:Dienst|Lösung|Plattform|Umgebung|Infrastruktur|Anbieter|Betrieb)\\w*", "infogéré\\w*", "centres? de données", "datacent\\w*",
        "en mode service", "logiciel en tant que service",
        "host(?:s|ed|ing)?", "data cent(?:re|er)s?", "managed (?:[\\w-]+,? ){0,3}(?:and )?(?:hosting|cloud|infrastructure|servers?|applications?|platforms?|database|storage|backup|e-?mail|data cent(?:re|er)) services?", "managed services? (?:including|with|covering) [^.;]{0,40}(?:hosting|storage|servers?)", "software as a service",
        // Not "IaaS" or "PaaS" alone: they name layers ("IaaS-Standarddefinitionen", "auf
        // IaaS-Ebene") more often than a service bought.
        // The German genitive too: "Bereitstellung des Hostings".
        "Hostings?", "gehostet", "hostet", "hosten", "Rechenzentr\\w*",
        "Betrieb (?:und \\w+ )?(?:einer|eines|der|des) (?:[\\w-]+ ){0,2}(?:Plattform|Cloud|Anwendung|[\\w-]*Lösung|Software|Fachverfahrens|Dienstes|Systems)",
        // A public cloud by its German compound: "Schulcloud", "Landescloud".
        "(?:Schul|Landes|Bundes|Verwaltungs|Kommunal|Justiz|Behörden)-?[Cc]loud",
        // The participle in lower case only: "Betrieben" is also the dative plural of "Betrieb",
        // enterprises ("den Behörden, Betrieben und Anstalten des Landes").
        "(?:zu )?betreiben", "(?-i:betrieben)",
        // "betreibt das Bürgerportal in einer hochverfügbaren Umgebung, die er bereitstellt".
        "betreibt (?:[\\w-]+ ){0,8}(?:in|auf) (?:einer|seiner|eigener|eigenen|der|dem) (?:[\\w-]+ ){0,2}(?:Umgebung|Infrastruktur|Rechenzentr\\w*|Cloud)",
        // Not "alojamiento" alone: "gastos de desplazamiento, alojamiento y manutención" is the
        // staff's lodging.
        "alojamiento (?:de|del|en|web)", "alojad\\w+ en", "ser[áa]n? alojad[oa]s?", "nube", "ospitat\\w*", "hosting", "gehost",
        "centro de (?:proceso de )?datos", "CPD", "(?:come|quale) servizio cloud", "(?:in )?modalit[àa] cloud", "(?:en )?modalidad cloud", "(?:soluzion[ei]|piattaform[ae]) (?:in )?cloud",
        "in cloud", "centr[oi] (?:di elaborazione )?dati", "in de cloud", "cloud(?:dienst|oplossing|omgeving|platform)\\w*",
        // Cloud infrastructure supplied: "l'infrastruttura IaaS", "I server che ospitano
        // l'applicativo". Not computing capacity alone: a laptop has "compute resources".
        "infrastruttura (?:IaaS|cloud)", "infraestructura (?:IaaS|cloud|en la nube)",
        // Not "ospita" alone, nor "ospita i servizi": "l'edificio che ospita i servizi sociali"
        // houses people.
        "ospit(?:a|ano|erà|eranno) (?:l'|gli |i |la |le |il )?(?:applicativ\\w+|piattaform\\w+ (?:informatic|digital|web)\\w*|sito web|portale|gestional\\w+)",
    ]
);

lexicon!(
    /// What a tender's cover page calls it: a public contract, its specification, its
    /// procedure ("MARCHÉ A PROCÉDURE ADAPTÉE", "Cahier des Clauses Techniques Particulières").
    TENDER_DOCUMENT = [
        "march[ée]s? (?:publics?|[àa] proc[ée]dure)", "cahiers? des (?:clauses|charges)", "(?-i:CCTP|CCAP|CCATP|DCE)",
        "invitation to tender", "call for tenders?", "request for (?:proposals?|tenders?)", "statement of (?:work|requirements)", "tender specifications?",
        "Leistungsbeschreibung", "Vergabeunterlagen", "Ausschreibung",
        // The procedure's own names on a procedure letter's cover: "Verhandlungsverfahren mit
        // vorgeschaltetem Teilnahmewettbewerb", "Aufforderung zur Abgabe eines Teilnahmeantrags".
        "Verhandlungsverfahren", "Teilnahme-?wettbewerb\\w*", "Aufforderung zur Abgabe", "Angebotsaufforderung", "Vergabeverfahren",
        "r[èe]glement de (?:la )?consultation", "bando di gara", "offerteaanvraag",
        "pliegos? de (?:prescripciones|cl[áa]usulas)", "capitolato", "disciplinare di gara",
        "bestek", "aanbesteding", "programma van eisen",
    ]
);

lexicon!(
    /// A study as the contract's object, hosting only its topic: "Leistungsbeschreibung zur
    /// Analyse und Festlegung konkreter Maßnahmen zur Verfügbarkeitserhöhung der
    /// Verfahrensinfrastruktur im Rechenzentrum", "étude préalable à l'hébergement".
    STUDY_OF = [
        "zur (?:Analyse|Untersuchung|Bewertung|Konzeption)", "(?:Analyse|Machbarkeitsstudie|Konzepterstellung|Vorstudie) (?:zur|zum|der|des|über)",
        "[ée]tudes? (?:pr[ée]alable|d'opportunit[ée]|de faisabilit[ée])s?", "audit (?:de l'existant|préalable)",
        "(?:feasibility|scoping) study", "(?:an )?(?:analysis|assessment|review) of (?:the )?(?:current|existing|options)",
        // A comparison of offers: "Benchmark de services managés mis à disposition par des cloud
        // providers souverains", "comparatif des solutions d'hébergement", a market survey.
        "benchmark\\w*", "comparatifs?", "[ée]tude comparative", "comparaison des (?:offres|solutions)", "comparison of",
        "[ée]tude de march[ée]", "market (?:study|survey|analysis|research)", "Marktanalyse", "Markterkundung", "Anbietervergleich",
        "estudio de mercado", "indagine di mercato", "marktverkenning",
        "estudio (?:previo|de viabilidad)", "studio di fattibilit[àa]", "haalbaarheidsonderzoek",
    ]
);

lexicon!(
    /// A website, what a public body publishes: "hébergement du site internet", "Hosting der
    /// Website", "hosting del sito web istituzionale".
    WEBSITE = [
        "sites? (?:internet|web)", "websites?", "web ?sites?", "Webseiten?", "Webpräsenz", "Internetauftritt\\w*", "Internetpräsenz",
        "Internetangebot\\w*", "Internetseiten?", "Homepage", "\\w+website\\w*", "sit[oi] (?:web|internet)\\w*", "sitios? (?:web|de internet)",
        "p[áa]ginas? web", "webstek\\w*", "web ?hosting", "sit[oi] istituzional\\w*", "hosting del sito",
    ]
);

lexicon!(
    /// What a hosted service holds beyond published pages: an application, a platform, accounts,
    /// forms, payments, a database, mail ("the platform and its user accounts", "modulo di
    /// contatto", "a chargeable web based service").
    DATA_SERVICE = [
        // Not "application" alone, also a bid ("include in their application details on how to
        // host the website"), nor "software", also the host's own.
        "applications? (?:web|m[ée]tiers?|mobiles?|en ligne)", "(?:web|software|business|mobile|online) applications?", "apps?",
        "Anwendung\\w*", "aplicaci[óo]n\\w*", "applicazion\\w+", "applicatie\\w*",
        "plate-?formes?", "platforms?", "Plattform\\w*", "piattaform\\w+", "plataformas?", "SaaS", "extranet", "intranet",
        "messagerie", "e-?mails?", "courriel\\w*", "posta elettronica", "correo", "Postf[äa]ch\\w*",
        "comptes?", "accounts?", "Benutzerkont\\w*", "Konten", "cuentas?", "account", "espace (?:usager|personnel|abonn[ée])",
        "formulaires?", "forms?", "Formular\\w*", "moduli?", "formularios?", "formulier\\w*",
        "paiements?", "payments?", "chargeable", "e-?commerce", "Zahlung\\w*", "pagament\\w+", "pagos?", "betaling\\w*",
        "bases? de donn[ée]es", "databases?", "Datenbank\\w*", "banc(?:a|he) dati", "bases? de datos", "databank\\w*",
        "données (?:à caractère )?personnelles", "personal data", "personenbezogen\\w*", "dati personali", "datos personales", "persoonsgegevens",
    ]
);

lexicon!(
    /// A lead-in stating the contract's object, whose items are what the contract buys:
    /// "L'appalto ha per oggetto le seguenti attività:", "Le marché comprend :", "The services
    /// comprise:", "Der Auftrag umfasst:".
    OBJECT_OF_THE_CONTRACT = [
        "(?:ha|avrà) per oggetto", "(?:a|aura) pour objet", "has as its (?:object|subject)", "tiene por objeto", "heeft (?:als|tot) (?:voorwerp|doel)",
        "(?:le march[ée]|la prestation|les prestations|l'accord-cadre) (?:comprend|comprennent|porte sur|portent sur)",
        "(?:the (?:contract|services?|scope)) (?:comprises?|includes?|covers?|consists? of)",
        "(?:der Auftrag|die Leistung|der Leistungsumfang|die Leistungen) (?:umfass\\w+|beinhalte\\w+)",
        "(?:el contrato|el servicio|los servicios) (?:comprende\\w*|incluye\\w*)",
        "(?:l'appalto|il servizio) (?:comprende|include)", "consiste nelle seguenti",
        "(?:de opdracht|de dienstverlening) (?:omvat|bestaat uit)",
    ]
);

lexicon!(
    /// Who would do the hosting, or that it is the object of the contract.
    PROCUREMENT = [
        "titulaire", "prestataire", "fournisseur", "soumissionnaire", "candidat", "le marché",
        "objet", "fourni\\w*", "assur\\w+", "solution",
        "contractor", "supplier", "provider", "bidder", "vendor", "the contract", "the service",
        "the platform", "the solution", "plate-?formes?", "scope", "shall provide", "provide\\w*",
        "Auftragnehmer\\w*", "Anbieter\\w*", "Bieter\\w*", "Dienstleister\\w*", "Gegenstand", "Leistung\\w*",
        "Plattform", "Lösung",
        "adjudicatario", "contratista", "proveedor", "aggiudicatario", "fornitore", "opdrachtnemer",
        "leverancier",
        // The object of a lot: "Lot 2 covers the managed hosting …", "Perceel 2 omvat het hosten".
        "lot [0-9]+", "perceel [0-9]+", "Los [0-9]+", "lote [0-9]+", "lotto [0-9]+",
        "covers", "comprend", "comprennent", "umfasst", "comprende", "comprendono", "omvat",
        // The object of the contract in the other languages: "Constituye el objeto de este
        // contrato el alojamiento…", "Scopo del servizio è l'hosting…", "affidamento del servizio".
        "objeto", "oggetto", "scopo", "affidamento", "voorwerp", "appalto (?:di|per|del|della|dell')",
        // "The service required" in the other languages (not "le service" or "de dienst" alone,
        // which are also the buyer's departments), and the title of a specification that
        // names what it contracts for: "contratación del servicio de alojamiento".
        "le service (?:demandé|attendu|requis)", "el servicio (?:solicitado|requerido|demandado)", "il servizio (?:che viene )?richiesto", "de gevraagde dienst(?:verlening)?",
        // A notice's title field names the contract's object: "CfT: Software Support, Website
        // Hosting and Project Management for …", "Title: …", "Intitulé : …".
        "(?-i:CfT|RFT|ITT|RFP)\\s*:", "(?:contract )?title\\s*:", "intitul[ée]\\s*:", "titel\\s*:", "t[íi]tulo\\s*:", "titolo\\s*:",
        "contrataci[óo]n (?:del?|de la|de los)", "procurement of", "Beschaffung (?:des|der|von|eines|einer)", "acquisizione (?:di|del|della|dell')",
        // What the contract will deliver: "la plateforme sera hébergée pendant trois ans".
        "(?:sera|seront) h[ée]berg\\w+", "will be hosted", "wird (?:\\w+ ){0,3}gehostet", "ser[áa]n? alojad\\w+",
        // Supplying named as a noun, as in a list of deliverables: "Bereitstellung des
        // Hostings", "Integration, Hosting und Bereitstellung der Website", "provision of hosting".
        "Bereitstellung (?:des|der|von|eines|einer)", "provision of", "fourniture (?:de|du|des|d'un)", "suministro (?:de|del)", "fornitura (?:di|del|della|dell')", "levering van",
    ]
);

/// Who the buyer is, in the words tenders use for it: the designations of a contracting
/// authority and the kinds of public body, after an optional article or possessive; and its
/// own name, which the text read has masked as `~` (`buyer_name.rs`). Used to tell
/// the buyer's infrastructure from the contractor's.
const BUYER: &str = "(?:l'|la |le |les |the |der |die |des |dem |den |das |el |del |dell'|della |de la |de l'|du |de |het |van de |van het |of the |vom |its |their |sa |son |ses |leur |seiner |ihrer )?\
(?:(?:Excm[oa]|Ilm[oa])\\.? )?\
(?:acheteur|collectivit[ée]|pouvoir adjudicateur|administration|[ée]tablissement|mairie|ville|commune|d[ée]partement|minist[èe]re|DSI|direction des syst[èe]mes d'information[^.;]{0,40}|centre hospitalier|universit[ée]|syndicat|communaut[ée] d'\\w+|entit[ée] adjudicatrice\
|conseil (?:r[ée]gional|d[ée]partemental|municipal|communautaire)\
|buyer|purchaser|authority|contracting authority|council|department|agency|university|customer|client|ministry|trust|city|county|municipality|PMO|program(?:me)? (?:management )?office\
|Auftraggeber(?:in|s)?|Vergabestelle|Verwaltung|Beh[öo]rde|Stadt(?:verwaltung)?|Gemeinde|Kommune|Amt(?:es|s)?|Hochschule|Universit[äa]t\
|(?:Bundes|Landes)rechenzentrum\\w*|(?:Bundes|Landes)amt\\w*|ITZBund|IT-Dienstleister (?:des (?:Bundes|Landes)|der (?:Verwaltung|Kommunen))\
|Dataport|AKDB|Komm\\.ONE|IT\\.NRW|IT\\.Niedersachsen|BITBW|ekom21|regio iT|S[üu]dwestfalen-IT|ZIT-BB\
|(?-i:(?:European )?Commission)|Commission europ[ée]enne|Europäische[nr]? Kommission|Comisi[óo]n Europea|Commissione europea|Europese Commissie|Directorate-General|DG[ -]?[A-Z]{2,}|EU (?:institution|agency)\
|[óo]rgano de contrataci[óo]n|organismo|ayuntamiento|diputaci[óo]n|cabildo|consejer[íi]a|administraci[óo]n|entidad|hospital|universidad|ministerio\
|amministrazione|(?:l['’]|dell['’]|all['’]|dall['’]|nell['’]|sull['’])ente|stazione appaltante|comune|regione|azienda|universit[àa]|Direzione (?:Sistemi Informativi|ICT)[^.;]{0,40}\
|opdrachtgever|aanbestedende dienst|gemeente|provincie|waterschap|ministerie|universiteit\
|~{2,})";

/// Where software runs, as infrastructure: servers, data centres, tenancies, environments.
const INFRASTRUCTURE: &str = "(?:serveurs?|machines? virtuelles?|infrastructures?|centres? de donn[ée]es|datacent\\w+|salles? (?:informatique|serveurs?)|tenant|abonnement|cloud priv[ée]|environnement\
|servers?|virtual machines?|infrastructure|data cent(?:re|er)s?|tenancy|tenant|subscription|accounts?|environment|estate|(?:container|Kubernetes) platform\
|Server\\w*|Rechenzentr\\w+|Infrastruktur|Umgebung|Betriebsumgebung|Tenant|Mandanten?|Serverraum|(?:Container|Kubernetes|Virtualisierungs)-?[Pp]lattform\
|servidores?|infraestructura|centro de (?:proceso de )?datos|CPD|suscripci[óo]n|nube privada\
|infrastruttura|data center|CED|server|macchine virtuali|cloud privato\
|infrastructuur|datacentrum|omgeving)";

/// Encryption keys held by the buyer, said with any of the buyer's names after the verb ("custodiadas
/// exclusivamente por la entidad contratante", "nella esclusiva disponibilità
/// dell'amministrazione") or before it ("door de gemeente beheerd").
pub static KEYS_HELD_BY_BUYER: LazyLock<WordList> = LazyLock::new(|| {
    let (buyer, key_store) = (BUYER, KEY_STORE);
    let keys = "(?:keys?|clés|Schlüssel\\w*|claves|chiavi|\\w*sleutels?)";
    let held = "(?:held|controlled|managed|kept|détenues?|gérées?|conservées?|custodiad\\w+|custodit\\w+|gestit\\w+|disponibilit[àa]|verwaltet|verbleiben|remain)";
    WordList::new(&[
        &format!(
            "{keys}[^.;]{{0,60}}{held}(?: \\w+){{0,2}} (?:by|par|por|da|dall['’]|dalla|dello|dell['’]|della|del|de la|de l['’]|beim|vom|von der) ?{buyer}"
        ),
        &format!(
            "{keys}[^.;]{{0,60}}(?:door|by|par|por) {buyer} (?:beheerd|bewaard|gehouden|held|managed)"
        ),
        // In a security module or key store that is the buyer's: "in a hardware security module
        // operated by the Authority", "en un HSM propiedad de la Diputación", "in einem HSM im
        // Rechenzentrum der Auftraggeberin", "un module HSM dont l'acheteur est seul
        // administrateur", "het eigen sleutelbeheersysteem van het waterschap".
        &format!(
            "{keys}[^.;]{{0,80}}{key_store}[^.;]{{0,14}}(?:(?:operated|owned|controlled|administered|managed|run) by|propiedad de(?:l| la)?|di propriet[àa] d\\w*|appartenant [àa]|geh[öo]r\\w* (?:de[mr]|zu[mr]?)|(?:im Rechenzentrum|presso il CED|dans le centre de donn[ée]es|in the data cent(?:re|er)|en el CPD|in het datacentrum) (?:de |der |des |dell['’]|del |of |van )?|de|du|des|der|del|della|of|van) ?{buyer}"
        ),
        &format!(
            "{key_store}[^.;]{{0,20}}dont {buyer} est (?:le )?seul\\w* (?:administrat\\w*|détent\\w*|gestionnaire)"
        ),
    ])
});

/// A key store named: see [`KEY_STORE`].
pub static KEY_STORE_NAMED: LazyLock<WordList> = LazyLock::new(|| WordList::new(&[KEY_STORE]));

/// Where keys are kept: a hardware security module or a key management system.
const KEY_STORE: &str = "(?:HSM|hardware security modules?|modules? (?:matériels? )?de sécurité|Hardware-?Sicherheitsmodul\\w*|Sicherheitsmodul\\w*|m[óo]dulos? de seguridad|modul[oi] (?:hardware )?di sicurezza|key (?:management system|store|vault)|coffre-fort|Schlüsselverwaltung\\w*|sleutelbeheer\\w*|sistema de gesti[óo]n de claves|sistema di gestione delle chiavi)";

/// A sentence that puts hosting out of this contract.
pub static HOSTING_EXCLUDED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "h[ée]bergement[^.;]{0,40}(?:n'est pas|ne (?:fait|font) pas partie|est (?:\\w+ment )?exclu|n'est pas compris|hors du p[ée]rim[èe]tre|fera l'objet d'une (?:consultation|proc[ée]dure) (?:distincte|s[ée]par[ée]e))",
        "(?:n'assure|ne comprend) (?:aucune? |pas (?:d'|l'))(?:prestation d')?h[ée]bergement",
        "hosting[^.;]{0,40}(?:is (?:not|excluded)|(?:is )?not part of|out of scope|excluded from)",
        "(?:does not|do not|will not|shall not) (?:include|cover|require) (?:any )?(?:hosting|the hosting)",
        "(?:no|not) hosting",
        "(?:Hosting|Betrieb|Rechenzentrumsbetrieb)[^.;]{0,60}(?:ist nicht|sind nicht|nicht Gegenstand|nicht Bestandteil|gehört nicht|gesonderten Vergabe\\w*|nicht (?:abgerufen|beauftragt|ausgeschrieben|vergeben))",
        "alojamiento[^.;]{0,40}no (?:forma parte|est[áa] incluido|es objeto)",
        "(?:hosting|servizio di hosting)[^.;]{0,30}non (?:è|fa parte|rientra)",
        "hosting[^.;]{0,30}(?:maakt geen deel uit|valt buiten|niet inbegrepen)",
        "kein(?:e|en)? (?:[\\w-]+ )?Hosting",
        "Hosting[^.;]{0,60}(?:wird|werden) nicht (?:gefordert|beauftragt|vergeben|verlangt)",
        "(?:pas|aucun) d'h[ée]bergement (?:n'est )?(?:demand|attendu|requis)",
        "geen hosting",
        // Left out of what is priced or delivered: "Der Bruttopreis umfasst die gesamte
        // Leistung (ohne Hosting und Support)", "prix hors hébergement".
        "(?:ohne|exklusive|exkl\\.) (?:das |des )?(?:[\\w-]+ )?Hosting\\w*",
        "(?:hors|sans) (?:l')?h[ée]bergement",
        "(?:excluding|without|exclusive of) (?:the )?hosting",
        "(?:sin|excluido el|excepto el) alojamiento",
        "(?:senza|escluso|esclus[ao] l'|eccetto) ?(?:l')?hosting",
        "(?:zonder|exclusief|excl\\.) hosting",
        "hosting(?: services?)? (?:is|are) outside (?:the )?scope",
        "(?:shall|will|does|is) not (?:to )?provide any hosting",
        // Across a clause number ("nach Ziffer 2.3"): no sentence is split there. Not
        // "ausgenommen" alone, which is also "except".
        "(?:Hosting|Rechenzentrumsbetrieb\\w*)[^;]{0,100}vom (?:Leistungsumfang|Auftragsumfang|Vertragsgegenstand)[^;]{0,30}ausgenommen",
        "sin que[^.;]{0,40}(?:prest|asum|inclu|contrat)\\w* (?:el |ning[úu]n |servicio de )?alojamiento[^.;]{0,10}(?:alguno|ninguno)",
        "hosting\\w*[^.;]{0,30}niet (?:gevraagd|inbegrepen|verlangd)",
        "(?:contratista|adjudicatario|proveedor)[^.;]{0,20}no (?:asumir[áa]|prestar[áa]|incluir[áa]|ofrecer[áa]) (?:el |ning[úu]n |servicio de )?alojamiento",
    ])
});

/// A sentence that says the contractor will not host the solution, which runs in the buyer's
/// existing hosting: the buyer hosts it, whatever the solution is integrated with.
pub static HOSTED_BY_BUYER: LazyLock<WordList> = LazyLock::new(|| {
    let buyer = BUYER;
    let contractor = "(?:Auftragnehmer|Anbieter|Dienstleister|Bieter|contractor|supplier|vendor|provider|titulaire|prestataire|opdrachtnemer|leverancier)\\w*";
    WordList::new(&[
        &format!("nicht (?:durch|vom|von) (?:den |dem |der )?{contractor} (?:gehostet|betrieben)"),
        &format!("(?:not|never) (?:be )?hosted by the {contractor}"),
        // "The Court, not the Contractor, will be responsible for the hosting".
        &format!(
            "not the {contractor},? (?:will|shall|is|are) (?:be )?responsible for (?:the )?host\\w*"
        ),
        &format!(
            "et non (?:le |la )?{contractor},? (?:assure|assurera|prend en charge)[^.;]{{0,20}}h[ée]bergement"
        ),
        &format!(
            "(?:ne sera|n'est|ne seront|ne sont) pas h[ée]berg[ée]e?s? par (?:le |la )?{contractor}"
        ),
        "(?:in die|in der|into the|in the|dans l'|dans la) (?:bestehende|vorhandene|existing|infrastructure existante|h[ée]bergement existant)n? ?(?:Hosting\\w*|hosting (?:infrastructure|environment)|d'h[ée]bergement)",
        &format!("gehost (?:bij|door) {buyer}"),
        // "hosted on the Europa server of the European Commission", "auf den Servern der
        // Stadt betrieben": the buyer's own servers.
        &format!(
            "hosted (?:on|in|at) (?:the )?(?:[\\w-]+ )?(?:servers?|infrastructure|data cent(?:re|er)s?|environment|platform) (?:of|operated by|run by) {buyer}"
        ),
        &format!(
            "hosted (?:on|in|at) {buyer}'s (?:own )?(?:[\\w-]+ )?(?:servers?|infrastructure|data cent(?:re|er)s?|environment|platform)"
        ),
        &format!(
            "(?:auf den Servern|in der Infrastruktur|im Rechenzentrum) (?:des|der) {buyer}[^.;]{{0,30}}(?:gehostet|betrieben)"
        ),
        &format!(
            "alojad[oa]s? en (?:los servidores|la infraestructura|el centro de (?:proceso de )?datos) (?:de|del|de la) {buyer}"
        ),
        &format!(
            "ospitat[oaie] (?:sui server|nell'infrastruttura|nel data center) (?:di|del|della|dell') ?{buyer}"
        ),
        &format!("gehost op (?:de )?(?:servers|infrastructuur) van {buyer}"),
        // "Betrieb des Verfahrens im Dataport Rechenzentrum": the data centre of the public
        // sector's own IT provider, named before it.
        &format!("(?:im|ins|in den|in einem) {buyer}[ -]?Rechenzentr\\w*"),
        &format!(
            "h[ée]berg[ée]e?s? (?:sur|dans) (?:les serveurs|l'infrastructure|le centre de donn[ée]es) (?:existant\\w* )?(?:de |du |de la |d')?{buyer}"
        ),
    ])
});

lexicon!(
    /// A meeting or discussion, which may have hosting as its topic without buying it: "A
    /// meeting with the buyer's team to discuss hosting and deployment strategy".
    DISCUSSION = [
        "discuss\\w*", "meetings?", "workshops?", "r[ée]unions?", "atelier\\w*", "Besprechung\\w*", "Workshop\\w*",
        "Abstimmungsgespr[äa]ch\\w*", "reuni[óo]n\\w*", "riunion\\w*", "incontr\\w+", "overleg", "bespreking\\w*",
    ]
);

lexicon!(
    /// Hosting told in the past: "the register was hosted by a third-party supplier", "était
    /// hébergée chez", "wurde bisher … betrieben".
    HOSTED_IN_THE_PAST = [
        "(?:was|were|had been) hosted", "(?:était|étaient|a été|ont été|avait été) hébergée?s?",
        "wurden? (?:bisher |bislang )?(?:[\\w-]+ ){0,3}(?:gehostet|betrieben)", "(?:era|eran|ha sido|han sido) alojad[oa]s?",
        "(?:era|erano|è stat[oa]|sono stati) ospitat[oi]", "(?:werd|werden|was|waren) (?:[\\w-]+ ){0,3}gehost",
    ]
);

lexicon!(
    /// Whoever runs the service today: a sentence naming them describes the present ("Vallée Sud
    /// a confié l'infogérance de son SI à … « l'infogérant actuel »"), not what is bought.
    INCUMBENT = [
        "(?:infogérant|prestataire|titulaire|fournisseur|hébergeur) (?:actuel|sortant|en place)", "actuel (?:infogérant|prestataire|titulaire|hébergeur)",
        "incumbent", "current (?:supplier|provider|contractor|vendor|host)", "existing (?:supplier|provider|contractor)",
        "(?:bisherige|derzeitige|aktuelle)[nr]? (?:Dienstleister|Auftragnehmer|Anbieter|Betreiber)\\w*",
        "(?:proveedor|adjudicatario|contratista) (?:actual|saliente)", "(?:fornitore|gestore|aggiudicatario) (?:attuale|uscente)",
        "(?:huidige|zittende) (?:leverancier|dienstverlener|opdrachtnemer)",
    ]
);

lexicon!(
    /// Hosting a gathering, not a system: "The Council will host a supplier engagement event",
    /// "accueillera une journée d'information", "richtet eine Informationsveranstaltung aus".
    GATHERING_HOSTED = [
        "host(?:s|ed|ing)? (?:a|an|the|two|three|several|its|our) (?:[\\w-]+ ){0,3}(?:events?|conferences?|visits?|delegations?|receptions?)",
        "host(?:s|ed|ing)? (?:a|an|the|two|three|several|its|our) (?:[\\w-]+ ){0,2}(?:market|supplier|bidders'?|industry) (?:engagement |information )?(?:events?|days?|webinars?|sessions?|briefings?)",
        "(?:Veranstaltung|Tagung|Konferenz|Besuch|Workshop|Webinar)\\w* (?:[\\w-]+ ){0,4}(?:gehostet|ausgerichtet|hostet)",
        "host(?:s|en)? (?:de|het|een) (?:[\\w-]+ ){0,3}\\w*(?:bijeenkomst|evenement|sessie|workshop)\\w*",
        // Lodging people: "l'hébergement et la restauration des participants".
        "h[ée]bergement (?:et (?:la )?restauration )?des (?:participants|stagiaires|intervenants)",
        "accommodation (?:of|for) (?:the )?(?:participants|delegates|staff|attendees)",
    ]
);

/// A sentence that rules cloud offers out: the solution then runs on the buyer's premises.
pub static CLOUD_EXCLUDED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "Cloud-?(?:L[öo]sungen|Betrieb|Angebote)\\w* (?:sind|ist|werden|wird) (?:ausgeschlossen|nicht (?:zul[äa]ssig|vorgesehen|gestattet))",
        "(?:solutions?|offres?) (?:de type |en )?cloud (?:sont|est) (?:exclue?s?|proscrite?s?|interdite?s?)",
        "cloud(?:-based| hosted)? (?:solutions?|offers?|services?) (?:are|is) (?:excluded|not (?:accepted|permitted|allowed))",
        "(?:soluciones|servicios) (?:en la )?nube (?:quedan|están) excluid[oa]s",
        "soluzioni cloud (?:sono )?escluse",
        "cloudoplossingen (?:zijn )?uitgesloten",
    ])
});

lexicon!(
    /// A product the buyer already uses, said right after its name: "le caselle Exchange Online
    /// già attive presso l'Ente", "the Microsoft Teams environment already used across the
    /// Trust". A requirement to work with it is compatibility, not a purchase (when the clause
    /// supplies nothing: see `brands.rs`). The buyer's possessive alone is not enough: "le tenant
    /// Azure de la collectivité" is where the solution must run, a brand imposed.
    ALREADY_IN_USE = [
        "^[\\s,-]*(?:[\\w-]+ ){0,2}(?:already|déjà|bereits|ya|già) (?:[\\w-]+ ){0,2}(?:in use|used|utilisée?s?|en place|souscrite?s?|im Einsatz|vorhanden\\w*|eingesetzt\\w*|attiv[aie]|in uso|en uso|in gebruik)",
    ]
);

/// Provided, made available: the participles of supplying something.
const PROVIDED: &str = "(?:mis[es]* à (?:la |sa |leur )?disposition|fourni[es]* par|provided by|made available by|provisioned by|(?:provided|supplied) and (?:maintained|managed|operated) by|supplied by|(?:già )?contrattualizzat[aoie]|d[ée]j[àa] souscrit\\w*|bereitgestellt\\w*|zur Verf[üu]gung gestellt|facilitad[ao]s? por|puest[ao]s? a disposici[óo]n|mess[aeio] a disposizione|fornit[ao] dall|beschikbaar gesteld)";

/// A sentence that has the contractor supply the infrastructure the service runs on: "Der
/// Auftragnehmer stellt die Rechen-, Speicher- und Netzkapazitäten … bereit", "l'infrastruttura
/// tecnologica messa a disposizione dal Fornitore", "Opdrachtnemer stelt de rekenkracht en opslag
/// beschikbaar": hosting bought, in words other than hosting.
pub static HOSTING_SUPPLIED: LazyLock<WordList> = LazyLock::new(|| {
    let contractor = "(?:(?:le |la |the |der |die |dem |el |il |dal |dalla |del |de |door (?:de )?)?(?:titulaire|prestataire|fournisseur|contractor|supplier|provider|vendor|Auftragnehmer\\w*|Dienstleister\\w*|adjudicatari[oa]|contratista|proveedor|aggiudicatari[oa]|[Ff]ornitore|opdrachtnemer|leverancier))";
    let capacity = "(?:Rechen-?(?:, Speicher-)?(?: und Netz)?-?[Kk]apazit\\w+|Rechen\\w*|Speicherkapazit\\w+|rekenkracht|rekencapaciteit|capacit[àa] (?:di calcolo|elaborativa)|infrastruttura tecnologica|infrastructure technique|technical infrastructure|computing capacity|capacidad de c[óo]mputo|puissance de calcul)";
    let provided = PROVIDED;
    WordList::new(&[
        &format!("{capacity}[^.;]{{0,60}}{provided}[^.;]{{0,10}}{contractor}"),
        &format!(
            "{contractor}[^.;]{{0,30}}(?:stellt|stelt|provides|fournit|mette a disposizione|pone a disposici[óo]n)[^.;]{{0,40}}{capacity}"
        ),
    ])
});

/// A sentence that runs the solution on infrastructure the buyer provides or runs itself.
pub static HOSTING_BUYER_PROVIDED: LazyLock<WordList> = LazyLock::new(|| {
    let (buyer, infra, provided) = (BUYER, INFRASTRUCTURE, PROVIDED);
    let hosting =
        "(?:(?:Web)?[Hh]osting\\w*|h[ée]bergement|alojamiento|ospitalit[àa]|Betriebsumgebung)";
    let provides = "(?:will provision|provisions|will provide|provides|will make[^.;]{0,40}available|makes[^.;]{0,40}available|met(?:tra)? à (?:la |sa |leur )?disposition|fournit|stellt[^.;]{0,30}(?:bereit|zur Verf[üu]gung)|pone a disposici[óo]n|mette a disposizione|stelt[^.;]{0,30}beschikbaar)";
    WordList::new(&[
        &format!("{infra}[^.;]{{0,60}}{provided}[^.;]{{0,25}}{buyer}"),
        // Hosting itself provided, a few words before: "Das Hosting wird vom Auftraggeber
        // bereitgestellt", "l'hébergement est fourni par la collectivité"; not "Text und
        // Übersetzungen werden vom Auftraggeber bereitgestellt", nor "the contractor provides
        // the hosting and the content is provided by the buyer".
        &format!(
            "{hosting}(?: [\\w'-]+){{0,3}} {provided} (?:par |by |vom |von der |por |dall'|dalla |door )?{buyer}"
        ),
        &format!("{hosting}(?: [\\w'-]+){{0,3}} (?:von|vom|durch) {buyer} {provided}"),
        // "tous les environnements … sont fournis et exploités par l'AMF": infrastructure run by
        // the buyer; not "les données exploitées par la collectivité".
        &format!(
            "{infra}[^.;]{{0,60}}? (?:sont|est|seront|sera) (?:[\\w-]+ et )?exploit[ée]e?s? par {buyer}"
        ),
        &format!("{infra}[^.;]{{0,60}}{buyer}[^.;]{{0,30}}{provides}"),
        &format!("{buyer}[^.;]{{0,30}}{provides}[^.;]{{0,60}}{infra}"),
        &format!("{infra}(?: [\\w-]+){{0,2}} {buyer}"),
        // A tenancy of a named cloud that belongs to the buyer: "en la suscripción de Microsoft
        // Azure del organismo".
        &format!(
            "(?:suscripci[óo]n|subscription|abonnement|tenant|tenancy|Mandant|abbonamento|sottoscrizione)(?: [\\w-]+){{1,3}} (?:del|de la|de l'|of the|der|des|dell'|della|van de|du) {buyer}"
        ),
        // The agent before the participle, as German has it: "auf den von der Auftraggeberin
        // bereitgestellten virtuellen Servern".
        &format!("(?:von|vom|durch) {buyer} {provided}(?: [\\w-]+){{0,2}} {infra}"),
        // In a relative clause whose subject is the buyer: "auf der Container-Plattform, die
        // das Amt für Informationstechnik der Auftraggeberin bereitstellt"; not "der
        // Auftragnehmer … innerhalb einer Infrastruktur für alle Auftraggeber bereitstellt".
        &format!(
            "{infra}, (?:die|den|das|welche) {buyer}[^.;,]{{0,60}}? (?:bereitstellt|zur Verf[üu]gung stellt|betreibt)"
        ),
        &format!("{buyer}'s (?:[\\w-]+ ){{0,4}}{infra}"),
        // The state's own cloud, which a state buyer's systems run on: "SAULĖ IS must be
        // installed in the infrastructure of the State Cloud Service Provider VDPT" (v64), "le
        // cloud interne de l'État", "die Bundescloud", "de Rijkscloud".
        "(?-i:State [Cc]loud|state cloud)",
        "cloud (?:interne |interminist[ée]riel )?de l['’][ÉEée]tat",
        "Bundescloud",
        "Deutschen? Verwaltungscloud",
        "Rijkscloud",
        &format!(
            "(?:h[ée]berg\\w+|hosted|betrieben|operated|hosting wordt verzorgd)[^.;]{{0,30}}(?:par|by|vom|von der|durch|door) {buyer}"
        ),
        // The agent before the participle, as German has it: "Die Seite wird durch den AG
        // gehostet", "Webseite wird vom AG gehostet".
        &format!(
            "(?:durch|vom|von der|von dem|bei|beim) {buyer} (?:selbst )?(?:gehostet|betrieben)"
        ),
        // Hosting as a noun with its agent: "Hosting durch die Leopoldina", "Hosting beim
        // Auftraggeber", "hosting by the Authority", "hébergement assuré par la collectivité".
        &format!(
            "(?:Hosting|Webhosting|Betrieb)(?: erfolgt| liegt)? (?:durch|beim|bei|bei der|über) {buyer}"
        ),
        &format!("hosting (?:is )?(?:provided )?(?:by|with) {buyer}"),
        &format!("(?:relève|is the responsibility) (?:de |of )?{buyer}"),
        // "Der Auftraggeber ist verantwortlich für das Hosting der Website".
        &format!(
            "{buyer} (?:ist|bleibt|is|remains|est|reste|es|è|is) (?:allein |selbst |solely |seul )?(?:verantwortlich|zuständig|responsible|in charge|responsable|responsabile) (?:für|for|de|del|della|voor) (?:das |den |die |the |l'|le |la |el |il |het )?(?:Hosting|hosting|hébergement|alojamiento|Betrieb|infrastructure|Infrastruktur)"
        ),
        // The buyer telling the contractor about its hosting: "Der Auftraggeber verpflichtet
        // sich, dem Auftragnehmer alle … Spezifikationen des Hostings … zur Verfügung zu stellen".
        &format!(
            "{buyer}[^.;]{{0,40}}(?:verpflichtet sich|stellt|provides|shall provide|will provide|fournit|fournira|met à disposition)[^.;]{{0,40}}(?:dem Auftragnehmer|the contractor|the supplier|au titulaire|al adjudicatario|all'aggiudicatario|aan de opdrachtnemer)[^.;]{{0,80}}(?:Hostings?|hosting|hébergement|Server\\w*|servers?|serveurs?)"
        ),
        // A platform of a body the buyer belongs to: "la plateforme d'hébergement mutualisée du
        // groupement d'intérêt public auquel adhère la commune", "vom kommunalen IT-Dienstleister
        // bereitgestellt, dem die Stadt angehört", "het platform van het shared-servicecentrum
        // waarbij de gemeente is aangesloten", "la nube privada que el propio órgano … gestiona".
        &format!(
            "(?:{infra}|plate-?forme|platform|plataforma|Plattform|piattaforma|Laufzeitumgebung)[^.;]{{0,80}}(?:auquel|à laquelle|dont) (?:adh[èe]re|appartient|est membre)(?:nt)? {buyer}"
        ),
        &format!("(?:dem|der) {buyer} angeh[öo]r(?:t|en)"),
        &format!("waarbij {buyer} (?:is )?aangesloten"),
        &format!("(?:al|a la) que (?:pertenece|est[áa] adherid[oa]) {buyer}"),
        &format!(
            "(?:{infra}|plataforma|nube privada)[^.;]{{0,30}} que (?:el propio |la propia )?{buyer}[^.;]{{0,10}} (?:gestiona|administra|opera)"
        ),
        // "l'abonnement Google Cloud détenu par le conseil régional", "a Google Cloud project
        // owned and paid for by the Trust": a tenancy that belongs to the buyer.
        // Tenancy nouns only: "data held on the Supplier's infrastructure shall remain owned by
        // the Authority" is about the data, not where the solution runs.
        &format!(
            "(?:abonnement|subscription|tenant|tenancy|account|project|suscripci[óo]n|Mandant)(?: [\\w-]+){{0,3}},? (?:owned|held|détenu\\w*)(?: and [\\w ]{{1,20}})? (?:par|by) {buyer}"
        ),
        // "the in-house Cloud Infrastructure": the buyer's own, unless another's ("the
        // provider's in-house data centre", "data center interno al fornitore").
        &format!(
            "(?:the|die|der|den|dem|das) (?:in-house|inhouse|hauseigen\\w*) (?:[\\w-]+ ){{0,2}}{infra}"
        ),
    ])
});

lexicon!(
    /// Running someone's systems as a service: in a contract that operates the buyer's existing
    /// systems, the operation, not hosting.
    MANAGED_OPERATIONS = ["infog[ée]r\\w*", "managed services?"]
);

/// The buyer running the solution itself: it hosts ("la collectivité héberge", "the Council
/// hosts") or runs its own infrastructure ("le département … sur ses propres serveurs"). The
/// words between the buyer and the verb are captured: when they name another actor ("qu'il",
/// "s'il", "the contractor"), the buyer is not the one hosting (see [`OTHER_ACTOR`]).
pub static BUYER_RUNS_IT: LazyLock<WordList> = LazyLock::new(|| {
    let (buyer, infra) = (BUYER, INFRASTRUCTURE);
    let own = "(?:own|existing|propre|propres|existant\\w*|eigenen?|bestehenden?|propri[oa]|existente|eigen|bestaande)";
    WordList::new(&[
        &format!("{buyer}([^.;]{{0,60}}){own} (?:[\\w-]+ )?{infra}"),
        &format!(
            "{buyer}([^.;]{{0,30}})(?:will host|hosts|h[ée]berge|assure l'h[ée]bergement|betreibt)"
        ),
    ])
});

lexicon!(
    /// Another actor than the buyer: the contractor, or a subject pronoun opening another clause
    /// ("attend du titulaire qu'il héberge", "whether it hosts"), whose referent the words do not
    /// settle.
    OTHER_ACTOR = [
        "titulaire", "prestataire", "candidat", "soumissionnaire", "fournisseur", "il", "ils", "elle", "elles",
        "contractor", "supplier", "provider", "bidder", "tenderer", "vendor", "it", "they", "he", "she",
        "Auftragnehmer\\w*", "(?-i:AN)", "Anbieter\\w*", "Bieter\\w*", "Dienstleister\\w*", "er",
        "adjudicatari[oa]", "contratista", "licitador\\w*", "proveedor\\w*", "él", "ella",
        "aggiudicatari[oa]", "fornitore", "esso", "essa", "opdrachtnemer", "leverancier", "inschrijver", "hij", "zij",
    ]
);

/// A sentence that puts the solution on the buyer's premises (with [`DEPLOYMENT`], since the
/// buyer's on-premises servers may be only what a hosted service connects to).
pub static HOSTING_ON_PREMISES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "on[- ]premises?",
        "on[- ]prem",
        "sur site",
        "dans les locaux d[eu]",
        "en mode « ?on[- ]premises? ?»",
        "in den R[äa]umlichkeiten",
        "vor Ort",
        "lokal (?:auf|installiert)",
        "im Serverraum",
        "en las dependencias",
        "en local",
        "en las instalaciones (?:del|de la) (?:laboratorio|centro|sede|organismo|ayuntamiento|entidad|hospital|universidad)",
        "presso (?:la sede|il CED|i locali)",
        "in (?:het|de) server(?:lokaal|ruimte)",
        "in loco",
        "op (?:de )?locatie",
    ])
});

lexicon!(
    /// Putting software somewhere to run: installing, deploying, operating.
    DEPLOYMENT = [
        "install\\w*", "deploy\\w*", "run", "runs", "operated", "hosted",
        "d[ée]ploy\\w*", "exploit[ée]e?s?", "fonctionne\\w*", "h[ée]berg[ée]e?s?",
        "installiert", "Installation", "betrieben", "betreiben", "l[äa]uft", "laufen",
        "instalar\\w*", "instalad[ao]s?", "desplegar\\w*", "desplegad[ao]s?", "despliegue",
        "installat[ao]", "installazione", "eseguit[ao]", "erogat[ao]",
        "ge[iï]nstalleerd", "installeren", "draai\\w*", "draaien", "ingericht", "inrichten", "Betrieb",
    ]
);

lexicon!(
    /// Connecting to systems (the buyer's on-premises servers a hosted service talks to).
    INTERFACING = [
        "interface\\w*", "integrat\\w*", "int[ée]gr\\w*", "connect\\w*", "Schnittstelle\\w*", "angebunden", "anbinden",
        "interfaz", "interfacciare", "koppel\\w*", "synchroni\\w+",
    ]
);

lexicon!(
    /// Data scopes: backups.
    BACKUPS = [
        "sauvegardes?", "copies? de sauvegarde", "plan de reprise", "backups?", "back-ups?",
        "disaster recovery", "(?:recovery|backup) copies", "Datensicherung\\w*", "Sicherungskopie\\w*",
        "Backup\\w*", "copias? de seguridad", "copie di backup", "back-?ups?", "reservekopie\\w*",
    ]
);

lexicon!(
    /// Data scopes: logs, identities, directories, keys, telemetry.
    TECHNICAL_DATA = [
        "journaux", "logs?", "traces", "données techniques", "données d'identité", "identités?",
        "annuaires?", "métadonnées", "télémétrie", "clés", "matériel cryptographique",
        "technical data", "identity data", "identities", "directory", "directories", "metadata",
        "telemetry", "key material", "encryption keys", "données d'authentification", "authentication data",
        "registros de (?:actividad|auditor[íi]a|acceso)", "trazas(?: de auditor[íi]a)?", "registri (?:di )?(?:log|accesso|audit)", "logbestand\\w*", "Logdatei\\w*",
        "Protokoll\\w*", "Identitätsdaten", "Verzeichnis\\w*", "Metadaten", "Telemetrie\\w*", "Schlüsselmaterial",
    ]
);

lexicon!(
    /// Data scopes: administration and operations.
    ADMINISTRATION = [
        "\\w*[Aa]dministration", "administr\\w+", "supervision", "exploitation", "accès à distance", "télémaintenance",
        "operations", "remote access", "remote maintenance",
        "administrativ\\w*", "Fernwartung\\w*", "Fernzugriff\\w*", "Zugriff\\w*", "Betriebsführung",
        "accesos? remotos?", "mantenimiento remoto", "amministrazione", "amministrativ\\w*", "accessi? (?:remot\\w*|da remoto)",
        "manutenzione (?:remota|da remoto)", "gestione da remoto", "beheer", "beheertoegang", "toegang op afstand", "onderhoud op afstand",
        "privileged access", "remote (?:[\\w-]+ )?access", "accès (?:à privilèges|privilégiés?)", "privilegierte\\w* Zugriff\\w*",
        "beheerhandelingen", "beheerwerkzaamheden",
    ]
);

lexicon!(
    /// Data scopes: support.
    SUPPORT = [
        "support", "assistance", "hotline", "helpdesk", "help desk", "service desk", "Unterstützung", "Support-?(?:leistung|dienst|team|personal)\\w*",
        "Anwenderunterstützung", "soporte", "supporto", "ondersteuning", "assistenza", "asistencia", "Support", "Kundendienst",
        // Support by its levels and desks: "le centre de services de niveau 1", "Anwenderservice
        // (1st Level)", "centro de soporte".
        "centre de services", "(?:support|assistance) de niveau", "(?:1st|2nd|3rd|first|second|third)[- ]level (?:support|service)?",
        "Anwenderservice", "Service-?Desk", "centro de (?:soporte|atenci[óo]n)", "centro (?:di )?assistenza", "servicedesk", "(?:eerste|tweede)lijns\\w*",
    ]
);

lexicon!(
    /// Data scopes: processing.
    PROCESSING = [
        "trait(?:ée|ées|é|és|ement|ements|er)", "process(?:ed|ing)", "computation", "verarbeit\\w*",
        // The verb, not the noun ("the award process"): after a modal or another verb.
        "(?:shall|must|will|may|to|not|and|or) process(?:es)?",
        "tratad\\w+", "tratamiento", "trattat\\w+", "trattamento", "verwerk\\w*",
        // The verb in the present or the future, with the data it processes ("tratta i Dati
        // Personali", "traite les données", "processes personal data"); alone, "si tratta di" is
        // "it is about" and "processes" a noun.
        "(?:trait(?:e|ent|era|eront)|process(?:es)?|tratt(?:are|a|ano|erà|eranno)|trat(?:ar|a|an|ará|arán)) (?:(?:les|des|toutes les|the|all|any|i|tutti i|gli|los|todos los|le) )?(?:données|data|dati|datos|personal|informations|information|informazioni)",
    ]
);

lexicon!(
    /// Data scopes: storage.
    STORAGE = [
        "stock(?:ée|ées|é|és|age|er)", "conserv(?:ée|ées|é|és|ation|er)", "stored", "storage", "kept", "stores?", "storing",
        "gespeichert", "speicher\\w*", "Speicherung", "Datenhaltung", "vorzuhalten", "vorgehalten", "gelagert",
        "almacena\\w*", "archiviat\\w+", "conservat\\w+", "opgeslagen", "opslag",
        "custodiad\\w+", "conservazione", "memorizzat\\w+", "conservati", "bewaard", "bewaring",
    ]
);

lexicon!(
    /// Data in general, hosted: all of storage and processing.
    DATA = [
        "données", "héberg\\w*", "data", "hosted", "hosting", "Daten", "gehostet", "Hosting",
        "betreiben", "betrieben", "operated", "datos", "dati", "gegevens",
        // Hosted: "alojará la plataforma", "ospitati in data center", "gehost".
        "aloj\\w+", "ospitat\\w+", "ospita(?:no|re)?", "gehost\\w*",
        // Compounds: "die Fachdaten", "klantgegevens".
        "\\w+daten", "\\w+gegevens",
    ]
);

lexicon!(
    /// Where data is kept, in words other than storage, processing or hosting: it stays,
    /// resides, is located or leaves. With one of those, a sentence about data and a place says
    /// where the data goes; without, "data in the registers of a Member State" says nothing of it.
    DATA_WHEREABOUTS = [
        "rest(?:er|ent|e|ant|eront|era)", "demeur\\w+", "collocazione",
        // Copied elsewhere: "eine Replikation außerhalb Deutschlands", "replicated to".
        "r[ée]plica\\w*", "Replikation\\w*", "replicaci[óo]n", "résid\\w+", "résidence", "localis\\w+", "situ(?:é|ée|és|ées)",
        "emplacement", "localisation", "quitt\\w+", "sort(?:ir|ent)",
        "remain\\w*", "stay\\w*", "resid\\w+", "locat(?:ed|ion|ions)", "leav\\w+", "reside",
        "verbleib\\w*", "verbleiben", "befind\\w+", "\\w*Standort\\w*", "Lokalisierung", "verlass\\w+", "\\w*[Rr]esidenz",
        "permanec\\w+", "residencia", "localizad\\w+", "localizaci[óo]n", "ubicaci[óo]n", "ubicar\\w*", "ubicad[oa]s?", "salgan?",
        "collocat\\w+",
        "riman\\w+", "risied\\w+", "residenza", "localizzat\\w+", "localizzazione", "escono",
        "blijv\\w+", "bevind\\w+", "locatie", "verlat\\w+",
        // Kept or sent somewhere: "retained in the EU", "la télémétrie est envoyée aux États-Unis".
        "retain\\w*", "aufbewahr\\w+", "Aufbewahrung", "archiv\\w+",
        "envoy\\w+", "sent", "sends?", "gesendet", "übertragen", "enviad\\w+", "inviat\\w+", "verstuurd", "verzonden",
        // Being somewhere: "se trouvent", "liegen", "se encuentran", "si trovano".
        "se trouv\\w+", "lieg(?:en|t)", "se encuentr\\w+", "si trov\\w+",
        // Or must be there: "doivent être en France", "must be within the EU".
        "(?:doi(?:t|vent)|devr(?:a|ont)) (?:\\w+ )?être", "(?:must|shall) (?:\\w+ )?be (?:in|within|inside)",
        "(?:müssen|muss) (?:\\w+ ){0,4}sein", "(?:deben|debe|deberán|deberá) estar", "(?:devono|deve) (?:essere|stare)",
        "(?:moeten|moet) (?:zich )?(?:in|binnen)",
    ]
);

lexicon!(
    /// Section titles about people and their skills: brands named there are experience asked of
    /// staff, not products bought.
    SKILLS_SECTION = [
        "personnel", "staff", "qualifications?", "experience", "expérience", "compétences", "profils?",
        "curriculum", "CVs?", "resumes?", "résumés?", "Personal", "Qualifikation\\w*", "Erfahrung\\w*",
        "Referenzen", "références", "skills", "team members?", "labou?r categor\\w+", "key personnel",
        "(?:technical |team |project )?lead", "(?:senior |junior |lead )?(?:engineers?|developers?|designers?|architects?|researchers?|specialists?|analysts?|consultants?|scientists?|product managers?|project managers?)",
    ]
);

/// A sentence that opens as an example: "Exemple :", "Voorbeeld:", "Beispiel:".
pub static EXAMPLE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\W*(?:exemples?|examples?|beispiele?|voorbeeld(?:en)?|ejemplos?|esempi[oa]?)\s*:",
    )
});

lexicon!(
    /// Data centres: where data is, not what data.
    DATA_CENTRES = [
        "centres? de données", "data ?cent(?:re|er)s?", "datacent(?:re|er)s?", "Rechenzentr\\w*", "centros? de datos", "datacenter",
        "centr[oi] (?:di elaborazione )?dati", "rekencentr\\w*",
        // The servers a solution runs on are where its data is.
        "servers?", "Server\\w*", "servidores?", "serveurs?",
    ]
);

lexicon!(
    /// Rights granted or assigned (intellectual property, a licence to use): their territory
    /// ("pour le monde entier", "worldwide, royalty-free") is where the rights hold, not where
    /// data or operations are.
    RIGHTS_GRANTED = [
        "c[èe]d\\w* [^.;]{0,120}droits", "(?:grants?|assigns?) [^.;]{0,60}(?:rights?|licen[cs]e|title)", "(?:räumt|überträgt|einräum\\w*) [^.;]{0,60}(?:Nutzungsrecht|Rechte)\\w*",
        "ced\\w* [^.;]{0,60}derechos", "ced\\w* [^.;]{0,60}diritti", "(?:draagt|verleent) [^.;]{0,60}(?:rechten|gebruiksrecht)\\w*",
    ]
);

/// Anywhere: worldwide, any country, follow-the-sun.
pub static ANYWHERE: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "dans le monde entier",
        "monde entier",
        "(?:dans |depuis )?(?:tout|tous les|n'importe quel) pays",
        "(?:dans )?toute(?:s les)? régions?",
        "à l'international",
        "follow[- ]the[- ]sun",
        "worldwide",
        "world-wide",
        "anywhere",
        "any (?:region|country|location|jurisdiction)",
        "cualquier (?:regi[óo]n|pa[íi]s|ubicaci[óo]n)",
        "qualsiasi (?:regione|paese|luogo)",
        "(?:elke|iedere) (?:regio|locatie)",
        "globally",
        "around the world",
        "weltweit",
        "(?:in )?jede[mn]? (?:Land|Region)",
        "(?:in )?(?:allen|sämtlichen) (?:Ländern|Regionen)",
        "beliebige\\w* (?:Land|Region|Standort)",
        "en todo el mundo",
        "in tutto il mondo",
        "wereldwijd",
    ])
});

/// A numbered title on a line of its own, short and with no full stop: "4.3 Verwerking buiten
/// de EER", "Art. 5 – Localisation des données".
pub static NUMBERED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"^\s*(?:(?:Art\.|Article|Artikel|Articolo|Artículo|§)\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s*[-–:]?\s*\p{Lu}[^.;:!?]{0,70}$",
    )
});

/// The words right before a kind of service that make it what the solution connects to:
/// "integraciones con SaaS, PaaS", "integration with external cloud services", "Anbindung an".
pub static INTEGRATED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:integraci[óo]n\w*|integrat\w+|int[ée]gration\w*|interfa\w+|Schnittstelle\w*|Anbindung\w*|integrazion\w+|koppeling\w*)\s+(?:con|with|avec|mit|zu|an|met|a|aux?|à)(?:\s+(?:the|los|las|les|des|la|el|die|den|de|i|gli|le|external|externos?|externas?|externes?|externen?|esterni|externe))*(?:\s+[\w-]+,?(?:\s+(?:o|or|ou|oder|of|y|and|et|und|e|en))?)?\s*$",
    )
});

/// The words after "anywhere" that bound it by the place they introduce: "anywhere within the
/// European Union", "any region outside the United Kingdom".
pub static BOUNDED_BY_WHAT_FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:within|in|inside|outside|dans|en|hors|au sein|innerhalb|außerhalb|in der|im|dentro|fuera|all['’]interno|al di fuori|nell['’]|nella|nel|binnen|buiten)\b",
    )
});

/// Leaving, said after the place as German and Dutch put the verb last: "dürfen das Gebiet der
/// EU nicht verlassen", "mogen de EU niet verlaten".
pub static LEAVING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    constant(r"(?i)^[^.;,]{0,24}?\b(?:nicht |nie |niet |nooit )?(?:verlass\w*|verlat\w*)\b")
});

/// Verbs of leaving a place: "ne quittent pas l'EEE", "never leave the EU", "verlassen nicht".
pub static LEAVING: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:quitt\w*|leave|leaves|leaving|left|verlass\w*|salen? de|escono da)\s+(?:(?:pas|jamais|never|nicht|nie)\s+)?(?:(?:le|la|les|l['’]|the|die|den|das)\s*)?$",
    )
});

/// Outside the EU: third countries.
pub static THIRD_COUNTRIES: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "pays tiers?",
        "hors (?:de l')?(?:UE|Union européenne|EEE)",
        "extra-?européen\\w*",
        "non-européen\\w*",
        "third countr(?:y|ies)",
        "non-EU",
        "outside (?:of )?the (?:EU|European Union|EEA|European Economic Area)",
        "Drittstaat\\w*",
        "Drittländer\\w*",
        "Drittland\\w*",
        "außerhalb der (?:EU|Europäischen Union|EWR)",
        "países terceros",
        "terceros países",
        "paesi terzi",
        "derde landen",
        "landen buiten de (?:EU|EER|Europese Unie)",
        "außerhalb des (?:Europäischen Wirtschaftsraums|EWR)",
        "al di fuori (?:dello Spazio economico europeo|dell'(?:UE|Unione europea)|del SEE)",
        "fuera de la (?:UE|Unión Europea)|fuera del (?:EEE|Espacio Económico Europeo)",
        // "da sedi extra-UE", "extracomunitari", "außereuropäische Standorte".
        "extra-?(?:UE|EU|SEE|EEE|EWR)",
        "extracomunitari\\w*",
        "außereuropäisch\\w*",
    ])
});

/// Prepositions of place that may stand before a place name, with an article.
pub static LOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:^|[^\p{L}])(?:\w*[Ss]tandort\w* (?:ist|sind|liegt|:)|(?:server |data |hosting )?locations? (?:is|are|:)|localisation (?:est|:)|ubicaci[óo]n (?:es|:)|ubicazione (?:è|:)|locatie (?:is|:)|en|dans|à|au|aux|sur le territoire (?:de|d['’])|nel|nella|nell['’]|au sein (?:de|d['’])|à l['’]intérieur (?:de|d['’])|hors(?: de| d['’])?|en dehors (?:de|d['’])|depuis|vers|desde|dall['’]|dalla|dallo|vanuit|vanaf|(?:d['’]un |un |des |les |dans un |tout )?(?:autres? )?États? membres? (?:de|d['’])|(?:cualquier |otro |un )?Estados? miembros? de|(?:un |altro |qualsiasi )*Stat[oi] membr[oi] d(?:ell['’]|ella|el|i)?|(?:un |altro )+Stat[oi] d(?:ell['’]|ella|ello|el)|lidsta(?:at|ten) van|(?:the )?territor(?:y|ies) of|territoire (?:de|d['’])|(?:Hoheits)?[Gg]ebiet(?:s|es)? (?:der|des|von)|territorio (?:de|di|del|della|dell['’])|grondgebied van|Staat(?:es)? (?:des|der)|in|within|inside|outside|from|to|across|throughout|based in|member states? of|innerhalb|außerhalb|aus|im|nach|Mitgliedstaat(?:en)? der|Mitgliedstaates der|dentro de|dentro del|fuera de|fuera del|entro|fuori|all['’]interno d(?:el|ello|ella|egli|ei|i|ell['’])|al di fuori d(?:el|ello|ella|egli|ei|i|ell['’])|binnen|buiten)(?:\s+(?:la|le|les|l['’]|the|der|die|dem|des|den|el|los|las|il|lo|gli|de|het))?(?:\s+(?:r[ée]gions?|Regions?|regi[óo]n|regione|regio|zones?|Zone|availability zones?|cloud regions?|Cloud-Region|Republic of|R[ée]publique (?:de|d['’])|Republik|Rep[úu]blica de|Repubblica (?:di|d['’])|Republiek))?\s*$",
    )
});

/// The seat of a body right before a place: "con sede in Milano", "dont le siège est à Lyon",
/// "mit Sitz in Bonn", "with its registered office in Dublin" say where the buyer or a company
/// is established, not where data are kept.
pub static SEAT: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:^|[^\p{L}])(?:(?:con )?sede(?: legale| sociale| operativa| principal| social)? (?:in|a|en)|si[èe]ge(?: social)?(?: est)? (?:à|a|en|au)|Sitz (?:in|im)|ans[äa]ssig in|(?:registered|head|principal) (?:office|seat)(?: is)? (?:in|at)|headquarter(?:s|ed)(?: is| are)? in|domicilio(?: social)? en|gevestigd (?:te|in)|domiciliat[oa] (?:in|a))\s*$",
    )
});

lexicon!(
    /// German "soll": what is normally to be done, below "muss". Not a cue of its own (reference
    /// browsers and operating systems "sollen" be supported, which imposes none of them), but
    /// hosting that "soll" go on is part of the contract ("Das Hosting der PWA soll auch nach
    /// dem 31.03.2023 bestehen bleiben").
    GERMAN_SOLL = ["soll", "sollen"]
);

/// A seat's word after the place, in German word order ("möglichst in der EWR ansässigen
/// Cloud-Anbietern", "in der EU niedergelassene Unternehmen"): where a provider is established,
/// not where the data are.
pub static SEAT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| constant(r"(?i)^[\s,]{0,3}(?:ans[äa]ssig|niedergelassen)"));

lexicon!(
    /// Bodies and programmes whose names hold a place: the buyer "France Travail", "Météo-France",
    /// "Horizon Europe", "Agenzia per l'Italia Digitale". None locates anything.
    NAMED_AFTER_A_PLACE = [
        "France (?:Travail|Télévisions|Compétences|Services|Connect|Num|Stratégie|Relance|2030|Médias Monde|Domaine|Identité|Active|Agrimer|Universités|Urbaine|Santé|Digitale)",
        "Business France", "Atout France", "Campus France", "Météo[- ]France", "Santé publique France",
        "Radio France", "(?:Banque|Électricité|Gaz|Voies navigables|Régions|Départements|Villes|Intercommunalités) de France",
        "Horizon Europe", "Digital Europe", "Creative Europe", "Europe Créative", "Europe Direct",
        "(?:Conseil|Council) (?:de l'|of )Europe", "Europarat\\w*", "Consiglio d'Europa", "Consejo de Europa", "Raad van Europa",
        "(?:Agenzia per )?l'Italia Digitale", "Italia Domani", "España Digital", "Deutschland-Stack",
    ]
);

lexicon!(
    /// Superlatives: "one of the largest operators", "der größte Anbieter": a description; a
    /// place right after one is the field of comparison ("the largest of its type in Europe").
    SUPERLATIVE = [
        "largest", "biggest", "greatest", "leading", "foremost", "plus grand\\w*", "leader", "größt\\w*",
        "führend\\w*", "más grande\\w*", "più grand\\w*", "grootste",
    ]
);

/// "On" before a place named as a territory ("sur le territoire européen", "su territorio
/// europeo"): a locative there, "about" before other places ("des statistiques sur les
/// États-Unis").
pub static ON_TERRITORY: LazyLock<Regex> =
    LazyLock::new(|| constant(r"(?i)(?:^|[^\p{L}])(?:sur|su|sul)(?:\s+le)?\s*$"));

/// Joins two places of one list: "the EU or the EEA", "France et Allemagne".
pub static PLACE_LIST_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:,|/|ou|et|or|and|oder|und|o|y|e|of|en)\s*(?:(?:la|le|les|l['’]|the|der|die|dem|des|den|el|il|de|het)\s+)?$",
    )
});

/// Joins alternatives: "ODF ou PDF/A", "SAML or OIDC", "ODF oder au format PDF/A".
pub static ALTERNATIVE_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:(?:formats?|Format)\s*)?(?:,\s*)?(?:ou|or|oder|bzw\.|beziehungsweise|o|of|et/ou|and/or|und/oder|/)\s*(?:(?:au|en|in|im|as|dans le|als)\s+)?(?:(?:formats?|Format)\s+)?$",
    )
});

/// A place used as an attribute of data centres or regions: "EU regions", "EU-Rechenzentren".
pub static PLACE_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^[\s-]*(?:regions?|data ?cent(?:re|er)s?|datacent(?:re|er)s?|hosting|cloud|Rechenzentr\w*|Region\w*|Standort\w*)",
    )
});

/// A terse answer to a bidder's question ("Antwort: EU zwingend, Deutschland bevorzugt."): a
/// place followed by how binding it is states a location, with no preposition.
pub static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    constant(r"(?i)^\s*(?:r[ée]ponse|answer|antwort|respuesta|risposta|antwoord)\s*[0-9]*\s*:")
});

lexicon!(
    /// How binding a place is, said after it in a terse answer.
    BINDING_AFTER = [
        "obligatoire", "exig[ée]e?", "souhait[ée]e?", "pr[ée]f[ée]r[ée]e?", "mandatory", "required", "preferred",
        "Pflicht", "zwingend", "bevorzugt", "erwünscht", "obligatori[oa]", "preferente", "preferid[oa]", "preferit[oa]",
        "verplicht", "voorkeur", "preferibile", "gewenst", "obbligatori[oa]", "richiest[oa]", "een eis", "vereist",
    ]
);

/// Words before a place that make it a place outside which data must stay.
pub static OUTSIDE: LazyLock<Regex> = LazyLock::new(|| {
    constant(r"(?i)(?:hors|en dehors|outside|beyond|außerhalb|fuera|fuori|buiten)\b[^.]{0,12}$")
});

lexicon!(
    /// "Or equivalent".
    OR_EQUIVALENT = [
        // "ou de tout logiciel équivalent", "o su piattaforma equivalente", "or any other
        // equivalent product": up to three words between the "or" and the equivalence.
        "ou (?:[\\w'’-]+ ){0,3}équivalent\\w*",
        "ou similaire\\w*", "or (?:[\\w-]+ ){0,3}(?:equivalent|equal|similar)",
        "oder (?:[\\w-]+ ){0,3}(?:gleichwertig\\w*|vergleichbar\\w*|gleichartig\\w*)",
        "o (?:[\\w'’-]+ ){0,3}equivalent[eis]\\w*", "of (?:[\\w-]+ ){0,3}gelijkwaardig\\w*", "of (?:[\\w-]+ ){0,3}vergelijkbaar\\w*",
        // An alternative product described by what it must match: "ou d'un outil de
        // visualisation offrant des fonctions équivalentes", "or licences for an alternative
        // product with no lesser functionality", "o de una herramienta de prestaciones análogas".
        // The gap must name the other product: "for the number of full-time equivalent staff",
        // "personal funcionario o laboral con funciones análogas" are no equivalence.
        "(?:ou|or|oder|o|oppure) (?:d['’]|de |of |un |une |an? |any |ein\\w* |una? |de una? |di una? |di un['’])?(?:[\\w'’-]+ ){0,3}(?:outil|logiciel|produit|solution|suite|plate-?forme|tool|product|software|editor|platform|licen[cs]es? for an?|Produkt|Lösung|Plattform|herramienta|producto|soluci[óo]n|plataforma|strumento|prodotto|soluzione|piattaforma|pakket)[^.;]{0,60}(?:équivalent\\w*|equivalent\\w*|análog[oa]s|analoghe|analoghi|gleichwertig\\w*|vergleichbar\\w*|no lesser)",
        // "or of another PDF editor offering at least the same features": another product, by
        // what it must match. Not "a newer release with at least the same features".
        "(?:or|oder|o|ou|of) (?:of |d['’]|de |di )?(?:another|an alternative|any other|un autre|une autre|ein anderes|otro|un altro|een ander)[^.;]{0,60}(?:at least )?the same (?:[\\w-]+ ){0,4}(?:features|functions|functionality|capabilities)",
        "dan wel (?:[\\w-]+ ){0,4}gelijkwaardig\\w*",
        // "au format Microsoft Office ou compatible": any compatible product is accepted.
        "(?:ou|or|oder|o|of) (?:\\w+ )?compatib\\w+",
        // Another format or product the buyer agrees to: "MS Word or another format agreed
        // upon with the Contracting Authority" (v64), "ou tout autre format validé par
        // l'acheteur", "oder ein anderes abgestimmtes Format".
        "(?:or|ou|oder|o|of) (?:another|any other|tout autre|un autre|une autre|ein anderes|einem anderen|otro|cualquier otro|un altro|qualsiasi altro|een ander)(?: [\\w-]+){0,2} (?:formats?|products?|software|tools?|solutions?|produits?|logiciels?|outils?|Formate?|Produkte?|formatos?|productos?|formati|prodott[oi]|formaten|producten)[,]? (?:agreed|approved|accepted|convenu\\w*|accept[ée]\\w*|valid[ée]\\w*|agr[ée][ée]\\w*|vereinbart\\w*|abgestimmt\\w*|akzeptiert\\w*|acordad\\w*|aceptad\\w*|concordat\\w*|accettat\\w*|overeengekomen|goedgekeurd)",
        "(?:ein anderes|einem anderen) (?:vereinbarte|abgestimmte|akzeptierte)s? (?:Format|Produkt)",
    ]
);

lexicon!(
    /// "Equivalent to", before a name.
    EQUIVALENT_TO = ["équivalent\\w* à", "equivalent to", "gleichwertig (?:zu|mit)", "equivalente a"]
);

lexicon!(
    /// Compatibility with a product rather than the product.
    COMPATIBLE = [
        "compatib\\w+", "interopérab\\w+ avec", "kompatib\\w+", "interoperable with",
        // Working with a product the buyer has, not replacing it: "s'interfacer avec",
        // "integrate with", "Vorgänge mit X austauschen", "documenten uitwisselen met".
        "s'interfacer[^.;]{0,40} avec", "interfa(?:ce|cing) with", "integrat(?:e|es|ing|ion) with",
        "(?-i:austauschen)", "Schnittstelle (?:zu|von|mit)", "uitwissel\\w* met", "koppel\\w* met",
        "interfaz con", "integrarse (?:con|en)", "interfacciarsi con", "integrarsi (?:con|in|nel)",
        "int[ée]gr\\w+ (?:dans|à) (?:l['’]|le |la )?(?:\\w+ ){0,3}(?:existant|actuel|de l['’]acheteur|de la collectivit[ée])\\w*",
        // Integration into the buyer's product: "Integration der Lösung in Microsoft Teams",
        // "moet integreren met", "ist an SAP S/4HANA anzubinden".
        "[Ii]ntegration (?:[\\w-]+ ){0,3}(?:in|into|mit|with|dans|avec|en|con|met)", "integr(?:eren|eert|atie) (?:met|in)",
        "int[ée]gr(?:er|ation|ée?s?) (?:avec|à|dans)", "integraci[óo]n (?:con|en)", "integrazione (?:con|in)",
        "anzubinden", "anbinden", "angebunden", "zu integrieren", "Anbindung an",
    ]
);

lexicon!(
    /// Files made for a desktop tool the buyer has: an export to it, templates for it. The
    /// system exchanges files with the tool; nobody supplies it.
    FILES_FOR_A_TOOL = [
        "export(?:s|ed|ing|able)? (?:[\\w-]+ ){0,4}(?:to|into|in)", "export(?:er|é|ée|és|ées|able|ables|ation)? (?:[\\w-]+ ){0,4}(?:vers|sous|dans|en)",
        "export(?:ieren|iert|ierbar)? (?:[\\w-]+ ){0,4}(?:nach|in)", "export(?:eren|eert|eerbaar)? (?:[\\w-]+ ){0,4}(?:naar|in)",
        "templates? (?:for|in)", "mod[èe]les? (?:de (?:documents?|courriers?) )?(?:pour|sous|au format)", "Vorlagen (?:für|in)", "sjablonen (?:voor|in)",
    ]
);

lexicon!(
    /// Linking records to accounts held in a product, named just before it: "linking CSP
    /// licences to Azure tenants", "rattacher les licences aux tenants Microsoft 365". With an
    /// account word right after the name ([`ACCOUNTS_IN`]), the product is worked with.
    LINKED_TO = [
        "link(?:s|ing|ed)? (?:[\\w-]+ ){0,3}(?:to|with)", "rattach\\w* (?:[\\w-]+ ){0,3}(?:à|au|aux)", "verknüpf\\w* (?:[\\w-]+ ){0,3}mit",
    ]
);

lexicon!(
    /// Accounts held in a product, named right after it: "Azure tenants", "Microsoft 365
    /// subscriptions", "comptes Google".
    ACCOUNTS_IN = [
        "tenants?", "accounts?", "subscriptions?", "comptes?", "abonnements?", "Mandanten?", "Konten",
    ]
);

lexicon!(
    /// Where the hosted solution itself is: its location or the place it is to be located in
    /// ("The geographic location of the cloud solution must be in Europe", "la plateforme doit
    /// être située en France", "Standort der Lösung"). Where the solution is, its data are.
    SOLUTION_LOCATED = [
        "(?:location|whereabouts|emplacement|localisation|Standort|ubicaci[óo]n|localizaci[óo]n|ubicazione|collocazione|locatie|vestigingsplaats) (?:[\\w-]+ ){0,2}(?:of|de|du|des|der|del|della|dello|dell'|van) (?:the |la |le |l'|die |des |el |il |lo |het |de )?(?:[\\w-]+ ){0,2}(?:solutions?|services?|platforms?|applications?|systems?|Lösung|Plattform|Anwendung|Dienst\\w*|System\\w*|soluci[óo]n|plataforma|aplicaci[óo]n|servicio|soluzione|piattaforma|applicazione|servizio|oplossing|applicatie|dienst)",
        "(?:cloud |SaaS )?(?:solution|service|platform|application|system)s? (?:must|shall|should|is to|are to|will) (?:be )?(?:located|situated|based)",
        "(?:solution|plateforme|application|service)s? (?:doit|doivent|devra|devront|sera|seront) (?:être )?(?:situ[ée]e?s?|localis[ée]e?s?|implant[ée]e?s?)",
        "(?:Lösung|Plattform|Anwendung|Dienst)[^.;]{0,40}(?:befinden|befindet|angesiedelt|liegen|liegt)",
    ]
);

lexicon!(
    /// The platform a product must run on, named just before it: the buyer's servers, clients
    /// and browsers ("run the system on clients based on MS Windows 10", "in the Edge or Chrome
    /// browser", "lauffähig unter Windows 11", "fonctionner sous Linux"). The product must work
    /// there; nobody is asked to supply the platform.
    RUNS_ON = [
        "(?:possible|able|capable|possibility) (?:for [\\w-]+ )?to (?:run|operate|execute|work|function) (?:[\\w'’-]+,? ){0,5}(?:on|in|under|based on)",
        "(?:clients?|workstations?|desktops?|laptops?|PCs?) based on",
        "(?:pouvoir|capable de|en mesure de|possibilit[ée] de) (?:fonctionner|s'ex[ée]cuter|tourner) (?:sur|sous|dans)",
        "lauff[äa]hig (?:unter|auf|in)",
        "(?:poder|capaz de|posibilidad de) (?:funcionar|ejecutarse) (?:en|sobre|bajo)",
        "(?:poter|in grado di|possibilit[àa] di) (?:funzionare|essere eseguit[oa]) (?:su|in|sotto)",
        "(?:kunnen|in staat (?:zijn )?om te) (?:draaien|werken) (?:op|onder)",
    ]
);

/// The word for a cloud's region right next to the cloud's name: "in der Azure-Region",
/// "de Azure-regio", "la région Azure".
pub static REGION_WORD: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:^[\s,-]*(?:Region|regio|région|región|regione|region)\b|\b(?:Region|regio|région|región|regione|region)\s*$)",
    )
});

lexicon!(
    /// Fees limited to the provider's costs.
    AT_COST = [
        "(?:au|à) (?:prix )?co[uû]ts? (?:réels?|directs?)", "à prix coûtant", "coûts directs", "at cost",
        "(?:direct|actual) costs? (?:incurred|only)", "cost price", "cost-based", "Selbstkosten\\w*",
        "tatsächlich(?:en)? (?:entstandenen )?Kosten", "unmittelbaren Kosten", "coûts directement supportés", "costes directos", "costi diretti", "directe kosten", "al costo", "a precio de coste", "tegen kostprijs"
    ]
);

lexicon!(
    /// Using several providers at once (Data Act art. 34), not leaving one.
    PARALLEL_USE = [
        "utilisation (?:parallèle|simultanée)", "usage (?:parallèle|simultané)", "multi-?cloud",
        "parallel use", "in parallel", "parallele\\w* (?:Nutzung|Betrieb)", "uso (?:parallelo|paralelo)",
        "parallel gebruik"
    ]
);

lexicon!(
    /// A protection marking that is not a classification level.
    RESTRICTED = ["diffusion restreinte"]
);

lexicon!(
    /// Renewing or extending what the buyer already licenses: "renouvellement des licences",
    /// "renewal of the existing subscriptions", "Verlängerung der Lizenzen".
    RENEWAL = [
        "renouvel\\w+", "reconduction", "renew\\w*", "extension of (?:the|our|its) existing",
        "verlänger\\w+", "Verlängerung", "Erneuerung", "rinnov\\w+", "renovaci[oó]n", "renovar",
        "verleng\\w+"
    ]
);

lexicon!(
    /// The tender's statement that the subject-matter of the contract justifies naming a brand
    /// (Directive 2014/24/EU art. 42(4), CCP R2111-7): "justifié par l'objet du marché",
    /// "durch den Auftragsgegenstand gerechtfertigt", "justified by the subject-matter of the
    /// contract".
    SUBJECT_MATTER_JUSTIFIED = [
        "justifi\\w* par l'objet (?:du marché|du contrat|de l'accord-cadre|de la consultation)",
        "l'objet du (?:marché|contrat) (?:le |la |les )?justifie",
        "justified by the subject[- ]matter", "the subject[- ]matter of the (?:contract|procurement) justifies",
        "durch den (?:Auftragsgegenstand|Gegenstand des Auftrags) gerechtfertigt",
        "vom (?:Auftragsgegenstand|Gegenstand des Auftrags) gerechtfertigt",
        "(?:Auftragsgegenstand|Gegenstand des Auftrags) rechtfertigt",
        "justificad\\w* por el objeto del contrato", "giustificat\\w* dall'oggetto (?:dell'appalto|del contratto)",
        "gerechtvaardigd door het voorwerp van de opdracht",
        // The installed base given as the reason, the classic justification: "Wünschenswert wäre
        // die Nutzung von WordPress, da alle Projekt-Websites des IfL WordPress verwenden".
        "(?:da|weil) [^.;]{0,80}(?:verwenden|verwendet|nutzen|genutzt|einsetzen|eingesetzt|basieren|betrieben werden)",
        "(?:because|since|given that) [^.;]{0,80}(?:use|uses|run on|runs on|are built on|is built on)",
        "(?:car|puisque|parce que|étant donné que) [^.;]{0,80}(?:utilis\\w+|repos\\w+ sur|fonctionn\\w+ sous)",
        "(?:ya que|puesto que|porque) [^.;]{0,80}(?:utiliz\\w+|basad\\w+ en)",
        "(?:poiché|perché|in quanto) [^.;]{0,80}(?:utilizz\\w+|basat\\w+ su)",
        "(?:omdat|aangezien) [^.;]{0,80}(?:gebruik\\w+|draai\\w+ op)",
    ]
);

lexicon!(
    /// A negation just before what it denies: "n'est pas justifiée", "is not justified", "nicht
    /// durch den Auftragsgegenstand gerechtfertigt".
    NEGATION = ["pas", "not", "nicht", "no", "non", "niet", "jamais", "never", "nie"]
);

lexicon!(
    /// Supplying, using or building on a product.
    USES = [
        "fourni\\w*", "livr\\w+", "licences?", "utilis\\w+", "bas(?:é|ée|és|ées) sur", "reposant sur", "repose sur",
        "sur la base de", "déploy\\w*", "héberg\\w+ (?:sur|chez|dans)", "mise à disposition", "met à disposition",
        "provides?", "supply", "supplies", "deliver\\w*", "licen[cs]es?", "based on", "built on", "use",
        "uses", "using", "hosted (?:on|in|by)", "deployed (?:on|in|to)", "running on", "run on",
        "liefert", "Lizenz\\w*", "auf Basis", "basierend auf", "einzusetzen", "eingesetzt", "einsetzen",
        "betrieben", "gehostet", "héberg(?:é|ée|és|ées)", "bereitgestellt", "nutzen", "verwenden", "zu verwenden",
        "geleverd", "leveren", "gebruik\\w*", "suministr\\w+", "utiliz\\w+", "fornit\\w+", "fornire", "utilizz\\w+",
        "d[ée]ploi\\w*", "betreib\\w*", "d[ée]velopp\\w+ (?:sur|avec)", "developed (?:on|with)", "entwickelt (?:auf|mit)",
        "basad[ao]s? en", "basat[aoie] su", "gebaseerd op",
        // Where the operation takes place: "Der Betrieb erfolgt auf IONOS Cloud", "l'hébergement
        // s'effectue chez", "avviene su".
        "(?:erfolgt|erfolgen) (?:auf|in|bei|im)", "s'effectue(?:nt|ra)? (?:sur|chez|dans)", "(?:se realiza|se efectuar[áa]|tendr[áa] lugar) (?:en|sobre)",
        "avv(?:iene|errà) (?:su|in|presso)", "(?:vindt|vinden) plaats (?:op|in|bij)",
        "desarrollad\\w+ sobre", "desplegar\\w*", "desplegad\\w+", "sviluppat\\w+ su", "ontwikkeld op", "r[ée]alis[ée]\\w* (?:avec|sur)",
        "construit\\w* sur", "built (?:on|with)", "runs? (?:on|in)", "hébergée? sur", "migr\\w+ vers",
        // Not "op basis van" ("on the basis of"), which prices and counts as often as it builds.
        "basad[oa]s? en", "basat[oaie] su", "gebaseerd op",
    ]
);

lexicon!(
    /// Delivering, exchanging or supporting a format or protocol: a format named without
    /// these words ("Flux XML", a link "(pdf 1,8 Mo)") is only mentioned.
    FORMAT_USE = [
        "formats?", "remis\\w*", "livr\\w+", "fourni\\w*", "transmis\\w*", "transmet\\w*", "export\\w*", "import\\w*",
        "prend en charge", "prise en charge", "protocoles?", "API", "interfaces?", "accessibles?", "compatib\\w+",
        "repos\\w+ sur", "via", "par", "en", "sous forme",
        "deliver\\w*", "provided", "submitted", "supports?", "supported", "protocols?", "through", "using", "uses?",
        "as", "in", "accessible", "exchanged", "stored", "returned",
        "Format\\w*", "geliefert", "liefern", "übermittel\\w*", "bereitgestellt", "bereitzustellen", "gespeichert",
        "exportier\\w*", "unterstütz\\w*", "über", "als", "im", "Schnittstelle\\w*", "Protokoll\\w*",
        "formato", "entreg\\w+", "export\\w+", "mediante", "protocolos?", "en",
        "prodott\\w*", "fornit\\w*", "espor\\w+", "tramite", "protocoll[oi]", "in",
        "aangeleverd", "geleverd", "formaat", "protocol\\w*", "via", "als",
    ]
);

/// A deployment onto an environment that already exists: "capable of deployment on the PMO's
/// existing", "déployée sur l'infrastructure existante de".
pub static DEPLOY_TARGET: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:deploy\w*|deployment|run|runs|running|host|hosted|operate\w*|integrat\w*|déploy\w*|hébergé\w*|intégr\w*|betrieben|bereitgestellt|integrier\w*|einsetzbar|erfolgt|läuft|laufen)\s+(?:on|onto|in|into|with|sur|dans|avec|auf|in|im|mit)\s+(?:[\w’'.-]+\s+){0,4}(?:existing|current|existant\w*|actuel\w*|bestehend\w*|vorhanden\w*|\w+['’]s)\s+(?:[\w’'.-]+\s+){0,2}$",
    )
});

lexicon!(
    /// What the buyer runs today, said as such: "the current software, run on Oracle", "die
    /// IT-Abteilung betreibt bereits", or out of this tender's scope.
    CURRENT_STATE = [
        "actuel\\w*", "actuellement", "currently", "already", "at present", "bereits", "derzeit", "aktuell\\w*",
        "actualmente", "attualmente", "momenteel", "huidige",
        "outside the scope", "out of scope", "hors (?:du )?(?:périmètre|champ)", "nicht Gegenstand", "fuera del (?:alcance|objeto)",
        "fuori (?:dall['’]ambito|dal perimetro)", "buiten (?:de )?scope",
    ]
);

lexicon!(
    /// Today, as the starting point a tender describes: "La collectivité dispose aujourd'hui de
    /// ses propres serveurs", "De gemeente beschikt momenteel over een eigen serverruimte".
    TODAY = [
        "aujourd'hui", "actuellement", "currently", "at present", "at the moment", "derzeit", "momentan", "zurzeit",
        "actualmente", "en la actualidad", "attualmente", "momenteel", "op dit moment",
    ]
);

lexicon!(
    /// What was and will go: decommissioning, migration away, replacement.
    FORMER = ["d[ée]commissionn\\w*", "decommission\\w*", "has since expired", "a depuis (?:expiré|pris fin)", "migrat\\w+ (?:away )?from", "migr\\w+ depuis", "abgelöst", "ablösen", "abzulösen", "will be replaced", "sera remplac\\w*", "replac\\w+"]
);

lexicon!(
    /// A choice the buyer states, right before the brand it names: "la plateforme retenue est",
    /// "the selected platform is", "die gewählte Plattform ist".
    CHOSEN = [
        "(?:retenue?s?|choisie?s?|imposée?s?|cible) (?:est|sont|sera|seront)",
        "(?:selected|chosen|designated|mandated|target) [a-z -]{0,30}(?:is|are|will be)",
        "(?:gewählte|vorgegebene|festgelegte)\\w* [A-Za-zäöüß -]{0,30}(?:ist|sind|wird)",
    ]
);

lexicon!(
    /// An agent before a brand: "provided by", "fourni par", "von … bereitgestellt".
    AGENT = ["by", "par", "von", "door", "da", "por"]
);

/// An acronym: two to six capitals standing alone ("AWS", "SAP").
pub static ACRONYM: LazyLock<Regex> = LazyLock::new(|| constant(r"\b[A-Z]{2,6}\b"));

lexicon!(
    /// "Only": no other format is accepted.
    ONLY = ["uniquement", "exclusivement", "seul\\w*", "only", "exclusively", "solely", "nur", "ausschließlich", "solo", "solamente", "únicamente", "exclusivamente", "esclusivamente", "soltanto", "unicamente", "alleen", "uitsluitend"]
);

lexicon!(
    /// A subject that holds or would hold a certification.
    CERTIFICATION_HOLDER = [
        "titulaire", "prestataire", "fournisseur", "candidat\\w*", "soumissionnaire", "offre", "service",
        "solution", "héberg\\w+", "certifi\\w+", "qualifi\\w+", "disposer",
        "contractor", "supplier", "provider", "bidder\\w*", "vendor", "service", "platform", "hold\\w*",
        "Auftragnehmer\\w*", "Anbieter\\w*", "Bieter\\w*", "Dienstleister\\w*", "Testat\\w*", "Nachweis\\w*",
        "Zertifi\\w+", "nachzuweisen", "vorzulegen",
    ]
);

lexicon!(
    /// Reversibility, exit, return of data.
    REVERSIBILITY = [
        "réversibilité", "restitu\\w+", "plan de sortie", "changement de (?:prestataire|titulaire|fournisseur)",
        "migration (?:des données )?vers un (?:nouveau|autre) (?:prestataire|titulaire|fournisseur)",
        "migration to (?:a|another|the new|a new) (?:provider|supplier|contractor)", "switching (?:to|provider)",
        "Datenmigration", "Migration zu einem (?:neuen|anderen) Anbieter", "Anbieterwechsel", "sortie du (?:contrat|marché)", "fin (?:du|de) (?:contrat|marché)",
        "reversibility", "exit plan", "exit strategy", "exit management", "return (?:all |of |the )*(?:data|content)",
        "(?:data|content) (?:is|are|shall be|will be) returned", "hand(?:ing)? over (?:all )?(?:the )?data",
        "successor (?:provider|supplier|contractor)", "end of the contract",
        "Exit-?(?:Konzept|Plan|Strategie|Management)", "Rückgabe", "Rückführung", "Datenrückgabe", "zurückzugeben",
        "zurückgegeben", "herauszugeben", "Herausgabe", "Vertragsende", "Ausstieg\\w*",
        "reversibilidad", "reversibilità", "exitstrategie", "exitplan", "teruggave",
        // Handing the data over in other words: to the buyer, or to the next provider.
        "transf[èe]r\\w* (?:l'ensemble des|toutes les|les) (?:données|contenus)", "remet\\w* (?:les|l'ensemble des) (?:données|contenus)", "remise des données (?:à|au)",
        "prestataire (?:désigné|suivant|entrant)", "nouveau titulaire", "phase de bascule",
        "transition (?:activities|services|period|assistance|plan)", "Übergangs(?:leistung|phase|management|unterstützung)\\w*", "replacement (?:supplier|provider|contractor)", "incoming (?:supplier|provider|contractor)",
        "(?:mailboxes|data|content|records) (?:shall|will|must) be (?:returned|handed over|exported|transferred)", "export (?:the |all )?(?:\\w+ )?data",
        "complete copy of the (?:\\w+ )?data",
        "nachfolgend\\w* (?:Anbieter\\w*|Auftragnehmer\\w*|Dienstleister\\w*)", "Nachfolge\\w*",
        "entregar\\w* (?:todos )?los datos", "devol\\w+", "devuelv\\w+", "nuevo (?:proveedor|adjudicatario)", "transici[óo]n del servicio",
        "migraci[óo]n[^.;]{0,40}(?:a|hacia) (?:otro|un nuevo) (?:proveedor|prestador)", "copia completa de (?:los )?datos",
        "migrazione[^.;]{0,40}(?:verso|a|ad) un (?:altro|nuovo) (?:fornitore|operatore|prestatore)", "copia completa (?:dei |di )?dati", "restituzione (?:dei|di tutti i) dati", "restituire i dati",
        "migratie[^.;]{0,40}naar een (?:andere|nieuwe) (?:leverancier|dienstverlener)", "volledige kopie van (?:de |alle )?(?:gegevens|data)",
        "trasferisc\\w+ (?:tutti )?i dati", "restituit\\w+", "restituzione", "subentr\\w+", "nuovo (?:fornitore|aggiudicatario)", "piano di (?:uscita|reversibilità)",
        "teruggeven", "teruggegeven", "nieuwe (?:leverancier|opdrachtnemer)", "opvolgend\\w* (?:leverancier|opdrachtnemer|dienstverlener)",
    ]
);

lexicon!(
    /// Reversibility named as such, in any of its forms ("réversibilité", "reversibility",
    /// "reversibilità", "réversible").
    REVERSIBILITY_NAMED = ["r[ée]versib\\w*"]
);

lexicon!(
    /// Handing the service back at the end: a phase or clause of reversibility by itself, even
    /// when it names no data ("devolución del servicio", "Rückübergabe").
    SERVICE_HANDBACK = [
        "devoluci[óo]n del servicio", "reversi[óo]n del servicio", "traspaso del servicio", "restitution (?:du|des) services?",
        "hand(?:ing)?[- ]?back (?:of )?the service", "return of the services?", "Rückübergabe", "Rückführung (?:der|des) (?:Leistung|Dienst|Betrieb)\\w*",
        "restituzione del servizio", "riconsegna del servizio", "teruggave van de dienst\\w*", "terugoverdracht",
        // The service itself made movable to the buyer or another provider: "the hosting must be
        // set up so that it could be transferred to the PIK or a third party with minimum effort".
        // The service, not data: "personal data may be transferred to third parties" is
        // another clause.
        "(?:hosting|website|site|service|system|platform|solution|application|instance)[^.;]{0,60}(?:could|can|may|must|shall) be (?:transferred|migrated|moved) to (?:[^.;]{0,40} )?(?:(?:a |any )?third part(?:y|ies)|another (?:provider|host|hosting provider|supplier))",
        "(?:Hosting|Website|Webseite|Webauftritt|Dienst|System|Plattform|Lösung|Anwendung|Instanz)[^.;]{0,60}(?:an|auf) (?:einen |eine )?(?:Dritte\\w*|anderen (?:Anbieter|Dienstleister|Hoster|Provider))[^.;]{0,40}(?:übertragen|migriert|umgezogen) werden (?:kann|können|könnte|könnten)",
        "(?:hébergement|site|service|système|plateforme|solution|application)[^.;]{0,60}(?:transférable|transféré\\w*|migré\\w*|migrable)[^.;]{0,40}(?:à|vers|chez) un (?:tiers|autre (?:prestataire|hébergeur|fournisseur))",
    ]
);

lexicon!(
    /// Knowledge handed over: at the end of the contract, part of reversibility; at its start,
    /// training.
    KNOWLEDGE_TRANSFER = [
        "traspaso de(?:l)? conocimiento", "transferencia de(?:l)? conocimiento", "transfert (?:de|des) (?:connaissances|compétences|savoir-faire)",
        "knowledge transfer", "transfer of knowledge", "Wissenstransfer", "Know-how-Transfer", "Wissensübergabe",
        "trasferimento (?:di|delle|del) (?:conoscenz\\w+|know-how)", "passaggio di consegne", "kennisoverdracht",
    ]
);

/// Whoever comes after the provider: the end of the contract and exit assistance both know them.
const SUCCESSOR_WORDS: &[&str] = &[
    "successor",
    "replacement (?:supplier|provider|contractor)",
    "incoming (?:supplier|provider|contractor)",
    "nouveau (?:titulaire|prestataire|fournisseur)",
    "titulaire suivant",
    "prestataire (?:entrant|suivant)",
    "neu(?:e|en|er) (?:Dienstleister|Anbieter|Auftragnehmer)\\w*",
    "nachfolgend\\w* (?:Anbieter|Auftragnehmer|Dienstleister)\\w*",
    "Folge(?:anbieter|auftragnehmer|dienstleister)\\w*",
    "Nachfolge(?:anbieter|auftragnehmer|dienstleister)\\w*",
    "nuevo (?:adjudicatario|proveedor|contratista)",
    "adjudicatario entrante",
    "nuovo (?:fornitore|aggiudicatario)",
    "subentr\\w+",
    "nieuwe (?:leverancier|opdrachtnemer)",
    "opvolgend\\w* (?:leverancier|opdrachtnemer|dienstverlener)",
];

/// The end of the contract, in words that name it (not whoever comes next).
const CONTRACT_END_WORDS: &[&str] = &[
    "fin (?:du|de) (?:contrat|marché)",
    "(?:à l'issue|au terme|à l'échéance|à l'expiration) du (?:contrat|marché)",
    "titulaire sortant",
    "end of the (?:contract|agreement)",
    "(?:expiry|termination) of the (?:contract|agreement)",
    "(?:contract|agreement) (?:ends|expires|terminates|is terminated)",
    "Vertrags(?:ende|beendigung|ablauf)",
    "Ende (?:der Vertragslaufzeit|des Vertrag(?:s|es))",
    "Beendigung",
    "(?:endet|enden) (?:das|der|die) Vertrag\\w*",
    "Ablauf des Vertrag(?:s|es)",
    "(?:finalizad[oa]|extinguid[oa]) el contrato",
    "a la (?:finalizaci[óo]n|extinci[óo]n) del contrato",
    "(?:final|fin|finalizaci[óo]n|t[ée]rmino|extinci[óo]n) del contrato",
    "al (?:finalizar|terminar|extinguirse) el contrato",
    "(?:fine|scadenza|cessazione|termine) (?:naturale )?(?:o anticipata )?del contratto",
    // The service only as the object of the contract: "al termine del servizio di
    // assistenza" ends a technician's visit.
    "(?:a|alla|al) (?:conclusione|scadenza|cessazione|fine|termine) del(?:l['’]| )(?:contratto|appalto|rapporto contrattuale|servizio oggetto del(?:l['’]| )(?:presente )?(?:contratto|appalto))",
    "a la conclusi[óo]n del contrato",
    "einde (?:van )?de overeenkomst",
    "be[ëe]indiging",
    "afloop van de overeenkomst",
];

lexicon!(
    /// The end of the contract, named as such: what a part on taking the service over says of
    /// it is the exit all the same.
    CONTRACT_END = [] + CONTRACT_END_WORDS
);

/// The end of the contract, or whoever comes after the provider.
pub static END_OF_CONTRACT: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(&[CONTRACT_END_WORDS, SUCCESSOR_WORDS].concat()));

lexicon!(
    /// Reversibility left to a later price.
    ON_QUOTE = [
        "sur devis", "sur demande chiffrée", "conditions commerciales", "à la charge (?:de la collectivité|de l'acheteur|du pouvoir adjudicateur)",
        "facturé\\w* en sus", "on (?:a )?quotation", "at (?:the (?:supplier|contractor|provider)'s|its) (?:commercial|standard|then-current) (?:terms|rates|prices)",
        "charged separately", "gegen (?:gesonderte )?(?:Vergütung|Berechnung)", "kostenpflichtig", "nach Aufwand",
        // At rates or on a quote: "sur la base d'un devis préalable", "charged at the Supplier's
        // daily rates", "nach den Tagessätzen … gesondert vergütet".
        "devis", "charged at (?:the )?(?:[\\w']+ )?(?:daily |hourly )?rates", "ordered separately", "Tagess[äa]tz\\w*", "gesondert vergütet",
        "(?:se )?facturar[áa]n? (?:aparte|por separado)", "fatturat[aoie] a parte", "tegen (?:het )?(?:uur|dag)tarief",
    ]
);

lexicon!(
    /// A structured, commonly used, machine-readable format for returned data, open or not: a
    /// spreadsheet or database format named, or the quality said ("sous une forme exploitable",
    /// "machine-readable", "maschinenlesbar").
    MACHINE_READABLE = [
        // Not "dump": a proprietary database's dump is the lock-in this guards against.
        "XLSX?", "ODS", "CSV", "JSON", "XML", "SQL",
        "lisibles? par (?:une )?machine", "(?:sous une )?forme exploitable", "formats? exploitables?", "exploitable par (?:un|le|tout) (?:logiciel|tiers|syst[èe]me)",
        "machine[- ]readable", "structured,? (?:and )?commonly used",
        "maschinenlesbar\\w*", "strukturiert\\w*,? (?:und )?g[äa]ngig\\w*",
        "legibles? por (?:una )?m[áa]quina", "estructurad[oa]s?,? (?:de uso común|y de uso común)",
        "leggibil[ei] (?:meccanicamente|da (?:una )?macchina|automaticamente)", "strutturat[oi],? (?:di uso comune|e di uso comune)",
        "machineleesba(?:ar|re)", "gestructureerd\\w*,? (?:en )?gangba\\w*",
        // Formats the trade commonly uses, for data: "in industrieüblichen Datenformaten" (v58),
        // "in industry-standard data formats".
        "(?:industrie|branchen)üblich\\w* (?:Daten|Datei|Export)?[Ff]ormat\\w*", "industry[- ]standard (?:data |file |export )?formats?",
        "formats? (?:de donn[ée]es )?standards? du march[ée]", "formatos? (?:de datos )?est[áa]ndar(?:es)? (?:de la industria|del mercado)", "formati? (?:di dati )?standard (?:di mercato|del settore)",
    ]
);

lexicon!(
    /// Open formats for returned data.
    OPEN_FORMATS = [
        "formats? ouverts?", "format ouvert", "open (?:and documented |and standard |standard |documented )?formats?",
        "non-proprietary formats?", "non-proprietary,? (?:[\\w-]+,? ){0,2}formats?", "nicht[- ]propriet[äa]r\\w* (?:\\w+ )?(?:Datei)?[Ff]ormat\\w*", "formats? non propriétaires?", "offene\\w*,? (?:(?:und )?dokumentierte\\w* )?(?:Datei)?[Ff]ormat\\w*",
        "CSV", "JSON", "SQL", "XML", "ODF", "OpenDocument", "formatos (?:p[úu]blicos y )?abiertos", "formato abierto", "formati (?:pubblici e )?aperti", "formato aperto", "open standaarden", "open (?:standaard|bestands)?forma+t(?:en)?",
        "open,? (?:standards-based|machine-readable|interoperable) formats?", "offene\\w* Standard\\w*",
        // The adjective open, then other qualities, then the format: "in een open, gedocumenteerd
        // en machineleesbaar formaat", "in einem offenen, dokumentierten Format".
        "(?:open|offene[nms]?|abiert[oa]s?|apert[oi]|ouverts?),? (?:[\\w-]+,? ){0,3}(?:and|und|et|y|e|en) [\\w-]+ (?:Datei|bestands)?(?:formaat|formats?|Format\\w*|formatos?|formati)",
    ]
);

lexicon!(
    /// An exit plan.
    EXIT_PLAN = ["plan de réversibilité", "plan de sortie", "exit plan", "exit strategy", "Exit-?(?:Konzept|Plan|Strategie|Handbuch)", "Ausstiegs(?:konzept|plan)\\w*", "plan de reversibilidad", "exitplan", "piano di (?:uscita|reversibilità)"]
);

lexicon!(
    /// A plan or concept, which under a reversibility heading is the exit plan ("le titulaire
    /// remet ce plan", "legt ein detailliertes Konzept vor", "presenta il relativo piano").
    PLAN = ["plan", "planning", "Konzept\\w*", "piano"]
);

lexicon!(
    /// Exporting data, which at the end of the contract is its return ("per l'esportazione dei
    /// dati al termine del contratto").
    EXPORT = ["export\\w*", "esporta\\w*", "exporta\\w*", "exporteren", "geëxporteerd"]
);

lexicon!(
    /// Deletion after return.
    DELETION = ["suppression", "supprim\\w+", "effac\\w+", "destruction", "détrui\\w+", "delet\\w+", "eras\\w+", "destroy\\w*", "lösch\\w+", "vernicht\\w+", "borrad\\w+", "borrar[áa]n?", "borrar", "cancellazion\\w+", "cancella(?:re|ti|to|te|ta|no|ndo)?", "eliminazion\\w+", "distrugg\\w+", "distruzione", "eliminar\\w*", "eliminaci[óo]n", "destru\\w+", "verwijder\\w*", "vernietig\\w*", "wissen", "wist"]
);

lexicon!(
    /// Handing something over to the buyer or the next provider: with data words, at the end of
    /// the contract, the return of the data whatever it is called ("remet à la commune
    /// l'intégralité des dossiers", "levert alle dossiers aan").
    HANDOVER = [
        "remet\\w*", "transmet\\w*", "livre(?:nt|ra|ront)?", "fourni(?:t|ra|ront)", "met(?:tra)? à (?:la |sa )?disposition",
        "deliver\\w*", "transfer\\w*", "provide\\w*", "hand\\w* over",
        "liefert\\w*", "übermittel\\w*", "überträgt", "übertragen", "übergibt", "übergeben",
        // The verb's two parts around the whole object: "stellt … sämtliche Vorgangsdaten
        // einschließlich Metadaten binnen zwei Monaten … in einem nicht-proprietären Format bereit".
        "stellt[^.;]{0,200}(?:zur Verf[üu]gung|bereit)",
        "entreg\\w+", "pondr[áa] a disposici[óo]n",
        "consegn\\w+", "trasferisc\\w+", "trasferiment[oi]", "mette(?:rà)? a disposizione", "rend(?:e|erà) disponibil[ei]",
        "lever(?:t|en)\\w*", "draagt[^.;]{0,120} over", "stelt[^.;]{0,100}ter beschikking",
    ]
);

lexicon!(
    /// The whole of something: with a handover at the end of the contract, the return of the
    /// data ("l'intégralité des dossiers", "sämtliche Vorgangsdaten"), not a monthly delivery
    /// of usage figures until the end.
    WHOLE_SET = [
        "l'intégralité", "l'ensemble", "tou(?:te)?s les", "intégra(?:l|le|ux|les)", "la totalité", "compl[èe]te?s?", "all", "every", "complete", "full", "entire",
        "sämtliche\\w*", "alle", "vollständig\\w*", "gesamte\\w*", "tod[oa]s (?:los|las)", "la totalidad", "íntegra", "completa", "l'intero", "la totalità", "tutt[ie] (?:i|le|gli)", "integrale",
        "volledige", "integraal",
    ]
);

lexicon!(
    /// Whoever comes next: helping them is exit assistance ("répond aux sollicitations du
    /// nouveau prestataire", "cooperate fully with any Replacement Supplier").
    SUCCESSOR = [] + SUCCESSOR_WORDS
);

lexicon!(
    /// The buyer confirming it received what was handed over: deleting the rest afterwards is the
    /// last step of the exit ("une fois la bonne réception des données confirmée").
    RECEIPT_CONFIRMED = [
        "bonne réception des données", "receipt of (?:the|all) (?:\\w+ )?data (?:has been |is )?confirmed", "confirm\\w* (?:the )?receipt of (?:the|all) (?:\\w+ )?data",
        // Once the data were handed over: "Na overdracht vernietigt Opdrachtnemer alle kopieën".
        "(?:après|une fois) (?:la )?(?:restitution|remise|le transfert) des données", "(?:after|once|following) (?:the )?(?:handover|hand-over|return|transfer) of (?:the|all) (?:\\w+ )?data",
        "nach (?:der |erfolgter )?(?:Übergabe|Rückgabe|Übertragung) der Daten", "tras la (?:entrega|devoluci[óo]n|transferencia) de los datos", "dopo (?:la )?(?:restituzione|consegna) dei dati", "na (?:de )?overdracht van de gegevens",
        "Bestätigung (?:der|des) (?:vollständigen )?(?:Übernahme|Empfangs|Erhalts)",
        "confirm\\w* la recepci[óo]n de (?:los|todos los) datos", "conferma (?:dell'avvenuta |della )?ricezione", "bevestiging van de ontvangst", "ontvangst (?:is )?bevestigd",
    ]
);

lexicon!(
    /// Helping whoever comes next: with a successor or at the end of the contract, exit
    /// assistance ("répond aux sollicitations du nouveau prestataire", "cooperate fully with
    /// any Replacement Supplier", "Beantwortung von Rückfragen des neuen Dienstleisters").
    EXIT_ASSISTANCE = [
        "coopér\\w*", "sollicitations", "assistance", "accompagne\\w*",
        "cooperat\\w*", "assist\\w*", "answer\\w*", "queries",
        "Mitwirkung\\w*", "unterstütz\\w*", "Rückfragen",
        "colabor\\w*", "asistencia", "collabor\\w*", "assistenza", "supporto",
        "medewerking", "ondersteun\\w*", "meewerk\\w*",
    ]
);

lexicon!(
    /// Exit, egress and switching fees, by name.
    EXIT_FEES = [
        "frais (?:de sortie|de réversibilité|d'egress|de migration|de restitution|de récupération)",
        "(?:egress|exit|switching|data transfer|termination) (?:fees|charges|costs)",
        "Gebühren für (?:den )?Datenexport", "Ausstiegs(?:kosten|gebühr\\w*|entgelt\\w*)", "(?:Egress|Exit|Wechsel|Export)-?(?:Gebühr|Kosten|Entgelt)\\w*", "Transferentgelt\\w*", "Wechselentgelt\\w*", "Exportgebühr\\w*",
        "costes de salida", "costi di uscita", "exitkosten", "gastos de salida", "costi di esportazione",
        "p[ée]nalit[ée]s? de sortie",
        // Switching charges (Data Act art. 29): "frais de changement de fournisseur", "overstapkosten".
        "frais de changement(?: de fournisseur)?", "overstapkosten", "costes de cambio(?: de proveedor)?", "oneri di (?:passaggio|cambio)",
    ]
);

lexicon!(
    /// Data leaving the provider as traffic: a fee only where the sentence speaks of fees
    /// ("egress is charged"); alone, a row of a capacity table ("Outbound traffic (egress):
    /// 2 TB/month").
    EGRESS = [
        "data egress", "egress", "données sortantes", "(?:data )?transfer out", "Datenexport", "exporteren van gegevens",
        "(?:transfert|trafic) sortant", "outbound (?:bandwidth|traffic|data(?: transfer)?)", "ausgehende\\w* Datenverkehr",
        "tr[áa]fico saliente", "traffico in uscita", "uitgaand dataverkeer",
        "(?:descarga|extracci[óo]n) (?:o (?:descarga|extracci[óo]n) )?de sus datos",
    ]
);

lexicon!(
    /// Fees and charges in general (an exit fee when the sentence is about reversibility).
    FEES = [
        "frais", "coûts?", "factur\\w+", "gratuit\\w*", "fees?", "charges?", "charged", "costs?", "free of charge", "billed", "invoiced",
        "at no (?:extra |additional )?cost", "Kosten", "Gebühren", "Entgelt\\w*", "kostenlos", "unentgeltlich", "kostenfrei",
        "costes?", "gastos", "costi", "costo", "oneri", "meerkosten", "kosteloos", "gratis",
        "paiement d'une somme", "somme quelconque", "abgerechnet", "in Rechnung gestellt", "toeslag", "in rekening",
    ]
);

lexicon!(
    /// A contract to operate or maintain the buyer's existing systems: "l'infogérance de son
    /// système d'information", "solutions et socles existants à maintenir", "operation and
    /// maintenance of the Council's existing systems", "Betrieb und Pflege der bestehenden
    /// Anwendungen". The products such a contract names are the subject-matter, the buyer's own.
    OPERATES_EXISTING = [
        // Titles are often in capitals without accents: "INFOGERANCE ET L'EXPLOITATION DU SYSTEME".
        "infog[ée]rance (?:de (?:son|leur|notre)|du|de l['’]ensemble (?:de son|du)) (?:syst[èe]me d['’]information|SI)", "infog[ée]rance et (?:de )?l['’]exploitation du syst[èe]me d['’]information",
        // "prestations d'infogérance et d'assistance de premier niveau des systèmes
        // d'information de Vallée Sud – Grand Paris": a contractor runs no information system
        // of its own for the buyer.
        "infog[ée]rance[^.;]{0,60} (?:des|du|de (?:son|ses|leur|leurs)) (?:syst[èe]mes? d['’]information|SI)",
        "(?:maintenance|maintien en conditions? op[ée]rationnelles?|MCO|exploitation|TMA|tierce maintenance applicative|infog[ée]rance)[^.;]{0,60}(?:syst[èe]mes?|SI|applications?|plate-?formes?|socles?|infrastructures?|parc|environnements?|solutions?) (?:[\\w'’-]+ ){0,3}(?:existant\\w*|en place|actuel\\w*)",
        "(?:solutions?|socles?|applications?|syst[èe]mes?|plate-?formes?) (?:et (?:[\\w-]+ ){1,2})?existant\\w* [àa] maintenir",
        "(?:managed services|operation|maintenance|support|administration) (?:and (?:maintenance|support|operation) )?(?:of|for) (?:the |its |our |the (?:Authority|Council|Trust|Department|Agency|Customer)'s )?(?:existing|current|legacy) (?:[\\w-]+ ){0,2}(?:systems?|estate|infrastructure|applications?|platforms?|environment)",
        "(?:Betrieb|Wartung|Pflege|Betreuung)[^.;]{0,40}(?:der |des )?(?:bestehenden|vorhandenen|eingesetzten) (?:IT|Systeme?|Infrastruktur|Anwendungen?|Plattform|Fachverfahren)\\w*",
        // "MANTENIMIENTO DE LOS EQUIPOS Y ELEMENTOS HARDWARE (SERVIDORES Y OTROS) Y SOFTWARE
        // EXISTENTES EN EL CENTRO DE PROCESO DE DATOS DEL EXCMO. AYUNTAMIENTO".
        "(?:mantenimiento|soporte|explotaci[óo]n)[^.;]{0,60}(?:sistemas?|aplicaciones?|plataformas?|infraestructuras?|equipos|servidores|hardware|software) (?:[\\w-]+ ){0,2}(?:existentes?|actuales?|en producci[óo]n)",
        "(?:manutenzione|gestione|conduzione)[^.;]{0,60}(?:sistemi|applicazioni|piattaform[ae]|infrastruttur[ae]) (?:[\\w-]+ ){0,2}(?:esistent\\w+|in esercizio)",
        // "Conduzione e Gestione Tecnica ed Operativa … del Data Center … dell'Istituto": the
        // buyer's own data centre, run by the contractor.
        "(?:conduzione|gestione|exploitation|Betrieb)[^.;]{0,120}(?:data ?cent(?:er|re)|CED|Rechenzentrum\\w*)[^.;]{0,120}(?:dell['’](?:Istituto|Ente|Azienda|Amministrazione|Agenzia|Universit[àa])|de l['’](?:[ÉE]tablissement|Institut|Universit[ée])|der Auftraggeberin|des Auftraggebers)",
        "(?:beheer|onderhoud)[^.;]{0,60}(?:bestaande|huidige) (?:systemen|applicaties|infrastructuur|omgeving|platform)",
    ]
);

lexicon!(
    /// Supplying something: what a contract that operates the buyer's systems still buys
    /// ("le titulaire fournit 50 licences Microsoft 365").
    SUPPLIED = [
        "fourni(?:t|ra|ront|r)", "fourniture", "livr\\w+", "acqui\\w+", "achat", "provides?", "provided by the (?:contractor|supplier)", "supply", "supplies", "deliver\\w*", "purchas\\w*",
        "liefer\\w*", "bereitzustellen", "Beschaffung", "suministr\\w*", "adquisici[óo]n", "fornit(?:ura|ore)", "fornire", "acquisizione", "lever\\w*", "aanschaf\\w*",
    ]
);

lexicon!(
    /// Workload, which French and English also call charge: "les charges estimées", "plan de
    /// charge", "workload charge".
    WORKLOAD = [
        "charges? (?:de travail |de réalisation )?(?:estimée?s?|prévisionnelles?|en jours?(?:-hommes?)?|de travail)", "plans? de charge", "charges? par (?:compétence|profil|activité)",
    ]
);

lexicon!(
    /// Fees said not to apply.
    NO_FEES = [
        "sans (?:aucun )?frais", "sans (?:aucune? )?(?:facturation|surfacturation)", "aucun(?:s)? frais", "gratuit\\w*", "sans surcoût", "ne (?:peut|peuvent|pourra|sera|seront) (?:être )?factur\\w+",
        "no (?:\\w+ )*(?:fees|charges|costs)", "free of charge", "at no (?:extra |additional )?cost", "without (?:any )?(?:charge|fee|cost)",
        "not be charged", "keine\\w* (?:zusätzlichen )?(?:Kosten|Gebühren|Entgelte)", "kostenlos", "unentgeltlich", "kostenfrei", "ausgeschlossen",
        "sin coste", "senza costi", "kosteloos",
        "à la charge du titulaire", "(?:borne|supportée?s?) par le titulaire", "compris\\w* dans le prix", "inclus\\w* dans le prix",
        "no additional charge", "included in the (?:\\w+ )?(?:price|charges|fee)", "non comporta\\w* (?:alcun\\w* )?(?:oneri|costi)",
        "nicht (?:gesondert )?(?:berechnet|abgerechnet|in Rechnung gestellt)", "niet in rekening", "geen (?:[\\w-]+ ){0,8}in rekening", "zonder meerkosten", "mit der [^.;]{0,30}Pauschale abgegolten", "abgegolten",
        "nicht in Rechnung gestellt", "no supondr[áa] coste", "sin coste adicional", "non sono previsti costi", "senza oneri",
        "zonder (?:extra |aanvullende )?(?:meer)?kosten", "geen (?:extra |aanvullende )?kosten", "kosteloos", "coste adicional alguno", "(?:ning[úu]n|sin) coste", "coste alguno", "gratuit[oa]", "gratis", "ne peut être réclamée?",
    ]
);

lexicon!(
    /// Encryption and keys.
    KEYS = ["chiffr\\w+", "clés?", "encrypt\\w*", "keys?", "KMS", "HSM", "BYOK", "HYOK", "Verschlüssel\\w*", "Schlüssel\\w*", "cifrad\\w+", "crittograf\\w+", "versleutel\\w*", "cifratura", "claves", "chiavi", "\\w*sleutels?"]
);

lexicon!(
    /// The buyer holds the keys.
    CUSTOMER_KEYS = [
        "(?:customer|buyer|authority|contracting authority|acheteur|collectivité|client|pouvoir adjudicateur|Auftraggeber)\\w*[^.;-]{0,40}\\s(?:controls?|holds?|manages?|détient|contrôle|gère|verwaltet|kontrolliert)\\s[^.;]{0,30}(?:keys|clés|Schlüssel\\w*)",
        "(?:keys|clés|Schlüssel\\w*)[^.;]{0,50}(?:générées et conservées|conservées|verbleiben)[^.;]{0,30}(?:par l'acheteur|par la collectivité|par le client|beim Auftraggeber)",
        "(?:its|their) own HSM", "son propre HSM", "eigenen HSM",
        "HYOK", "hold your own key", "chiffrement côté client", "client-side encryption", "clientseitig\\w* Verschlüssel\\w*",
        "HSM (?:du client|de l'acheteur|de la collectivité|du pouvoir adjudicateur|de l'administration)",
        "HSM install[ée] dans les locaux", "sans que le titulaire ait accès aux clés", "sur les postes des agents avant",
        "Hardware-Sicherheitsmodul der Auftraggeber\\w*", "im Hardware-Sicherheitsmodul des Auftraggebers",
        "su propio HSM", "un proprio HSM", "eigen HSM",
        "customer[- ](?:held|controlled) keys", "(?:provider|supplier|contractor) (?:has|shall have|will have) no access to the (?:encryption )?keys",
        "Hardware-Sicherheitsmodul[^.]{0,20}des Auftraggebers", "HSM des Auftraggebers", "Schlüssel[^.]{0,80}(?:des|beim|vom) Auftraggeber\\w*",
        "keinen Zugriff auf (?:das |die )?Schlüssel\\w*", "aucun accès aux clés",
    ]
);

lexicon!(
    /// The provider holds the keys.
    PROVIDER_KEYS = [
        "gér\\w+ par le (?:fournisseur|prestataire|titulaire)",
        "(?:keys?|key material)[^.;]{0,30}(?:generated|stored|held) by the (?:provider|supplier|contractor)", "chiavi[^.;]{0,30}gestit[ae] dal (?:cloud provider|fornitore)", "service de gestion de clés", "conserve les clés",
        "BYOK", "bring your own key", "provider-managed", "managed by the (?:provider|supplier|contractor)",
        "(?:provider|supplier|contractor)'s key management", "key management service", "customer-managed keys",
        "vom (?:Anbieter|Auftragnehmer|Dienstleister) verwaltet\\w*", "KMS des (?:Anbieters|Auftragnehmers)",
        "clés qu'il gère", "assuré par le titulaire au moyen de clés", "platform-managed keys", "keys controlled by the (?:Contractor|Supplier|Provider)",
        "Schlüsselmanagement übernimmt der (?:Cloud-)?Anbieter", "Key-Management-Dienst",
        // Keys the provider's service manages, or whose life the contractor runs: "service-managed
        // keys which the Supplier creates, rotates and safeguards", "anbieterverwalteten
        // Schlüsseln", "la génération, la rotation … des clés de chiffrement, dans son propre
        // coffre-fort".
        "(?:service|provider|platform|vendor|supplier)[- ]managed (?:encryption )?keys", "(?:anbieter|dienstleister|auftragnehmer)verwaltet\\w* Schlüssel\\w*",
        "(?:génération|rotation|conservation)[^.;]{0,60}des clés[^.;]{0,60}(?:son|sa|ses) propres?", "(?:creates|generates), rotates and (?:safeguards|stores|protects)",
    ]
);

lexicon!(
    /// Subcontracting and sub-processing.
    SUBPROCESSORS = [
        "sous-trait\\w+", "sous-traitance", "subcontract\\w*", "sub-contract\\w*", "sub-?processors?",
        "Unterauftrag\\w*", "Subunternehmer\\w*", "Unterauftragsverarbeiter\\w*", "subencargad\\w+",
        "subcontratist\\w+", "subappalt\\w*", "sub-?responsabil\\w+", "onderaannemer\\w*", "subverwerker\\w*",
        "otro encargado(?: del tratamiento)?", "altro responsabile(?: del trattamento)?", "andere verwerker",
        // Another processor engaged by the processor: "engage a further processor", "die Dienste
        // eines weiteren Auftragsverarbeiters", "ulteriori sub-fornitori che trattino dati".
        "(?:another|a further|an additional|any other|other) (?:data )?processors?", "weitere\\w* Auftragsverarbeiter\\w*", "ulterior\\w* sub-?fornitor\\w*",
    ]
);

lexicon!(
    /// Prior approval of the buyer.
    APPROVAL = [
        "accord préalable", "autorisation préalable", "agrément", "accord exprès", "prior (?:[\\w-]+ ){0,2}(?:approval|consent|authori[sz]ation)",
        "autorisation (?:[\\w-]+,? ){0,3}(?:et )?préalable", "vorherige\\w* (?:[\\w-]+ ){0,2}(?:Zustimmung|Genehmigung)", "Zustimmung des Auftraggebers",
        "(?:preventiv[oa]|previ[oa]) (?:assenso|autorizzazione|consenso)", "subordinat\\w+ al(?:l['’])? (?:preventiv[oa] )?(?:autorizzazione|assenso|consenso)",
        "autorización previa", "autorizzazione preventiva", "voorafgaande toestemming",
        "autorisation écrite préalable", "written authori[sz]ation", "after obtaining the (?:written )?(?:authori[sz]ation|approval|consent)",
        "subordinat\\w+ all'autorizzazione", "autorizzazione scritta", "voorafgaande schriftelijke toestemming", "schriftelijke toestemming",
    ]
);

lexicon!(
    /// A list of subcontractors is given or required.
    LISTED = [
        "liste (?:des|de ses|de leurs) (?:sous-traitants|sous-traitants ultérieurs)", "identit\\w+ (?:des|de chaque) sous-traitant",
        "list (?:of |every |all |each )?(?:the )?(?:sub-?processors?|sub-?contractors?)", "name (?:all|every|each) (?:sub-?processors?|sub-?contractors?)",
        "benennt (?:alle |sämtliche )?Unterauftrag\\w*", "Liste der Unterauftrag\\w*", "Unterauftrag\\w*[^.;]{0,50}(?:zu )?benenn\\w*",
        "(?:list|name|identify|disclose)[^.;]{0,30}sub-?(?:processors?|contractors?)",
        "liste nominative de (?:ses |leurs )?sous-traitants", "named in the list", "in einer Liste", "relaci[óo]n de subencargados",
        "elenco (?:aggiornato|dei sub-responsabili)", "opgenomen in (?:de )?(?:bijlage|lijst)", "overzicht subverwerkers", "sous-traitants?[^.;]{0,40}(?:listés|identifiés|nommément)",
    ]
);

lexicon!(
    /// Affiliates of the provider.
    AFFILIATES = ["affiliés", "filiales", "sociétés du groupe", "appartenant à son groupe", "affiliates", "group companies", "verbundene\\w* Unternehmen", "Konzerngesellschaften", "Konzernunternehmen", "empresas del grupo", "società del gruppo"]
);

lexicon!(
    /// Transfers of data outside the EU.
    TRANSFERS = [
        "transferts? (?:de données )?(?:hors|en dehors|vers)", "transfer\\w* (?:de données|des données)", "transferts? de données",
        "(?:data|personal data) transfers?", "transfers? of (?:personal )?data", "transferred (?:outside|to)", "international transfers?",
        "Übermittlung\\w*", "übermittelt", "Drittlandübermittlung\\w*", "Datenübermittlung\\w*",
        "transferencias? (?:internacionales? )?de datos", "trasferiment\\w+ (?:di dati|verso)", "doorgifte",
        // The participles: "no serán transferidos fuera del EEE", "non saranno trasferiti al di
        // fuori", "worden niet doorgegeven aan landen buiten".
        "transferid[oa]s? (?:fuera|a|hacia)", "trasferit[iaoe] (?:al di fuori|fuori|verso|in)", "doorgegeven (?:aan|naar)",
        "transferencias? internacional\\w*", "trasferiment\\w+ internazional\\w*",
    ]
);

lexicon!(
    /// International, of transfers: out of the EEA.
    INTERNATIONAL = ["international\\w*", "internacional\\w*", "internazional\\w*", "internationa\\w*"]
);

lexicon!(
    /// EU–US Data Privacy Framework.
    // Not the bare acronym: "DPF" is also the French "décomposition du prix forfaitaire".
    DPF = ["Data Privacy Framework", "cadre de protection des données UE[–-]États-Unis", "Privacy Shield", "Datenschutzrahmen", "EU-US-Datenschutzrahmen"]
);

lexicon!(
    /// Standard contractual clauses.
    SCCS = ["clauses contractuelles types", "standard contractual clauses", "SCCs?", "Standardvertragsklauseln", "Standarddatenschutzklauseln", "cláusulas contractuales tipo", "clausole contrattuali (?:tipo|standard)", "modelcontractbepalingen"]
);

lexicon!(
    /// Binding corporate rules.
    BCR = ["règles d'entreprise contraignantes", "binding corporate rules", "BCRs?", "verbindliche interne Datenschutzvorschriften"]
);

lexicon!(
    /// Adequacy decisions.
    ADEQUACY = ["décision d'adéquation", "adequacy decision", "Angemessenheitsbeschluss", "decisión de adecuación", "decisione di adeguatezza"]
);

lexicon!(
    /// Protection against non-EU law.
    IMMUNITY = [
        "lois? extraterritoriales?", "législations? extra-?européennes?", "droit extra-?européen", "droits? non[- ]européens?",
        "(?:non |ne pas être |n'être pas )soumis\\w* à (?:des |une |aucune |la )?(?:lois?|législations?|juridictions?|droits?) (?:extra|non|d'un État tiers|de pays tiers)",
        "immuni\\w+ (?:aux|face aux|contre les|vis-à-vis des) (?:lois|législations|droits)",
        "not (?:be )?subject to (?:the )?(?:any )?(?:laws?|jurisdiction|legislation) of (?:a |any )?(?:third|non-EU|non-European|foreign)",
        "immun\\w+ (?:to|from) (?:non-EU|non-European|extraterritorial|foreign)", "protection against (?:non-EU|non-European|extraterritorial|foreign) (?:law|legislation)",
        "extraterritorial (?:laws?|legislation|reach)",
        "kein\\w* Recht\\w* eines Drittstaat\\w*", "nicht dem Recht eines Drittstaat\\w*", "außereuropäisch\\w* Recht\\w*",
        "Schutz vor außereuropäisch\\w*", "extraterritorial\\w* Gesetz\\w*",
        "SecNumCloud[^.]{0,40}19\\.6", "19\\.6 (?:du référentiel )?SecNumCloud",
        "(?:not|shall not) be subject to (?:any )?(?:non-EU|non-European|third[- ]country|foreign) (?:laws?|legislation)",
        "(?:not|shall not) be subject to (?:the )?(?:US )?CLOUD Act", "(?:nicht|keine[mn]?) (?:dem )?(?:US[- ])?CLOUD Act",
        "(?:nicht|keine[mn]?) [^.;]{0,40}Gesetze[nm]? eines Drittstaat\\w*[^.;]{0,20}unterliegen", "ausländisch\\w* Behörden[^.;]{0,60}keinen Zugriff",
        "(?:no|sin) (?:podr[áa] )?estar somet\\w+ a (?:legislaciones|leyes|normativas?) de (?:terceros países|países terceros)",
        "legislaci[óo]n extracomunitaria", "leyes extraterritoriales", "legislazion\\w* extra[- ]?(?:UE|europe\\w+)", "leggi extraterritoriali",
        "niet onderworpen aan (?:niet-Europese|buitenlandse|extraterritoriale) (?:wetgeving|wetten)",
        "(?:niet )?onderworpen (?:zijn )?aan (?:de )?(?:wetgeving|wetten) van (?:een )?derde land\\w*",
        "soggett\\w+ a (?:normative|leggi|legislazion\\w+) (?:extra[- ]?UE|extra[- ]?europe\\w+|di paesi terzi|straniere)",
        "extraterritorial access", "ne soit soumis à aucune loi",
        "sujet[oa]s? a (?:ninguna |una |las )?(?:ley(?:es)?|legislaci[óo]n\\w*|normativas?) (?:de (?:un |los )?(?:tercer(?:os?)? pa[íi]s\\w*|pa[íi]s\\w* tercer\\w*)|extracomunitari\\w*|no europe\\w*)",
        "onderworpen aan (?:de )?(?:wetgeving|wetten) (?:van )?(?:buiten de (?:EU|Europese Unie|EER)|niet-Europese)",
        "außereuropäisch\\w* (?:Gesetz\\w*|Rechtsordnung\\w*)",
    ]
);

lexicon!(
    /// Suspension or cut-off of the service.
    SUSPENSION = [
        "suspend\\w*", "interromp\\w*", "interruption", "couper", "coupure", "résili\\w+", "cesser",
        "terminat\\w+", "cut (?:off|the service)", "discontinu\\w+", "withdraw\\w*",
        "sperr\\w*", "einstell\\w*", "aussetz\\w*", "unterbrech\\w*", "kündig\\w*",
        "sospend\\w*", "sospensione", "opschort\\w*", "op te schorten", "stopzett\\w*",
        // Access cut for some users: "restreindre l'accès", "bloquear el acceso", "accounts blokkeren".
        "restrei\\w+ l'accès", "restrict\\w* (?:the )?access", "block\\w*", "bloqu\\w+", "blocc\\w+", "blokker\\w*",
    ]
);

lexicon!(
    /// Sanctions and export control.
    SANCTIONS = [
        // Not "sanctions" alone: a contractual sanction is a penalty ("la sanction envisagée",
        // "contractual sanctions, including termination for default").
        "sanctions (?:internationales|économiques|financières|étrangères|américaines|européennes)", "régimes? de sanctions", "mesures restrictives",
        "(?:international|economic|trade|financial|foreign|US|U\\.S\\.|EU) sanctions", "sanctions? (?:regimes?|lists?|laws?|regulations?|programs?)",
        "contrôle des exportations", "contrôles? à l'exportation", "embargos?", "export control\\w*",
        "export regulations", "OFAC", "IEEPA", "Sanktions\\w+", "Exportkontroll\\w*", "Embargo\\w*", "Ausfuhrkontroll\\w*",
        "control de exportaciones", "sanciones (?:internacionales|económicas|financieras|de la (?:UE|Unión Europea)|de los Estados Unidos)", "sometid[oa]s? a sanciones",
        "(?:Wirtschafts|Handels|Finanz)sanktion\\w*", "sanzioni (?:economiche|finanziarie|dell['’](?:UE|Unione europea))", "\\w+embargo\\w*", "sanzioni internazionali", "controllo delle esportazioni", "sanctiewetgeving", "exportcontrole\\w*", "exportbeperking\\w*", "embargh\\w*",
    ]
);

/// The buyer acquiring the source code of what is built for it: handed over, transferred, its
/// rights of use granted ("Erwerb des Sourcecodes", "remise des codes sources", "the source code
/// shall be delivered to the Authority").
pub static SOURCE_CODE_HANDOVER: LazyLock<WordList> = LazyLock::new(|| {
    let code = "(?:codes? sources?|source[- ]?code|Source-?[Cc]ode\\w*|Quell-?[Cc]ode\\w*|c[óo]digo fuente|codice sorgente|broncode)";
    WordList::new(&[
        &format!(
            "(?:remise|livraison|cession|fourniture|transfert|propri[ée]t[ée]|Erwerb|[ÜU]bergabe|Herausgabe|Lieferung|[ÜU]bertragung|delivery|transfer|ownership|hand-?over|entrega|cesi[óo]n|consegna|cessione|overdracht|levering) (?:du |des |de la |of (?:the |all )?|des |der |del |dei |van de )?{code}"
        ),
        &format!(
            "{code}[^.;]{{0,80}}(?:remis|livr[ée]s?|c[ée]d[ée]s?|transf[ée]r[ée]s?|übergeben|übermitteln|übermittelt|geliefert|herausgegeben|delivered|handed over|transferred|provided to|entregad[oa]|consegnat[oa]|overgedragen|geleverd)"
        ),
        &format!(
            "(?:remet|livre|c[èe]de|transf[èe]re|erwirbt|erh[äa]lt|übermittelt|übergibt|liefert|überträgt|übereignet|deliver|hand over|transfer|entrega|consegna|levert|draagt)\\w*[^.;]{{0,60}}{code}"
        ),
    ])
});

lexicon!(
    /// Free and open-source software.
    OPEN_SOURCE = [
        "logiciels? libres?", "open[- ]?source", "licences? libres?", "code source ouvert", "free software",
        "quelloffen\\w*", "Open-Source-\\w*", "freie\\w* Software", "software libre", "código abierto",
        "software libero", "codice sorgente aperto", "opensourcesoftware", "OSI-approved", "EUPL",
        "fuentes abiertas", "licenza aperta", "licencia abierta", "open licen[cs]e",
    ]
);

lexicon!(
    /// Words for data, near which a sensitivity is about data.
    DATA_WORDS = [
        "données", "data", "Daten", "Daten\\w+", "informations?", "dossiers?", "records?", "Angaben", "Akten", "fichiers?",
        // Compounds ending in data ("Vorgangsdaten", "Mandantendaten"), not "Kandidaten".
        "\\w+[a-hj-zäöü]daten",
        "datos", "dati", "gegevens", "\\w+gegevens", "traite", "processes", "verarbeitet", "databases?", "bases? de (?:données|datos)", "database", "banca dati",
        "métadonnées", "metadat\\w*", "Metadaten", "expedientes", "pratiche", "patrimonio informativo", "Vorgänge",
        "contenus", "bo[iî]tes aux lettres", "mailboxes", "Postf[äa]cher", "buzones", "caselle di posta", "mailboxen", "copies?", "Kopien", "(?:copie|export|extraction|sauvegarde) (?:\\w+ ){0,2}de la base",
    ]
);

lexicon!(
    /// Papers of the contract's administration, returned to the supplier when incomplete or
    /// released: "Rechnungen ohne diese Angaben müssen zurückgegeben werden" speaks of invoices,
    /// not of the buyer's data. Not "Muster" or "samples": "nach dem Muster der Anlage 3",
    /// "samples of the data" speak of data.
    RETURNED_PAPERS = [
        "Rechnung(?:en)?", "factures?", "invoices?", "facturas?", "fatture?", "facturen",
        "Bürgschaft\\w*", "Sicherheitsleistung\\w*",
    ]
);

lexicon!(
    /// Determiners that deny what follows: "aucune donnée", "no personal data", "keine Daten".
    DENYING = ["aucun\\w*", "pas de", "sans", "ni", "no", "none of", "not any", "without", "kein\\w*", "ohne", "ningún", "ninguna", "nessun\\w*", "geen"]
);

lexicon!(
    /// Personal data.
    PERSONAL = [
        "données (?:à caractère )?personnel(?:le)?s?", "données nominatives", "personal data", "personally identifiable",
        "PII", "personenbezogen\\w* \\w*daten", "datos (?:de carácter )?personales", "dati personali", "persoonsgegevens",
    ]
);

lexicon!(
    /// Health data.
    HEALTH = [
        "santé", "médica\\w+", "patients?", "health", "medical", "clinical", "Gesundheit\\w*", "medizinisch\\w*",
        "Patient\\w*", "salud", "sanitar\\w+", "gezondheid\\w*", "medisch\\w*", "patiënt\\w*", "pazient\\w*", "pacientes?",
        "Befunde?", "Diagnosen",
    ]
);

/// The health of things, not of people: "the health of the planet", "Planetary Health",
/// "la santé des sols", "die Gesundheit des Waldes", "system health".
pub static HEALTH_OF_THINGS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:of|de la|de l['’]|du|des|der|des|dei|degli|del|della|dello|van de|van het|van)\s+(?:the |our |this |its |notre |la |le |les |unserer |unseres |nostro |nostra )?(?:planet|Earth|environment|ecosystems?|oceans?|soils?|forests?|rivers?|biosphere|climate|economy|markets?|networks?|systems?|infrastructure|platform|plan[eè]te|Terre|environnement|[ée]cosyst[èe]mes?|sols?|for[êe]ts?|oc[ée]ans?|Planeten|Erde|Umwelt|[ÖO]kosystem\w*|B[öo]den|W[äa]lder|Waldes|Meere|pianeta|Terra|ambiente|ecosistem\w*|planeta|medio ambiente|planeet|aarde|milieu)\b",
    )
});

/// The same, the thing before the word of health: "planetary health", "ecosystem health",
/// "Bodengesundheit" is one word and never matches.
pub static HEALTH_OF_THINGS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\b(?:planetary|environmental|ecosystem|soil|plant|animal|ocean|forest|financial|economic|fiscal|system|network|platform|server|site|website|infrastructure|portfolio|project)[\s-]*$",
    )
});

/// "& Safety", "et sécurité", "und Sicherheit" right after a word of health: occupational
/// health and safety, not health data.
pub static AND_SAFETY: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:&|and|et|und|y|e|en)\s+(?:safety|s[ée]curit[ée]|Sicherheit|Arbeitsschutz|seguridad|sicurezza|veiligheid)\b",
    )
});

/// Sensitive data whose examples are payments only: "sensible Daten wie Zahlungsinformationen",
/// "sensitive data such as credit card numbers". Commercially sensitive, kept by the payment
/// provider under its own rules; not the special categories or secrets that call for immunity
/// from foreign law.
pub static SENSITIVE_AS_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^(?:[^.;]{0,12}?\s)?(?:wie|such as|like|e\.g\.|z\. ?B\.|comme|tel(?:le)?s que|como|come|zoals)\s+(?:(?:die|der|les|des|the|los|las|le|i|de)\s+)?(?:Zahlungs\w*|Kreditkart\w*|Bankdaten|Kontodaten|payment\w*|credit[- ]card\w*|card(?:holder)? data|bank(?:ing)? (?:details|data)|paiement\w*|cartes? bancaires?|coordonn[ée]es bancaires|pago\w*|tarjetas?|pagament\w*|cart[ae] di credito|betaal\w*|creditcard\w*)(?:\s*(?:,|und|and|et|y|e|en|oder|or|ou|o)\s*(?:Zahlungs\w*|Kreditkart\w*|Bank\w*|payment\w*|credit[- ]card\w*|bank\w*|paiement\w*|pago\w*|pagament\w*|betaal\w*))*\b",
    )
});

/// A list going on: a comma or a conjunction before the clause ends ("payment details and
/// health records").
pub static LIST_GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^[^.;:)]*?(?:[,&/]|\b(?:und|and|et|y|e|en|oder|or|ou|o|sowie|as well as|ainsi que|así como|nonché)\b)",
    )
});

lexicon!(
    /// Data of particular sensitivity, special categories.
    PARTICULAR = [
        "sensibilité particulière", "données sensibles", "particulièrement sensibles", "catégories particulières",
        "sensitive (?:personal )?data", "special categor\\w+", "highly sensitive", "besonders schutzbedürftig\\w*",
        "besondere\\w* Kategorien", "sensible\\w* Daten", "datos sensibles", "dati sensibili", "gevoelige gegevens",
        "bijzondere persoonsgegevens",
    ]
);

lexicon!(
    /// Classified information.
    SECRET = [
        // "classified" alone also means sorted ("once classified by severity"): only classified
        // information, documents or data, or a level of classification.
        "secret[- ]défense", "(?:informations?|documents?|donn[ée]es|supports?) classifi[ée]e?s?",
        "classifi[ée]e?s? (?:secret|confidentiel|diffusion)", "secrets? d'État",
        "classified (?:information|documents?|data|material|matters?|contracts?)", "top secret",
        "state secrets?", "Verschlusssache\\w*", "VS-NfD", "VS-Vertraulich", "Geheimschutz\\w*", "materia clasificada", "informazioni classificate",
        "secret de la défense nationale", "VS ?[-–] ?(?:NUR FÜR DEN DIENSTGEBRAUCH|VERTRAULICH|GEHEIM)", "información clasificada",
        "Departementaal Vertrouwelijk", "Staatsgeheim\\w*", "gerubriceerd\\w*",
    ]
);

lexicon!(
    /// Social welfare data.
    SOCIAL = [
        "action sociale", "aide sociale", "prestations sociales", "revenus", "social (?:welfare|security|benefits|care)",
        "income", "Sozial\\w*", "Wohngeld\\w*", "Einkommen\\w*", "servicios sociales", "servizi sociali",
        "revenu de solidarit[ée] active", "allocations? (?:familiales|logement|chômage)", "minima sociaux", "aide au logement",
        "housing benefit", "Jobseeker's Allowance", "Universal Credit", "benefit claimants?", "claimants? of",
        "SGB (?:II|XII)", "Bürgergeld", "Grundsicherung", "Leistungsberechtigte\\w*",
        "ingreso m[íi]nimo vital", "prestaciones sociales", "reddito di cittadinanza", "assegno di inclusione", "bijstand\\w*", "uitkering\\w*",
    ]
);

/// A public authority that may ask a provider for data: foreign, judicial, law enforcement,
/// intelligence. Not "the Authority" or "the Government" alone, which in many tenders is the
/// buyer, nor "warrants" alone (the contractor "warrants that…"), nor "autorités compétentes"
/// (the labour inspectorate a French contract names for undeclared work).
const PUBLIC_AUTHORITY: &str = "(?:autorit[ée]s? (?:publiques?|[ée]trang[èe]res?|judiciaires?|administratives?|gouvernementales?|nationales?|am[ée]ricaines?|non[- ]europ[ée]ennes?|d'(?:un|une) (?:[ÉE]tat|pays) tiers|de (?:pays|[ÉE]tats?) tiers|(?:administratives? |judiciaires? )?[ée]trang[èe]res?)\
|juridictions? (?:[ée]trang[èe]res?|d'un (?:[ÉE]tat|pays) tiers)|services? de renseignement|gouvernements? [ée]trangers?\
|(?:public|government(?:al)?|foreign|judicial|intelligence|national security|non-EU|third[- ]country|law enforcement|state) (?:authorit(?:y|ies)|agenc(?:y|ies)|bod(?:y|ies))\
|authorit(?:y|ies) (?:of|from) (?:a |any )?(?:third|non-EU|foreign)\\w*|law enforcement|intelligence (?:agenc(?:y|ies)|services)|foreign governments?|court orders?|subpoenas?|search warrants?\
|ausl[äa]ndisch\\w* (?:Beh[öo]rde|Stelle|Gericht)\\w*|staatlich\\w* Stellen|Beh[öo]rden? (?:eines|aus(?: einem)?) Dritt(?:staat|land)\\w*|Strafverfolgungsbeh[öo]rde\\w*|Sicherheitsbeh[öo]rde\\w*|Nachrichtendienst\\w*\
|autoridad(?:es)? (?:p[úu]blicas?|extranjeras?|judiciales?|de (?:terceros pa[íi]ses|un tercer pa[íi]s))|autorit[àa] (?:pubblich[ei]|stranier[ae]|giudiziari[ae]|di paesi terzi|di un paese terzo)\
|(?:buitenlandse )?overheidsinstantie\\w*|autoriteit\\w* (?:van buiten|van een derde land)|buitenlandse (?:autoriteit|overheid)\\w*)";

/// A request or order for data.
const REQUEST: &str = "(?:demandes?|requ[êe]tes?|r[ée]quisitions?|injonctions?|ordres?|requests?|orders?|demands?|Anfragen?|Ersuchen|Anordnung\\w*|Verlangen|solicitud(?:es)?|requerimientos?|[óo]rden(?:es)?|richiest[ae]|ordin[ei]|verzoek(?:en)?|bevel\\w*)";

/// Disclosing or reaching data.
const DISCLOSURE: &str = "(?:communication|communiquer|obtenir|divulg\\w+|acc[èe]s|acc[ée]der|disclos\\w+|access|hand(?:ing)? over|Herausgabe|herausgeben|herauszugeben|Zugriff\\w*|Zugang|Offenlegung|verlangt|acceso|acceder|accesso|toegang|verstrekken|pretend\\w+ acceder)";

/// A request of a public authority for the buyer's data: "demande d'accès émanant d'une
/// autorité étrangère", "government access request", "behördliche Zugriffsersuchen".
pub static GOVERNMENT_ACCESS: LazyLock<WordList> = LazyLock::new(|| {
    let (authority, request, disclosure) = (PUBLIC_AUTHORITY, REQUEST, DISCLOSURE);
    WordList::new(&[
        &format!("{request}[^.;]{{0,80}}{authority}"),
        &format!("{authority}[^.;]{{0,60}}(?:{request}|{disclosure})"),
        &format!(
            "{disclosure}[^.;]{{0,60}}(?:aux|to|an|a las|alle|aan) (?:les |the |die )?{authority}"
        ),
        &format!("{disclosure} (?:des|by|von|de las|delle|door) {authority}"),
        "(?:international )?governmental access",
        // The wording of the EU's model contracts and of art. 28 agreements.
        "(?:legally binding|juridiquement contraignantes?|rechtsverbindlich\\w*|jur[íi]dicamente vinculantes?|giuridicamente vincolant[ei]|juridisch bindende?) (?:request|demande|Ersuchen|Anfrage|Aufforderung|solicitud|richiest|verzoek)\\w*",
        "(?:demandes?|solicitud(?:es)?|richiest[ae]|verzoek(?:en)?) (?:juridiquement contraignantes?|jur[íi]dicamente vinculantes?|giuridicamente vincolant[ei]|juridisch bindend\\w*)",
        "government (?:access )?requests?",
        "r[ée]quisitions? (?:judiciaires?|administratives?)",
        "lawful access requests?",
        "Herausgabeverlangen",
        "Zugriffsersuchen",
        "Auskunftsersuchen",
        "beh[öo]rdlich\\w* (?:Anfrage|Ersuchen|Zugriff|Anordnung)\\w*",
        "Strafverfolgungsbeh[öo]rde\\w*",
    ])
});

lexicon!(
    /// Telling the buyer.
    NOTIFY = [
        "inform(?:e|es|er|ent|era|eront|s|ed|ing|iert|ieren|a|ar|ará|erà)?", "notifi\\w*", "avert\\w*", "pr[ée]vien\\w*", "pr[ée]venir", "signal\\w*",
        "notify", "notice", "notification", "tell", "alert\\w*",
        "unterricht\\w*", "benachrichtig\\w*", "mitteil\\w*", "teilt", "in Kenntnis", "anzuzeigen", "anzeigen", "zeigt",
        "comunic\\w+", "notific\\w+", "in kennis", "meld\\w*",
    ]
);

/// A negation right before telling: "sans en informer", "without notice to", "ohne … zu
/// benachrichtigen" (not "sans délai", "without undue delay").
pub static WITHOUT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:^|[^\p{L}])(?:sans|without|ohne|sin|senza|zonder)(?:\s+(?:en|prior|any|vorherige\w*|previa|den|die|das|the|le|la|l['’]|[\p{Lu}][\p{L}]*)){0,3}\s*(?:zu\s+)?$",
    )
});

lexicon!(
    /// Contesting or refusing a request, or disclosing only through an international agreement.
    CONTEST = [
        "contest\\w*", "s'oppos\\w*", "refus\\w*", "voies de recours", "recours (?:juridictionnels?|contentieux|l[ée]gaux)",
        "challeng\\w*", "resist\\w*", "oppos(?:e|es|ed|ing)", "legal remedies",
        "anfecht\\w*", "anzufechten", "abzuwehren", "abwehr\\w*", "wehrt [^.;]{0,60} ab", "widersprech\\w*", "Widerspruch", "zur[üu]ckzuweisen", "zur[üu]ckweis\\w*", "Rechtsmittel\\w*", "verweiger\\w*",
        "impugn\\w+", "recurr\\w+", "oponer\\w*", "opporsi", "contestar\\w*", "aanvecht\\w*", "bezwaar",
        "accords? internationa(?:l|ux)", "international agreements?", "mutual legal assistance", "MLAT", "entraide judiciaire",
        "internationale\\w* Abkommen\\w*", "Rechtshilfe\\w*", "acuerdos? internacional\\w*", "accord[oi] internazional[ei]", "internationa(?:al|le) verdrag\\w*",
        "(?:article|art\\.|Artikel|art[íi]culo|articolo) 48",
        // Data Act art. 32: measures that prevent access conflicting with Union law.
        "emp[êe]ch\\w+ (?:l'acc[èe]s|tout acc[èe]s)",
        "prevent\\w* (?:any )?(?:international )?(?:governmental )?access",
        "(?:Zugriff|Zugang)\\w*[^.;]{0,80}zu verhindern",
        "impedir el acceso",
        "impedire l'accesso",
        "contraire au droit de l'Union",
        "conflict\\w* with (?:Union|EU) law",
        "Widerspruch zum Unionsrecht",
    ]
);

/// A change of control of the provider: its ownership or controlling shareholder changes.
pub static CHANGE_OF_CONTROL: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "changements? de contr[ôo]le",
        "prises? de contr[ôo]le",
        "modifications? (?:de|dans) (?:la r[ée]partition du capital|l'actionnariat|la structure (?:capitalistique|de l'actionnariat))",
        "changements? d'actionnaires?(?: majoritaires?)?",
        "cession (?:du contr[ôo]le|de la majorit[ée] du capital)",
        "changes? (?:of|in|to) (?:the )?(?:[\\w-]+'s )?(?:control|ownership)(?: or (?:control|ownership))?(?: of| that| which|,|\\.| shall| must| is| requires)",
        "changes? in (?:the )?ownership or control",
        "(?:supplier|contractor|provider|vendor|company|it) (?:is|be|being) acquired by",
        // Not "takeover" alone: the successor's "takeover of the service" is reversibility.
        "takeover (?:of|by) (?:the )?(?:supplier|contractor|provider|vendor|company)",
        "Kontrollwechsel\\w*",
        "Change of Control",
        "Wechsel\\w* (?:des|der) (?:beherrschenden |Mehrheits)?[Gg]esellschafter\\w*",
        "Gesellschafterwechsel\\w*",
        "[ÄA]nderung\\w* (?:der|in der) (?:Gesellschafter|Eigent[üu]mer|Beteiligungs|Inhaber)\\w*",
        "Inhaberwechsel\\w*",
        "cambio de control",
        "cambios? en el accionariado",
        "cambio di controllo",
        "mutamento del controllo",
        // The contractor sold, merged or transformed: "in caso di cessione della Società", "le
        // vicende soggettive dell'esecutore del contratto" (d.lgs. 50/2016 art. 106(1)(d)); the
        // contractor succeeded by another (LCSP art. 98). Not "cessione del contratto", an
        // assignment of the contract.
        "cessione (?:della società|dell'azienda|di (?:un )?ramo d'azienda)",
        "trasformazion[ei] (?:d'azienda|societari\\w*)",
        "vicende soggettive (?:dell'esecutore|dell'appaltatore|dell'aggiudicatario|del contraente)",
        "sucesi[óo]n (?:en la persona )?del contratista",
        "assetto proprietario",
        "wijziging (?:van|in) (?:de )?zeggenschap",
        "zeggenschapswijziging\\w*",
    ])
});

lexicon!(
    /// The buyer may end the contract.
    TERMINATION = [
        "r[ée]sili\\w+", "terminat\\w+", "K[üu]ndigung\\w*", "k[üu]ndig\\w*", "Sonderk[üu]ndigungsrecht\\w*", "R[üu]cktritt\\w*", "zur[üu]ckzutreten",
        "rescindir", "resoluci[óo]n del contrato", "resolver el contrato", "recedere", "recesso", "risoluzione", "risolvere", "opzeggen", "ontbind\\w*", "be[ëe]indig\\w*",
    ]
);

lexicon!(
    /// The buyer's consent.
    CONSENT = ["approv\\w+", "consent\\w*", "agr[ée]ment", "accord pr[ée]alable", "Zustimmung", "Genehmigung", "autorizaci[óo]n", "autorizzazione", "toestemming"]
);

lexicon!(
    /// The buyer's notice to bidders on the personal data it collects in the procedure (GDPR
    /// art. 13), by its heading or its words: "Trattamento dei dati personali da parte della
    /// Committente", "Informativa ai concorrenti", "Datenschutzhinweise für Bieter".
    PRIVACY_NOTICE = [
        // Each names the bidders or the buyer as the one processing: a notice alone ("Informativa
        // privacy", "Art. 13 DSGVO") may be one the service must show its own users.
        "trattamento dei dati personali da parte (?:della|dell'|del) (?:committente|stazione appaltante|amministrazione|ente)\\w*",
        "informativa[^.;]{0,60}(?:concorrent|partecipant|operatori economici|offerent)\\w*",
        "(?:privacy|data protection) notice (?:for|to) (?:bidders|tenderers|candidates|applicants|suppliers)", "(?:processing|protection|use) of (?:the )?(?:bidders|tenderers|candidates|offerors)' (?:personal )?data",
        "Datenschutz(?:hinweis|information)\\w* (?:für|an|der|zur Verarbeitung der Daten der) (?:Bieter|Bewerber)\\w*", "Datenschutz(?:hinweis|information)\\w* (?:im|zum) Vergabeverfahren",
        "(?:protection|traitement) des donn[ée]es (?:à caractère )?personnelles? des (?:candidats|soumissionnaires)",
        "protecci[óo]n de datos de (?:los )?licitadores",
        "privacyverklaring (?:voor|aan) (?:de )?(?:inschrijvers|gegadigden)",
        // The personal data a bid carries: "all PII submitted by your response", "les données
        // personnelles contenues dans les offres".
        "(?:PII|personal data|personally identifiable information)[^.;]{0,30}(?:submitted|provided|contained|included) (?:by|in|with) (?:your|the|their|its) (?:responses?|tenders?|bids?|offers?|proposals?)",
        "donn[ée]es (?:à caractère )?personnelles[^.;]{0,30}(?:contenues|transmises|fournies) (?:dans|avec) (?:votre|vos|leurs?|les) (?:offres?|candidatures?|r[ée]ponses?)",
        "personenbezogene\\w* Daten[^.;]{0,30}(?:im|in (?:Ihrem|dem)|mit (?:Ihrem|dem)) Angebot",
    ]
);

lexicon!(
    /// Terms for processing personal data on the buyer's behalf (GDPR art. 28(3)).
    PROCESSING_TERMS = [
        "accords? de (?:traitement|sous-traitance) (?:des |de )?donn[ée]es\\w*", "accords? de sous-traitance (?:RGPD|au sens)", "contrat de sous-traitance (?:RGPD|des donn[ée]es\\w*)",
        "(?:accords?|contrats?|clauses?) de sous-traitance[^.;]{0,40}(?:RGPD|article 28|donn[ée]es personnelles|donn[ée]es à caractère personnel)",
        "(?:en (?:qualit[ée]|tant que) de )?sous-traitants? (?:de (?:la |l'|du |des )?[\\w-]+ )?au sens (?:de l'article 28 )?du (?:RGPD|r[èe]glement)",
        "data processing (?:agreement|addendum|terms|clauses?)", "processor (?:agreement|terms)", "acts? as (?:a |the )?(?:data )?processor",
        "on documented instructions (?:from|of) the (?:Controller|Customer|Authority|Buyer|Client)",
        "Auftragsverarbeitung\\w*", "(?-i:AVV)", "Vereinbarung zur Auftragsverarbeitung", "nach Weisung des (?:Auftraggebers|Verantwortlichen)",
        // The processor in Spanish and Italian, in the singular or the plural ("in qualità di
        // responsabili del trattamento"), and the contract that appoints it.
        "encargo del tratamiento", "encargad[oa]s? del tratamiento", "contrato de encargo (?:de|del) tratamiento",
        "responsabil[ei] (?:esterni? )?del trattamento", "(?:accordo|contratto) (?:sul|per il|relativo al|di) trattamento dei dati", "verwerkers?overeenkomst\\w*",
    ]
);

lexicon!(
    /// GDPR article 28 by number: processing terms, unless the sentence is about sub-processors
    /// ("un sous-traitant ultérieur au sens de l'article 28 du RGPD").
    ARTICLE_28 = [
        "(?:article|art\\.|Art\\.|Artikel|art[íi]culo|articolo) 28(?:\\s?\\(3\\)| Abs\\. 3| paragraphe 3)?(?: du| of the| der| del| dell'| van de)? (?:UK )?(?:RGPD|GDPR|DSGVO|AVG|r[èe]glement g[ée]n[ée]ral|General Data Protection Regulation|(?:r[èe]glement|Regulation|Verordnung|Reglamento|Regolamento|Verordening) \\(?(?:UE|EU|EG)\\)? (?:n[°o]\\.? ?)?2016/679)",
    ]
);

lexicon!(
    /// An audit or inspection.
    AUDIT = [
        "audits?", "auditer", "auditeurs?", "inspections?", "contr[ôo]les? sur (?:place|site)",
        "audit\\w*",
        "Audit\\w*", "Inspektion\\w*", "Kontrollrecht\\w*", "Vor-Ort-Kontroll\\w*", "kontrollieren", "Kontrollen", "Pr[üu]frecht\\w*",
        "auditor[íi]as?", "inspecci[óo]n\\w*", "ispezion\\w*", "verific\\w+ ispettiv\\w+", "controles? in situ", "inspectie\\w*",
        // GDPR art. 28(3)(h) in its Italian and German words: "attività di revisione, comprese le
        // ispezioni", "Überprüfungen – einschließlich Inspektionen".
        "attività di revisione", "Überprüfungen",
    ]
);

lexicon!(
    /// Audit records that grant no right to audit: a report handed over, audit logs and trails.
    AUDIT_RECORDS = [
        "rapports? d'audit", "audit reports?", "Auditbericht\\w*", "Pr[üu]fbericht\\w*", "informes? de auditor[íi]a", "rapport[oi] di audit", "auditrapport\\w*",
        "journa(?:l|ux) d'audit", "pistes? d'audit", "audit (?:logs?|logging|trails?|events?)", "Audit-?(?:Log|Trail|Protokoll)\\w*", "registros? de auditor[íi]a", "log di audit", "audit ?trail\\w*",
    ]
);

lexicon!(
    /// The buyer's audit right by name, or audits on site (which only a customer does).
    AUDIT_RIGHT = [
        "droits? d'audit", "audits? sur (?:site|place)", "contr[ôo]les? sur (?:place|site)", "audit rights?", "right to audit", "rights? of audit", "on-?site (?:audits?|inspections?)",
        "Kontrollrecht\\w*", "Auditrecht\\w*", "Pr[üu]frecht\\w*", "Vor-Ort-(?:Kontroll|Audit|Pr[üu]fung)\\w*",
        "derechos? de auditor[íi]a", "diritto di (?:audit|verifica)", "auditrecht\\w*",
    ]
);

lexicon!(
    /// The provider auditing itself: no right of the buyer.
    INTERNAL_AUDIT = [
        "audits? (?:interne|de code|de performance)", "internal (?:security )?audit\\w*", "interne\\w* (?:Audit|Revision)\\w*", "auditor[íi]a interna", "audit interno", "interne audit",
        // A certification body's audit is the provider's own, bought for its certificate.
        "audits? de certification", "certification audits?", "auditor[íi]as? de certificaci[óo]n", "Zertifizierungsaudit\\w*", "audit di certificazione", "certificeringsaudit\\w*",
    ]
);

lexicon!(
    /// The provider submitting to audits or making them possible: the audits are someone
    /// else's, the buyer's or its auditor's ("se soumet aux audits", "allows for and
    /// contributes to audits", "Prüfungen zu dulden").
    AUDIT_SUBMITTED_TO = [
        "se soum\\w+ (?:aux|à des|à tou\\w+ (?:les )?)(?:audits?|contr[ôo]les|inspections)", "(?:permet\\w*|facilit\\w+|rend\\w* possibles?) (?:la r[ée]alisation d[e'’] ?|les |des )?(?:audits?|inspections)",
        "submit\\w* to (?:any |such |all )?(?:audits?|inspections?)", "(?:allow|permit|facilitat|enabl|contribut)\\w* (?:for |to )?(?:and contributes? to )?(?:any |such |all )?(?:audits?|inspections?)",
        "(?:dulde\\w*|zu dulden|ermögliche?n?|zu ermöglichen|unterwirft sich)[^.;]{0,40}(?:Prüfungen|Kontrollen|Audits|Inspektionen)", "(?:Prüfungen|Kontrollen|Audits|Inspektionen)[^.;]{0,100}(?:zu dulden|zu ermöglichen|duldet|ermöglicht)",
        "(?:facilit\\w+|permit\\w+|posibilit\\w+|colabor\\w+ en) (?:la realizaci[óo]n de )?(?:las |los )?(?:auditor[íi]as|inspecciones|controles)", "(?:se )?somet\\w+ a (?:las |cuantas )?(?:auditor[íi]as|inspecciones|controles)",
        "(?:consent\\w+|agevol\\w+|permett\\w+|contribu\\w+)(?: e contribu\\w+)? (?:a |alle? |lo svolgimento di |l'esecuzione di |lo svolgimento delle )?(?:attività di revisione|audit|ispezioni|verifiche)", "(?:si )?sottop\\w+ a (?:audit|ispezioni|verifiche)",
        "(?:Überprüfungen|Prüfungen|Inspektionen)[^.;]{0,160}(?:ermöglicht|beiträgt|beizutragen)",
        "(?:verleen\\w*|verlenen|werk\\w* (?:\\w+ )?mee|medewerking) (?:\\w+ ){0,2}aan (?:audits|inspecties|controles)", "(?:staat|maakt) (?:audits|inspecties) (?:toe|mogelijk)",
    ]
);

lexicon!(
    /// Who conducts an audit for the buyer: the controller, as GDPR art. 28 names the buyer,
    /// or an auditor it mandates ("another auditor mandated by the controller").
    AUDITOR_OF_THE_BUYER = [
        "responsables? (?:de |du )?traitement", "controller", "Verantwortliche\\w*", "(?:el |al |del )responsable(?: del tratamiento| del contrato)?", "titolare del trattamento", "verwerkingsverantwoordelijke",
        "(?:autre |un )?auditeur (?:mandat[ée]|d[ée]sign[ée]|habilit[ée]|tiers mandat[ée])", "(?:another |an )?auditor (?:mandated|appointed|authori[sz]ed|designated)",
        "(?:otro |un )?auditor (?:autorizado|designado|mandatado|habilitado)", "beauftragte\\w* (?:Prüfer|Auditor|Dritte)\\w*", "(?:altro |un )?(?:revisore|auditor) (?:incaricato|autorizzato|designato)", "altro soggetto (?:da questi |da esso |dal titolare )?(?:incaricato|designato|autorizzato)",
        "(?:anderen )?von (?:diesem|ihm|dem Verantwortlichen) beauftragten Prüfer\\w*",
        "(?:andere |een )?(?:aangewezen|gemachtigde) auditor",
    ]
);

lexicon!(
    /// An audit right met by the provider's own reports and certificates.
    AUDIT_BY_REPORTS = [
        "(?:r[ée]put[ée]s? satisfaits?|exerc[ée]s? au moyen|au moyen) d[eu]s? (?:la remise d[eu]s? )?(?:rapports?|certifi\\w+)",
        "(?:limited to|satisfied by|exercised by|met by|in lieu of|instead of)[^.;]{0,40}(?:reports?|certifi\\w+)",
        "(?:durch|anstelle)[^.;]{0,20}(?:Vorlage|Testat|Zertifikat|Pr[üu]fbericht)\\w*", "beschr[äa]nkt (?:sich )?auf[^.;]{0,40}(?:Testat|Zertifikat|Bericht)\\w*",
        "limitad\\w+ a[^.;]{0,40}(?:informes|certificaciones)", "limitat\\w+ a[^.;]{0,40}(?:rapporti|certificazioni)", "beperkt tot[^.;]{0,40}(?:rapporten|certificaten)",
    ]
);

lexicon!(
    /// Telemetry and diagnostic data.
    TELEMETRY = [
        "t[ée]l[ée]m[ée]trie", "donn[ée]es (?:de )?diagnostic", "(?:à des )?fins de diagnostic", "rapports? de plantage",
        "telemetry", "diagnostic (?:data|information|purposes)", "Diagnosezweck\\w*", "crash reports?", "usage (?:data|telemetry)",
        "Telemetrie\\w*", "Diagnosedaten", "Nutzungs(?:daten|-)", "telemetr[íi]a", "datos de diagn[óo]stico", "dati diagnostici", "telemetriegegevens", "diagnostische gegevens",
    ]
);

lexicon!(
    /// Collecting or sending data, or the means to stop it.
    COLLECTION = [
        "collect\\w*", "remont\\w*", "transm\\w+", "envo\\w+", "partag\\w*", "sends?", "sent", "shar\\w+",
        "[üu]bermittel\\w*", "[Üu]bermittlung", "[üu]bertrag\\w*", "erhoben", "erheb\\w*", "Erhebung", "sammel\\w*", "senden",
        "envia\\w*", "recog\\w+", "raccol\\w+", "invia\\w*", "trasmess\\w*", "verzend\\w*", "verzamel\\w*", "versturen",
    ]
);

lexicon!(
    /// Telemetry limited: to what is needed, anonymised, or under the buyer's control.
    TELEMETRY_LIMITS = [
        "d[ée]sactiv\\w*", "strict(?:ement)? n[ée]cessaire", "limit[ée]e?s? (?:à|au)", "anonymis\\w+", "param[ée]trable",
        "disabl\\w+", "switch\\w* off", "turn\\w* off", "opt-?(?:in|out)", "strictly necessary", "limited to", "anonymi[sz]\\w+", "configurable",
        "deaktivier\\w*", "abschalt\\w*", "abzuschalten", "abgeschaltet", "ausschalt\\w*", "ausgeschaltet", "unbedingt erforderlich", "beschr[äa]nkt auf", "anonymisiert\\w*", "konfigurierbar",
        "desactiv\\w+", "disattiv\\w+", "uitschakel\\w*", "uitgeschakeld", "uit te schakelen",
    ]
);

lexicon!(
    /// Training or improving AI and machine-learning models.
    AI_TRAINING = [
        "entra[îi]n\\w*", "apprentissage (?:automatique|machine)", "mod[èe]les? d'(?:IA|intelligence artificielle|apprentissage)",
        "train(?:s|ed|ing)?", "fine-tun\\w*", "machine[- ]learning", "(?:AI|artificial intelligence|foundation|language) (?:models?|features?)",
        "Training", "trainier\\w*", "KI-\\w+", "k[üu]nstlicher Intelligenz", "maschinell\\w* Lern\\w*",
        "entrenar\\w*", "entrenamiento", "addestr\\w+", "AI-modellen", "trainen",
    ]
);

lexicon!(
    /// Improving or developing the provider's own services, or any purpose of its own.
    OWN_PURPOSES = [
        "am[ée]lior\\w+ (?:de )?(?:ses|les|leurs) (?:services|produits|offres)", "am[ée]lioration (?:des|de ses) (?:services|produits)", "(?:à|pour) (?:d'autres|ses propres) fins",
        "(?:improv\\w+|develop\\w*)(?: and (?:improv\\w+|develop\\w*))? (?:its|their|the Provider's|the Supplier's) (?:own )?(?:services|products)", "for (?:its own|any other) purposes?", "for any purpose other than",
        "(?:Verbesserung|Weiterentwicklung)(?: und (?:Verbesserung|Weiterentwicklung))? (?:seiner|ihrer|der|eigener) (?:Dienste|Produkte|Leistungen|Services)", "f[üu]r eigene Zwecke", "zu anderen Zwecken",
        "mejorar sus (?:servicios|productos)", "fines propios", "migliorare i propri (?:servizi|prodotti)", "fini propri", "verbeteren van (?:zijn|haar) (?:diensten|producten)", "eigen doeleinden",
    ]
);

lexicon!(
    /// Using something.
    USE = [
        "utilis\\w+", "exploit\\w+", "us(?:e|es|ed|ing)", "verwend\\w*", "Verwendung", "nutz\\w*", "auswert\\w*",
        "utiliz\\w+", "emple\\w+", "utilizz\\w+", "gebruik\\w*",
    ]
);

lexicon!(
    /// The buyer's data as what is used: data, content, prompts, inputs.
    DATA_OBJECT = [
        "donn[ée]es", "contenus?", "data", "content", "prompts?", "inputs?", "outputs?",
        "Daten", "Kundendaten", "Inhalte\\w*", "Eingaben",
        "datos", "contenidos?", "dati", "contenuti", "gegevens", "inhoud",
    ]
);

/// The data may serve the contract only: "aux seules fins d'exécution du marché", "solely for
/// the performance of the contract".
pub static CONTRACT_PURPOSE_ONLY: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "(?:qu'aux|que pour les|que dans le cadre d[eu]) (?:seules? )?(?:fins|besoins|ex[ée]cution)",
        "(?:solely|only|exclusively) (?:for|to) (?:the )?(?:purposes? of |performance of |perform(?:ing)? )?(?:the|this) (?:contract|agreement|services)",
        "ausschlie(?:ß|ss)lich (?:zur|zum|f[üu]r die) (?:Erbringung|Durchf[üu]hrung|Vertragserf[üu]llung|Erf[üu]llung)",
    ])
});

/// A definition: "« Demande d'accès » désigne", "\"Telemetry\" means", "im Sinne dieses
/// Vertrages", "on entend par".
pub static DEFINITION: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r#"(?i)["“”„«»][^"“”„«»]{1,60}["“”„«»]\s*(?:means|shall mean|d[ée]signe|bezeichnet|significa|betekent)\b|^\s*(?:means|shall mean|d[ée]signe|bezeichnet|significa|betekent)\s|\b(?:on entend par|s['’]entend (?:de|des|du|d['’]|comme)|is defined as|im Sinne (?:dieses|dieser|des)|se entiende por|si intende|wordt (?:verstaan|bedoeld))\b"#,
    )
});

/// A sentence whose subject is a law ("Certaines législations étrangères permettent…", "Some
/// foreign laws allow…"): it describes the law, it binds no one.
pub static OPENS_ON_A_LAW: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\W*(?:(?:certaines|plusieurs|les|des|some|several|many|the|foreign|ausländische|einige|manche|die|algunas|las|alcune|le|sommige|de)\s+)*(?:lois|législations?|droits? étrangers|laws?|legislation|statutes|Gesetze|Rechtsordnungen|leyes|legislaciones|leggi|legislazioni|wetten|wetgeving|CLOUD Act|FISA)\b",
    )
});

/// The provider as a party: a sentence that names none and opens on the buyer states the
/// buyer's own policy.
pub static PROVIDER_PARTY: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "titulaire",
        "prestataire",
        "fournisseur",
        "[ée]diteur",
        "soumissionnaire",
        "candidat",
        "contractor",
        "supplier",
        "provider",
        "processor",
        "vendor",
        "bidders?",
        "tenderers?",
        "Auftragnehmer\\w*",
        "Anbieter\\w*",
        "Dienstleister\\w*",
        "Hersteller\\w*",
        "Bieter\\w*",
        "adjudicatario",
        "contratista",
        "proveedor",
        "encargado",
        "fornitore",
        "aggiudicatario",
        "opdrachtnemer",
        "leverancier",
    ])
});

/// A sentence that opens on the buyer: "La collectivité …", "The Council …", not "The
/// Council's data …".
pub static OPENS_ON_BUYER: LazyLock<Regex> =
    LazyLock::new(|| constant(&format!(r"(?i)^\W*{BUYER}(?:\s|,)")));

/// Something reported to the buyer ("monthly usage data are sent to the Authority"): the
/// buyer's own information, not telemetry to the provider.
pub static REPORTED_TO_BUYER: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[&format!(
        "(?:sen[dt]s?|reports?|reported|provides?|provided|deliver\\w*|transm\\w+|remi[st]\\w*|fourni\\w*|[üu]bermittel\\w*|liefer\\w*|envia\\w*|invia\\w*) [^.;]{{0,60}}(?:to|à|au|aux|an|al|alla|aan) {BUYER}"
    )])
});

/// The buyer named as who conducts something: "par l'acheteur", "by the Customer", "durch den
/// Auftraggeber".
pub static BY_THE_BUYER: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[&format!(
        "(?:par|by|durch|de la part d[eu]|conducted by|mandat[ée]s? par|diligent[ée]s? par|por|da|door) (?:l'|la |le |the |den |die |el |la |il |de )?(?:{BUYER}|Kunde\\w*|opdrachtgever)"
    )])
});

/// The buyer, as the party a provider tells or answers to.
pub static BUYER_PARTY: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        BUYER,
        "Kunde\\w*",
        "opdrachtgever",
        "entidad contratante",
        "[óo]rgano de contrataci[óo]n",
        "amministrazione",
    ])
});

/// A deadline: "within 30 days", "dans un délai de trois mois", "innerhalb von 30 Tagen", "en un
/// plazo máximo de 30 días", "entro due mesi", "binnen drie maanden".
pub static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    let words: Vec<&str> = NUMBER_WORDS.iter().map(|(word, _)| *word).collect();
    constant(&format!(
        r"(?i)(?:within|in|no later than|not later than|dans(?: un délai)?(?: de)?|dans un délai d|sous(?: un délai de)?|au plus tard|à l['’]issue d['’]un délai de|innerhalb(?: von)?|binnen|spätestens|en (?:un|el) plazo(?: máximo| maximo)? de|dentro de(?:l plazo de)?|en los|entro(?: il termine (?:massimo )?di)?|nei|uiterlijk|a más tardar|al più tardi|entro e non oltre|at the latest)(?:\s+|['’])(\d{{1,3}}|{})\s+(?:calendar |natural )?((?:Kalender|Arbeits|Werk)?(?-i:[Tt])age[n]?|jours?|days?|mois|months?|Monate[n]?|semaines?|weeks?|Wochen|días|giorni|dagen|meses|mes|mesi|maanden|semanas|settimane|weken)",
        words.join("|")
    ))
});

/// Numbers written as words in the six languages, as deadlines use them.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("un", 1),
    ("une", 1),
    ("one", 1),
    ("ein", 1),
    ("einem", 1),
    ("einer", 1),
    ("einen", 1),
    ("uno", 1),
    ("una", 1),
    ("een", 1),
    ("deux", 2),
    ("two", 2),
    ("zwei", 2),
    ("dos", 2),
    ("due", 2),
    ("twee", 2),
    ("trois", 3),
    ("three", 3),
    ("drei", 3),
    ("tres", 3),
    ("tre", 3),
    ("drie", 3),
    ("quatre", 4),
    ("four", 4),
    ("vier", 4),
    ("cuatro", 4),
    ("quattro", 4),
    ("six", 6),
    ("sechs", 6),
    ("seis", 6),
    ("sei", 6),
    ("zes", 6),
    ("huit", 8),
    ("eight", 8),
    ("acht", 8),
    ("ocho", 8),
    ("otto", 8),
    ("dix", 10),
    ("ten", 10),
    ("zehn", 10),
    ("diez", 10),
    ("dieci", 10),
    ("tien", 10),
    ("douze", 12),
    ("twelve", 12),
    ("zwölf", 12),
    ("doce", 12),
    ("dodici", 12),
    ("twaalf", 12),
    ("quinze", 15),
    ("fifteen", 15),
    ("fünfzehn", 15),
    ("quince", 15),
    ("quindici", 15),
    ("vijftien", 15),
    ("trente", 30),
    ("thirty", 30),
    ("dreißig", 30),
    ("treinta", 30),
    ("trenta", 30),
    ("dertig", 30),
    ("quarante-cinq", 45),
    ("forty-five", 45),
    ("fünfundvierzig", 45),
    ("cuarenta y cinco", 45),
    ("quarantacinque", 45),
    ("vijfenveertig", 45),
    ("soixante", 60),
    ("sixty", 60),
    ("sechzig", 60),
    ("sesenta", 60),
    ("sessanta", 60),
    ("zestig", 60),
    ("quatre-vingt-dix", 90),
    ("ninety", 90),
    ("neunzig", 90),
    ("noventa", 90),
    ("novanta", 90),
    ("negentig", 90),
];

/// Days in a deadline.
pub fn deadline_days(sentence: &str) -> Option<u32> {
    let captures = DEADLINE.captures(sentence)?;
    let number = captures.get(1)?.as_str();
    let count: u32 = match number.parse() {
        Ok(digits) => digits,
        Err(_) => NUMBER_WORDS
            .iter()
            .find(|(word, _)| word.eq_ignore_ascii_case(number))
            .map(|(_, count)| *count)?,
    };
    let unit = captures.get(2)?.as_str().to_lowercase();
    let days_per_unit = if unit.starts_with("mois")
        || unit.starts_with("month")
        || unit.starts_with("monat")
        || unit.starts_with("mes")
        || unit.starts_with("maand")
    {
        30
    } else if ["semaine", "week", "weken", "woche", "semana", "settiman"]
        .iter()
        .any(|prefix| unit.starts_with(prefix))
    {
        7
    } else {
        1
    };
    Some(count * days_per_unit)
}

/// Every list of this file, gathered in the shared automaton before the first document (see
/// [`super::wordlist::scan`]). A list left out still answers rightly through its own automaton,
/// only slower; a test finds it.
pub(super) fn every_list() -> impl Iterator<Item = &'static WordList> {
    [
        &HOSTING,
        &LICENCE_PURCHASE,
        &PURCHASE_OF,
        &WEBSITE,
        &DATA_SERVICE,
        &TENDER_DOCUMENT,
        &STUDY_OF,
        &OBJECT_OF_THE_CONTRACT,
        &PROCUREMENT,
        &DISCUSSION,
        &GATHERING_HOSTED,
        &HOSTED_IN_THE_PAST,
        &INCUMBENT,
        &OTHER_ACTOR,
        &DEPLOYMENT,
        &INTERFACING,
        &BACKUPS,
        &TECHNICAL_DATA,
        &ADMINISTRATION,
        &SUPPORT,
        &PROCESSING,
        &STORAGE,
        &DATA,
        &DATA_WHEREABOUTS,
        &SKILLS_SECTION,
        &DATA_CENTRES,
        &SUPERLATIVE,
        &SUPPLIER_MAY_PROVIDE,
        &NAMED_AFTER_A_PLACE,
        &BINDING_AFTER,
        &OR_EQUIVALENT,
        &EQUIVALENT_TO,
        &COMPATIBLE,
        &FILES_FOR_A_TOOL,
        &RUNS_ON,
        &SOLUTION_LOCATED,
        &LINKED_TO,
        &ACCOUNTS_IN,
        &AT_COST,
        &PARALLEL_USE,
        &RESTRICTED,
        &RENEWAL,
        &SUBJECT_MATTER_JUSTIFIED,
        &NEGATION,
        &USES,
        &FORMAT_USE,
        &CURRENT_STATE,
        &FORMER,
        &CHOSEN,
        &AGENT,
        &ONLY,
        &CERTIFICATION_HOLDER,
        &REVERSIBILITY,
        &REVERSIBILITY_NAMED,
        &HANDOVER,
        &RECEIPT_CONFIRMED,
        &EXIT_ASSISTANCE,
        &WHOLE_SET,
        &SUCCESSOR,
        &SERVICE_HANDBACK,
        &KNOWLEDGE_TRANSFER,
        &END_OF_CONTRACT,
        &ON_QUOTE,
        &OPEN_FORMATS,
        &MACHINE_READABLE,
        &EXIT_PLAN,
        &PLAN,
        &EXPORT,
        &DELETION,
        &EXIT_FEES,
        &EGRESS,
        &FEES,
        &NO_FEES,
        &KEYS,
        &CUSTOMER_KEYS,
        &PROVIDER_KEYS,
        &SUBPROCESSORS,
        &APPROVAL,
        &LISTED,
        &AFFILIATES,
        &TRANSFERS,
        &INTERNATIONAL,
        &DPF,
        &SCCS,
        &BCR,
        &ADEQUACY,
        &IMMUNITY,
        &SUSPENSION,
        &SANCTIONS,
        &OPEN_SOURCE,
        &DATA_WORDS,
        &RETURNED_PAPERS,
        &DENYING,
        &PERSONAL,
        &HEALTH,
        &PARTICULAR,
        &SECRET,
        &SOCIAL,
        &NOTIFY,
        &CONTEST,
        &TERMINATION,
        &CONSENT,
        &PRIVACY_NOTICE,
        &PROCESSING_TERMS,
        &ARTICLE_28,
        &AUDIT,
        &AUDIT_RECORDS,
        &AUDIT_RIGHT,
        &INTERNAL_AUDIT,
        &AUDIT_SUBMITTED_TO,
        &AUDITOR_OF_THE_BUYER,
        &AUDIT_BY_REPORTS,
        &TELEMETRY,
        &COLLECTION,
        &TELEMETRY_LIMITS,
        &AI_TRAINING,
        &OWN_PURPOSES,
        &USE,
        &DATA_OBJECT,
        &QUALIFIED_BY,
        &BID_PART,
        &SERVICE_DESCRIPTION_HEADING,
        &BIDDER_EVIDENCE,
        &SUBMISSION_PLATFORM,
        &SUPPLY,
        &CONTEXT_PART,
        &INVENTORY_LEAD,
        &MANUAL_TITLE,
        &API_OF_THE_BRAND,
        &BUILT_FOR,
        &CATALOGUE_VERSION_COLUMN,
        &CATALOGUE_PRODUCT_COLUMN,
        &REQUIREMENT_COLUMN,
        &WORKS_ON,
        &EXCLUDING_LEAD_IN,
        &SKILL,
        &REVERSIBILITY_HEADING,
        &ONBOARDING_HEADING,
        &CONTRACT_END,
        &NOT_BEFORE,
        &SOLUTION,
        &IDENTITY_USE,
        &KEYS_HELD_BY_BUYER,
        &KEY_STORE_NAMED,
        &RIGHTS_GRANTED,
        &OPERATES_EXISTING,
        &SUPPLIED,
        &WORKLOAD,
        &HOSTING_EXCLUDED,
        &HOSTED_BY_BUYER,
        &CLOUD_EXCLUDED,
        &HOSTING_BUYER_PROVIDED,
        &MANAGED_OPERATIONS,
        &INDICATED_CHOICE,
        &ADVICE_ON_WHETHER,
        &GERMAN_SOLL,
        &ALREADY_IN_USE,
        &BUYER_RUNS_IT,
        &HOSTING_ON_PREMISES,
        &HOSTING_SUPPLIED,
        &TODAY,
        &ANYWHERE,
        &THIRD_COUNTRIES,
        &SOURCE_CODE_HANDOVER,
        &GOVERNMENT_ACCESS,
        &CHANGE_OF_CONTROL,
        &CONTRACT_PURPOSE_ONLY,
        &PROVIDER_PARTY,
        &REPORTED_TO_BUYER,
        &BY_THE_BUYER,
        &BUYER_PARTY,
        &BID_PROCESS,
        &BUYER_SIDE,
        &BUYER_HOLDS_LICENCES,
        &BUYERS_OWN_SYSTEM,
        &FILED_DOCUMENTS,
    ]
    .into_iter()
    .map(|list| &**list)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts that a list matches each of `yes` and none of `no`.
    fn reads(list: &WordList, yes: &[&str], no: &[&str]) {
        for text in yes {
            assert!(list.is_match(text), "{text}");
        }
        for text in no {
            assert!(!list.is_match(text), "{text}");
        }
    }

    #[test]
    fn an_equivalent_may_follow_the_or_by_a_few_words() {
        reads(
            &OR_EQUIVALENT,
            &[
                "Adobe Acrobat Pro ou de tout logiciel équivalent",
                "Microsoft 365 E3 o equivalentes",
                "Exchange Online o su piattaforma equivalente",
                "LibreOffice oder ein gleichwertiges Produkt",
                "Jira or any other equivalent tool",
                "Adobe Acrobat Pro, or of another PDF editor offering at least the same redaction features",
                "Zoom Workplace o di una piattaforma di videoconferenza con funzionalità equivalenti",
            ],
            &[
                "Microsoft 365 ou un autre outil",
                "Jira or Confluence, equivalently",
                "Microsoft 365 licences, or the same number of licences for the full-time staff",
                "500 Microsoft 365 E3 licences, or an E5 package for an equivalent number of users",
                "on ServiceNow or migrate the platform to a newer release with at least the same features",
            ],
        );
    }

    #[test]
    fn keys_in_a_security_module_of_the_buyer_are_the_buyer_s() {
        reads(
            &KEYS_HELD_BY_BUYER,
            &[
                "Les clés maîtresses sont générées dans un module HSM dont l'acheteur est seul administrateur.",
                "Les clés de déchiffrement sont conservées dans le module matériel de sécurité (HSM) du département.",
                "Keys are generated and stored within a hardware security module operated by the Authority.",
                "Las claves se custodiarán en un HSM propiedad de la Diputación.",
                "Die Schlüssel werden in einem HSM im Rechenzentrum der Auftraggeberin erzeugt.",
            ],
            &[
                "Keys are stored in the provider's HSM and reported monthly to the Authority.",
                "Les clés sont conservées dans le HSM du titulaire.",
                "Les clés de chiffrement sont générées et conservées par le titulaire dans son HSM, selon la politique de l'acheteur.",
            ],
        );
    }

    #[test]
    fn deletion_follows_a_confirmed_receipt() {
        for text in [
            "Une fois la bonne réception des données confirmée par écrit, le titulaire efface",
            "Nach Bestätigung der vollständigen Übernahme sind alle Datenbestände zu vernichten",
            "Na schriftelijke bevestiging van de ontvangst verwijdert opdrachtnemer alle gegevens",
        ] {
            assert!(
                RECEIPT_CONFIRMED.is_match(text) && DELETION.is_match(text),
                "{text}"
            );
        }
        assert!(!RECEIPT_CONFIRMED.is_match("Les données sont supprimées après 30 jours."));
    }

    #[test]
    fn deadlines_written_in_words_read_in_six_languages() {
        for (text, days) in [
            ("en un plazo máximo de 30 días naturales", 30),
            ("en los dos meses siguientes a la formalización", 60),
            ("entro due mesi dall'avvio", 60),
            ("binnen drie maanden na gunning", 90),
            ("binnen zes weken", 42),
            ("innerhalb von sechs Wochen", 42),
            ("entro il termine di quattro settimane", 28),
            ("dentro de doce meses", 360),
            ("dans un délai de quarante-cinq jours calendaires", 45),
            ("au plus tard huit semaines après l'ordre de service", 56),
            ("dans un délai d'un mois à compter de la demande", 30),
            ("no later than 60 days after the Expiry Date", 60),
            ("within 90 calendar days of the Effective Date", 90),
            ("binnen 45 Kalendertagen", 45),
            ("en el plazo máximo de sesenta días naturales", 60),
        ] {
            assert_eq!(deadline_days(text), Some(days), "{text}");
        }
        assert_eq!(deadline_days("the two parties"), None);
    }

    #[test]
    fn deadlines_read_in_three_languages() {
        assert_eq!(
            deadline_days("return all data within 30 days of the request"),
            Some(30)
        );
        assert_eq!(
            deadline_days("dans un délai de trois mois après la notification"),
            Some(90)
        );
        assert_eq!(deadline_days("innerhalb von 30 Tagen"), Some(30));
        assert_eq!(
            deadline_days("spätestens drei Monate nach Zuschlag"),
            Some(90)
        );
        assert_eq!(deadline_days("sans délai"), None);
    }

    #[test]
    fn bid_logistics_read_in_every_language() {
        for text in [
            "Los sobres se firmarán con certificado cualificado.",
            "La documentación del sobre electrónico se cargará con firma electrónica.",
            "Los licitadores deberán aportar la memoria en formato PDF.",
            "La busta amministrativa contiene il DGUE in formato PDF.",
            "I concorrenti possono caricare file in formato .p7m.",
            "De inschrijver kan de bijlagen via TenderNed uploaden.",
            "Das Preisblatt ist auszufüllen und beizufügen.",
        ] {
            assert!(BID_PROCESS.is_match(text), "{text}");
        }
        // "Sobre" is a preposition in the singular; a bidder's duty on the service is no bid.
        for text in [
            "El sistema informará sobre 10 indicadores de calidad.",
            "El licitador garantizará que los datos se alojen en la Unión Europea.",
            "Der Bieter muss den Betrieb in Deutschland sicherstellen.",
        ] {
            assert!(!BID_PROCESS.is_match(text), "{text}");
        }
    }

    #[test]
    fn a_note_on_who_fills_a_form_in_is_a_form_field() {
        assert!(FORM_FIELD.is_match(
            "(nur von der Vergabestelle auszufüllen, falls die Daten besonderen Geheimschutzregelungen unterliegen, z.B. Sozialdaten)"
        ));
        assert!(FORM_FIELD.is_match("Montant HT (à compléter par le candidat)"));
        assert!(!FORM_FIELD.is_match("Le titulaire complète le registre des traitements."));
    }

    #[test]
    fn operated_is_hosting_but_enterprises_are_not() {
        assert!(HOSTING.is_match("Die Plattform wird vom Auftragnehmer betrieben."));
        assert!(!HOSTING.is_match(
            "Die Zahlungsbedingungen gelten für Behörden, Betrieben und Anstalten im Lande Hessen."
        ));
    }

    #[test]
    fn article_28_is_cited_by_the_regulation_s_number_too() {
        assert!(ARTICLE_28.is_match(
            "Le contrat intègre les clauses obligatoires prévues par l'article 28 du règlement (UE) 2016/679 du Parlement européen"
        ));
        assert!(ARTICLE_28.is_match("Art. 28 DSGVO"));
    }

    #[test]
    fn infogerance_of_the_information_systems_operates_the_buyer_s() {
        assert!(OPERATES_EXISTING.is_match(
            "Le présent accord-cadre a pour objet les prestations d'infogérance et d'assistance de premier niveau des systèmes d'information de Vallée Sud – Grand Paris."
        ));
        assert!(
            !OPERATES_EXISTING
                .is_match("Le titulaire assure l'infogérance de la plateforme qu'il héberge.")
        );
    }

    #[test]
    fn a_service_made_movable_to_a_third_party_is_handed_back() {
        for text in [
            "The hosting must be set up in a way that it could be transferred to the ~~~ or a third party with minimum effort.",
            "Das Hosting ist so einzurichten, dass es jederzeit an einen Dritten übertragen werden kann.",
            "L'hébergement doit être transférable sans difficulté à un autre hébergeur.",
        ] {
            assert!(SERVICE_HANDBACK.is_match(text), "{text}");
        }
        // Data passed to third parties is another clause.
        assert!(
            !SERVICE_HANDBACK
                .is_match("Personal data may be transferred to a third party only with consent.")
        );
    }

    #[test]
    fn knowledge_transfer_is_of_the_exit_only_at_the_end() {
        assert!(KNOWLEDGE_TRANSFER.is_match("assure le transfert des connaissances"));
        assert!(END_OF_CONTRACT.is_match("au titulaire suivant"));
        assert!(END_OF_CONTRACT.is_match("al término del contrato"));
        assert!(!END_OF_CONTRACT.is_match("pendant le déploiement"));
        assert!(SERVICE_HANDBACK.is_match("Fase final: devolución del servicio"));
        assert!(SERVICE_HANDBACK.is_match("die Rückübergabe an den Auftraggeber"));
    }

    #[test]
    fn the_public_sector_s_own_servers_are_the_buyer_s() {
        for own in [
            "As the website will be hosted on the Europa server of the European Commission.",
            "Betrieb des Verfahrens imikel im Dataport Rechenzentrum",
            "The platform is hosted on the Council's own servers.",
        ] {
            assert!(HOSTED_BY_BUYER.is_match(own), "{own}");
        }
        for contractor_s in [
            "The contractor shall host the site on its own servers.",
            "The supplier shall commission hosting in its data centre.",
        ] {
            assert!(!HOSTED_BY_BUYER.is_match(contractor_s), "{contractor_s}");
        }
    }

    #[test]
    fn a_seat_ends_right_before_its_place() {
        for seat in [
            "L'Azienda Ospedaliera, con sede in ",
            "Le Syndicat, dont le siège est à ",
            "The Authority, with its registered office in ",
            "Die Stadtwerke mit Sitz in ",
            "De gemeente, gevestigd te ",
        ] {
            assert!(SEAT.is_match(seat), "{seat}");
        }
        for place_of_data in [
            "I dati sono conservati in ",
            "The data shall be stored in ",
            "the contractor's offices and data centres in ",
            "Support is provided from the Supplier's offices in ",
        ] {
            assert!(!SEAT.is_match(place_of_data), "{place_of_data}");
        }
        // In German the seat's word may follow the place.
        for seat_after in [
            " ansässigen, Cloud Anbietern",
            " niedergelassene Unternehmen",
        ] {
            assert!(SEAT_AFTER.is_match(seat_after), "{seat_after}");
        }
        for place_of_data in [" gespeichert werden", " verarbeitet, ansässige Anbieter"] {
            assert!(!SEAT_AFTER.is_match(place_of_data), "{place_of_data}");
        }
    }

    #[test]
    fn every_lexicon_compiles() {
        let regexes: &[&LazyLock<Regex>] = &[
            &ACRONYM,
            &LEAVING_AFTER,
            &LOCATIVE,
            &SEAT,
            &ON_TERRITORY,
            &PLACE_LIST_JOIN,
            &PLACE_ATTRIBUTE,
            &OUTSIDE,
            &EXAMPLE_OPENING,
            &HOSTING_SUBJECT,
            &CONSIDERATION,
            &CONDITION_OPENER,
            &THESE,
            &MODEL_CLAUSE_HEADING,
            &ANSWER,
            &FORM_FIELD,
            &DEPLOY_TARGET,
            &DEADLINE,
            &WITHOUT_BEFORE,
            &DEFINITION,
            &OPENS_ON_BUYER,
            &OPENS_ON_A_LAW,
            &HEALTH_OF_THINGS_AFTER,
            &HEALTH_OF_THINGS_BEFORE,
            &SENSITIVE_AS_PAYMENTS,
            &LIST_GOES_ON,
            &REFERRED_TO_IN,
        ];
        for regex in regexes.iter().map(|r| &***r) {
            assert!(!regex.is_match("zzzz qqqq"));
        }
        for list in every_list() {
            assert!(list.unguarded_find_iter("zzzz qqqq").next().is_none());
        }
    }
}

/// The words that show an ambiguous product name is the product: what products of these
/// categories are for, and the words of software licensing that any product comes with.
pub fn sense_of(categories: &[&str]) -> WordList {
    let mut words: Vec<&str> = vec![
        "licen[cs]\\w*",
        "Lizenz\\w*",
        "licencias?",
        "licenz\\w*",
        "licenties?",
        "abonnements?",
        "subscriptions?",
        "Abonnement\\w*",
        "tenant",
        "logiciels?",
        "software",
        "progiciels?",
        "version",
        "Microsoft",
        "Office 365",
        "Microsoft 365",
        "M365",
        "compatib\\w*",
        "kompatib\\w*",
    ];
    for category in categories {
        words.extend_from_slice(match *category {
            "videoconferencing" | "collaboration" => &[
                "visio\\w*",
                "vid[ée]o\\w*",
                "r[ée]unions?",
                "meetings?",
                "webinars?",
                "webinaires?",
                "chat\\w*",
                "messagerie instantan[ée]e",
                "instant messaging",
                "conf[ée]rences? en ligne",
                "Videokonferenz\\w*",
                "Besprechung\\w*",
                "Chat\\w*",
                "videoconferencias?",
                "reuni[óo]n\\w*",
                "videoconferenz\\w*",
                "riunion[ei]",
                "videobellen",
                "vergader\\w*",
                "calls?",
                "appels?",
                "Telefon\\w*",
                "collaborati\\w*",
                "collaborat\\w+",
                "Zusammenarbeit",
            ],
            "email" => &[
                "e-?mails?",
                "mails?",
                "messagerie",
                "courriels?",
                "courrier",
                "bo[iî]tes? aux lettres",
                "mailbox\\w*",
                "Postf[äa]ch\\w*",
                "E-Mail\\w*",
                "correo",
                "posta elettronica",
                "agendas?",
                "calendars?",
                "Kalender\\w*",
                "Groupware",
            ],
            "database" => &[
                "bases? de donn[ée]es",
                "databases?",
                "Datenbank\\w*",
                "SGBD",
                "RDBMS",
                "SQL",
                "bases? de datos",
                "banche dati",
                "database",
            ],
            "erp" | "hr" | "finance" => &[
                "ERP",
                "S/4 ?HANA",
                "HANA",
                "Fiori",
                "R/3",
                "SuccessFactors",
                "Ariba",
                "modules?",
                "progiciel de gestion",
                "comptab\\w+",
                "finances?",
                "paie",
                "payroll",
            ],
            "cloud_platform" | "storage" => &[
                "cloud",
                "Cloud\\w*",
                "nube",
                "h[ée]berg\\w*",
                "host\\w*",
                "r[ée]gions?",
                "regions?",
                "Region\\w*",
                "instances?",
                "IaaS",
                "PaaS",
                "S3",
                "EC2",
                "Web Services?",
                "infrastructure",
                "d[ée]ploy\\w*",
                "Infrastruktur",
                "infraestructura",
                "RDS",
            ],
            // "Windows" alone is the product where the sentence speaks of operating systems or
            // the machines they run on: "workstation dotate di sistema operativo Windows 7".
            "operating_system" => &[
                "syst[èe]mes? d'exploitation",
                "operating systems?",
                "Betriebssystem\\w*",
                "sistemas? operativos?",
                "sistem[ai] operativ[oi]",
                "besturingssyste\\w*",
                "postes? de travail",
                "workstations?",
                "desktops?",
                "laptops?",
                "PCs?",
                "ordinateurs?",
                "Arbeitspl[äa]tz\\w*",
                "Rechner\\w*",
                "ordenadores?",
                "servers?",
                "serveurs?",
                "Server\\w*",
            ],
            _ => &[],
        });
    }
    words.sort_unstable();
    words.dedup();
    WordList::new(&words)
}

lexicon!(
    /// What joins a product to the product that qualifies it: "Amazon RDS for Oracle".
    QUALIFIED_BY = ["for", "pour", "für", "para", "per", "voor"]
);

lexicon!(
    /// Headings of the part of a document that describes the service bought: in an invitation
    /// to tender that also holds the specification ("2. Art und Umfang der Leistung", "2.2.
    /// Leistungsbeschreibung"), that part says what the contract buys, not how to answer.
    SERVICE_DESCRIPTION_HEADING = [
        "(?:Art und )?Umfang der Leistung\\w*", "Leistungsumfang", "Leistungsbeschreibung\\w*", "Leistungsgegenstand", "Gegenstand der Leistung",
        "scope of (?:the )?(?:work|services|requirements?)", "statement of (?:work|requirements)", "specification of (?:the )?(?:services?|requirements)",
        "description (?:des prestations|du besoin|de la prestation)", "cahier des charges", "prescriptions techniques",
        "prescripciones t[ée]cnicas", "descripci[óo]n (?:del servicio|de los trabajos)", "capitolato tecnico", "specifiche tecniche", "descrizione del servizio",
        "programma van eisen", "beschrijving van de (?:opdracht|dienstverlening)", "technische specificaties",
    ]
);

lexicon!(
    /// Headings of the parts of a tender that say how to answer, not what to buy: instructions to
    /// bidders, the contents of a bid, selection and award criteria, references and staff.
    BID_PART = [
        "r[èe]glement de (?:la )?consultation", "modalit[ée]s de (?:remise|d[ée]p[ôo]t|pr[ée]sentation|transmission) des (?:offres|candidatures|plis)",
        "contenu (?:des offres|de l'offre|du dossier|des plis|des candidatures)", "pr[ée]sentation des (?:offres|candidatures)",
        "crit[èe]res? (?:d'attribution|de jugement|de s[ée]lection|d'[ée]valuation|de notation)", "jugement des offres",
        "s[ée]lection des candidat\\w+", "pi[èe]ces? [àa] (?:fournir|produire)", "dossier de (?:candidature|r[ée]ponse)", "cadre de r[ée]ponse",
        "instructions? (?:to|for) (?:bidders|tenderers|offerors|quoters|vendors|suppliers)", "general instructions", "(?:proposal|bid|tender|quote|response) (?:submission|format|instructions|content|preparation)",
        "submission (?:of|requirements|instructions)", "how to (?:submit|apply|respond)", "evaluation(?: criteria| factors| methodology| process)?",
        "award criteria", "basis (?:of|for) award", "selection criteria", "questionnaire", "response template", "pricing (?:form|schedule)",
        "Bewerbungsbedingungen", "Angebotsabgabe", "Angebotsinhalt", "Angebotsunterlagen", "(?:Zuschlags|Eignungs|Wertungs|Bewertungs)kriterien",
        "Wertung der Angebote", "Teilnahmebedingungen", "Teilnahmeantrag", "Bieterfragen",
        "instrucciones (?:para|a) los licitadores", "presentaci[óo]n de (?:ofertas|proposiciones)", "criterios de (?:adjudicaci[óo]n|valoraci[óo]n|solvencia)",
        "modalit[àa] di presentazione", "criteri di (?:aggiudicazione|valutazione)", "disciplinare di gara", "contenuto dell'offerta",
        "inschrijvingsvoorwaarden", "gunningscriteria", "indiening", "selectiecriteria",
        // Submitting the bids. Not a platform's name alone: a contract may buy one.
        "presentaci[óo]n de (?:las )?(?:ofertas|proposiciones|solicitudes)", "sobres? electr[óo]nicos?",
        "presentazione (?:delle |dell')?offert[ae]", "bust[ae] (?:telematic|amministrativ|tecnic|economic)\\w*",
        "inschrijving", "Einreichung (?:der|des|von) (?:Angebot|Teilnahme)\\w*",
        // The bid's own form, a section of its own: "A.5 ALLEGATO F1 SENZA PREZZI - PROSPETTO
        // OFFERTA" (v61), "Formulaire d'offre", "Angebotsformular", "Modelo de proposición".
        "(?:prospetto|modulo|modello|schema|scheda) (?:di |dell')?offerta", "formulaire (?:d'offre|de r[ée]ponse|de candidature)", "bordereau (?:des|de) prix",
        "Angebots(?:formular|vordruck|blatt)", "(?:offer|tender|bid|response) form", "modelo de (?:oferta|proposici[óo]n)", "inschrijvingsbiljet",
    ]
);

/// A sentence about the bid itself: a bid, a response or a reference being sent, signed,
/// uploaded, filled in or presented; the hearing of candidates; the format of the response. A
/// sentence where bidders propose a solution is about the service, not the bid.
pub static BID_PROCESS: LazyLock<WordList> = LazyLock::new(|| {
    let noun = "(?:offres?|plis?|candidatures?|dossiers? de (?:candidature|r[ée]ponse)|r[ée]ponses?|r[ée]f[ée]rences?|bids?|tenders?|proposals?|quotations?|quotes?|responses?|submissions?|references?\
|Angebot\\w*|Teilnahmeantr\\w+|Referenzen|ofertas?|proposici[óo]n\\w*|referencias|sobres|sobre (?:electr[óo]nico|digital|n[º°.]|n[úu]mero)|offert[ae]|bust[ae]|plic(?:o|hi)|referenze|inschrijving\\w*|offertes?|referenties\
|Preisbl[äa]tt\\w*|prij(?:s|zen)blad|inschrij(?:f|vings)formulier)";
    let verb = "(?:d[ée]pos\\w*|remi[st]\\w*|transmi\\w*|envoy\\w*|sign\\w*|r[ée]dig\\w*|pr[ée]sent[ée]\\w*|t[ée]l[ée]vers\\w*|upload\\w*|submit\\w*|sent|send|received|complet\\w*|compl[ée]t\\w*|rempli\\w*|fill\\w* (?:in|out)\
|einzureichen|eingereicht|einreichen|hochzuladen|hochgeladen|zu übermitteln|abzugeben|auszufüllen|ausgefüllt|unterschrieben|signiert\
|beizufügen|beigefügt|Einreichung|Abgabe\
|presentar\\w*|presentad\\w*|presentaci[óo]n|firmad\\w*|enviad\\w*|cumplimentar\\w*|acompañad\\w*|adjunt\\w*\
|presentat\\w*|presentazione|inviat\\w*|caricat\\w*|firmat\\w*|compilat\\w*|allegat\\w*\
|indienen|ingediend|indiening|ondertekend|ingevuld|invullen|uploaden|geüpload|bijgevoegd|bijvoegen)";
    WordList::new(&[
        // Whole words: "désigne" and "designed" sign nothing, "Bidirectional" bids nothing.
        &format!("{noun}[^.;]{{0,49}}{WORD_END_IN_CLAUSE}{verb}"),
        &format!("{verb}[^.;]{{0,49}}{WORD_END_IN_CLAUSE}{noun}"),
        "(?:format|formats|forme) (?:of|for|de|des|du|der) (?:the |la |l'|les |die |den )?(?:responses?|r[ée]ponses?|offres?|bids?|proposals?|tenders?|Angebot\\w*)",
        "fields? (?:of|in|on) the (?:provided |attached |online |enclosed )?(?:[\\w-]+ )?forms?",
        "m[ée]moire technique",
        "cadre de r[ée]ponse",
        "technical proposal",
        "memoria t[ée]cnica",
        "offerta tecnica",
        "plan van aanpak",
        "audition\\w*",
        "hearings?",
        "interviews? (?:of|with) (?:the )?(?:candidates|bidders|tenderers|shortlisted)",
        "Bietergespr\\w+",
        "Verhandlungsgespr\\w+",
        "entrevistas? (?:con|a) (?:los )?licitadores",
        "colloqui\\w* con i concorrenti",
        // The sealed envelopes of a procedure: "sobres" is no preposition in the plural.
        "sobres",
        "sobre (?:electr[óo]nico|digital|n[º°.]|n[úu]mero)",
        "bust[ae] (?:telematic|amministrativ|tecnic|economic|digital)\\w*",
        // The bidders' own papers and answers, by the name the procedure gives them.
        "(?:los |las |a los )?licitadores (?:deber[áa]n |podr[áa]n )?(?:presentar|aportar|incluir|adjuntar)",
        "(?:i |gli |ai )?concorrenti (?:dovranno |devono |possono )?(?:presentare|allegare|inserire|caricare)",
        "inschrijvers? [^.;]{0,60}(?:indienen|bijvoegen|uploaden|aanleveren)",
        "(?:die |der )?Bieter (?:haben|hat|müssen|muss|können|kann) [^.;]{0,60}(?:einzureichen|beizufügen|hochzuladen)",
        // What the bidder puts in its bid: "The Tenderer shall propose a Payment Plan in its
        // Tender", "le candidat précise dans son offre".
        "(?:in|with|within) (?:its|their|his|her|the) (?:Tender|bid|offer|proposal|response)",
        "dans (?:son|leur|sa) (?:offre|m[ée]moire|r[ée]ponse)",
        "in (?:seinem|ihrem) Angebot",
        "en su (?:oferta|proposici[óo]n)",
        "nella (?:propria |sua )?offerta",
        "in (?:zijn|haar|de) inschrijving",
    ])
});

lexicon!(
    /// The bidder's proof of its standing, in the bidder's words: "Cuando el empresario figure en
    /// una base de datos de un Estado miembro ... no estará obligado a presentar los documentos
    /// justificativos". A place there is where a register is, not where data go. Nor where
    /// bidders are established: "Regarding the United Kingdom based tenderers, please refer to
    /// Annex I" is about who may bid.
    BIDDER_EVIDENCE = [
        "(?:licitador|empresario|candidat|soumissionnaire|Bieter|Bewerber|bidder|tenderer|concorrente|operatore economico|inschrijver)\\w*[^.;]{0,400}(?:documentos? justificativos?|documentaci[óo]n acreditativa|pi[èe]ces? justificatives?|justificatifs|Nachweise|Eigenerkl[äa]rung\\w*|documenti comprovanti|documentazione comprovante|bewijsstukken|supporting (?:documents|evidence))",
        "based (?:tenderers|bidders|candidates|economic operators|companies)",
        "(?:tenderers?|bidders?|candidates|economic operators?|soumissionnaires?|candidats|opérateurs économiques|Bieter\\w*|Bewerber\\w*|licitadores|operatori economici|offerenti|inschrijvers) (?:established|based|registered|établis|installés|ansässig\\w*|mit Sitz|establecidos|stabiliti|gevestigd)",
    ]
);

lexicon!(
    /// The platform the bids go through, by its name or kind: what it accepts is how to answer,
    /// never what the contract delivers, unless the sentence supplies such a platform.
    SUBMISSION_PLATFORM = [
        "plataforma de (?:contrataci[óo]n|licitaci[óo]n)\\w*", "plataforma (?:electr[óo]nica )?de (?:presentaci[óo]n|licitaci[óo]n)", "perfil de(?:l)? contratante",
        "piattaforma (?:telematica|di e-procurement|di negoziazione)", "TenderNed", "Negometrix", "Vergabe(?:plattform|portal|marktplatz)\\w*", "e-Vergabe",
        "plateforme (?:de d[ée]mat[ée]rialisation|des achats de l'[ÉE]tat)", "profil d'acheteur", "e-?(?:procurement|tendering|sourcing) (?:platform|portal|system)",
    ]
);

lexicon!(
    /// Licences of a product as what the contract buys: "Ausgeschrieben wurde die Lieferung von
    /// 4.200 Microsoft Office 2016 Volumenlizenzen", "Lizenzbeschaffung von Microsoft 365 E3",
    /// "the supply of 2,400 Microsoft 365 E3 licences".
    LICENCE_PURCHASE = [
        "(?:Lieferung|Bezug|Beschaffung|Erwerb|Kauf) (?:von|der|des)(?:[^.;]|\\.[0-9]){0,80}Lizenz\\w*", "Lizenzbeschaffung", "Lizenzen f[üu]r (?:die )?Softwareprodukte",
        "(?:supply|purchase|procurement|provision|acquisition) of(?:[^.;]|\\.[0-9]){0,80}licen[cs]es", "licen[cs]e (?:purchase|procurement)",
        "(?:fourniture|acquisition|achat) (?:de|des)(?:[^.;]|\\.[0-9]){0,80}licences", "(?:suministro|adquisici[óo]n) de(?:[^.;]|\\.[0-9]){0,80}licencias",
        "(?:fornitura|acquisto|acquisizione)(?: di| delle| dei)?(?:[^.;]|\\.[0-9]){0,80}licenze", "(?:levering|aanschaf|inkoop) van(?:[^.;]|\\.[0-9]){0,80}licenties",
    ]
);

lexicon!(
    /// A lot or title that names what it buys: "Acquisizione di servizi cloud Azure del catalogo
    /// di servizi cloud Microsoft", "Beschaffung von Microsoft-365-Diensten".
    PURCHASE_OF = [
        "^\\W*(?:acquisizione|acquisto|fornitura) (?:di|dei|delle|del)", "^\\W*(?:acquisition|achat|fourniture) (?:de|des|du|d['’]\\w+)",
        "^\\W*(?:Beschaffung|Erwerb|Kauf|Lieferung) (?:von|der|des)", "^\\W*(?:adquisici[óo]n|suministro|compra) (?:de|del)",
        "^\\W*(?:acquisition|purchase|procurement|supply) of", "^\\W*(?:aanschaf|aankoop|inkoop|levering) van",
        // A procedure named by what it buys: "Openbare procedure voor de aankoop van een
        // volledige databankserveroplossing DB2 LUW" (v59), "open procedure for the purchase of".
        "procedure (?:for|voor) (?:the |de )?(?:purchase|acquisition|procurement|supply|aankoop|aanschaf|levering) (?:of|van)", "proc[ée]dure (?:ouverte |restreinte )?(?:pour|d['’]achat|en vue de) (?:l['’]|la )?(?:achat|acquisition|fourniture) (?:de|des|du|d['’]\\w+)",
        "Verfahren (?:zur|für die) (?:Beschaffung|Lieferung) (?:von|der|des|eines|einer)", "procedimiento (?:abierto )?(?:para|de) (?:la )?(?:adquisici[óo]n|compra|suministro) (?:de|del)", "procedura (?:aperta )?per (?:l['’])?(?:acquisto|acquisizione|fornitura) (?:di|dei|delle|del)",
        "de opdracht (?:betreft|omvat|heeft (?:als|tot) voorwerp) de (?:aankoop|aanschaf|levering) van",
        // The object stated: "Gegenstand der Ausschreibung ist die Bereitstellung der Nextcloud
        // Suite als Managed Service", "Le présent marché a pour objet la fourniture de …".
        "Gegenstand (?:der|dieser) (?:Ausschreibung|Vergabe|Leistung) ist (?:die|der) (?:Bereitstellung|Lieferung|Beschaffung|Einführung) (?:von|der|des)",
        "Gegenstand (?:des|dieses) (?:Auftrags|Vertrags|Vertrages|Verfahrens) ist (?:die|der) (?:Bereitstellung|Lieferung|Beschaffung|Einführung) (?:von|der|des)",
        "(?:le présent marché|la présente consultation|le présent accord-cadre) a pour objet (?:la )?(?:fourniture|mise à disposition|acquisition) (?:de|des|du|d['’]\\w+)",
        "the (?:purpose|subject(?:-matter)?|object) of (?:this|the) (?:contract|tender|procurement) is (?:the )?(?:supply|provision|delivery|procurement) of",
        "(?:l')?oggetto (?:dell'appalto|della gara|del contratto|della procedura) è la fornitura (?:di|dei|delle|del)",
        "el objeto del (?:contrato|presente contrato|pliego) es el suministro (?:de|del)",
    ]
);

lexicon!(
    /// Supplying a product: licences bought, products delivered. The buyer's staff "will have
    /// licences" the contract supplies.
    SUPPLY = [
        "licen[cs]\\w*", "Lizenz\\w*", "licencias?", "licenz\\w*", "licenties?", "fourni\\w*", "provid\\w*", "suppl\\w*",
        "deliver\\w*", "livr\\w*", "liefer\\w*", "bereitzustellen", "suministr\\w*", "fornit\\w*", "fornire", "lever\\w*",
    ]
);

/// A form to fill in: a blank line of dots or underscores, a box to tick, a note saying who
/// fills it in ("nur von der Vergabestelle auszufüllen", "à compléter par le candidat").
pub static FORM_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"\.{5,}|…{2,}|_{4,}|\[ ?\]|☐|□|(?i:(?:vom|von der|von dem|durch den|durch die) \w+ auszufüllen|nur von \w+ \w+ auszufüllen|à (?:compléter|remplir|renseigner) par (?:le |la |l['’])?\w+|to be (?:completed|filled in) by the \w+|a (?:cumplimentar|rellenar) por (?:el |la )?\w+|da compilare (?:a cura|da parte) d\w*|in te vullen door (?:de )?\w+|\((?:please specify|if (?:appropriate|applicable)|to be (?:specified|completed)|à (?:préciser|compléter)|le cas échéant|bitte angeben|falls zutreffend|si procede|da specificare|ove applicabile|indien van toepassing)\))",
    )
});

/// The buyer holding licences or a subscription of a product: "La collectivité dispose d'une
/// licence SharePoint", "the Trust holds 500 Microsoft 365 E3 licences", "Die Stadt verfügt über
/// Lizenzen von". The product is the buyer's own, described, not bought.
pub static BUYER_HOLDS_LICENCES: LazyLock<WordList> = LazyLock::new(|| {
    let holds = "(?:poss[èe]de|dispose d(?:e |'|u |es )|d[ée]tient|est titulaire d(?:e |'|u |es )|(?:already )?(?:has|holds|owns)|verf[üu]gt (?:bereits )?[üu]ber|besitzt|dispone (?:ya )?de|posee|possiede|dispone (?:gi[àa] )?di|beschikt (?:al )?over)";
    let licences = "(?:licen[cs]\\w*|Lizenz\\w*|abonnements?|subscriptions?|suscripci[óo]n\\w*|abbonament\\w*|tenant)";
    WordList::new(&[&format!(
        "{BUYER}[^.;]{{0,30}} {holds} ?(?:(?:une?|an?|the|its|des|les|\\d+|already|existing|current|déjà) )*(?:[\\w-]+ ){{0,3}}{licences}"
    )])
});

/// A system qualified as the buyer's own just before the product that names it: "en el sistema
/// documental corporativo de la APS (SharePoint)", "dans l'outil interne de la collectivité
/// (GLPI)", "the Council's corporate EDRMS (SharePoint)". Deliverables filed in it or an
/// interface to it buy nothing from the product's maker.
pub static BUYERS_OWN_SYSTEM: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "corporativ[oa]s?(?: (?:de la|del|de los|de las) [\\w~]+)? ?\\(?",
        "corporate(?: \\w+){0,2} ?\\(?",
        "interne?s? (?:de la|du|de l'|des) [\\w~]+ ?\\(?",
        "aziendale? (?:dell[ao']|del) ?[\\w~]+ ?\\(?",
    ])
});

/// Documents as what a sentence files or hands over: "Toda la documentación generada … deberá
/// integrarse en el sistema documental corporativo": filed in the buyer's system, not software
/// integrated with it.
pub static FILED_DOCUMENTS: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "documentaci[óo]n",
        "documentos",
        "informes",
        "entregables",
        "documentation",
        "documents",
        "livrables",
        "rapports",
        "deliverables",
        "reports",
        "records",
        "Dokumente",
        "Dokumentation",
        "Unterlagen",
        "Berichte",
        "documenti",
        "documentazione",
        "rapporti",
        "documenten",
        "documentatie",
        "rapportages",
    ])
});

/// The buyer or its staff as the subject of a sentence: what they use today is their
/// environment, not something the contract imposes.
pub static BUYER_SIDE: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        BUYER,
        "(?:les |nos |ses |leurs )?agents",
        "(?:le )?personnel",
        "(?:les )?utilisateurs",
        "(?:les )?services (?:de la|du|de l')",
        "(?:the |its |our )?(?:staff|employees|officers|users)",
        "Mitarbeit\\w+",
        "Besch[äa]ftigte\\w*",
        "Nutzer\\w*",
        "(?:el )?personal",
        "(?:los )?usuarios",
        "(?:il )?personale",
        "(?:gli )?utenti",
        "medewerkers",
        "gebruikers",
    ])
});

lexicon!(
    /// What the contract builds for a product, named just before it: "a grammar checker tool
    /// for MS Office and Google apps users" (v64), "un complément pour Microsoft Word", "ein
    /// Add-in für Outlook". The product is the platform of what is built: neither bought nor a
    /// format asked for.
    BUILT_FOR = [
        "(?:add-?ins?|plug-?ins?|extensions?|compl[ée]ments?|Erweiterung(?:en)?|tools?|outils?) (?:for|pour|f[üu]r|para|per|voor)(?: (?:the|le|la|les|l['’]|den|die|das|el|los|il|de|het))?",
    ]
);

lexicon!(
    /// A product's programming interface named right after it ("MS and Google's API's", "the
    /// Microsoft Graph API"): what a tool works with, not a service bought (v64).
    API_OF_THE_BRAND = [
        "^(?:['’]s?)? ?(?:APIs?|API['’]s)",
    ]
);

lexicon!(
    /// The title of a manual: of its users, its installation, its administration or
    /// operation. A manual describes a system as it is (the buyer's, annexed to a tender for
    /// its maintenance); what it says a workstation "doit être doté de" is a prerequisite of that
    /// system, and the server "hébergeant le service" is where it runs today (v62).
    MANUAL_TITLE = [
        "manuel (?:d['’])?(?:utilisat(?:eur|rice|ion)|administrat(?:eur|ion)|installation|exploitation)", "guide (?:de l['’]|d['’])?(?:utilisat(?:eur|ion)|installation|administration|exploitation)",
        "user(?:['’]s)? (?:manual|guide)", "(?:installation|administration|administrator|operations?|operating) (?:manual|guide)",
        "(?:Benutzer|Anwender|Administrations?|Administrator|Installations|Betriebs)handbuch", "Bedienungsanleitung",
        "manual (?:de|del) (?:usuario|instalaci[óo]n|administraci[óo]n|operaci[óo]n)", "gu[íi]a (?:de|del) usuario",
        "manuale (?:utente|d['’]uso|di (?:installazione|amministrazione|esercizio))", "guida (?:utente|all['’]uso)",
        "(?:gebruikers|installatie|beheerders)handleiding",
    ]
);

lexicon!(
    /// The header of a table's column that holds a product's version: with a column naming the
    /// product or its maker (`CATALOGUE_PRODUCT_COLUMN`), the table is a catalogue of products.
    CATALOGUE_VERSION_COLUMN = [
        "versions?", "versi[óo]n", "versione", "versie", "release",
    ]
);

lexicon!(
    /// The header of a table's column naming a product or its maker: "Composant", "Fournisseur",
    /// "Éditeur", "Hersteller", "Product".
    CATALOGUE_PRODUCT_COLUMN = [
        "composants?", "produits?", "logiciels?", "fournisseurs?", "[ée]diteurs?",
        "components?", "products?", "software", "vendors?", "manufacturers?", "publishers?",
        "Komponenten?", "Produkte?", "Hersteller", "Anbieter",
        "componentes?", "productos?", "proveedor(?:es)?", "fabricantes?",
        "componenti", "prodott[oi]", "fornitor[ei]", "produttor[ei]",
        "leveranciers?", "fabrikanten?",
    ]
);

lexicon!(
    /// The header of a table's column that states requirements: such a table is a requirement
    /// matrix, whatever other columns it has.
    REQUIREMENT_COLUMN = [
        "exigences?", "besoins?", "requirements?", "must", "Anforderung(?:en)?", "Muss", "requisitos?", "requisiti", "eisen?",
    ]
);

lexicon!(
    /// A paragraph announcing the buyer's current inventory: "Hieronder vindt u de huidige
    /// lijst (Q2 2024) aan Azure resources", "the current list of systems", "l'inventaire de
    /// l'existant". The rest of its section lists what exists today.
    INVENTORY_LEAD = [
        "huidige (?:lijst|inventaris|opstelling)", "(?:current|existing) (?:list|inventory|estate) of", "(?:below|following) is the (?:current|existing) (?:list|inventory)",
        "(?:liste|inventaire) (?:actuel|existant)\\w*", "inventaire de l['’]existant",
        "aktuelle (?:Liste|Übersicht|Aufstellung) (?:der|aller|von)", "Bestandsaufnahme",
        "(?:lista|relaci[óo]n|inventario) (?:actual|vigente) de", "(?:elenco|inventario) (?:attuale|corrente) (?:dei|delle|di)",
    ]
);

lexicon!(
    /// Headings of the parts that describe what exists today: the buyer's context and current
    /// environment. A product named there is described, not bought.
    CONTEXT_PART = [
        "contexte", "existant", "situation actuelle", "[ée]tat des lieux", "environnement (?:technique )?(?:actuel|existant)", "historique",
        "background", "current (?:environment|situation|state|system|landscape)", "existing (?:environment|systems?|infrastructure|landscape)", "as[- ]is",
        "Ausgangslage", "Ausgangssituation", "Ist-(?:Zustand|Situation|Stand)", "bestehende (?:Systeme|Infrastruktur|Umgebung|Landschaft)", "Hintergrund",
        "situaci[óo]n actual", "antecedentes", "contesto", "situazione attuale", "stato attuale", "huidige situatie", "achtergrond",
    ]
);

lexicon!(
    /// A heading on taking the service over at the start of the contract: activation,
    /// set-up, takeover from the incumbent.
    ONBOARDING_HEADING = [
        "mise en place", "phase (?:de |d['’])(?:transition|initialisation)", "(?:phase|étape) de (?:mise en place|démarrage|reprise)", "prise en charge initiale", "d[ée]marrage", "phase de reprise", "transition entrante",
        "onboarding", "transition[- ]in", "mobili[sz]ation", "take-?over (?:of|from) the incumbent", "service commencement",
        "Übernahmephase", "Einführungsphase", "Betriebsübernahme",
        "puesta en marcha", "fase de (?:arranque|implantaci[óo]n|toma de control)",
        "(?:piano|fase) di (?:attivazione|avvio|presa in carico)", "presa in carico", "avvio (?:del servizio|delle attivit[àa])",
        "implementatiefase", "opstartfase", "overnamefase",
    ]
);

/// A document referred to, right before its format: "beschreven in het Word-document
/// Programma van Eisen", "described in the attached Excel workbook", "siehe die beigefügte
/// Excel-Tabelle". The buyer's own paper, cited; not a format imposed.
pub static REFERRED_TO_IN: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:beschreven|vermeld|opgenomen|described|set out|detailed|listed|décrit\w*|précisé\w*|figurant|beschrieben|dargelegt|aufgeführt|descrit\w*|riportat\w*|descrit[oa]s?|detallad[oa]s?|see|voir|siehe|zie|véase|vedi)\s+(?:in|dans|en|im|nel|nella|nell['’])?\s*(?:het|de|the|le|la|l['’]|les|dem|der|den|die|el|los|il|lo)?\s*(?:bijgevoegde|attached|enclosed|beigefügten?|ci-joint\w*|jointe?s?|adjunt[oa]s?|allegat[oa])?\s*$",
    )
});

/// Choosing between places or modes as a field to fill in: "aangeven of deze on-premise of in
/// de Cloud wordt aangeboden", "indicate whether the solution is hosted on premises or in the
/// cloud", "angeben, ob … oder …". A question asked, nothing bought.
pub static INDICATED_CHOICE: LazyLock<WordList> = LazyLock::new(|| {
    let indicate = "(?:aangeven|aan te geven|vastleggen|registreren|indicate|specify|record|select|choose|angeben|anzugeben|erfassen|auswählen|indiquer|préciser|renseigner|sélectionner|indicar|especificar|seleccionar|indicare|specificare|selezionare)";
    WordList::new(&[
        &format!(
            "{indicate}[^.;]{{0,39}}{WORD_END_IN_CLAUSE}(?:of|whether|if|ob|si|se){WORD_END_IN_CLAUSE}(?:[^.;]{{0,78}}{WORD_END_IN_CLAUSE})?(?:of|or|oder|ou|o)"
        ),
        // Or where, or with whom: "registreren waar mijn pakketten draaien", "aangeven bij
        // welke cloud-provider deze draait", "record where each application runs".
        &format!(
            "{indicate}(?: \\w+){{0,3}} (?:waar|welke|where|which|wo|welche\\w*|bei welche\\w*|où|quel\\w*|chez quel\\w*|d[óo]nde|cu[áa]l\\w*|dove|qual\\w*)"
        ),
    ])
});

/// Advice asked on whether, where or how something is done ("Klärung und Empfehlung, ob das
/// Hosting auf eigenen Servern oder bei einem externen Anbieter erfolgen soll", "recommend
/// whether the site should be hosted"): the contract buys the advice, not what it is about.
pub static ADVICE_ON_WHETHER: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "(?:Empfehlung|empfehlen|Klärung|klären|Beratung|beraten|Entscheidungsvorlage)(?: und \\w+)?,? (?:zur Frage,? )?(?:ob|wo|wie)",
        "(?:recommend\\w*|advi[cs]e\\w*)(?: (?:on|as to))? (?:whether|where)",
        "(?:recommand\\w*|pr[ée]conis\\w*|conseil\\w*)(?: (?:sur|quant à))? (?:s'il|si l[ae']|où|l'opportunit[ée])",
        "(?:recomendaci[óo]n\\w*|recomendar|asesora\\w*)(?: sobre)? (?:si (?:el|la|los|las|se)|d[óo]nde)",
        "(?:raccomandazion\\w*|consigliare|consulenza)(?: (?:su|circa))? (?:se (?:il|la|i|le|l')|dove)",
        "(?:advies (?:over|inzake) (?:de vraag )?of|advise(?:ren|ert|erd) (?:over )?(?:of|waar))",
    ])
});

lexicon!(
    /// Looking after what exists: supporting, maintaining, interfacing with a system. The system
    /// is the buyer's; what is bought is the work on it.
    WORKS_ON = [
        "support (?:for|of)", "maint(?:ain|enance)\\w*(?: of)?", "upgrad\\w+", "interface\\w* (?:with|to)", "integrat\\w+ (?:with|into)", "connect\\w* (?:to|with)",
        "maintenance (?:de|du|des)", "maintien", "s'interfacer avec", "interfa[cç]\\w+ avec", "int[ée]gr\\w+ (?:avec|à|au|aux|dans)", "raccord\\w+ (?:à|au)",
        "Wartung", "Pflege", "Schnittstelle\\w* (?:zu|zum|zur)", "Anbindung an", "angebunden",
        "mantenimiento (?:de|del)", "integraci[óo]n con", "manutenzione (?:di|del|della)", "integrazione con", "onderhoud (?:van|aan)", "koppeling met",
        // Taking data over from what exists: "import historical data from CSV/Excel", "reprise
        // des données issues de l'outil actuel", "Übernahme der Altdaten aus".
        "(?:import|migrat)\\w* (?:[\\w-]+ ){0,4}from", "reprise (?:des |de l'|de la )?(?:[\\w-]+ ){0,3}(?:depuis|issues? d\\w*|de l'outil|du logiciel)",
        "import\\w* (?:[\\w-]+ ){0,3}(?:depuis|à partir d\\w*)", "(?:Übernahme|Import|Migration) (?:der |von )?(?:[\\w-]+ ){0,3}(?:aus|von)",
        "(?:importaci[óo]n|migraci[óo]n) (?:de )?(?:[\\w-]+ ){0,3}desde", "(?:importazione|migrazione) (?:dei |di )?(?:[\\w-]+ ){0,3}da",
        "(?:import|migratie) (?:van )?(?:[\\w-]+ ){0,3}(?:vanuit|uit)",
    ]
);

lexicon!(
    /// The lead-in of a list whose items are not part of the contract: "The contractor will not
    /// be required to:", "Sont exclus de la prestation :".
    EXCLUDING_LEAD_IN = [
        "not (?:be )?(?:required|responsible|expected|asked)", "will not", "shall not", "excluded", "exclusions?", "out of scope", "outside (?:the )?scope",
        "does not include", "not included", "not part of",
        "ne (?:sont|est|seront) pas", "n'est pas tenu", "n'a pas [àa]", "hors (?:du )?p[ée]rim[èe]tre", "ne comprend pas", "sont exclu\\w*", "exclu\\w* de",
        "nicht (?:Bestandteil|Gegenstand|umfasst|geschuldet|erforderlich)", "ausgenommen", "geh[öo]rt nicht",
        "no (?:incluye|forma parte|est[áa]n? incluid)", "quedan? exclu\\w+",
        // Not "esclusiva": "sotto la propria esclusiva responsabilità" is exclusive, not excluded.
        "esclus(?:[oiae]|ion[ei])", "non (?:è|sono) (?:compres|inclus)\\w*",
        "niet (?:inbegrepen|tot de opdracht|vereist)", "valt buiten", "vallen buiten",
    ]
);

lexicon!(
    /// A sentence that describes what a person knows or can do: a skill asked of staff, not a
    /// requirement on the service.
    SKILL = [
        "understands?", "knowledge of", "experience (?:in|with)", "experienced (?:in|with)", "familiar(?:ity)? with", "proficien\\w+ (?:in|with)",
        "expertise (?:in|with)", "ability to", "demonstrated", "connaissances? (?:de|du|des|en)", "ma[îi]trise (?:de|du|des)", "exp[ée]rience (?:de|du|des|en|dans)",
        "Kenntnisse (?:in|von|über)", "Erfahrung(?:en)? (?:in|mit)", "vertraut mit", "conocimientos? de", "experiencia en", "conoscenz\\w+ (?:di|del)",
        "esperienza (?:in|nel|con)", "(?:de|goede|ruime|grondige|aantoonbare|voldoende|heeft|hebben) kennis van", "ervaring (?:met|in)",
        // Competence on a product: "Compétence sur la plateforme Azure DevOps Services". Not
        // "compétence en matière de", which is a body's legal power.
        "^\\W*comp[ée]tences? (?:techniques? )?sur",
    ]
);

lexicon!(
    /// Headings of a reversibility or exit article: what stands under them is part of it.
    REVERSIBILITY_HEADING = [
        "r[ée]versibilit[ée]", "fin (?:du|de) (?:contrat|marché)", "plan de sortie",
        // Not "transition" alone: "Phase de transition", "Transition-in" take the service over at
        // the start.
        "reversibility", "exit(?: management| plan| strategy)?", "transition[- ]out", "exit transition", "transition (?:at|to) the end", "transition to (?:a |the |any )?(?:successor|new|replacement|incoming)", "end of (?:the )?contract", "termination assistance",
        "Exit-?(?:Management|Konzept|Strategie)?", "Vertragsende", "Beendigung",
        // Not "uscita" alone: "Traffico in uscita" is outbound network traffic.
        "reversibilidad", "finalizaci[óo]n del contrato", "reversibilit[àa]", "(?:strategia|piano|gestione) di uscita", "fine del contratto",
        "exit", "be[ëe]indiging", "einde (?:van de )?overeenkomst",
        // A phase of handing back: "Fase 3: Devolución del servicio", "Phase de restitution".
        "devoluci[óo]n del servicio", "fase de (?:devoluci[óo]n|transici[óo]n|salida|traspaso)", "phase de (?:r[ée]versibilit[ée]|restitution|transfert|sortie)",
        "hand-?(?:back|over) phase", "R[üu]ck[üu]bergabe", "[ÜU]bergabephase", "fase di (?:restituzione|uscita|trasferimento)", "trasferimento finale", "overdrachtsfase", "exitfase",
    ]
);

/// A heading numbered with a placeholder ("X.1.", "Article X –", "Article [à compléter]"): the
/// text under it is a model clause in a guide, which procures nothing.
pub static MODEL_CLAUSE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"^\s*(?:(?i:article|art\.|artikel|clause|section)\s+)?(?:X{1,3}|N)(?:\.[0-9X]+)*\.?(?:\s|$)|\[(?i:à compléter|a completer|to be completed|tbc|xxx|nom de l'acheteur|name of the buyer)\]",
    )
});

lexicon!(
    /// A negation right before a brand: "not on Microsoft Exchange", "nicht auf AWS".
    NOT_BEFORE = ["not (?:on|in|with|using|via)", "pas (?:sur|avec|chez)", "nicht (?:auf|mit|bei|über)", "no (?:en|sobre|con)", "non (?:su|con|in)", "niet (?:op|met|in)", "sans", "without", "ohne", "sin", "senza", "zonder"]
);

lexicon!(
    /// What a contract delivers and runs: the solution, the application, the software.
    SOLUTION = [
        "solution", "application", "logiciel", "progiciel", "syst[èe]me", "plateforme", "portail", "outil",
        "system", "software", "platform", "portal", "tool", "service", "installation", "Installation", "instalaci[óo]n", "installazione",
        "Anwendung(?:en)?", "Software", "Lösung", "System", "Plattform", "Fachverfahren",
        "soluci[óo]n", "aplicaci[óo]n", "sistema", "plataforma", "soluzione", "applicazione", "piattaforma",
        "oplossing", "applicatie", "systeem",
        "appliance", "CMS", "ERP", "ECM", "Webanwendung\\w*", "Web-?Applikation\\w*", "web application", "website", "site internet", "sito web", "sitio web", "webapplicatie",
    ]
);

lexicon!(
    /// Signing in through an identity service: the buyer's directory is used, nothing is hosted
    /// on it.
    IDENTITY_USE = [
        "single sign-on", "SSO", "sign[- ]in", "log[- ]?in", "authenti\\w+", "authentific\\w+", "Anmeldung", "Authentifizierung",
        "identit\\w+", "autenticaci[óo]n", "autenticazione", "inloggen", "aanmelden",
    ]
);

/// A sentence that weighs an option rather than asks for anything: it opens on a risk, a
/// drawback, an advantage or a dependency ("Une dépendance au prestataire …", "Drawback: …",
/// "Ein Nachteil der Cloud …"), or says that something carries one ("présente un risque",
/// "entails a lock-in", "birgt das Risiko").
pub static CONSIDERATION: LazyLock<Regex> = LazyLock::new(|| {
    let weighed = "(?:d[ée]pendances?|risques?|inconv[ée]nients?|avantages?|points? (?:d'attention|de vigilance)|enjeux\
|dependency|dependence|risks?|drawbacks?|disadvantages?|downsides?|advantages?|benefits?|lock-in|considerations?|trade-offs?\
|Abh[äa]ngigkeit\\w*|Risik\\w+|Nachteile?|Vorteile?|Gefahr\\w*\
|dependencia|riesgos?|desventajas?|inconvenientes?|ventajas?\
|dipendenza|rischi|rischio|svantagg\\w+|vantagg\\w+\
|afhankelijkheid|risico['’]?s?|nade(?:el|len)|vo(?:o)?rde(?:el|len))";
    constant(&format!(
        "(?i)^\\W*(?:(?:[0-9.]+|[a-z]\\))\\s+)?(?:(?:une?|la|le|les|a|an|the|one|main|principal\\w*|ein\\w*|die|der|das|un|una|el|los|las|uno|il|lo|gli|i|een|de|het)\\s+|l['’]){{0,2}}{weighed}\\b\
|\\b(?:pr[ée]sente\\w*|comporte\\w*|entra[îi]ne\\w*|implique\\w*|cr[ée]e\\w*|carr(?:y|ies)|poses?|entails?|creates?|implies|birgt|bergen|bedeutet|implica\\w*|conlleva\\w*|supone\\w*|comporta\\w*|brengt|brengen)\\s+(?:\\w+\\s+){{0,2}}{weighed}\\b"
    ))
});

/// A condition opening a clause ("si l'application doit être migrée", "if it has to move",
/// "falls sie migriert werden muss"): an obligation inside it is hypothetical.
pub static CONDITION_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:^|[\s(,;:])(?:si|s['’]ils?|s['’]elles?|lorsque|au cas où|if|in case|should it|wenn|falls|sofern|en caso de que|cuando|qualora|nel caso in cui|indien|wanneer)\s",
    )
});

lexicon!(
    /// A condition on the supplier bringing systems of its own: "En el caso de que el
    /// proveedor proporcione sistemas de información", "if the supplier uses cloud services".
    SUPPLIER_MAY_PROVIDE = [
        "(?:en (?:el )?caso de que|si|cuando) (?:el |la )?(?:proveedor|contratista|adjudicatario|empresa adjudicataria)[^.;,]{0,30}(?:proporcion|suministr|utilic|emple|aport)\\w*",
        "(?:si|lorsque|dans le cas où|au cas où) (?:le |la |l['’])?(?:titulaire|prestataire|fournisseur)[^.;,]{0,30}(?:fournit|utilise|recourt|a recours|met à disposition)",
        "(?:if|in case|in the event that|should) (?:the )?(?:contractor|supplier|provider|vendor)[^.;,]{0,30}(?:provides|supplies|uses|relies on)",
        "(?:sofern|falls|wenn|soweit) (?:der )?(?:Auftragnehmer|Anbieter|Dienstleister)[^.;,]{0,40}(?:bereitstellt|einsetzt|nutzt|verwendet)",
        "(?:qualora|nel caso in cui|se) (?:il )?(?:fornitore|aggiudicatario|appaltatore)[^.;,]{0,30}(?:fornisc|utilizz)\\w*",
        "(?:indien|wanneer|als) (?:de )?(?:opdrachtnemer|leverancier)[^.;,]{0,30}(?:levert|gebruikt|inzet)",
    ]
);

/// A demonstrative opening a sentence: what it names was introduced before.
pub static THESE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\W*(?:estos|estas|dichos|dichas|ces|these|those|such|diese|solche|questi|queste|tali|deze)\s",
    )
});

/// A sentence that opens with hosting as its subject: "L'hébergement …", "Das Hosting …".
pub static HOSTING_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^\s*(?:[0-9.]+\s+)?(?:l['’]h[ée]bergement|(?:the )?hosting|das hosting|el alojamiento|l['’]hosting|de hosting)\b",
    )
});
