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
#   version: 2
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
	# In an annex read without its contract ("ALLEGATO 1 AL CONTRATTO"), the exit is a clause
	# of the contract itself, so its absence from the annex is for information.
	finding := lib.absent_from_annex(lib.finding(
		"reversibility.missing",
		"error",
		lib.message("no_clause", {}),
		lib.facts.hosting.evidence,
	))
}

deny contains finding if {
	lib.enabled("reversibility.missing")
	some clause in reversibility
	clause.on_quote
	finding := lib.finding(
		"reversibility.missing",
		"error",
		lib.message("on_quote", {}),
		[clause.evidence],
	)
}

reversibility contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "reversibility"
}

# METADATA
# title: Switching terms below the Data Act's minimum
# description: >-
#   The tender has a reversibility clause, but it leaves out terms the Data Act makes mandatory
#   in a contract for a data processing service since 12 September 2025: a transition of 30
#   days at most, the export of the data in a structured, commonly used and machine-readable
#   format, and their erasure once retrieved. Read over the whole consultation file.
# custom:
#   id: reversibility.switching_terms
#   version: 2
#   effective_from: "2025-09-12"
#   severity: warning
#   legal_basis:
#     - eu.data_act.art25_2
#     - de.evb_it_cloud
#   remediation: >-
#     Complete the reversibility article: the return of all data in an open, structured and
#     machine-readable format within 30 days at most, then their complete erasure, certified in
#     writing.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution. Le titulaire remet un plan de réversibilité au début du marché."
#       pass: "Le titulaire assure l'hébergement de la solution. En fin de marché, le titulaire restitue l'ensemble des données dans un format ouvert dans un délai de 30 jours, puis les supprime."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting der Lösung. Der Auftragnehmer legt zu Vertragsbeginn ein Exit-Konzept vor."
#       pass: "Der Auftragnehmer übernimmt das Hosting der Lösung. Am Vertragsende gibt der Auftragnehmer alle Daten innerhalb von 30 Tagen in einem offenen Format zurück und löscht sie anschließend."
#     - lang: en
#       fail: "The contractor shall host the solution. The contractor shall deliver an exit plan at the start of the contract."
#       pass: "The contractor shall host the solution. At the end of the contract, the contractor shall return all data in an open format within 30 days and then delete them."
warn contains finding if {
	lib.enabled("reversibility.switching_terms")
	lib.hosting_procured
	count(reversibility) > 0
	not on_quote
	finding := switching_finding(lib.finding(
		"reversibility.switching_terms",
		"warning",
		switching_message,
		[clause.evidence | some clause in reversibility],
	))
}

# Terms missing from an annex read without its contract ("ALLEGATO 2 AL CONTRATTO", a data
# processing agreement whose return-or-erase clause is GDPR art. 28(3)(g)) may stand in the
# contract's exit clause: for information (v41). A transition the annex itself makes too long
# stays a warning.
switching_finding(finding) := finding if {
	long_transition
} else := lib.absent_from_annex(finding)

on_quote if {
	some clause in reversibility
	clause.on_quote
}

# What the finding says: a transition longer than 30 days, with whatever else is missing; else
# what is missing. Undefined when the terms are complete.
switching_message := lib.message("long_transition", {
	"days": long_transition,
	"more": count(missing_terms) > 0,
	"terms": lib.terms("switching_term", ordered_missing_terms, "and"),
}) if {
	long_transition
} else := lib.message("missing_terms", {"terms": lib.terms("switching_term", ordered_missing_terms, "and")}) if {
	count(missing_terms) > 0
}

# The shortest transition the file states, when it is longer than the 30 days allowed unless
# technically unfeasible.
long_transition := days if {
	days := min({clause.deadline_days | some clause in reversibility; clause.deadline_days})
	days > 30
}

# The terms of Data Act art. 25(2) the file leaves out (`switching_term-<id>` in the
# catalogues), in the order of the switch: deadline, export, erasure.
missing_terms contains "deadline" if not any_clause("deadline_days")

# An open format, or any structured, commonly used and machine-readable one (art. 25(2)).
missing_terms contains "open_formats" if {
	not any_clause("open_formats")
	not any_clause("machine_readable")
}

missing_terms contains "deletion" if not any_clause("deletion")

ordered_missing_terms := [term | some term in ["deadline", "open_formats", "deletion"]; term in missing_terms]

any_clause(field) if {
	some clause in reversibility
	clause[field]
}

# METADATA
# title: Exit or egress fees
# description: >-
#   The tender lets the provider charge for taking the data out (exit, egress or switching
#   fees). Under the Data Act a provider may charge switching fees no higher than its direct
#   costs until 11 January 2027 and none from 12 January 2027; for the parallel use of several
#   providers it may pass on its egress costs, no more. Fees beyond costs, or any switching fee
#   from 2027, are unlawful; cost-based switching fees are lawful until then but end during
#   most contracts.
# custom:
#   id: reversibility.exit_fees
#   version: 4
#   severity: error
#   legal_basis:
#     - eu.data_act.art29
#     - eu.data_act.art34
#   remediation: >-
#     State that the return of data and the switch to another provider are free of charge. For
#     the parallel use of several providers, limit egress charges to the costs incurred.
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
	some clause in fees
	not clause.cost_based
	finding := lib.finding(
		"reversibility.exit_fees",
		"error",
		lib.message("beyond_costs", {}),
		[clause.evidence],
	)
}

deny contains finding if {
	lib.enabled("reversibility.exit_fees")
	some clause in fees
	clause.cost_based
	not clause.parallel_use
	lib.as_of >= switching_charges_end
	finding := lib.finding(
		"reversibility.exit_fees",
		"error",
		lib.message("at_cost_after_2027", {}),
		[clause.evidence],
	)
}

warn contains finding if {
	lib.enabled("reversibility.exit_fees")
	some clause in fees
	clause.cost_based
	not clause.parallel_use
	lib.as_of < switching_charges_end
	finding := lib.at_most_warning(lib.finding(
		"reversibility.exit_fees",
		"warning",
		lib.message("at_cost_until_2027", {}),
		[clause.evidence],
	))
}

fees contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "exit_fees"
	clause.charged
	not hosting_ruled_out
	switching_charge(clause)
}

# Fees named as exit, egress or switching fees are switching charges. A price for the
# reversibility work is one only where the contract buys a data processing service: in a
# contract for the maintenance of what the buyer runs, it prices labour.
switching_charge(clause) if clause.named

switching_charge(_) if lib.hosting_procured

# Switching charges are those of a data processing service (Data Act art. 2(8), art. 29): a
# contract that buys no hosting, such as the maintenance of what the buyer hosts itself, prices
# labour, which the Act does not cap.
hosting_ruled_out if lib.facts.hosting.scope in {"excluded", "buyer_provided", "on_premises"}

# Data Act art. 29(1): from this date no switching charge at all.
switching_charges_end := "2027-01-12"
