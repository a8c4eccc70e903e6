# Subcontractors and sub-processors.
package sovereignty.subcontracting

import data.tenderlint.lib

# METADATA
# title: Subprocessors anywhere in the world
# description: >-
#   The tender lets the provider use affiliates and sub-processors worldwide. Each of them may
#   reach the data, under its own law; the buyer cannot know who they are.
# custom:
#   id: subcontracting.worldwide_subprocessors
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.gdpr.art28_2_4
#     - fr.secnumcloud.19_6
#     - ch.dsg.art9
#   remediation: >-
#     Require the list of subprocessors with their country, prior written approval of any change,
#     and that none with access to the data be established or controlled outside the EU.
#   examples:
#     - lang: fr
#       fail: "Le titulaire peut faire appel à ses affiliés et à des sous-traitants ultérieurs dans le monde entier."
#       pass: "Le recours à des sous-traitants ultérieurs est soumis à l'accord préalable de la collectivité."
#     - lang: de
#       fail: "Der Auftragnehmer darf weltweit Unterauftragsverarbeiter einsetzen."
#       pass: "Der Einsatz von Unterauftragsverarbeitern bedarf der vorherigen Zustimmung des Auftraggebers."
#     - lang: en
#       fail: "The contractor may engage sub-processors worldwide."
#       pass: "The engagement of sub-processors requires the prior written approval of the contracting authority."
deny contains finding if {
	lib.enabled("subcontracting.worldwide_subprocessors")
	some clause in lib.facts.clauses
	clause.kind == "subprocessors"
	clause.worldwide
	finding := lib.finding(
		"subcontracting.worldwide_subprocessors",
		"error",
		lib.message("worldwide", {
			"affiliates": object.get(clause, "affiliates", false) == true,
			"approval": object.get(clause, "approval_required", false) == true,
		}),
		[clause.evidence],
	)
}
