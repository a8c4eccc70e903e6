# Naming brands in technical specifications.
package sovereignty.vendor_neutrality

import data.tenderlint.lib

# METADATA
# title: Brand required without "or equivalent"
# description: >-
#   The tender requires a named product ("Licences Microsoft 365 E3", "Adobe InDesign") without
#   "or equivalent". Public procurement law forbids specifications that name a make or brand
#   unless the subject matter cannot otherwise be described, and then only followed by "or
#   equivalent": a named brand without it excludes every competitor.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/dir/2014/24/oj
#     description: Directive 2014/24/EU, article 42(4)
#   - ref: https://www.legifrance.gouv.fr/
#     description: Code de la commande publique, article R2111-7
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-424/23
#     description: CJEU, C-424/23 — specifications naming a brand without "or equivalent"
# custom:
#   id: vendor_neutrality.brand_without_equivalent
#   severity: error
#   remediation: >-
#     Describe the need by functions and standards; if a product must be named for clarity, add
#     "ou équivalent" / "or equivalent" / "oder gleichwertig" right after it.
#   examples:
#     - lang: fr
#       fail: "Le titulaire fournit 2 400 licences Microsoft 365 E3."
#       pass: "Le titulaire fournit 2 400 licences de suite bureautique ou équivalent."
#     - lang: de
#       fail: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3."
#       pass: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3 oder gleichwertig."
#     - lang: en
#       fail: "The contractor shall supply 2,400 Microsoft 365 E3 licences."
#       pass: "The contractor shall supply 2,400 Microsoft 365 E3 licences or equivalent."
deny contains finding if {
	lib.enabled("vendor_neutrality.brand_without_equivalent")
	some mention in lib.facts.providers
	mention.product
	mention.role in {"required", "preferred"}
	not mention.or_equivalent
	finding := lib.finding(
		"vendor_neutrality.brand_without_equivalent",
		"error",
		sprintf("The tender %s %s (\"%s\") without \"or equivalent\".", [how(mention), lib.brand_name(mention), mention.matched]),
		[mention.evidence],
	)
}

how(mention) := "requires compatibility with" if {
	mention.compatibility
} else := "prefers" if {
	mention.role == "preferred"
} else := "requires"

# METADATA
# title: Free software not considered
# description: >-
#   The tender imposes products but neither asks for nor allows free and open-source software.
#   Public bodies are encouraged to favour free software, which keeps them independent of any
#   single vendor.
# related_resources:
#   - ref: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000033202746
#     description: Loi n° 2016-1321 pour une République numérique, article 16
#   - ref: https://commission.europa.eu/
#     description: "EU Cloud Sovereignty Framework, SOV-6 (technology: open source)"
# custom:
#   id: vendor_neutrality.open_source_option
#   severity: info
#   remediation: >-
#     Say that free software is accepted or preferred: "L'utilisation de logiciels libres est
#     encouragée ; le candidat précise les composants libres qu'il propose."
#   examples:
#     - lang: fr
#       fail: "Le titulaire fournit 2 400 licences Microsoft 365 E3."
#       pass: "Le titulaire fournit 2 400 licences Microsoft 365 E3. L'utilisation de logiciels libres est encouragée."
#     - lang: de
#       fail: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3."
#       pass: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3. Open-Source-Lösungen sind ausdrücklich zugelassen."
#     - lang: en
#       fail: "The contractor shall supply 2,400 Microsoft 365 E3 licences."
#       pass: "The contractor shall supply 2,400 Microsoft 365 E3 licences. Open-source solutions are welcome."
info contains finding if {
	lib.enabled("vendor_neutrality.open_source_option")
	count(imposed) > 0
	count(open_source) == 0
	finding := lib.finding(
		"vendor_neutrality.open_source_option",
		"info",
		"The tender names products but says nothing of free and open-source software.",
		[],
	)
}

imposed contains mention if {
	some mention in lib.facts.providers
	mention.product
	mention.role in {"required", "preferred"}
}

open_source contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "open_source"
	clause.stance in {"required", "preferred", "allowed"}
}
