# Leaving the provider at the end of the contract.
package sovereignty.reversibility

import data.tenderlint.lib

# METADATA
# title: No reversibility clause
# description: >-
#   The tender procures hosting or a cloud service but has no reversibility clause, or leaves it
#   to a later quotation ("réversibilité sur devis"). Without an exit plan, deadlines and open
#   formats priced into the contract, leaving the provider costs what the provider decides. The
#   Data Act gives cloud customers a right to switch: notice of at most two months, transition
#   within 30 days, data retrievable for at least 30 days, then erased.
# custom:
#   id: reversibility.missing
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.data_act.art23_25
#     - eu.data_act.art25_2
#     - de.evb_it_cloud
#   remediation: >-
#     Add a reversibility article: an exit plan delivered early in the contract, the return of all
#     data in open, documented formats within a stated deadline (30 days at most), assistance to
#     the successor, certified deletion afterwards, all included in the price.
#   examples:
#     fail: "La réversibilité est réalisée sur devis, selon les conditions commerciales du titulaire."
#     pass: "Le titulaire restitue l'ensemble des données dans un format ouvert dans un délai de 30 jours, puis les supprime."
deny contains finding if {
	lib.enabled("reversibility.missing")
	lib.hosting_procured
	count(reversibility) == 0
	finding := lib.finding(
		"reversibility.missing",
		"error",
		"The tender procures hosting but has no reversibility clause: no exit plan, no return of the data, no deadline.",
		lib.facts.hosting.evidence,
	)
}

deny contains finding if {
	lib.enabled("reversibility.missing")
	some clause in reversibility
	clause.on_quote
	finding := lib.finding(
		"reversibility.missing",
		"error",
		"Reversibility is left to a later quotation at the provider's terms: it is not part of the contract.",
		[clause.evidence],
	)
}

reversibility contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "reversibility"
}

# METADATA
# title: Exit or egress fees
# description: >-
#   The tender lets the provider charge for taking the data out (exit, egress or switching fees).
#   Under the Data Act switching charges may only cover costs until 12 January 2027, and must be
#   zero afterwards; fees of any kind make leaving harder.
# custom:
#   id: reversibility.exit_fees
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.data_act.art29
#     - eu.data_act.art34
#   remediation: >-
#     State that the return of data and the switch to another provider are free of charge: "Aucun
#     frais de sortie ne peut être facturé."
#   examples:
#     fail: "Les frais de sortie des données (egress) sont facturés selon la grille tarifaire du fournisseur."
#     pass: "Aucun frais de sortie ne peut être facturé."
deny contains finding if {
	lib.enabled("reversibility.exit_fees")
	some clause in lib.facts.clauses
	clause.kind == "exit_fees"
	clause.charged
	finding := lib.finding(
		"reversibility.exit_fees",
		"error",
		"The provider may charge for taking the data out (exit, egress or switching fees).",
		[clause.evidence],
	)
}
