//! The words that tell what a sentence does with what it names: require, prefer, allow, find
//! sufficient, not require, exclude, or only mention (context, history, examples). French,
//! English and German in full; Spanish, Italian and Dutch where cheap.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::memo::{Memo, remembered};
use super::wordlist::WordList;
use crate::model::Modality;
use crate::patterns::constant;

/// Context: the current system, history, migration away, experience, examples, information.
static CONTEXT: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        // fr
        "actuellement",
        "aujourd'hui",
        "existant(?:e|s|es)?",
        "d[ée]commissionn\\w*",
        "historique",
        "à titre d'information",
        "à titre indicatif",
        "migr\\w+ (?:depuis|hors de)",
        "en remplacement d(?:e|es|u)?",
        "sera remplac\\w*",
        "seront remplac\\w*",
        "remplacer",
        "abandonn\\w*",
        "sortir de",
        "expérience (?:de|en|avec|sur)",
        "est un plus",
        "constitue un plus",
        "ne sera pas évalué\\w*",
        "jusqu'à présent",
        "anciennement",
        // en
        "currently",
        "(?:the|our) current (?:provider|supplier|system|solution|platform|contract|contractor|website|site|infrastructure|environment|setup|service)",
        "(?:prestataire|fournisseur|système|solution|plateforme|infrastructure|contrat|site) actuel(?:le)?s?",
        "derzeitig\\w*",
        "existing",
        "legacy",
        "decommission\\w*",
        "will be replaced",
        "to be replaced",
        "replac(?:e|es|ing) the",
        "migrat\\w+ (?:away )?from",
        "migrated away",
        "moving away from",
        "experience (?:with|in|of)",
        "is a plus",
        "are a plus",
        "nice to have",
        "will not be scored",
        "not be scored",
        "for information",
        "at present",
        "in the past",
        "formerly",
        "previously",
        "today uses?",
        "runs on",
        "will not be renewed",
        // de
        "derzeit",
        "aktuell",
        "bisher\\w*",
        "bestehend\\w*",
        "abgelöst",
        "ablösen",
        "abzulösen",
        "migration von",
        "Erfahrung(?:en)? mit",
        "wird ersetzt",
        "ersetzt werden",
        "nicht bewertet",
        "von Vorteil",
        // es, it, nl
        "actualmente",
        "attualmente",
        "momenteel",
        "huidige",
        // A correction of the tender's own words ("It should read Matomo.", "lire : 2 novembre")
        // quotes them; it requires nothing of itself.
        "should read",
        "shall read",
        "is to be read as",
        "doit se lire",
        "il (?:faut|convient de) lire",
        "(?:sollte|muss) (?:richtig )?lauten",
        "ist zu lesen als",
        "debe leerse",
        "deve leggersi",
        "leggasi",
        "moet (?:luiden|gelezen worden als)",
    ])
});

/// The strong openers of a list of examples ("for example", "such as", "e.g."): they reach
/// every item up to the end of the list.
const EXAMPLE_OPENERS: &[&str] = &[
    "par exemple",
    "à titre d'exemple",
    "p\\. ?ex\\.",
    "ex\\. ?:",
    "tel(?:le)?s? que",
    "notamment",
    "exemples?",
    "for example",
    "for instance",
    "such as",
    "e\\.g\\.",
    "including(?: but not limited to)?",
    // Inclusion in the other languages, as "including" in English: the comma after which the
    // clause's verb resumes still closes the list ("toutes les données, y compris les
    // sauvegardes, sont hébergées en France").
    "y compris(?:,? (?:mais )?sans s'y limiter)?",
    "einschlie(?:ß|ss)lich(?:,? aber nicht (?:beschränkt|begrenzt) auf)?",
    "inklusive",
    "incluid[oa]s?",
    "incluyendo",
    "inclus[oi]",
    "compres[oiae]",
    "inclusief",
    // "…, including, but not limited to, X": the clause may start after the comma.
    "(?:but |aber |jedoch |mais |ma |pero |maar )?(?:not limited to|nicht (?:beschränkt|begrenzt) auf|sans s'y limiter|non limitat[oi] a|sin limitarse a|niet beperkt tot)",
    "examples?",
    "zum Beispiel",
    "z\\. ?B\\.",
    "beispielsweise",
    "bspw\\.",
    "etwa",
    "wie etwa",
    "por ejemplo",
    "p\\. ?ej\\.",
    "ad esempio",
    "per esempio",
    "ad es\\.",
    "bijvoorbeeld",
    "bijv\\.",
    "zoals",
];

/// The strong openers, anywhere earlier in the list.
static EXAMPLE_LIST: LazyLock<WordList> = LazyLock::new(|| WordList::new(EXAMPLE_OPENERS));

/// Examples: a name given right after these words illustrates, it does not require. The weak
/// ones ("comme", "like", "wie") count only right before the name.
static EXAMPLE: LazyLock<WordList> = LazyLock::new(|| {
    // "via un hébergeur (type Youtube)": in French a parenthesis opened on "type" gives a kind
    // by an example.
    let weak = [
        "comme",
        "like",
        "wie",
        "como",
        "come",
        "\\((?:du |de )?type",
        // Dutch "als" after a kind named in the plural: "multinationals als Microsoft/Google".
        "(?:multinationals|leveranciers|partijen|bedrijven|aanbieders|(?:cloud)?providers|diensten|producten|pakketten|platforms) als",
    ];
    let words: Vec<&str> = EXAMPLE_OPENERS.iter().copied().chain(weak).collect();
    WordList::new(&words)
});

/// The end of a list that names examples: "etc.", "usw.", "and so on".
static ETC: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "etc\\.?",
        "usw\\.?",
        "u\\. ?ä\\.",
        "and so on",
        "ecc\\.?",
        "enz\\.?",
        "o similares?",
    ])
});

/// Whether the name at `name` (a range of `sentence`) is one of a list of examples in its
/// clause: the list opens with "for example", "e.g.", "such as" before it (with no bracket or
/// semicolon closing it in between), or ends with "etc." or trails off after it.
pub fn in_example_list(sentence: &str, clause: &ClauseSpan, name: &Range<usize>) -> bool {
    let before = &sentence[clause.range.start..name.start];
    // The list closes at a bracket or semicolon, or at a comma after which the clause's verb
    // resumes: "All data, including backups and replicas, shall be stored in the AWS region".
    // It also closes where the clause's verb resumes: a modal between the opener and the name
    // ("All data including backups shall be hosted on …"), or an auxiliary after a comma
    // ("Alle Daten, einschließlich der Sicherungen, werden in … gespeichert").
    let opened = EXAMPLE_LIST.find_iter(before).last().is_some_and(|m| {
        let after = &before[m.end()..];
        !after.contains([')', ';', ']'])
            && cue(after).is_none()
            && after
                .rfind(',')
                .is_none_or(|comma| !VERB_RESUMES.is_match(&after[comma..]))
    });
    // "(CSV, XML, JSON…)": a list trailing off names examples.
    let rest = &sentence[name.end..clause.range.end.max(name.end)];
    let list_end = rest.find([')', ';']).map_or(rest, |i| &rest[..i]);
    opened
        || introduced_as_example(before)
        || ETC.is_match(rest)
        || list_end.contains('…')
        || list_end.contains("...")
}

/// A comma after which the clause's verb resumes with an auxiliary: "All data, including
/// backups, are stored in …", "Alle Daten, einschließlich der Sicherungen, werden in …".
static VERB_RESUMES: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)^,\s*(?:is|are|was|were|will|shall|must|may|werden|wird|sind|ist|müssen|muss|sont|est|seront|sera|doivent|doit|son|es|serán|será|deben|debe|sono|è|saranno|sarà|devono|deve|zijn|worden|wordt|moeten|moet)\b",
    )
});

/// Whether the name is one of three or more items in brackets: "operating systems (i.e.
/// Windows, macOS, Linux, Android, iOS)", "(PDF/Microsoft Word/HTML or compatible)". The
/// brackets list the members of a class the sentence names; the requirement is on the class.
pub fn in_bracketed_enumeration(sentence: &str, name: &Range<usize>) -> bool {
    let before = &sentence[..name.start];
    let Some(open) = before.rfind('(') else {
        return false;
    };
    if before[open..].contains(')') {
        return false;
    }
    let Some(close) = sentence[name.end..].find(')') else {
        return false;
    };
    let inside = &sentence[open + 1..name.end + close];
    let items = ITEM_SEPARATOR
        .split(inside)
        .filter(|item| !item.trim().is_empty())
        .count();
    items >= 3
}

/// What separates the items of an enumeration: commas, slashes, "and", "or" in six languages.
static ITEM_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| constant(r"(?i)\s*[,/;]\s*|\s+(?:and|or|et|ou|und|oder|y|o|e|en|of)\s+"));

/// Conditions: "…, sofern ein C5-Testat vorliegt" accepts what the condition names.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)(?:,\s*|\s)(?:sofern|soweit|falls|wenn|provided that|unless|as long as|à condition que|pourvu que|sauf si|dès lors que|siempre que|purché|mits)\s",
    )
});

/// A condition opening a sentence: "Wanneer …,", "If …,", "Lorsque …,", "Wenn …,", "Cuando …,".
static INITIAL_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"^\W*(?:If|When|Where|Should|Si|Lorsque|Lorsqu['’]|Dès lors que|Wenn|Falls|Sofern|Soweit|Cuando|En caso de que|Qualora|Ove|Nel caso in cui|Wanneer|Indien|Ingeval)\s",
    )
});

/// "Not required": the sentence says that something is not asked for.
static NOT_REQUIRED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "n'est pas (?:requis|requise|exigé|exigée|obligatoire|nécessaire|demandé|demandée)",
        "ne sont pas (?:requis|requises|exigés|exigées|obligatoires|nécessaires)",
        "pas (?:requis|exigé|obligatoire)",
        "non (?:requis|exigé|obligatoire)",
        "facultati\\w+",
        "(?:is|are) not (?:required|mandatory|necessary|needed)",
        "not required",
        "optional",
        "nicht (?:erforderlich|notwendig|verpflichtend|zwingend|gefordert)",
        "keine Pflicht",
        "no (?:es|son) (?:obligatori[oa]s?|necesari[oa]s?)",
        "non (?:è|sono) (?:obbligatori[oa]|richiest[oa])",
        "niet (?:verplicht|vereist)",
    ])
});

/// Exclusion and prohibition.
static EXCLUDED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "ne (?:doit|doivent|peut|peuvent|pourra|pourront|devra|devront) (?:en aucun cas |jamais )?(?:pas|être)",
        "ne (?:doit|doivent|peut|peuvent|pourra|pourront)(?: \\w+)? pas",
        "interdit\\w*",
        "exclu(?:e|s|es)?",
        "exclusion",
        "ne \\w+ (?:pas|jamais)",
        "n'\\w+ (?:pas|jamais)",
        "(?:never|do not|does not) leave",
        "verlassen (?:nicht|nie)",
        "nicht verlassen",
        "proscrit\\w*",
        "en aucun cas",
        "aucun(?:e)?",
        "sans recours",
        "n'est pas (?:autorisé|admis|accepté)\\w*",
        "ne sont pas (?:autorisé|admis|accepté)\\w*",
        "ne font l'objet d'aucun",
        "hors de question",
        "must not",
        "shall not",
        "may not",
        "cannot",
        "can not",
        "will not be (?:accepted|permitted|allowed)",
        "(?:will|shall|does) not accept",
        "weder",
        "(?:darf|dürfen) (?:[^.;,]{0,40} )?nicht",
        "n'accepte(?:ra)? pas",
        "no se aceptar[áa]n?",
        "non (?:sarà|saranno) accettat\\w+",
        // A passive denied: "I dati non saranno trasferiti", "no serán transferidos", "werden
        // nicht übermittelt", "worden niet doorgegeven", "will not be transferred".
        // Only with a verb of where data go: "e non saranno ceduti", "nicht öffentlich
        // zugänglich", "which will not be revised" deny something else.
        "non (?:sarà|saranno|verrà|verranno|viene|vengono|è|sono) (?:trasferit|conservat|archiviat|memorizzat|trattat|ospitat|allocat|elaborat)\\w*",
        "no (?:será|serán|se) (?:transferid|almacenad|alojad|tratad|conservad|transfier|almacen|aloj|trat)\\w*",
        // Not "nicht nur", "niet alleen": not only, which denies nothing.
        "(?:wird|werden) (?:[^.;,]{0,40} )?nicht (?:(?:[^n\\s.;,]|n[^u\\s.;,]|nu[^r\\s.;,])[^.;,]{0,38} )?(?:übermittelt|übertragen|gespeichert|gehostet|verarbeitet|transferiert|ausgelagert)",
        "(?:wordt|worden) (?:[^.;,]{0,40} )?niet (?:(?:[^a\\s.;,]|a[^l\\s.;,]|al[^l\\s.;,])[^.;,]{0,38} )?(?:opgeslagen|doorgegeven|overgedragen|verwerkt|gehost|bewaard)",
        // What does not take place: "Eine Übermittlung an Drittländer findet nicht statt",
        // "eine Replikation außerhalb Deutschlands findet nicht statt".
        "(?:findet|finden) (?:[^.;,]{0,30} )?nicht statt",
        "(?:will|shall|may|must|is|are) not be (?:transferred|stored|processed|hosted|kept|sent|moved)",
        "(?:is|are) not (?:transferred|stored|processed|hosted|kept|sent|moved)",
        "non (?:deve|devono|dovrà|dovranno)",
        "non (?:può|possono|potrà|potranno)",
        // Formal French leaves out "pas": "le titulaire ne peut utiliser".
        "ne (?:peut|peuvent|pourra|pourront|saurait|sauraient)",
        "no (?:debe|deben|deberá|deberán)",
        "(?:is|are) not (?:acceptable|accepted|permitted|allowed)",
        "not acceptable",
        "prohibited",
        "forbidden",
        "excluded",
        // "No Authority Data may, although encrypted, be hosted in …": an aside between the
        // modal and the verb.
        "no (?:\\w+ ){1,3}(?:shall|may|will|must)(?:,[^,.;]{1,40},)? be",
        "(?:^|, |that )no (?:\\w+ ){1,3}(?:shall|may|will|must) (?:occur|take place)",
        "under no circumstances",
        "en ningún caso",
        "en ninguna circunstancia",
        "in nessun caso",
        "in keinem Fall",
        "in geen geval",
        "never",
        "darf nicht",
        "dürfen nicht",
        "darf kein\\w*",
        "dürfen kein\\w*",
        "ausgeschlossen",
        "unzulässig",
        "nicht zulässig",
        "nicht zugelassen",
        "nicht gestattet",
        "untersagt",
        "verboten",
        "kein\\w*",
        "auszuschließen",
        "no (?:se )?permit\\w*",
        "no se admit\\w*",
        "no (?:podr[áa]n?|puede[n]?)",
        "no deber[áa]n? (?:utilizar|usar|emplear|alojar|ubicar)\\w*",
        "queda(?:n)? prohibid\\w*",
        "queda(?:n)? excluid\\w*",
        "se excluye\\w*",
        "prohibid\\w*",
        "non? (?:è|sono) (?:ammess|consentit)\\w*",
        "(?:è|è fatto) (?:escluso|divieto)",
        "(?:è|sono) esclus[aie]",
        "non (?:deve|devono|può|possono) (?:essere )?(?:utilizzat|usat|ospitat)\\w*",
        "mag niet",
        "(?:mag|mogen) (?:[^.;,]{0,40} )?niet",
        "mogen niet",
        "niet (?:toegelaten|aanvaard)",
        "ist zu verzichten",
        "zu verzichten",
        // Refraining: "Von Google Fonts ist abzusehen", "should be avoided", "est à éviter".
        "(?:ist|sind) (?:davon )?abzusehen",
        "(?:ist|sind) zu vermeiden",
        "refrain from",
        "(?:is|are|should be|must be|shall be) (?:to be )?avoided",
        "(?:est|sont) à (?:éviter|proscrire)",
        "(?:doit|doivent) être évité\\w*",
        "(?:è|sono) da evitare",
        "(?:debe|deben|deberá|deberán) evitarse",
        "(?:moet|moeten) (?:worden )?vermeden",
        "verzichtet",
        "renonce\\w* à",
        "ne (?:doit|doivent) pas (?:être )?(?:utilis|recour|emplo)\\w*",
        "vietat\\w*",
        "non è consentit\\w*",
        "niet toegestaan",
        "verboden",
        "uitgesloten",
    ])
});

/// Restriction by "ne … que" (only): "Les données ne peuvent être hébergées qu'en France",
/// "le titulaire ne peut sous-traiter qu'avec l'accord de l'acheteur". Checked before the
/// exclusions, whose "ne peut" it contains: the place or product after "que" is the only one
/// allowed, a requirement, not an exclusion.
static RESTRICTED_TO: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "ne (?:peut|peuvent|pourra|pourront|doit|doivent|devra|devront|saurait|sauraient)(?: être)?(?: [\\w-]+)? qu(?:e|['’]\\w+)",
        // Not any "ne sont … que": "les fonctionnalités qui ne sont exploitables que pour des
        // utilisateurs Exchange" describes; where data are kept is a restriction.
        "(?:ne |n['’])(?:sont|seront|est|sera) (?:hébergée?s?|stockée?s?|conservée?s?|traitée?s?|localisée?s?|situé\\w*|réalisée?s?|effectuée?s?|autorisée?s?|admise?s?|acceptée?s?) qu(?:e|['’]\\w+)",
        // "Only" in the other languages, with a modal and a verb of keeping or doing: "shall
        // only be hosted in", "solo podrán alojarse en", "darf nur in der Schweiz erfolgen".
        // Not "shall only be permitted with consent": a conditional allowance.
        "(?:shall|must|may|will|can) only be (?:hosted|stored|processed|kept|held|located|retained|carried out|performed|provided|accessed|administered)",
        "(?:peut|peuvent|doit|doivent|pourra|pourront|devra|devront)(?: être)? (?:hébergée?s?|stockée?s?|conservée?s?|traitée?s?|localisée?s?|réalisée?s?|effectuée?s?|administrée?s?|fournie?s?) (?:exclusivement|uniquement|seulement)",
        "(?:solo|sólo|únicamente|exclusivamente) (?:se )?(?:podr[áa]n?|deber[áa]n?)(?: ser)? (?:alojad\\w+|almacenad\\w+|tratad\\w+|alojarse|almacenarse|tratarse|residir|ubicarse|ubicad\\w+|prestarse|prestad\\w+|conservarse|conservad\\w+|realizarse|efectuarse|llevarse a cabo)",
        "(?:potr[àa]|potranno|dovr[àa]|dovranno|possono|devono|pu[òo]|deve)(?: essere)? (?:ospitat\\w+|conservat\\w+|trattat\\w+|archiviat\\w+|memorizzat\\w+|erogat\\w+|effettuat\\w+) (?:esclusivamente|solo|soltanto|unicamente)",
        "(?:darf|dürfen)(?: [\\w-]+){0,4} (?:ausschließlich|nur) (?:in|im|innerhalb)",
        "(?:mag|mogen)(?: [\\w-]+){0,4} (?:uitsluitend|alleen) (?:in|binnen)",
    ])
});

/// Whether a text restricts to what it names ("ne … que", "shall only be hosted in"): for a
/// place outside a territory, a restricted permission ("may only be processed outside the
/// United Kingdom with the prior written consent"), not a requirement.
pub fn restricts(text: &str) -> bool {
    RESTRICTED_TO.is_match(text)
}

/// Whether a text sets a condition ("where", "provided that", "si"): "Personal Data may only be
/// stored in the United States where Standard Contractual Clauses apply" restricts the
/// condition, not the place.
pub fn has_condition(text: &str) -> bool {
    CONDITION.is_match(text) || PERMISSION_CONDITION.is_match(text)
}

/// The words that make a permission conditional without opening a conditional clause of their
/// own: "where", "subject to", "with the prior consent", "previa autorización".
static PERMISSION_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\s(?:where|if|subject to|with the prior|sous réserve|moyennant|si|vorbehaltlich|mit vorheriger|previa|previo|salvo|se|mits|onder voorbehoud)\s",
    )
});

/// "Sufficient": a certificate or measure is said to be enough.
static SUFFICIENT: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "suffisant\\w*",
        "suffit",
        "suffiront",
        "sufficient",
        "suffices?",
        "(?:is|are) enough",
        "ausreichend",
        "genügt",
        "reicht aus",
        "suficiente",
        "sufficiente",
        "volstaat",
        "voldoende",
    ])
});

/// Preference.
static PREFERRED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "de préférence",
        "préférentiellement",
        "préférable\\w*",
        "idéalement",
        "si possible",
        "dans la mesure du possible",
        "privilégi\\w*",
        "souhait\\w*",
        "encourag\\w*",
        "recommand\\w*",
        "lorsque (?:c'est |cela est )?possible",
        "autant que possible",
        "preferabl[ey]",
        "preferred",
        "ideally",
        "where (?:available|possible|feasible)",
        "if (?:available|possible)",
        "as far as possible",
        "desirable",
        "encouraged",
        "(?:is|are) welcome",
        "recommended",
        "should",
        "favou?r(?:s|ed)?",
        "bevorzugt",
        "souhait[ée]e?s?",
        "preferente",
        "preferit[oa]",
        "preferibile",
        "voorkeur",
        "wens(?: [0-9]+)?:?",
        "vorzugsweise",
        "möglichst",
        "wünschenswert",
        "nach Möglichkeit",
        "idealerweise",
        "sollte",
        "sollten",
        "empfohlen",
        "preferentemente",
        "preferibilmente",
        "bij voorkeur",
        "preferibile",
        // A bonus in the award: "ein Standort in Deutschland wird … mit zwei Zusatzpunkten
        // berücksichtigt".
        "(?:Zusatz|Bonus)punkte?n?",
        "points? supplémentaires?",
        "(?:additional|extra|bonus) points?",
        "puntos? adicionales",
        "punti aggiuntivi",
        "extra punten",
        "pluspunt(?:en)?",
    ])
});

/// Permission.
static ALLOWED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "peut",
        "peuvent",
        "pourra",
        "pourront",
        // The verb, not the noun: "une autorisation FedRAMP", "eine Autorisierung" grant nothing.
        "autoris(?:e|es|ent|é|ée|és|ées|er|era|eront)",
        "admis\\w*",
        // The verb, not the noun: "at acceptance", "à l'acceptation" allow nothing.
        "accept(?:e|es|ent|é|ée|és|ées|er|era|eront|ons|ez|ed|s|able|ables)?",
        "may",
        "can",
        "could",
        "allowed",
        "permitted",
        "permissible",
        "is possible",
        "darf",
        "dürfen",
        "kann",
        "können",
        // A summary after the award says what was allowed: "konnten auch … angeboten werden".
        "konnten?",
        "durften?",
        "pouvai(?:en)?t",
        "pod[íi]an?",
        "potevano",
        "konden",
        "zulässig",
        "zugelassen",
        "möglich",
        "gestattet",
        "akzeptiert",
        "toegestaan",
        "toegelaten",
        "admit(?:e|en|ida|idas|ido|idos|iéndose)",
        "ammess[aoie]",
        "consentit[aoie]",
        "puede",
        "pueden",
        "può",
        "possono",
        "potrà",
        "potranno",
        "podrá",
        "podrán",
        "mag",
        "mogen",
        "kan",
        "kunnen",
    ])
});

/// Obligation.
static REQUIRED: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "doit",
        "doivent",
        "devra",
        "devront",
        "est tenu\\w*",
        "sont tenu\\w*",
        "obligatoire\\w*",
        "obligatoirement",
        "exig\\w*",
        "impérati\\w*",
        "impos(?:é|ée|és|ées)",
        "imposed",
        "vorgegeben",
        "vorgeschrieben",
        "s'engage\\w*",
        "veille\\w*",
        "garanti\\w*",
        "requis\\w*",
        "nécessaire\\w*",
        "must",
        "shall",
        "required",
        "requires?",
        // The buyer's decision taken: "London Councils … are committed to Drupal CMS".
        "(?:are|is) committed to",
        "is to be",
        "are to be",
        "mandatory",
        "will be required",
        "needs? to",
        "has to",
        "have to",
        "undertakes?",
        "ensures?",
        "muss",
        "müssen",
        "ist zu",
        "sind zu",
        // "Die Lösung ist auf AWS in der Region eu-central-1 zu betreiben": the German
        // obligation with the infinitive at the end.
        "(?:ist|sind|hat|haben) (?:[^.;,]{0,80} )?zu (?:[a-zäöüß]+ )?[a-zäöüß]+(?:en|ern|eln)",
        "hat zu",
        "haben zu",
        "verpflichtet",
        "zwingend",
        "erforderlich",
        "gefordert",
        "sicherzustellen",
        "gewährleist\\w*",
        "(?:vor|ein|nach|bereit|zurück|aus|an|ab|auf|dar|her|um|fest|mit)zu\\w{3,}en",
        "dient",
        "dienen",
        "debe",
        "deben",
        "deberá",
        "deberán",
        "obligatori\\w*",
        "ha de",
        "han de",
        "tendrá que",
        "exig\\w+",
        "se (?:entregar|desplegar|alojar|almacenar|prestar|realizar|instalar|construir|desarrollar|ubicar|custodiar|tratar|presentar|facilitar|proporcionar|suministrar|utilizar)[áa]n?",
        "ser[áa]n? (?:custodiad|entregad|alojad|almacenad|tratad|realizad|prestad|instalad|desplegad|proporcionad|suministrad)[oa]s?",
        "deve",
        "devono",
        "dovrà",
        "dovranno",
        "è (?:richiest|obbligatori)[oa]",
        "sono (?:richiest|obbligatori)[ei]",
        "è tenut[oa]",
        "sono tenut[ei]",
        "(?:è|sono) (?:prodott|fornit|erogat|ospitat|conservat|trattat|installat|gestit|custodit|restituit)[oaie]",
        "(?:sarà|saranno) (?:prodott|fornit|erogat|ospitat|conservat|trattat|installat|gestit|custodit|restituit)[oaie]",
        "avviene",
        "avvengono",
        "moet",
        "moeten",
        "dient",
        "dienen",
        "verplicht",
        "vereist",
        "wordt (?:geleverd|gehost|opgeslagen|verwerkt|aangeleverd|teruggegeven)",
        "zu liefern (?:sind|ist)",
        "worden (?:geleverd|gehost|opgeslagen|verwerkt|aangeleverd|teruggegeven)",
        "(?:geleverd|aangeleverd) (?:worden|wordt)",
        "vorgegeben",
        "imposée?s?",
        "mandated",
        "prescribed",
    ])
});

/// Words that open a contrast: what follows is judged on its own. Adversative conjunctions
/// wherever they stand ("mais", "but"); the adverbs of contrast only after a comma that opens
/// their clause ("…, toutefois les sauvegardes"), since inside one ("peuvent toutefois être
/// externalisées", "dürfen jedoch nicht") the clause goes on.
static CONTRAST: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i);|\s(?:mais|but|sondern|pero|ma|maar)[\s,]|,\s*(?:cependant|toutefois|néanmoins|however|aber|jedoch|allerdings|während|sin embargo|tuttavia|echter)[\s,]|\s(?:et|and|und|y|e|en)\s+(?:ne|n['’]|not|nicht|kein\w*|no)\s",
    )
});

/// Conjunctions that open a clause of their own only when one follows: "tandis que les
/// sauvegardes peuvent être stockées en Belgique" cuts; "No data may, although encrypted, be
/// hosted in the United States" does not (the aside has no verb of its own, the negation
/// still governs the place).
static CONCESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    constant(
        r"(?i)\s(?:tandis que|alors que|whereas|while|whilst|although|si bien|mientras que|mentre|terwijl)[\s,]",
    )
});

/// A clause of a sentence: its byte range, and whether it is a condition ("provided that…").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseSpan {
    pub range: Range<usize>,
    pub conditional: bool,
}

/// The clause of `sentence` that contains `at`: clauses are cut at semicolons, contrasts and
/// conditions.
pub fn clause_around(sentence: &str, at: usize) -> ClauseSpan {
    thread_local! {
        static CUTS: Memo<Vec<(usize, usize, bool)>> = RefCell::default();
    }
    let cuts = remembered(&CUTS, sentence, |sentence| {
        let mut cuts: Vec<(usize, usize, bool)> = CONTRAST
            .find_iter(sentence)
            .chain(CONCESSIVE.find_iter(sentence).filter(|m| {
                let rest = &sentence[m.end()..];
                let clause = &rest[..rest.find([',', ';']).unwrap_or(rest.len())];
                cue(clause).is_some()
            }))
            .map(|m| (m.start(), m.end(), false))
            .chain(
                CONDITION
                    .find_iter(sentence)
                    .map(|m| (m.start(), m.end(), true)),
            )
            .collect();
        // "Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker …": a
        // condition that opens the sentence runs to its first comma, where the main clause
        // begins.
        if let Some(opener) = INITIAL_CONDITION.find(sentence)
            && let Some(comma) = sentence[opener.end()..].find(',')
        {
            let comma = opener.end() + comma;
            cuts.push((0, opener.end(), true));
            cuts.push((comma, comma + 1, false));
        }
        cuts.sort_unstable();
        cuts
    });
    let mut span = ClauseSpan {
        range: 0..sentence.len(),
        conditional: false,
    };
    for (start, end, conditional) in cuts {
        if end <= at {
            span = ClauseSpan {
                range: start..sentence.len(),
                conditional,
            };
        } else if start >= at {
            span.range.end = start;
            break;
        }
    }
    span
}

/// Whether the words just before a name present it as an example, with no verb of obligation
/// between ("such as X", not "including backups shall be hosted on X").
pub fn introduced_as_example(before: &str) -> bool {
    let near = super::text::tail(before, 40);
    EXAMPLE
        .find_iter(near)
        .last()
        .is_some_and(|m| cue(&near[m.end()..]).is_none())
}

/// What a clause does with what it names, from its cue words; `default` when it has none.
/// Context wins (a brand "currently" used is not required), then "not required", exclusion,
/// sufficiency, preference, permission, obligation.
pub fn modality(clause: &str, default: Modality) -> Modality {
    cue(clause).unwrap_or(default)
}

/// The modality a text's cue words give, if it has any.
pub fn cue(text: &str) -> Option<Modality> {
    thread_local! {
        static CUES: Memo<Option<Modality>> = RefCell::default();
    }
    remembered(&CUES, text, cue_of)
}

fn cue_of(text: &str) -> Option<Modality> {
    [
        (&CONTEXT, Modality::Mentioned),
        (&NOT_REQUIRED, Modality::NotRequired),
        (&RESTRICTED_TO, Modality::Required),
        (&EXCLUDED, Modality::Excluded),
        (&SUFFICIENT, Modality::Sufficient),
        (&STRONG_OBLIGATION, Modality::Required),
        (&PREFERRED, Modality::Preferred),
        (&ALLOWED, Modality::Allowed),
        (&REQUIRED, Modality::Required),
    ]
    .into_iter()
    .find(|(regex, _)| regex.is_match(text))
    .map(|(_, modality)| modality)
}

/// The modality of the name at `name` in a sentence: the cue words of its comma-delimited
/// segment first ("hosted on Azure, in EU regions where available" prefers the regions, not
/// Azure), then those of its clause, then `default`. An aside in parentheses about something
/// else ("… auf VMware vSphere Basis - reine IP-Topologie (kein FC-SAN)") says nothing of the
/// name.
pub fn modality_at(
    sentence: &str,
    clause: &ClauseSpan,
    name: Range<usize>,
    default: Modality,
) -> Modality {
    let asides = other_asides(sentence, &name);
    let without_asides;
    let sentence = if asides.is_empty() {
        sentence
    } else {
        without_asides = super::text::blank(sentence, asides.into_iter());
        without_asides.as_str()
    };
    let at = name.start;
    let range = &clause.range;
    let start = sentence[range.start..at]
        .rfind(',')
        .map_or(range.start, |i| range.start + i + 1);
    let end = sentence[at..range.end]
        .find(',')
        .map_or(range.end, |i| at + i);
    cue(&sentence[start..end]).unwrap_or_else(|| {
        // "… par CardDAV et CalDAV, à l'exclusion d'Exchange ActiveSync": an exclusion that
        // opens a later part of the clause speaks of what follows it, not of what came before.
        let clause = &sentence[range.clone()];
        let cut = EXCEPTION_LEAD
            .find(&sentence[end..range.end])
            .map_or(clause.len(), |m| end - range.start + m.start());
        modality(&clause[..cut], default)
    })
}

/// The asides in parentheses of a sentence that speak of another item than the name at
/// `name`: a spaced dash, a colon or a semicolon stands between them ("auf VMware vSphere
/// Basis - reine IP-Topologie (kein FC-SAN)"). An aside closing the name's own clause speaks of
/// it ("Microsoft Teams licences for all staff (optional)"). Only the outer parentheses count.
fn other_asides(sentence: &str, name: &Range<usize>) -> Vec<Range<usize>> {
    let mut asides = Vec::new();
    let mut open = None;
    let mut depth = 0usize;
    for (i, c) in sentence.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = Some(i);
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if let (0, Some(start)) = (depth, open) {
                    let aside = start..i + 1;
                    if stands_apart(sentence, name, &aside) {
                        asides.push(aside);
                    }
                }
            }
            _ => {}
        }
    }
    asides
}

/// Whether an aside and a name are separated by a spaced dash, a colon or a semicolon; an aside
/// that holds the name never is.
fn stands_apart(sentence: &str, name: &Range<usize>, aside: &Range<usize>) -> bool {
    let between = if aside.start >= name.end {
        &sentence[name.end..aside.start]
    } else if aside.end <= name.start {
        &sentence[aside.end..name.start]
    } else {
        return false;
    };
    [" - ", " – ", " — ", ":", ";"]
        .iter()
        .any(|separator| between.contains(separator))
}

/// Words that open an exception for what follows them: "à l'exclusion de", "except", "außer".
static EXCEPTION_LEAD: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "à l'exclusion d(?:e|es|u)?",
        "hormis",
        "sauf",
        "except(?:ing)?",
        "excluding",
        "but not",
        "außer",
        "ausgenommen",
        "mit Ausnahme",
        "excepto",
        "salvo",
        "a excepción d(?:e|el)?",
        "tranne",
        "eccetto",
        "ad eccezione d(?:i|ei|el|ell[ao]|egli|elle)?",
        "behalve",
        "met uitzondering van",
    ])
});

/// Obligation that a weaker word inside it would hide: "Seul le format PDF/A est accepté" (only
/// one is accepted: it is required), "müssen … synchronisiert werden können" (must be able to).
static STRONG_OBLIGATION: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "seul\\w* [^.;]{0,60}(?:est|sont|sera|seront) (?:accept|admis|autoris)\\w*",
        "only [^.;]{0,40}(?:is|are|will be|shall be) (?:accepted|admitted|allowed)",
        // "ist nur von dessen Niederlassungen in Deutschland und Österreich aus zulässig".
        "(?:nur|ausschließlich) [^.;,]{0,80}(?:akzeptiert|zulässig|zugelassen|gestattet|erlaubt)",
        "s[óo]lo se (?:acepta|admite)\\w*",
        "solo (?:è|sono|sarà) (?:accettat|ammess)\\w*",
        "(?:alleen|uitsluitend) [^.;,]{0,60}(?:geaccepteerd|toegestaan)",
        "(?:müssen|muss|must|shall|doit|doivent|devra|devront|debe|deben|deberá|deve|devono|dovrà|moet|moeten) [^.;]{0,60}(?:können|be able to|pouvoir|poder|potere|kunnen)",
    ])
});

/// Whether a text calls something sufficient.
pub fn is_sufficient(text: &str) -> bool {
    SUFFICIENT.is_match(text)
}

/// Whether a clause carries a negation or prohibition.
pub fn is_negated(clause: &str) -> bool {
    EXCLUDED.is_match(clause) || NOT_REQUIRED.is_match(clause)
}

/// Every list of this file, gathered in the shared automaton before the first document (see
/// [`super::wordlist::scan`]). A list left out still answers rightly through its own automaton,
/// only slower; a test finds it.
pub(super) fn every_list() -> impl Iterator<Item = &'static WordList> {
    [
        &CONTEXT,
        &EXAMPLE_LIST,
        &EXAMPLE,
        &ETC,
        &NOT_REQUIRED,
        &RESTRICTED_TO,
        &EXCLUDED,
        &SUFFICIENT,
        &PREFERRED,
        &ALLOWED,
        &REQUIRED,
        &EXCEPTION_LEAD,
        &STRONG_OBLIGATION,
    ]
    .into_iter()
    .map(|list| &**list)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_denied_passive_denies_where_the_data_go_and_nothing_else() {
        for denied in [
            "I dati personali non saranno trasferiti al di fuori dell'Unione Europea.",
            "Los datos no serán transferidos fuera de la Unión Europea.",
            "Die Daten werden nicht außerhalb der EU gespeichert.",
            "De gegevens worden niet buiten de EU opgeslagen.",
            "Personal data will not be transferred outside the EEA.",
        ] {
            assert!(super::is_negated(denied), "{denied}");
        }
        // Another thing denied, or "not only".
        for kept in [
            "Die Daten werden in Deutschland gehostet und sind nicht öffentlich zugänglich.",
            "Die Daten werden nicht nur in Deutschland gespeichert, sondern auch dort verarbeitet.",
            "De gegevens worden niet alleen in Nederland opgeslagen maar ook daar verwerkt.",
            "I dati saranno conservati in Italia e non saranno ceduti a terzi.",
            "Los datos que no se encuentren cifrados deberán alojarse en España.",
            "Reversibility is invoiced at the daily rates, which will not be revised.",
        ] {
            assert!(!super::is_negated(kept), "{kept}");
        }
    }

    #[test]
    fn refraining_from_a_product_excludes_it() {
        for text in [
            "Von Google Fonts ist abzusehen.",
            "Externe Schriftarten sind zu vermeiden.",
            "The contractor shall refrain from Google Analytics.",
            "Google Analytics is to be avoided.",
            "Les polices Google Fonts sont à proscrire.",
        ] {
            assert_eq!(super::cue(text), Some(super::Modality::Excluded), "{text}");
        }
    }

    #[test]
    fn inclusion_in_every_language_opens_a_list_of_examples() {
        for (text, name) in [
            (
                "Die Website muss mit allen modernen Webbrowsern, einschließlich, aber nicht beschränkt auf Google Chrome, Mozilla Firefox und Microsoft Edge, kompatibel sein.",
                "Google Chrome",
            ),
            (
                "Le site est compatible avec tous les navigateurs, y compris Google Chrome et Firefox.",
                "Google Chrome",
            ),
            (
                "The site works in all browsers, including but not limited to Google Chrome and Edge.",
                "Google Chrome",
            ),
        ] {
            let start = text.find(name).unwrap_or_default();
            let clause = clause_around(text, start);
            assert!(
                in_example_list(text, &clause, &(start..start + name.len())),
                "{text}"
            );
        }
        // The clause's verb resumes after the inserted list: the name after it is required.
        for text in [
            "Alle Daten, einschließlich der Sicherungen, werden in Microsoft Azure gespeichert.",
            "All data including backups shall be hosted on Microsoft Azure.",
            "Toutes les données y compris les sauvegardes doivent être hébergées sur Microsoft Azure.",
        ] {
            let start = text.find("Microsoft Azure").unwrap_or_default();
            let clause = clause_around(text, start);
            assert!(
                !in_example_list(text, &clause, &(start..start + 15)),
                "{text}"
            );
        }
    }

    #[test]
    fn ne_que_restricts_rather_than_excludes() {
        for text in [
            "Les données ne peuvent être hébergées qu'en France.",
            "Le titulaire ne peut sous-traiter qu'avec l'accord écrit de l'acheteur.",
            "Les sauvegardes ne sont conservées que dans l'Union européenne.",
        ] {
            assert_eq!(super::cue(text), Some(super::Modality::Required), "{text}");
        }
        for text in [
            "Les données ne peuvent pas être hébergées hors de l'Union européenne.",
            "Le titulaire ne peut utiliser aucun service américain.",
        ] {
            assert_eq!(super::cue(text), Some(super::Modality::Excluded), "{text}");
        }
    }

    #[test]
    fn only_restricts_in_every_language_but_a_conditional_allowance() {
        for text in [
            "Authority Data shall only be hosted in the United Kingdom.",
            "Los datos solo podrán alojarse en centros de datos ubicados en territorio español.",
            "Eine Speicherung der Daten darf nur in der Schweiz erfolgen.",
            "Unterauftragsverarbeiter dürfen die Daten ausschließlich in Rechenzentren in Deutschland verarbeiten.",
            "I dati potranno essere conservati esclusivamente nel territorio dell'Unione.",
            "De gegevens mogen uitsluitend binnen de EER worden opgeslagen.",
        ] {
            assert_eq!(super::cue(text), Some(super::Modality::Required), "{text}");
        }
        assert_ne!(
            super::cue(
                "Processing outside the EEA shall only be permitted with the consent of the Authority."
            ),
            Some(super::Modality::Required)
        );
    }

    #[test]
    fn an_aside_between_the_modal_and_the_verb_keeps_the_exclusion() {
        assert_eq!(
            super::cue(
                "No Authority Data may, although encrypted, be hosted in the United States."
            ),
            Some(super::Modality::Excluded)
        );
    }

    #[test]
    fn an_adverb_of_contrast_inside_a_clause_does_not_cut_it() {
        let text = "Les données sont hébergées en France ; les sauvegardes peuvent toutefois être externalisées dans l'Union.";
        let at = text.find("l'Union").unwrap_or_default();
        let clause = &text[clause_around(text, at).range];
        assert!(clause.contains("peuvent"), "{clause}");
        assert!(!clause.contains("France"), "{clause}");
        let text = "Backups may be kept in Ireland, although copies may also be held in Belgium.";
        let at = text.find("Belgium").unwrap_or_default();
        assert!(!text[clause_around(text, at).range].contains("Ireland"));
    }

    use super::*;

    #[test]
    fn a_name_among_three_bracketed_items_is_one_of_a_class() {
        let inside = |text: &str, name: &str| {
            let start = text.find(name).unwrap_or_else(|| panic!("{name}"));
            in_bracketed_enumeration(text, &(start..start + name.len()))
        };
        assert!(inside(
            "on all systems (Windows, macOS, Linux and iOS).",
            "Windows"
        ));
        assert!(inside(
            "au format (PDF/Microsoft Word/HTML ou compatible).",
            "Microsoft Word"
        ));
        assert!(!inside(
            "la messagerie (Microsoft Exchange) du ministère",
            "Microsoft Exchange"
        ));
        assert!(!inside(
            "sur Azure (région France Central, zone 1)",
            "Azure"
        ));
        assert!(!inside(
            "(voir annexe) Microsoft 365, Teams et SharePoint",
            "Teams"
        ));
    }

    #[test]
    fn cues_decide_the_modality() {
        let m = |s: &str| modality(s, Modality::Mentioned);
        assert_eq!(
            m("Les données seront hébergées de préférence en Europe."),
            Modality::Preferred
        );
        assert_eq!(
            m("Die Daten müssen in der EU gespeichert werden."),
            Modality::Required
        );
        assert_eq!(m("Backups may be stored in any region."), Modality::Allowed);
        assert_eq!(
            m("Une qualification SecNumCloud n'est pas requise."),
            Modality::NotRequired
        );
        assert_eq!(
            m("Administrative Zugriffe aus Drittstaaten sind ausgeschlossen."),
            Modality::Excluded
        );
        assert_eq!(
            m("La collectivité exploite actuellement Exchange 2016."),
            Modality::Mentioned
        );
        assert_eq!(
            m("Experience with AWS is a plus but is not required."),
            Modality::Mentioned
        );
        assert_eq!(
            m("Cette certification est suffisante."),
            Modality::Sufficient
        );
        assert_eq!(m("Le titulaire fournit les licences."), Modality::Mentioned);
        assert_eq!(
            m("London Councils needs a new intranet and are committed to Drupal CMS."),
            Modality::Required
        );
        // A correction of the tender's words requires nothing.
        for correction in [
            "It should read Matomo.",
            "Die Bezeichnung muss richtig lauten: Matomo.",
        ] {
            assert_eq!(m(correction), Modality::Mentioned, "{correction}");
        }
    }

    #[test]
    fn an_aside_on_something_else_does_not_reach_the_name() {
        let at = |s: &str, name: &str| {
            let start = s.find(name).unwrap_or_default();
            modality_at(
                s,
                &clause_around(s, start),
                start..start + name.len(),
                Modality::Mentioned,
            )
        };
        assert_eq!(
            at(
                "Beibehaltung der Virtualisierung auf VMware vSphere Basis - reine IP-Topologie (kein FC-SAN).",
                "VMware"
            ),
            Modality::Mentioned
        );
        // An aside closing the name's clause, just after the name, or holding it, speaks of it.
        assert_ne!(
            at(
                "The Contractor shall provide Microsoft Teams licences for all staff (optional).",
                "Microsoft Teams"
            ),
            Modality::Required
        );
        assert_eq!(
            at(
                "Le titulaire fournit les licences Microsoft 365 E3 (non obligatoire).",
                "Microsoft 365"
            ),
            Modality::NotRequired
        );
        assert_eq!(
            at(
                "Le titulaire fournit une messagerie (Exchange exclu).",
                "Exchange"
            ),
            Modality::Excluded
        );
    }

    #[test]
    fn the_segment_of_a_name_decides_first() {
        let s = "The platform shall be hosted on Microsoft Azure, in EU regions where available.";
        let clause = clause_around(s, 0);
        let azure = s.find("Azure").unwrap_or_default();
        let eu = s.find("EU").unwrap_or_default();
        assert_eq!(
            modality_at(s, &clause, azure..azure + 5, Modality::Mentioned),
            Modality::Required
        );
        assert_eq!(
            modality_at(s, &clause, eu..eu + 2, Modality::Mentioned),
            Modality::Preferred
        );
        let s = "All data, including backups, must be stored within the EU.";
        let eu = s.find("EU").unwrap_or_default();
        assert_eq!(
            modality_at(s, &clause_around(s, eu), eu..eu + 2, Modality::Mentioned),
            Modality::Required
        );
    }

    #[test]
    fn an_exception_speaks_of_what_follows_it_whatever_the_article() {
        for (s, place) in [
            (
                "Le stockage est réalisé dans l'Union européenne, à l'exclusion de tout centre de données situé aux États-Unis.",
                "Union",
            ),
            (
                "El almacenamiento se realiza en la Unión Europea, a excepción del centro de respaldo.",
                "Unión",
            ),
            (
                "I dati sono conservati in Italia, ad eccezione dei registri tecnici.",
                "Italia",
            ),
        ] {
            let at = s.find(place).unwrap_or_default();
            assert_eq!(
                modality_at(
                    s,
                    &clause_around(s, at),
                    at..at + place.len(),
                    Modality::Required
                ),
                Modality::Required,
                "{s}"
            );
        }
    }

    #[test]
    fn clauses_are_cut_at_contrasts() {
        let s = "Hosting in the EU is required; backups may be stored anywhere.";
        let at = s.find("backups").unwrap_or_default();
        assert_eq!(
            &s[clause_around(s, at).range],
            "; backups may be stored anywhere."
        );
        let s = "ISO 27001 ist nicht erforderlich, sofern ein gültiges C5-Testat vorliegt.";
        let at = s.find("C5").unwrap_or_default();
        let clause = clause_around(s, at);
        assert!(clause.conditional);
        assert_eq!(
            &s[clause.range],
            ", sofern ein gültiges C5-Testat vorliegt."
        );
        assert_eq!(
            &s[clause_around(s, 0).range],
            "ISO 27001 ist nicht erforderlich"
        );
    }

    #[test]
    fn apostrophes_of_both_kinds_match() {
        assert_eq!(
            modality("Ce n’est pas requis.", Modality::Required),
            Modality::NotRequired
        );
    }
}
