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
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2023/2854/oj
#     description: Regulation (EU) 2023/2854 (Data Act), articles 23 and 25 (switching), applicable from 12 September 2025
# custom:
#   id: reversibility.missing
#   severity: error
#   remediation: >-
#     Add a reversibility article: an exit plan delivered early in the contract, the return of all
#     data in open, documented formats within a stated deadline (30 days at most), assistance to
#     the successor, certified deletion afterwards, all included in the price.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution et son exploitation."
#       pass: "Le titulaire assure l'hébergement de la solution et son exploitation. Le titulaire restitue l'ensemble des données dans un format ouvert dans un délai de 30 jours, puis les supprime."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung."
#       pass: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Am Vertragsende gibt der Auftragnehmer alle Daten innerhalb von 30 Tagen in einem offenen Format zurück und löscht sie anschließend."
#     - lang: en
#       fail: "The contractor shall host and operate the solution."
#       pass: "The contractor shall host and operate the solution. At the end of the contract, the contractor shall return all data in an open format within 30 days and then delete them."
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
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2023/2854/oj
#     description: Regulation (EU) 2023/2854 (Data Act), article 29 (gradual withdrawal of switching charges)
# custom:
#   id: reversibility.exit_fees
#   severity: error
#   remediation: >-
#     State that the return of data and the switch to another provider are free of charge: "Aucun
#     frais de sortie ne peut être facturé."
#   examples:
#     - lang: fr
#       fail: "Les frais de sortie des données (egress) sont facturés selon la grille tarifaire du fournisseur."
#       pass: "Aucun frais de sortie ne peut être facturé."
#     - lang: de
#       fail: "Für den Export der Daten fallen Egress-Gebühren gemäß der Preisliste des Anbieters an."
#       pass: "Für die Herausgabe der Daten dürfen keine Gebühren erhoben werden."
#     - lang: en
#       fail: "Egress fees for retrieving the data are charged at the provider's list prices."
#       pass: "No exit or egress fees may be charged."
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
