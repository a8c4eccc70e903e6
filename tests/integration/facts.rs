//! The facts of every fixture (snapshots), the facts schema, and evidence offsets. The labelled
//! sentences are measured in `labelled.rs`.

use tenderlint::extract::Extractor;
use tenderlint::extract::reference::ReferenceData;
use tenderlint::ingest::{IngestOptions, Source, ingest_bytes};
use tenderlint::model::Facts;
use tenderlint::report;

use crate::{TENDERS, read_fixture};

fn extractor() -> Extractor {
    Extractor::new(&ReferenceData::bundled().unwrap_or_else(|e| panic!("{e}")))
}

/// The facts of a text read as the file `name` (its extension gives the format).
fn facts_of_text(name: &str, text: &str) -> Facts {
    let source = Source {
        name,
        bytes: text.as_bytes(),
    };
    let document =
        ingest_bytes(source, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    crate::facts_of(&extractor(), &document)
}

#[test]
fn fixture_facts_match_their_snapshots() {
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let facts = crate::facts_of(&extractor, &document);
        insta::assert_snapshot!(
            format!("facts_{}", name.replace('.', "_")),
            report::facts::to_text(&facts)
        );
    }
}

#[test]
fn every_fixture_s_facts_follow_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/facts.schema.json"))
            .unwrap_or_else(|e| panic!("{e}"));
    let validator =
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("invalid schema: {e}"));
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let facts = serde_json::to_value(crate::facts_of(&extractor, &document))
            .unwrap_or_else(|e| panic!("{e}"));
        let errors: Vec<String> = validator
            .iter_errors(&facts)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // The schema is strict enough to catch a wrong value.
    let document =
        read_fixture("fr_cctp_suite_collaborative.odt").unwrap_or_else(|e| panic!("{e}"));
    let mut facts = serde_json::to_value(crate::facts_of(&extractor, &document))
        .unwrap_or_else(|e| panic!("{e}"));
    facts["providers"][0]["role"] = serde_json::Value::from("compulsory");
    assert!(!validator.is_valid(&facts));
}

#[test]
fn evidence_quotes_the_sentence_at_its_offsets() {
    let extractor = extractor();
    for (name, _, _) in TENDERS {
        let document = read_fixture(name).unwrap_or_else(|e| panic!("{e}"));
        let text: Vec<char> = document.text().chars().collect();
        let facts = serde_json::to_value(crate::facts_of(&extractor, &document))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut evidences = Vec::new();
        collect_evidence(&facts, &mut evidences);
        assert!(!evidences.is_empty(), "{name}: no evidence");
        for evidence in evidences {
            let start = evidence["start"].as_u64().unwrap_or(0) as usize;
            let end = evidence["end"].as_u64().unwrap_or(0) as usize;
            let slice: String = text[start..end].iter().collect();
            assert_eq!(Some(slice.as_str()), evidence["quote"].as_str(), "{name}");
        }
    }
}

fn collect_evidence<'a>(value: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) => {
            if map.contains_key("quote") && map.contains_key("start") {
                out.push(value);
            }
            map.values().for_each(|v| collect_evidence(v, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_evidence(v, out)),
        _ => {}
    }
}

/// The items of a list whose lead-in states the contract's object ("L'appalto ha per oggetto
/// le seguenti attività:") are what the contract buys: an item naming hosting buys it. The same
/// item under a lead-in that states nothing of the kind does not.
#[test]
fn hosting_listed_in_the_object_of_the_contract_is_bought() {
    use tenderlint::model::HostingScope;
    let scope = |text: &str| facts_of_text("object.md", text).hosting.scope;
    assert_eq!(
        scope(
            "L'appalto ha per oggetto le seguenti attività:\n\n1. la realizzazione del sito internet istituzionale;\n2. assistenza, manutenzione e gestione in hosting del sito per un anno successivo alla pubblicazione.\n"
        ),
        HostingScope::Procured
    );
    assert_eq!(
        scope(
            "Il sito attuale presenta le seguenti caratteristiche:\n\n1. contenuti in italiano;\n2. gestione in hosting del sito.\n"
        ),
        HostingScope::Unknown
    );
}

/// Advice asked on where hosting happens buys the advice, also when the reader cut the
/// question's sentence over the lines of a nested list ("Klärung und Empfehlung, ob das
/// Hosting" / "o auf eigenen BTU-Servern oder" / "o bei einem externen Hosting-Anbieter" /
/// "erfolgen soll"). The same provider named as what the contractor does is hosting bought.
#[test]
fn advice_asked_on_hosting_buys_no_hosting() {
    use tenderlint::model::HostingScope;
    let scope = |text: &str| facts_of_text("advice.txt", text).hosting.scope;
    assert_eq!(
        scope(
            "2.2.2 Hosting\n\n- Klärung und Empfehlung, ob das Hosting\n  o auf eigenen BTU-Servern oder\n  o bei einem externen Hosting-Anbieter\n  erfolgen soll, inkl. Begründung und technischer Anforderungen\n"
        ),
        HostingScope::Unknown
    );
    assert_eq!(
        scope(
            "Klärung und Empfehlung, ob das Hosting auf eigenen Servern oder bei einem externen Hosting-Anbieter erfolgen soll.\n"
        ),
        HostingScope::Unknown
    );
    assert_eq!(
        scope(
            "2.2.2 Hosting\n\nDer Auftragnehmer übernimmt das Hosting bei einem externen Hosting-Anbieter.\n"
        ),
        HostingScope::Procured
    );
}

/// The items of a list whose lead-in is about the bid ("The platform accepts these
/// formats:") are about the bid too: a format a submission platform accepts is never a
/// requirement on what the contract delivers. The same items under a lead-in about
/// deliverables are required.
#[test]
fn formats_listed_under_a_bid_lead_in_are_mentioned() {
    use tenderlint::model::Modality;
    let roles = |text: &str| {
        facts_of_text("lead_in.md", text)
            .formats
            .into_iter()
            .map(|f| (f.format, f.role))
            .collect::<Vec<_>>()
    };
    let bid = roles(
        "Las ofertas se presentarán a través de la plataforma con archivos en los formatos:\n\n- Documentos de texto en .docx u .odt.\n- Hojas de cálculo en .xlsx.\n",
    );
    assert!(!bid.is_empty());
    assert!(
        bid.iter().all(|(_, role)| *role == Modality::Mentioned),
        "{bid:?}"
    );
    let deliverables = roles(
        "El adjudicatario entregará los siguientes documentos:\n\n- Las hojas de cálculo de costes en .xlsx.\n",
    );
    assert_eq!(deliverables, vec![("xlsx".to_string(), Modality::Required)]);
}

/// Review v5 (Hessen's contract terms and art. 28 annex): invoices sent back are no return of
/// data, and a note on what the buyer may tick in a form states no sensitive data. The same
/// words about the buyer's data are still read.
#[test]
fn returned_invoices_and_form_notes_state_no_clause() {
    let clauses = clause_kinds;
    assert_eq!(
        clauses(
            "Rechnungen ohne diese Angaben können nicht bearbeitet werden und müssen zurückgegeben werden."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        clauses(
            "Schutzbedarf (nur von der Vergabestelle auszufüllen, falls die Daten besonderen Geheimschutzregelungen unterliegen, z.B. Sozialdaten)."
        ),
        Vec::<String>::new()
    );
    for text in [
        "Zum Vertragsende müssen alle Daten des Auftraggebers zurückgegeben werden.",
        "Die Daten sind nach dem Muster der Anlage 3 zurückzugeben.",
    ] {
        assert_eq!(clauses(text), vec!["reversibility".to_string()], "{text}");
    }
}

/// The clause kinds read in a one-sentence text.
fn clause_kinds(text: &str) -> Vec<String> {
    facts_of_text("terms.txt", text)
        .clauses
        .into_iter()
        .map(|c| <&'static str>::from(&c.detail).to_string())
        .collect()
}

/// Review v7 (Italian tenders): the processor appointed under GDPR art. 28 in the plural or by
/// its contract, and the contractor sold or transformed, are the clauses they are; assigning the
/// contract is no change of control.
#[test]
fn italian_processor_terms_and_changes_of_the_contractor_are_read() {
    for (text, kind) in [
        (
            "L'aggiudicatario sottoscrive con l'ente un contratto sul trattamento dei dati personali.",
            "processing_terms",
        ),
        (
            "I fornitori operano in qualità di responsabili del trattamento per conto dell'ente.",
            "processing_terms",
        ),
        (
            "El adjudicatario actuará como encargado del tratamiento de los datos.",
            "processing_terms",
        ),
        (
            "L'ente può risolvere il contratto in caso di cessione dell'azienda del fornitore.",
            "change_of_control",
        ),
        (
            "Per le vicende soggettive dell'appaltatore si applica l'articolo 106 del Codice.",
            "change_of_control",
        ),
    ] {
        let kinds = clause_kinds(text);
        assert!(kinds.iter().any(|k| k == kind), "{text}: {kinds:?}");
    }
    let assignment = clause_kinds("Non è consentita la cessione del contratto a terzi.");
    assert!(
        !assignment.contains(&"change_of_control".to_string()),
        "{assignment:?}"
    );
    // The buyer's notice to bidders speaks of the bids' data, not the service's.
    let notice = facts_of_text(
        "notice.md",
        "# 8. Informativa privacy per i concorrenti\n\nI dati sensibili contenuti nei documenti presentati dai concorrenti sono trattati per la procedura.\n",
    );
    assert!(notice.clauses.is_empty(), "{:?}", notice.clauses);
    assert!(
        clause_kinds("I dati sensibili dei pazienti sono conservati nella piattaforma.")
            .contains(&"data_sensitivity".to_string())
    );
}

/// Reviews v6 and v7 (Italian specifications): Microsoft's endpoint manager by its short name,
/// and a service "based on" a brand in Italian, Spanish and Dutch, are the brand required.
#[test]
fn sccm_and_services_based_on_a_brand_are_read() {
    use tenderlint::model::Modality;
    let required = |text: &str| {
        facts_of_text("spec.txt", text)
            .providers
            .into_iter()
            .map(|p| (p.product.unwrap_or_default(), p.role))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        required("Le workstation dovranno essere gestite da remoto tramite SCCM."),
        vec![("configuration-manager".to_string(), Modality::Required)]
    );
    for text in [
        "L'appalto ha per oggetto un servizio di posta elettronica basato su G-SUITE di Google.",
        "El objeto del contrato es un servicio de correo basado en Google Workspace.",
    ] {
        assert_eq!(
            required(text),
            vec![("google-workspace".to_string(), Modality::Required)],
            "{text}"
        );
    }
    // Review v30 (IFEMA): words between "based on" and the name.
    assert_eq!(
        required(
            "Sustitución de las actuales aplicaciones por otras nuevas, basadas en la suite de productos Office 365 en sus versiones más modernas."
        ),
        vec![("microsoft-365".to_string(), Modality::Required)]
    );
}

/// Reviews v28 and v30: licences bought as the contract's object make the product required and
/// mark the purchase; a permission told in the past tense allows.
#[test]
fn licences_bought_as_the_object_are_required_and_marked() {
    use tenderlint::model::Modality;
    let mentions = |text: &str| {
        facts_of_text("notice.txt", text)
            .providers
            .into_iter()
            .map(|p| (p.role, p.licence_purchase))
            .collect::<Vec<_>>()
    };
    for text in [
        "Ausgeschrieben wurde die Lieferung von 4.200 gebrauchten Microsoft Office 2016 Professional Plus Volumenlizenzen.",
        "Titel: Lizenzbeschaffung von Microsoft 365 E3 Lizenzen",
        "The contract covers the supply of 2,400 Microsoft 365 E3 licences.",
    ] {
        assert_eq!(mentions(text), vec![(Modality::Required, true)], "{text}");
    }
    assert_eq!(
        mentions(
            "Anstelle von Microsoft Office 2016 konnten auch Microsoft Office 2019 angeboten werden."
        ),
        vec![(Modality::Allowed, false)]
    );
}

/// Review v8 (a Spanish PCAP for Christmas plants): a place in a sentence on the bidders'
/// supporting documents locates no data and buys no hosting.
#[test]
fn a_place_in_a_sentence_on_the_bid_locates_no_data() {
    let facts = facts_of_text(
        "pcap.txt",
        "Cuando el empresario figure en una base de datos de un Estado miembro de la Unión Europea, como un sistema de almacenamiento electrónico de documentos, no estará obligado a presentar los documentos justificativos.",
    );
    assert!(
        facts.hosting.locations.is_empty(),
        "{:?}",
        facts.hosting.locations
    );
    assert_eq!(
        facts.hosting.scope,
        tenderlint::model::HostingScope::Unknown
    );
    let stated = facts_of_text(
        "ppt.txt",
        "Los datos del servicio se almacenarán en un Estado miembro de la Unión Europea.",
    );
    assert_eq!(stated.hosting.locations.len(), 1);
    // "On" a territory locates; "on" a country is "about" it.
    let places = |text: &str| {
        facts_of_text("cctp.txt", text)
            .hosting
            .locations
            .into_iter()
            .map(|l| l.code)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        places("Le titulaire héberge les données sur le territoire européen."),
        vec!["EUROPE".to_string()]
    );
    assert!(
        places("La plateforme héberge des données statistiques sur les États-Unis.").is_empty()
    );
    // The contractor's proof of hosting, and a definition that "désigne", speak of the service.
    for text in [
        "Les justificatifs de l'hébergement des données en France sont transmis chaque année à l'acheteur.",
        "Toute référence à un centre de données désigne un site situé en France.",
    ] {
        assert_eq!(places(text), vec!["FR".to_string()], "{text}");
    }
}

/// Review v6 (Italian and Spanish tenders): hosting named as the object of the contract is
/// procured, and a version of Windows on the machines bought is the brand.
#[test]
fn the_object_of_the_contract_and_windows_on_workstations_are_read() {
    use tenderlint::model::{HostingScope, Modality};
    let facts = |text: &str| facts_of_text("object.txt", text);
    for text in [
        "Constituye el objeto de este contrato el alojamiento de servidores de la Fundación.",
        "Scopo del servizio è l'hosting del portale istituzionale dell'Accademia.",
    ] {
        assert_eq!(facts(text).hosting.scope, HostingScope::Procured, "{text}");
    }
    let windows =
        facts("Le workstation dovranno essere dotate di sistema operativo Windows 7 Pro 64-bit.")
            .providers;
    assert_eq!(
        windows
            .iter()
            .map(|p| (p.product.as_deref(), p.role))
            .collect::<Vec<_>>(),
        vec![(Some("windows"), Modality::Required)]
    );
    assert!(
        facts("The contractor cleans the windows and doors of the building.")
            .providers
            .is_empty()
    );
}

/// The roles the facts give the formats and products they name.
fn roles(facts: &Facts) -> Vec<tenderlint::model::Modality> {
    let formats = facts.formats.iter().map(|f| f.role);
    formats
        .chain(facts.providers.iter().map(|p| p.role))
        .collect()
}

#[test]
fn the_instructions_to_bidders_impose_nothing_on_the_service() {
    use tenderlint::model::Modality::{Mentioned, Required};
    // Said in a specification, these bind the contractor; in the instructions to bidders they
    // describe the procedure.
    let text = "Les livrables sont remis au format Microsoft Word (.docx).\n\nLe titulaire utilise Microsoft Teams pour les réunions de suivi.\n";
    let specification = facts_of_text("CCTP.txt", text);
    assert!(
        roles(&specification).contains(&Required),
        "{specification:?}"
    );
    let instructions = facts_of_text("RC.txt", text);
    assert!(!instructions.formats.is_empty() && !instructions.providers.is_empty());
    assert!(
        roles(&instructions).iter().all(|r| *r == Mentioned),
        "{instructions:?}"
    );
}

#[test]
fn a_contract_operating_the_buyer_s_systems_names_them_as_its_own() {
    use tenderlint::model::Modality::{Mentioned, Required};
    let existing = "Objet du marché : l'infogérance de son système d'information par le titulaire.\n\nMessagerie : le titulaire doit administrer Exchange Online.\n";
    let facts = facts_of_text("CCTP.txt", existing);
    assert!(!facts.providers.is_empty(), "{facts:?}");
    assert!(roles(&facts).iter().all(|r| *r == Mentioned), "{facts:?}");
    assert!(facts.notes.iter().any(|n| n.contains("existing systems")));
    let supplied = "Objet du marché : l'infogérance de son système d'information par le titulaire.\n\nLe titulaire fournit 50 licences Exchange Online.\n";
    assert!(roles(&facts_of_text("CCTP.txt", supplied)).contains(&Required));
}

/// The Commission's controller-processor clauses (GDPR art. 28(7)) are "standard contractual
/// clauses" too: a basis for transfers only where the sentence speaks of transfers.
#[test]
fn processor_clauses_are_no_transfer_basis_unless_transfers_are_spoken_of() {
    assert!(
        !clause_kinds(
            "a) Les présentes clauses contractuelles types ont pour objet de garantir la conformité avec l'article 28 du règlement (UE) 2016/679."
        )
        .contains(&"transfer".to_string())
    );
    for transfer in [
        "Les transferts de données vers des pays tiers peuvent reposer sur des clauses contractuelles types.",
        "Transfers outside the EEA are permitted under standard contractual clauses.",
    ] {
        assert!(
            clause_kinds(transfer).contains(&"transfer".to_string()),
            "{transfer}"
        );
    }
}

/// The places of a text, each as "[!]CODE:modality:scope+scope", in the order found.
fn located(text: &str) -> Vec<String> {
    facts_of_text("cctp.txt", text)
        .hosting
        .locations
        .into_iter()
        .map(|l| {
            let value = serde_json::to_value(&l).unwrap_or_default();
            let word = |key: &str| value[key].as_str().unwrap_or_default().to_string();
            let scopes: Vec<String> = value["scope"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect();
            format!(
                "{}{}:{}:{}",
                if l.outside { "!" } else { "" },
                l.code,
                word("modality"),
                scopes.join("+")
            )
        })
        .collect()
}

/// Labelled development sentences (2026-12-05): where a permission is the only one, what a
/// list of places is for, what "anywhere" is bounded by, logs kept in a later clause, and cloud
/// regions by their display names.
#[test]
fn places_get_the_modality_and_scope_their_clause_gives_them() {
    for (text, expected) in [
        // Allowed only there: required.
        (
            "Die Fernwartung ist nur von Standorten des Herstellers in Österreich aus zulässig.",
            vec!["AT:required:administration"],
        ),
        (
            "El mantenimiento remoto solo podrá efectuarse desde oficinas situadas en Portugal.",
            vec!["PT:required:administration"],
        ),
        // Places of one list share the verb said after the last.
        (
            "Die Dienstleister dürfen die Daten nur in Frankreich oder Belgien verarbeiten.",
            vec!["FR:required:processing", "BE:required:processing"],
        ),
        // "Anywhere" bounded by the place after it is that place.
        (
            "Data may be stored anywhere within the European Economic Area.",
            vec!["EEA:allowed:storage"],
        ),
        // Logs named before the clause that keeps them.
        (
            "Audit logs are encrypted and, in addition, kept exclusively in Germany.",
            vec!["DE:required:technical_data"],
        ),
        // A display name of a cloud region, and a bonus in the award as a preference.
        (
            "L'application est hébergée dans la région Azure « Germany West Central ».",
            vec!["DE:required:data"],
        ),
        (
            "Ein Rechenzentrum in Österreich wird in der Wertung mit drei Zusatzpunkten berücksichtigt.",
            vec!["AT:preferred:data"],
        ),
        // A location stated as the server's: "Serverstandort ist Deutschland" (review v40).
        ("Serverstandort ist Deutschland.", vec!["DE:required:data"]),
        // Outside the EU, in Italian: "extra-UE".
        (
            "Non è consentito l'accesso amministrativo da sedi extra-UE.",
            vec!["!EU:excluded:administration"],
        ),
    ] {
        assert_eq!(located(text), expected, "{text}");
    }
}

/// Asserts the hosting scope read in each one-sentence text.
fn assert_hosting_scope(texts: &[&str], scope: tenderlint::model::HostingScope) {
    for text in texts {
        assert_eq!(
            facts_of_text("cctp.txt", text).hosting.scope,
            scope,
            "{text}"
        );
    }
}

/// Labelled development sentences (2026-12-05): hosting left out of the contract and run by
/// the buyer is the buyer's; the buyer's provision said in German word order.
#[test]
fn hosting_left_out_and_run_by_the_buyer_is_the_buyer_s() {
    use tenderlint::model::HostingScope;
    assert_hosting_scope(
        &[
            "Hosting is not part of the contract; the software is installed in the Council's own data centre.",
            "Le titulaire n'assure aucune prestation d'hébergement : l'application est déployée sur les serveurs de la collectivité.",
            "Die Software ist auf den von der Auftraggeberin bereitgestellten Servern zu installieren.",
            "The application shall run on virtual machines supplied and maintained by the Authority.",
            // The platform of a body the buyer belongs to.
            "L'application est déployée sur la plateforme mutualisée du syndicat informatique auquel adhère la commune.",
            "Die Software läuft auf der Plattform des Zweckverbands, dem die Gemeinde angehört.",
        ],
        HostingScope::BuyerProvided,
    );
    // Today's servers are the starting point, not where the new solution runs.
    assert_hosting_scope(
        &[
            "La mairie dispose aujourd'hui de ses propres serveurs dans la salle informatique.",
            "De provincie beschikt momenteel over een eigen serverruimte.",
        ],
        HostingScope::Unknown,
    );
}

/// The reversibility clause of a one-sentence text: (on quote, deadline in days, open formats).
fn exit_terms(text: &str) -> Option<(bool, Option<u32>, bool)> {
    facts_of_text("terms.txt", text)
        .clauses
        .into_iter()
        .find_map(|c| match c.detail {
            tenderlint::model::ClauseDetail::Reversibility {
                on_quote,
                deadline_days,
                open_formats,
                ..
            } => Some((on_quote, deadline_days, open_formats)),
            _ => None,
        })
}

/// Labelled development sentences (2026-12-05): a return at the end of the contract whose verb
/// comes in two parts around a long object, a month in Spanish, an open format in the singular,
/// and assistance at daily rates or on a quote.
#[test]
fn exits_said_around_long_objects_and_at_rates_are_read() {
    for (text, expected) in [
        (
            "Nach Vertragsende stellt der Auftragnehmer dem Amt sämtliche Fachdaten samt allen Anhängen und Protokollen binnen drei Monaten in einem offenen Format bereit.",
            (false, Some(90), true),
        ),
        (
            "Bij beëindiging van de overeenkomst draagt de leverancier binnen 20 dagen alle gegevens in een open en gedocumenteerd formaat over aan de gemeente.",
            (false, Some(20), true),
        ),
        (
            "A la finalización del contrato, el contratista entregará todos los datos en un formato abierto en el plazo de un mes.",
            (false, Some(30), true),
        ),
        (
            "Assistance with the migration of all data at the end of the contract is charged at the Contractor's hourly rates.",
            (true, None, false),
        ),
    ] {
        assert_eq!(exit_terms(text), Some(expected), "{text}");
    }
}

/// Review v37 (PagoPA's Italian contracts): a lot named as the acquisition of a brand's
/// services buys the brand; infrastructure the contractor supplies is hosting bought; "ente"
/// inside "precedente" names no buyer.
#[test]
fn a_lot_buying_a_brand_and_infrastructure_supplied_are_read() {
    let lot = facts_of_text(
        "lotto.txt",
        "Acquisizione di servizi cloud Azure del catalogo di servizi cloud Microsoft",
    );
    assert_eq!(
        roles(&lot),
        vec![tenderlint::model::Modality::Required],
        "{:?}",
        lot.providers
    );
    use tenderlint::model::HostingScope;
    assert_hosting_scope(
        &[
            "Il servizio è erogato mediante l'infrastruttura tecnologica messa a disposizione dal Fornitore.",
            "Der Auftragnehmer stellt die Rechen-, Speicher- und Netzkapazitäten für den Betrieb bereit.",
        ],
        HostingScope::Procured,
    );
    assert_hosting_scope(
        &[
            "La proprietà dell'infrastruttura tecnologica messa a disposizione ai sensi del precedente articolo resta al Fornitore.",
        ],
        HostingScope::Unknown,
    );
}

/// Review v38 (the Port of Barcelona's technical annex): kinds of service the solution
/// integrates with are not hosting bought, and browsers to be compatible with are software,
/// not a provider's service.
#[test]
fn services_integrated_with_and_browsers_supported_buy_no_hosting() {
    assert_hosting_scope(
        &[
            "Las integraciones con SaaS, PaaS o productos de mercado deberán alinearse con los principios de la entidad.",
            "Integrations with external SaaS platforms shall use the agency's API gateway.",
        ],
        tenderlint::model::HostingScope::Unknown,
    );
    let browsers = facts_of_text(
        "anexo.txt",
        "Las aplicaciones deberán garantizar compatibilidad obligatoria con Microsoft Edge y Google Chrome.",
    );
    let products: Vec<(Option<String>, bool)> = browsers
        .providers
        .iter()
        .map(|p| (p.product.clone(), p.compatibility))
        .collect();
    assert_eq!(
        products,
        vec![
            (Some("microsoft-edge".to_string()), true),
            (Some("google-chrome".to_string()), true)
        ]
    );
}

/// Review v39 (VNG Realisatie's processing agreement): a numbered title names a topic and
/// locates nothing, a condition opening a sentence allows what it names, and Dutch "als" after a
/// kind named in the plural gives examples.
#[test]
fn titles_opening_conditions_and_dutch_examples_require_nothing() {
    assert!(located("4.3 Verwerking buiten de EER").is_empty());
    assert_eq!(
        located(
            "Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker de Verwerkingsverantwoordelijke vooraf op de hoogte."
        ),
        vec!["!EEA:allowed:processing"]
    );
    let examples = facts_of_text(
        "dpa.txt",
        "In geval van multinationals als Microsoft of Google moet de subverwerker voldoen aan de AVG.",
    );
    assert!(
        roles(&examples)
            .iter()
            .all(|role| *role == tenderlint::model::Modality::Mentioned),
        "{:?}",
        examples.providers
    );
}

/// A region id after the platform names where it runs: the platform stays required.
#[test]
fn a_region_named_after_the_platform_keeps_its_role() {
    let facts = facts_of_text(
        "cctp.txt",
        "Les données sont hébergées dans la région Azure francecentral, avec une réplication vers francesouth.",
    );
    assert_eq!(roles(&facts), vec![tenderlint::model::Modality::Required]);
}

#[test]
fn a_section_announced_as_the_current_inventory_names_the_buyer_s_environment() {
    use tenderlint::model::Modality::{Mentioned, Required};
    let inventory = "# 1.3 Azure resources\n\nHieronder vindt u de huidige lijst (Q2 2024) aan Azure resources.\n\nStorage: de leverancier gebruikt Azure Storage Accounts.\n\n# 1.4 Eisen\n\nDe leverancier gebruikt Azure Storage Accounts.\n";
    let facts = facts_of_text("Bijlage.md", inventory);
    // The lead names Azure too, as what exists.
    assert_eq!(roles(&facts), [Mentioned, Mentioned, Required], "{facts:?}");
}

/// A table cataloguing products (a product or maker column and a version column) lists what
/// the buyer runs or allows: its cells name no product to buy, no hosting, no format to
/// deliver. A requirement matrix with a version column stays one (v58).
#[test]
fn a_catalogue_of_products_buys_nothing_but_a_requirement_matrix_does() {
    use tenderlint::model::{HostingScope, Modality};
    let catalogue = "# Chapitre 5 : Supervision\n\n| Référence | Composant | Fournisseur | Version | Commentaires |\n|---|---|---|---|---|\n| EX-1568 | Prometheus | prometheus.io | 2.x | Outil de supervision. Solution Cloud native. |\n| EX-1570 | QGIS | qgis.org | 3.x | Le titulaire utilise des bases de données spatiales (Oracle ou PostGIS). |\n| EX-1571 | EAS | Microsoft | 16 | EAS est un protocole propriétaire de synchronisation de mail. |\n";
    let facts = facts_of_text("referentiel.md", catalogue);
    assert_ne!(facts.hosting.scope, HostingScope::Procured, "{facts:?}");
    assert!(!facts.formats.is_empty());
    assert_all_mentioned(&facts);
    assert!(
        facts.formats.iter().all(|f| f.role == Modality::Mentioned),
        "{:?}",
        facts.formats
    );
    let matrix = "| Exigence | Composant | Version |\n|---|---|---|\n| Le titulaire héberge la solution dans le cloud. | Plateforme | 2 |\n";
    let facts = facts_of_text("matrice.md", matrix);
    assert_eq!(facts.hosting.scope, HostingScope::Procured, "{facts:?}");
}

/// A procedure named by what it buys ("Openbare procedure voor de aankoop van … DB2 LUW",
/// "procédure ouverte pour l'achat d'une …") makes the product the contract's object, as its
/// licences bought do (v59); the French elided article after the verb counts ("d'une").
#[test]
fn a_procedure_named_by_the_product_it_buys_buys_it() {
    for text in [
        "Openbare procedure voor de aankoop van een volledige databankserveroplossing DB2 LUW.",
        "Procédure ouverte pour l'achat d'une solution Oracle Database.",
        "Open procedure for the purchase of a complete Oracle Database server solution.",
    ] {
        let facts = facts_of_text("bestek.txt", text);
        assert!(
            facts
                .providers
                .iter()
                .any(|m| m.role == tenderlint::model::Modality::Required && m.licence_purchase),
            "{text}: {:?}",
            facts.providers
        );
    }
}

/// A manual (its title in the first lines) describes a system as it is: the workstation it
/// needs and the server it runs on are the buyer's, not bought (v62). A specification that
/// asks for a manual is no manual.
#[test]
fn a_manual_describes_what_exists_and_buys_nothing() {
    use tenderlint::model::HostingScope;
    let manual = "# Aquareel Manuel Utilisateur\n\nPour installer Aquaréel vous devez disposer de privilèges Administrateur système.\n\nLe Poste doit être doté du système d'exploitation Windows 10.\n\nAdresse IP du serveur hébergeant le service d'alarme.\n";
    let facts = facts_of_text("annexe1.md", manual);
    assert_ne!(facts.hosting.scope, HostingScope::Procured, "{facts:?}");
    assert_all_mentioned(&facts);
    assert!(
        facts.notes.iter().any(|n| n.contains("manual")),
        "{:?}",
        facts.notes
    );
    let specification = "# CCTP\n\nLe titulaire fournit un manuel utilisateur.\n\nLe poste de travail de l'agent doit être doté de Microsoft Office 2021.\n";
    let facts = facts_of_text("cctp.md", specification);
    assert!(
        !facts.notes.iter().any(|n| n.contains("manual")),
        "{:?}",
        facts.notes
    );
}

/// v64: the state's own cloud is the buyer's; another format agreed with the buyer is an
/// equivalent; a vendor's API and the platform an add-in is built for are no service bought.
#[test]
fn a_state_cloud_an_agreed_format_an_api_and_an_add_in_s_platform_impose_nothing() {
    use tenderlint::model::HostingScope;
    let facts = facts_of_text(
        "ts.txt",
        "SAULĖ IS must be installed in the infrastructure of the State Cloud Service Provider VDPT.",
    );
    assert_eq!(
        facts.hosting.scope,
        HostingScope::BuyerProvided,
        "{facts:?}"
    );
    let facts = facts_of_text(
        "ts.txt",
        "The final versions of the documents shall be submitted electronically (MS Word or another format agreed upon with the Contracting Authority).",
    );
    assert!(!facts.providers.is_empty());
    assert!(
        facts.providers.iter().all(|m| m.or_equivalent),
        "{:?}",
        facts.providers
    );
    let facts = facts_of_text(
        "ts.txt",
        "To the extent possible by MS and Google's API's, the grammar checker should work in all office applications.",
    );
    assert!(facts.providers.iter().any(|m| m.provider == "google"));
    assert!(
        facts.providers.iter().all(|m| m.compatibility),
        "{:?}",
        facts.providers
    );
    let facts = facts_of_text(
        "ts.txt",
        "This subproject should turn our library into a functional grammar checker tool for MS Office and Google apps users.",
    );
    assert!(facts.providers.len() >= 2, "{:?}", facts.providers);
    assert_all_mentioned(&facts);
}

/// Every name read is only mentioned, and there is one at least: the test judges something.
fn assert_all_mentioned(facts: &Facts) {
    assert!(
        !facts.providers.is_empty()
            && facts
                .providers
                .iter()
                .all(|m| m.role == tenderlint::model::Modality::Mentioned),
        "{:?}",
        facts.providers
    );
}
