# Whether the chosen profile fits the tender at all.
package sovereignty.scope

import data.tenderlint.lib

# METADATA
# title: Buyer outside the profile's jurisdictions
# description: >-
#   The tender is written under the procurement law of a country outside the profile's home
#   (it cites that law and its institutions repeatedly: FAR and U.S.C. for a US federal buyer).
#   The profile's rules rest on the law of its own jurisdictions, which does not bind that buyer:
#   they are not applied, rather than cite law that does not apply. Choose the profile of the
#   buyer's jurisdiction, or read the tender as a model only.
# custom:
#   id: scope.buyer_outside_profile
#   version: 2
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art1
#     - ch.boeb.art4
#   remediation: >-
#     Check the tender under the profile of the buyer's jurisdiction (`--profile`), if there is
#     one; otherwise read the other findings of a home profile as good practice only.
#   examples:
#     - lang: en
#       fail: "This Request for Quotation is issued under FAR subpart 12.6 and 41 U.S.C. 1901. The Contracting Officer will evaluate quotes under FAR 13.106."
#       pass: "This call for tenders is issued under Directive 2014/24/EU. The Contracting Officer will evaluate the tenders."
#     - lang: fr
#       fail: "La présente demande de prix est émise selon la FAR subpart 12.6 et le 41 U.S.C. 1901. Le Contracting Officer évalue les offres selon la FAR 13.106."
#       pass: "La présente consultation est passée selon le code de la commande publique. Le pouvoir adjudicateur évalue les offres."
#     - lang: de
#       fail: "Diese Anfrage ergeht nach FAR subpart 12.6 und 41 U.S.C. 1901. Der Contracting Officer bewertet die Angebote nach FAR 13.106."
#       pass: "Diese Ausschreibung erfolgt nach der VgV und dem GWB. Der Auftraggeber bewertet die Angebote."
info contains finding if {
	not lib.buyer_at_home
	not lib.notice_outside_it
	finding := lib.finding(
		"scope.buyer_outside_profile",
		"info",
		lib.message(outside_message, {"country": lib.term("place", lib.facts.jurisdiction.country), "profile": lib.profile_name}),
		lib.facts.jurisdiction.evidence,
	)
}

# A British buyer was bound by the EU directives until the end of the Brexit transition period
# (31 December 2020): a procedure begun before then was under EU law, as the v33 reviewer noted
# of a 2018 and a 2020 tender. The note says so rather than that EU law never bound the buyer.
outside_message := "outside_since_brexit" if {
	lib.facts.jurisdiction.country == "GB"
	"EU" in lib.profile.legal_orders
} else := "outside"

# METADATA
# title: Specification not read
# description: >-
#   The documents read buy hosting but refer the service's technical terms to a specification
#   they do not contain (a PCAP to its pliego de prescripciones técnicas, contract terms to the
#   CCTP, a procedure's page to its capitolato tecnico). The procurement documents include every
#   document the buyer refers to: a reversibility clause, a data location or an audit right
#   missing here may stand there, so the rules on missing clauses were not applied.
# custom:
#   id: scope.specification_not_read
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art2_1_13
#   remediation: >-
#     Check the whole consultation file together, the specification included (`--package` with
#     its folder or zip; on the page, drop the files together).
#   examples:
#     - lang: fr
#       fail: "Le présent CCAP régit le marché d'hébergement de la plateforme. Les prestations d'hébergement sont décrites au CCTP."
#       pass: "Le présent CCTP régit le marché d'hébergement de la plateforme. Les prestations d'hébergement sont décrites ci-après."
#     - lang: en
#       fail: "These conditions govern the contract for hosting the platform. The hosting services are described in the Statement of Work."
#       pass: "This Statement of Work governs the contract for hosting the platform. The hosting services are described below."
#     - lang: de
#       fail: "Diese Vertragsbedingungen regeln den Auftrag über das Hosting der Plattform. Die Leistungen ergeben sich aus der Leistungsbeschreibung."
#       pass: "Diese Leistungsbeschreibung regelt den Auftrag über das Hosting der Plattform. Die Leistungen werden im Folgenden beschrieben."
info contains finding if {
	lib.enabled("scope.specification_not_read")
	lib.facts.hosting.scope == "procured"
	count(lib.specification_elsewhere) > 0
	finding := lib.finding(
		"scope.specification_not_read",
		"info",
		lib.message("elsewhere", {}),
		array.concat(lib.specification_elsewhere, lib.facts.hosting.evidence),
	)
}

# METADATA
# title: Text incomplete
# description: >-
#   A document is not whole: its table of contents announces sections, or it states a page
#   count ("page 1 of 77"), that the text read does not hold, or its text stops in the middle of
#   a sentence (an excerpt, a file cut short, a transcription of its first pages): what the rest
#   requires was not checked. Or the documents read buy hosting but are only answers to bidders' questions or an addendum, which narrow a
#   consultation file they are not: a reversibility clause, a data location or an audit right
#   missing from the text read may stand in what was not read, so the rules on missing clauses
#   were not applied.
# custom:
#   id: scope.text_incomplete
#   version: 4
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art2_1_13
#   remediation: >-
#     Check the whole document as the buyer published it, every section its table of contents
#     announces included, and answers or addenda together with the consultation file.
#   examples:
#     - lang: fr
#       fail: "SOMMAIRE ARTICLE 1 : OBJET DU MARCHE 3 ARTICLE 2 : HEBERGEMENT ET EXPLOITATION 4 ARTICLE 3 : SECURITE ET CONFIDENTIALITE 6 ARTICLE 4 : REVERSIBILITE ET RESTITUTION DES DONNEES 8 ARTICLE 5 : PENALITES 9\n\nARTICLE 1 : OBJET DU MARCHE Le titulaire assure l'hébergement de la plateforme."
#       pass: "ARTICLE 1 : OBJET DU MARCHE Le titulaire assure l'hébergement de la plateforme. ARTICLE 2 : REVERSIBILITE Le titulaire restitue les données dans un format ouvert dans un délai de 30 jours, puis les supprime."
#     - lang: en
#       fail: "CONTENTS 1. Purpose of the contract 3 2. Hosting and operations 4 3. Security and confidentiality 6 4. Exit management and return of data 8 5. Service credits 9\n\n1. Purpose of the contract. The contractor shall host the platform."
#       pass: "1. Purpose of the contract. The contractor shall host the platform. 2. Exit. At the end of the contract, the contractor shall return all data in an open format within 30 days and then delete them."
#     - lang: en
#       fail: "The contractor shall host the platform in its data centre. At the end of the contract, the contractor shall return all data in an open format and then delete the copies it holds of the"
#       pass: "The contractor shall host the platform in its data centre. At the end of the contract, the contractor shall return all data in an open format and then delete the copies it holds of them."
#     - lang: de
#       fail: "INHALTSVERZEICHNIS 1. Gegenstand des Auftrags 3 2. Hosting und Betrieb 4 3. Sicherheit und Vertraulichkeit 6 4. Vertragsende und Rückgabe der Daten 8 5. Vertragsstrafen 9\n\n1. Gegenstand des Auftrags. Der Auftragnehmer übernimmt das Hosting der Plattform."
#       pass: "1. Gegenstand des Auftrags. Der Auftragnehmer übernimmt das Hosting der Plattform. 2. Vertragsende. Am Vertragsende gibt der Auftragnehmer alle Daten innerhalb von 30 Tagen in einem offenen Format zurück und löscht sie anschließend."
info contains finding if {
	lib.enabled("scope.text_incomplete")
	not lib.terms_read
	incomplete := [document.sections_not_held |
		some document in lib.facts.documents
		document.sections_not_held
	]
	count(incomplete) > 0
	finding := lib.finding(
		"scope.text_incomplete",
		"info",
		lib.message(incomplete_message, {}),
		array.concat(incomplete, lib.facts.hosting.evidence),
	)
}

# What the text left out may hold: the missing clauses of a contract that buys hosting, or
# whatever the sections not read require.
incomplete_message := "incomplete" if {
	lib.facts.hosting.scope == "procured"
} else := "incomplete_unscoped"

# Answers to bidders' questions, or an addendum, read without the file they answer or amend.
info contains finding if {
	lib.enabled("scope.text_incomplete")
	lib.facts.hosting.scope == "procured"
	count(lib.facts.documents) > 0
	every document in lib.facts.documents {
		document.later
		not document.specification_elsewhere
		not document.sections_not_held
	}
	finding := lib.finding(
		"scope.text_incomplete",
		"info",
		lib.message("later_only", {}),
		lib.facts.hosting.evidence,
	)
}

# METADATA
# title: Language not read
# description: >-
#   The documents are written in a language the extractor does not read (it reads French,
#   English, German, Spanish, Italian and Dutch): no requirement, brand, place or clause could
#   be read from them, so no rule was applied. Silence here is not a pass. A notice is read by
#   its coded fields whatever its language.
# custom:
#   id: scope.language_not_read
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art2_1_13
#   remediation: >-
#     Have the documents checked by a reader of their language, or check a translation into one
#     of the languages read.
#   examples:
#     - lang: en
#       fail: "Leverantören ska leverera en molntjänst för e-post. Alla uppgifter ska lagras inom Europeiska unionen och får inte föras över till tredje land."
#       pass: "The supplier shall deliver a cloud e-mail service. All data shall be stored within the European Union and shall not be transferred to a third country."
#     - lang: fr
#       fail: "Leverandøren skal levere en cloudbaseret e-mailtjeneste. Alle data skal opbevares i Den Europæiske Union og må ikke overføres til tredjelande."
#       pass: "Le titulaire fournit un service de messagerie en nuage. Toutes les données sont conservées dans l'Union européenne et ne sont pas transférées vers un pays tiers."
#     - lang: de
#       fail: "Leverantören ska leverera en molntjänst för e-post. Alla uppgifter ska lagras inom Europeiska unionen och får inte föras över till tredje land."
#       pass: "Der Auftragnehmer liefert einen Cloud-E-Mail-Dienst. Alle Daten werden in der Europäischen Union gespeichert und nicht in Drittländer übermittelt."
info contains finding if {
	lib.enabled("scope.language_not_read")
	lib.language_not_read
	finding := lib.finding(
		"scope.language_not_read",
		"info",
		lib.message("unread", {"languages": concat(", ", sort(lib.languages))}),
		[],
	)
}
