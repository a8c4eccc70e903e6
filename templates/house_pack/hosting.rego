# House rules on where data is hosted: stricter than the bundled pack, which accepts the whole
# EU/EEA. Edit data/house.json to change the places accepted.
package house.hosting

import data.tenderlint.lib

# The places our house accepts for the data (ISO country codes, or EU / EEA).
accepted := {code | some code in data.data.house.accepted_locations}

# METADATA
# title: Data hosted outside the places the house accepts
# description: >-
#   Our house policy keeps the data of our services in the places listed in data/house.json
#   (accepted_locations). A tender that requires or allows the data elsewhere, even in the EU,
#   does not follow it.
# custom:
#   id: house.hosting_outside_accepted_places
#   version: 1
#   severity: warning
#   legal_basis:
#     # An id of the bundled catalogue (policies/data/references.json)...
#     - eu.directive_2014_24.art42_2
#     # ...or a reference written out: where to read it, what it is, whose it is, how binding.
#     - ref: https://example.org/house-hosting-policy
#       description: Our hosting policy (decision of the board, to be replaced by yours)
#       jurisdiction: EU
#       legal_force: doctrine
#   remediation: Require the data in a place our house policy accepts.
#   examples:
#     - lang: fr
#       fail: "Les données sont hébergées exclusivement dans l'Union européenne."
#       pass: "Les données sont hébergées exclusivement en France."
#     - lang: de
#       fail: "Die Daten werden ausschließlich in der Europäischen Union gespeichert."
#       pass: "Die Daten werden ausschließlich in Frankreich gespeichert."
#     - lang: en
#       fail: "The data shall be hosted exclusively in the European Union."
#       pass: "The data shall be hosted exclusively in France."
warn contains finding if {
	lib.enabled("house.hosting_outside_accepted_places")
	some location in lib.facts.hosting.locations
	location.modality in lib.asks
	not location.outside
	some scope in location.scope
	scope in lib.data_scopes
	not location.code in accepted
	# The message is named, with its arguments; house/hosting.<lang>.ftl words it in each
	# language, places included (`lib.term`, `lib.terms`).
	finding := lib.finding(
		"house.hosting_outside_accepted_places",
		"warning",
		lib.message("elsewhere", {
			"place": lib.term("place", location.code),
			"quote": location.place,
			"accepted": lib.terms("place", sort(accepted), "or"),
		}),
		[location.evidence],
	)
}
