# Where administration and support happen.
package sovereignty.operations

import data.tenderlint.lib

# METADATA
# title: Administration or support from outside the EU
# description: >-
#   The tender lets administration or support be done from anywhere ("24/7 follow-the-sun",
#   "depuis tout pays") or from a country outside the EU. Administrators and support staff can
#   reach the data; outside the EU they answer to other laws.
# related_resources:
#   - ref: https://cyber.gouv.fr/
#     description: SecNumCloud 3.2, §19.2.c (administration from the EU) and §19.2.e (supervised support from outside the EU)
# custom:
#   id: operations.support_outside_eu
#   severity: error
#   remediation: >-
#     Require administration from the EU, and support from outside the EU only when documented,
#     access-controlled and supervised from the EU.
#   examples:
#     - lang: fr
#       fail: "Le support est assuré 24/7 selon un modèle « follow-the-sun »."
#       pass: "L'administration de la plateforme est réalisée exclusivement depuis l'Union européenne."
#     - lang: de
#       fail: "Der Support kann weltweit im Follow-the-Sun-Modell erbracht werden."
#       pass: "Die Administration der Plattform erfolgt ausschließlich aus der Europäischen Union."
#     - lang: en
#       fail: "Support may be provided from anywhere in the world on a follow-the-sun basis."
#       pass: "Administration of the platform shall be performed exclusively from the European Union."
deny contains finding if {
	lib.enabled("operations.support_outside_eu")
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	not location.outside
	not location.code in lib.home_codes
	location.code != "EUROPE"
	some scope in location.scope
	scope in lib.operation_scopes
	finding := lib.finding(
		"operations.support_outside_eu",
		"error",
		sprintf("%s may be done from %s.", [activity[scope], where(location)]),
		[location.evidence],
	)
}

activity := {"administration": "Administration", "support": "Support"}

where(location) := "anywhere (no location limit)" if location.code == "ANY"

where(location) := sprintf("%s, outside the EU/EEA", [lib.place_name(location.code)]) if location.code != "ANY"
