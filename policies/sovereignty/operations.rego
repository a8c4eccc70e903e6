# Where administration and support happen.
package sovereignty.operations

import data.tenderlint.lib

# METADATA
# title: Administration or support from outside the EU
# description: >-
#   The tender lets administration or support be done from anywhere ("24/7 follow-the-sun",
#   "depuis tout pays") or from a country outside the EU. Administrators and support staff can
#   reach the data; outside the EU they answer to other laws. Support from outside the EU is
#   lawful when it is documented, access-controlled and supervised from the EU (SecNumCloud
#   §19.2.e): a warning asking the tender to say so, for the United Kingdom as for any other
#   country outside the EU.
# custom:
#   id: operations.support_outside_eu
#   version: 2
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art44_49
#     - eu.csf.sov4
#     - fr.secnumcloud.19_2_c_e
#     - ch.dsg.art16
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
warn contains finding if {
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
		"warning",
		lib.message("outside", {
			"activity": scope,
			"anywhere": location.code == "ANY",
			"place": lib.term("place", location.code),
		}),
		[location.evidence],
	)
}
