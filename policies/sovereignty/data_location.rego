# Where the data is stored and processed, backups included (SecNumCloud 3.2, §19.2).
package sovereignty.data_location

import data.tenderlint.lib

# METADATA
# title: Hosting procured, but no data location
# description: >-
#   The tender procures hosting, SaaS or cloud services but states no place for the data.
#   Without a stated location the provider chooses it, possibly outside the EU, and the buyer
#   cannot verify where its data and their copies are.
# custom:
#   id: data_location.unspecified
#   version: 2
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art28_3_a
#     - eu.gdpr.art44_49
#     - fr.secnumcloud.19_2_a
#     - ch.dsg.art16
#   remediation: >-
#     State where data, backups and technical data must be stored and processed, as a
#     requirement.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution et son exploitation."
#       pass: "Le titulaire assure l'hébergement de la solution et son exploitation. Les données sont hébergées exclusivement dans l'Union européenne."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung."
#       pass: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Die Daten werden ausschließlich in der Europäischen Union gespeichert."
#     - lang: en
#       fail: "The contractor shall host and operate the solution."
#       pass: "The contractor shall host and operate the solution. The data shall be stored exclusively in the European Union."
warn contains finding if {
	lib.enabled("data_location.unspecified")
	lib.hosting_procured
	count(stated_locations) == 0
	finding := lib.absent_from_annex(lib.finding(
		"data_location.unspecified",
		"warning",
		lib.message("missing", {}),
		lib.facts.hosting.evidence,
	))
}

stated_locations contains location if {
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	some scope in location.scope
	scope in lib.data_scopes
}

# METADATA
# title: Data may leave the EU
# description: >-
#   The tender requires, prefers or allows data, processing or backups outside the EU/EEA
#   (another country, "any region", "worldwide"). Data stored outside the EU leaves the
#   protection of EU law; for a provider under non-EU jurisdiction, it also answers to that
#   jurisdiction.
# custom:
#   id: data_location.outside_eu
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.gdpr.art44_49
#     - eu.csf.sov3
#     - fr.secnumcloud.19_2_b
#     - ch.dsg.art16
#   remediation: >-
#     Require storage and processing, backups and disaster-recovery copies included, in the EU
#     or EEA; remove "any region" and "worldwide" allowances.
#   examples:
#     - lang: fr
#       fail: "Les sauvegardes peuvent être réalisées dans toute région du fournisseur."
#       pass: "Les sauvegardes sont réalisées dans l'Union européenne."
#     - lang: de
#       fail: "Die Datensicherungen dürfen in allen Regionen des Anbieters erfolgen."
#       pass: "Die Datensicherungen erfolgen ausschließlich in der Europäischen Union."
#     - lang: en
#       fail: "Backups may be stored in any region of the provider."
#       pass: "Backups shall be stored in the European Union."
deny contains finding if {
	lib.enabled("data_location.outside_eu")
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	not location.outside
	some scope in location.scope
	scope in lib.data_scopes
	not location.code in lib.home_codes
	location.code != "EUROPE"
	not location.code in lib.adequacy_codes
	not settled_elsewhere(location)
	finding := lib.finding(
		"data_location.outside_eu",
		"error",
		lib.message("outside", place_args(location)),
		[location.evidence],
	)
}

# Adequacy countries (United Kingdom, Switzerland…) keep GDPR-level protection but are still
# outside the EU legal order: a warning, not an error.
warn contains finding if {
	lib.enabled("data_location.outside_eu")
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	not location.outside
	some scope in location.scope
	scope in lib.data_scopes
	not location.code in lib.home_codes
	location.code in lib.adequacy_codes
	not settled_elsewhere(location)
	finding := lib.finding(
		"data_location.outside_eu",
		"warning",
		lib.message("adequate", object.union(place_args(location), {"adequacy": lib.adequacy_list})),
		[location.evidence],
	)
}

deny contains finding if {
	lib.enabled("data_location.outside_eu")
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	location.outside
	some scope in location.scope
	scope in lib.data_scopes
	not settled_elsewhere(location)
	finding := lib.finding(
		"data_location.outside_eu",
		"error",
		lib.message("data_outside", {"modality": location.modality, "place": lib.term("place", location.code), "quote": location.place}),
		[location.evidence],
	)
}

# What a message says of a location: how the tender asks for it (`modality`, a selector:
# required, preferred, allowed), its extent (a selector: `place`, `anywhere` for any region,
# `outside` for what lies outside the place), the place and the data it covers.
place_args(location) := {
	"modality": location.modality,
	"extent": extent(location),
	"place": lib.term("place", location.code),
	"scope": lib.terms("scope", location.scope, "and"),
}

extent(location) := "outside" if {
	location.outside
} else := "anywhere" if {
	location.code == "ANY"
} else := "place"

# An allowance outside the EU that another document of the package settles: a later document
# narrows it (info below), or a requirement in another document contradicts it (the
# contradiction rule). Either finding quotes both sentences, so it is not said twice.
settled_elsewhere(location) if count(narrowed_by(location)) > 0

settled_elsewhere(location) if count(contradicted_by(location)) > 0

# Where the package lets data go outside the EU/EEA (or outside the profile's home): a place
# abroad, any region, or "outside the EU" itself.
outside_allowances contains location if {
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	not location.outside
	some scope in location.scope
	scope in lib.data_scopes
	not location.code in lib.home_codes
	location.code != "EUROPE"
}

outside_allowances contains location if {
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	location.outside
	some scope in location.scope
	scope in lib.data_scopes
}

# Where the package requires the data at home: the EU, the EEA, or a member state.
home_requirements contains location if {
	some location in lib.facts.hosting.locations
	location.modality == "required"
	not location.outside
	location.code in lib.home_codes
	some scope in location.scope
	scope in lib.data_scopes
}

# The requirement covers what the allowance is about: the same data, or "the data" in general.
covers(requirement, allowance) if {
	some scope in requirement.scope
	scope in allowance.scope
}

covers(requirement, allowance) if {
	"data" in requirement.scope
	some scope in allowance.scope
	scope in lib.data_scopes
}

# The later documents (answers to questions, addenda) that require at home what an earlier
# document allowed abroad.
narrowed_by(allowance) := {requirement |
	not lib.from_later_document(allowance.evidence)
	some requirement in home_requirements
	lib.from_later_document(requirement.evidence)
	covers(requirement, allowance)
}

# The other documents that require at home what this one allows abroad, when no later document
# settled it.
contradicted_by(allowance) := {requirement |
	count(narrowed_by(allowance)) == 0
	some requirement in home_requirements
	requirement.evidence.document != allowance.evidence.document
	covers(requirement, allowance)
}

# METADATA
# title: Allowance outside the EU narrowed by a later document
# description: >-
#   One document allows data outside the EU/EEA, and a later one (an answer to the bidders'
#   questions, an addendum) requires them in the EU for the same data. The answer binds the
#   consultation, but the contract documents still say otherwise: unless they are corrected, the
#   signed contract may carry the looser text.
# custom:
#   id: data_location.narrowed_by_answer
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art18_1
#     - fr.ccp.l3
#     - de.gwb.97
#     - ch.boeb.art2
#   remediation: >-
#     Carry the answer into the contract documents: correct the sentence that allows data abroad
#     (an addendum to the specification), so the contract says what the answer said.
#   examples:
#     - lang: fr
#       fail:
#         - name: "CCTP.txt"
#           text: "Les sauvegardes peuvent être réalisées dans toute région."
#         - name: "Reponses_aux_questions.txt"
#           text: "Les sauvegardes sont réalisées exclusivement dans l'Union européenne."
#       pass:
#         - name: "CCTP.txt"
#           text: "Les sauvegardes sont réalisées exclusivement dans l'Union européenne."
#         - name: "Reponses_aux_questions.txt"
#           text: "Les sauvegardes sont réalisées exclusivement dans l'Union européenne."
#     - lang: de
#       fail:
#         - name: "Leistungsbeschreibung.txt"
#           text: "Die Datensicherungen dürfen in allen Regionen erfolgen."
#         - name: "Antworten_Bieterfragen.txt"
#           text: "Die Datensicherungen erfolgen ausschließlich in der Europäischen Union."
#       pass:
#         - name: "Leistungsbeschreibung.txt"
#           text: "Die Datensicherungen erfolgen ausschließlich in der Europäischen Union."
#         - name: "Antworten_Bieterfragen.txt"
#           text: "Die Datensicherungen erfolgen ausschließlich in der Europäischen Union."
#     - lang: en
#       fail:
#         - name: "Specification.txt"
#           text: "Backups may be stored in any region."
#         - name: "Answers_to_questions.txt"
#           text: "Backups shall be stored exclusively in the European Union."
#       pass:
#         - name: "Specification.txt"
#           text: "Backups shall be stored exclusively in the European Union."
#         - name: "Answers_to_questions.txt"
#           text: "Backups shall be stored exclusively in the European Union."
info contains finding if {
	lib.enabled("data_location.narrowed_by_answer")
	some allowance in outside_allowances
	some requirement in narrowed_by(allowance)
	finding := lib.finding(
		"data_location.narrowed_by_answer",
		"info",
		lib.message("narrowed", object.union(place_args(allowance), {
			"document": lib.document_label(allowance.evidence),
			"answer": lib.document_label(requirement.evidence),
			"required": lib.term("place", requirement.code),
		})),
		[allowance.evidence, requirement.evidence],
	)
}

# METADATA
# title: Documents contradict each other on where data goes
# description: >-
#   One document of the consultation file requires the data in the EU (or a member state) while
#   another allows the same data elsewhere. Bidders will price the looser text; which one binds
#   depends on the order of precedence of the contract documents, and the ambiguity itself
#   weakens the equal treatment of bidders.
# custom:
#   id: data_location.contradiction
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.directive_2014_24.art18_1
#     - fr.ccp.l3
#     - de.gwb.97
#     - ch.boeb.art2
#   remediation: >-
#     Make the documents agree: remove or correct the allowance, so that every document requires
#     the same location, and state in the contract terms which document prevails.
#   examples:
#     - lang: fr
#       fail:
#         - name: "CCTP.txt"
#           text: "Les données sont hébergées exclusivement en France."
#         - name: "Annexe.txt"
#           text: "Les sauvegardes peuvent être hébergées dans toute région."
#       pass:
#         - name: "CCTP.txt"
#           text: "Les données sont hébergées exclusivement en France."
#         - name: "Annexe.txt"
#           text: "Les sauvegardes sont hébergées en France."
#     - lang: de
#       fail:
#         - name: "Leistungsbeschreibung.txt"
#           text: "Die Daten werden ausschließlich in Rechenzentren in Deutschland gehostet."
#         - name: "Anlage.txt"
#           text: "Die Datensicherungen dürfen in allen Regionen gespeichert werden."
#       pass:
#         - name: "Leistungsbeschreibung.txt"
#           text: "Die Daten werden ausschließlich in Rechenzentren in Deutschland gehostet."
#         - name: "Anlage.txt"
#           text: "Die Datensicherungen werden in Deutschland gespeichert."
#     - lang: en
#       fail:
#         - name: "Specification.txt"
#           text: "The data shall be hosted exclusively in the European Union."
#         - name: "Annex.txt"
#           text: "Backups may be stored in any region."
#       pass:
#         - name: "Specification.txt"
#           text: "The data shall be hosted exclusively in the European Union."
#         - name: "Annex.txt"
#           text: "Backups shall be stored in the European Union."
deny contains finding if {
	lib.enabled("data_location.contradiction")
	some allowance in outside_allowances
	some requirement in contradicted_by(allowance)
	finding := lib.finding(
		"data_location.contradiction",
		"error",
		lib.message("contradiction", object.union(place_args(allowance), {
			"document": lib.document_label(allowance.evidence),
			"required_document": lib.document_label(requirement.evidence),
			"required": lib.term("place", requirement.code),
			"required_scope": lib.terms("scope", requirement.scope, "and"),
		})),
		[requirement.evidence, allowance.evidence],
	)
}

# METADATA
# title: Notice and documents disagree on where the service is performed
# description: >-
#   The notice gives a place of performance in the EU (a country, a region, "anywhere in the
#   EEA"), while a procurement document lets the data of the hosting it buys go elsewhere. For
#   hosting, the place the service is performed is where the data are: bidders who read the
#   notice and those who read the documents do not compete for the same contract, and the
#   looser text will be priced.
# custom:
#   id: data_location.notice_contradiction
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.directive_2014_24.art18_1
#     - eu.gdpr.art44_49
#   remediation: >-
#     Make the notice and the documents agree: correct the allowance in the documents (or publish
#     a corrigendum of the notice), so that both state the same place for the data.
#   examples:
#     - lang: fr
#       fail:
#         - name: "avis.json"
#           text: '{"ocid": "ocds-tl0001-fr-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Ville de Lyon"}, "parties": [{"id": "b", "name": "Ville de Lyon", "roles": ["buyer"], "address": {"countryName": "France"}}], "tender": {"id": "t1", "title": "Hébergement du portail", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "France"}]}]}}'
#         - name: "CCTP.txt"
#           text: "Le titulaire assure l'hébergement du portail. Les sauvegardes peuvent être hébergées dans toute région."
#       pass:
#         - name: "avis.json"
#           text: '{"ocid": "ocds-tl0001-fr-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Ville de Lyon"}, "parties": [{"id": "b", "name": "Ville de Lyon", "roles": ["buyer"], "address": {"countryName": "France"}}], "tender": {"id": "t1", "title": "Hébergement du portail", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "France"}]}]}}'
#         - name: "CCTP.txt"
#           text: "Le titulaire assure l'hébergement du portail. Les sauvegardes sont hébergées en France."
#     - lang: de
#       fail:
#         - name: "Bekanntmachung.json"
#           text: '{"ocid": "ocds-tl0001-de-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Stadt Köln"}, "parties": [{"id": "b", "name": "Stadt Köln", "roles": ["buyer"], "address": {"countryName": "Deutschland"}}], "tender": {"id": "t1", "title": "Hosting des Portals", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "Deutschland"}]}]}}'
#         - name: "Leistungsbeschreibung.txt"
#           text: "Der Auftragnehmer übernimmt das Hosting des Portals. Die Datensicherungen dürfen in allen Regionen gespeichert werden."
#       pass:
#         - name: "Bekanntmachung.json"
#           text: '{"ocid": "ocds-tl0001-de-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Stadt Köln"}, "parties": [{"id": "b", "name": "Stadt Köln", "roles": ["buyer"], "address": {"countryName": "Deutschland"}}], "tender": {"id": "t1", "title": "Hosting des Portals", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "Deutschland"}]}]}}'
#         - name: "Leistungsbeschreibung.txt"
#           text: "Der Auftragnehmer übernimmt das Hosting des Portals. Die Datensicherungen werden in Deutschland gespeichert."
#     - lang: en
#       fail:
#         - name: "notice.json"
#           text: '{"ocid": "ocds-tl0001-ie-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Cork City Council"}, "parties": [{"id": "b", "name": "Cork City Council", "roles": ["buyer"], "address": {"countryName": "Ireland"}}], "tender": {"id": "t1", "title": "Hosting of the portal", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "Ireland"}]}]}}'
#         - name: "Specification.txt"
#           text: "The contractor shall host the portal. Backups may be stored in any region."
#       pass:
#         - name: "notice.json"
#           text: '{"ocid": "ocds-tl0001-ie-2", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Cork City Council"}, "parties": [{"id": "b", "name": "Cork City Council", "roles": ["buyer"], "address": {"countryName": "Ireland"}}], "tender": {"id": "t1", "title": "Hosting of the portal", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}, "deliveryAddresses": [{"countryName": "Ireland"}]}]}}'
#         - name: "Specification.txt"
#           text: "The contractor shall host the portal. Backups shall be stored in Ireland."
warn contains finding if {
	lib.enabled("data_location.notice_contradiction")
	lib.hosting_procured
	some place in notice_places_at_home
	some allowance in outside_allowances
	not lib.documents_by_name[allowance.evidence.document].notice
	finding := lib.finding(
		"data_location.notice_contradiction",
		"warning",
		lib.message("contradiction", object.union(place_args(allowance), {
			"document": lib.document_label(allowance.evidence),
			"performed": place.value,
		})),
		[place.evidence, allowance.evidence],
	)
}

# The places of performance the notices give at home (the EU, the EEA or a member state), each
# with its field as evidence: "anywhere" is not a place, and a place abroad contradicts nothing.
notice_places_at_home contains {"value": value, "evidence": lib.field_evidence(document, place.path, value)} if {
	some document in lib.facts.documents
	some place in document.notice.places
	place.country in lib.home_codes
	value := place_value(place)
}

notice_places_at_home contains {"value": "EEA", "evidence": lib.field_evidence(document, place.path, place.other)} if {
	some document in lib.facts.documents
	some place in document.notice.places
	place.other == "anyw-eea"
}

place_value(place) := concat(" ", [place.country, place.region]) if place.region

else := place.country

# METADATA
# title: Data location only preferred
# description: >-
#   The tender states the EU (or Europe) as a preference, not a requirement ("de préférence en
#   Europe", "EU regions where available", "bevorzugt in der EU"), or names geographic Europe,
#   which includes countries outside the EU legal order. A preference binds no one.
# custom:
#   id: data_location.weak_requirement
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.directive_2014_24.art18_1
#     - eu.csf.sov3
#     - fr.ccp.l3
#     - fr.secnumcloud.19_2_b
#     - de.gwb.97
#     - ch.boeb.art2
#   remediation: >-
#     Turn the preference into a requirement and name the legal perimeter: "exclusively in the
#     European Union" rather than "preferably in Europe".
#   examples:
#     - lang: fr
#       fail: "Les données seront hébergées de préférence en Europe."
#       pass: "Les données doivent être hébergées exclusivement dans l'Union européenne."
#     - lang: de
#       fail: "Die Daten sollen bevorzugt in Europa gespeichert werden."
#       pass: "Die Daten müssen ausschließlich in der Europäischen Union gespeichert werden."
#     - lang: en
#       fail: "The data should preferably be hosted in Europe."
#       pass: "The data shall be hosted exclusively in the European Union."
warn contains finding if {
	lib.enabled("data_location.weak_requirement")
	some location in lib.facts.hosting.locations
	not location.outside
	location.modality == "preferred"
	finding := lib.finding(
		"data_location.weak_requirement",
		"warning",
		lib.message("preferred", {"place": lib.term("place", location.code), "quote": location.place}),
		[location.evidence],
	)
}

warn contains finding if {
	lib.enabled("data_location.weak_requirement")
	some location in lib.facts.hosting.locations
	location.code == "EUROPE"
	location.modality == "required"
	finding := lib.finding(
		"data_location.weak_requirement",
		"warning",
		lib.message("europe", {"quote": location.place}),
		[location.evidence],
	)
}

# METADATA
# title: Technical data not located
# description: >-
#   The tender locates the data but says nothing of logs, identities, directories, keys and
#   telemetry. Technical data reveals who does what, and identity and key material give access
#   to everything else.
# custom:
#   id: data_location.technical_data
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.gdpr.art44_49
#     - eu.csf.sov3
#     - fr.secnumcloud.19_2_d
#     - ch.dsg.art16
#   remediation: >-
#     Locate the technical data too: logs, identity data, directories and cryptographic material.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution et son exploitation. Les données sont hébergées exclusivement dans l'Union européenne."
#       pass: "Le titulaire assure l'hébergement de la solution et son exploitation. Les données sont hébergées exclusivement dans l'Union européenne. Les journaux et les données d'identité sont conservés dans l'Union européenne."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Die Daten werden ausschließlich in der Europäischen Union gespeichert."
#       pass: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Die Daten werden ausschließlich in der Europäischen Union gespeichert. Protokolldaten und Identitätsdaten werden ebenfalls in der Europäischen Union gespeichert."
#     - lang: en
#       fail: "The contractor shall host and operate the solution. The data shall be stored exclusively in the European Union."
#       pass: "The contractor shall host and operate the solution. The data shall be stored exclusively in the European Union. Logs and identity data shall also be kept in the European Union."
info contains finding if {
	lib.enabled("data_location.technical_data")
	lib.hosting_procured
	count(stated_locations) > 0
	count(technical_locations) == 0
	finding := lib.finding(
		"data_location.technical_data",
		"info",
		lib.message("missing", {}),
		lib.facts.hosting.evidence,
	)
}

technical_locations contains location if {
	some location in lib.facts.hosting.locations
	"technical_data" in location.scope
}
