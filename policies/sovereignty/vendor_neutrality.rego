# Naming brands in technical specifications.
package sovereignty.vendor_neutrality

import data.tenderlint.lib

# METADATA
# title: Brand required without "or equivalent"
# description: >-
#   The tender requires a named product ("Licences Microsoft 365 E3", "Adobe InDesign") without
#   "or equivalent". Public procurement law forbids specifications that name a make or brand
#   unless the subject-matter justifies it, or, exceptionally, when the need cannot otherwise
#   be described, and then only followed by "or equivalent": a named brand without either
#   excludes every competitor. Renewing licences the buyer already holds, or buying licences
#   of a product as the contract's very object ("Lizenzbeschaffung von Microsoft 365 E3"), can
#   be such a justification: a warning asking the tender to state it in writing. Compatibility with a
#   product ("files compatible with Adobe InDesign", "interfaces with the Council's
#   ServiceNow") names what the service must work with, not what the contractor must buy:
#   no finding.
# custom:
#   id: vendor_neutrality.brand_without_equivalent
#   version: 6
#   severity: error
#   legal_basis:
#     - eu.directive_2014_24.art42_4
#     - eu.cjeu.c_424_23
#     - fr.ccp.r2111_7
#     - de.vgv.31_6
#     - ch.boeb.art30
#     - nl.aw2012.2_76
#     - es.lcsp.art126
#     - it.dlgs36_2023.art79
#   remediation: >-
#     Describe the need by functions and standards; if a product must be named for clarity, add
#     "or equivalent" right after it.
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
#     - lang: fr
#       fail: "Le titulaire fournit 2 400 licences Microsoft 365 E3."
#       pass: "Le titulaire fournit 2 400 licences Microsoft 365 E3, référence justifiée par l'objet du marché (compatibilité avec le parc installé)."
#     - lang: de
#       fail: "Das CMS WordPress ist vorgegeben."
#       pass: "Das CMS WordPress oder gleichwertig ist vorgegeben."
#     - lang: de
#       fail: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3."
#       pass: "Der Auftragnehmer liefert 2 400 Lizenzen für Microsoft 365 E3. Diese Vorgabe ist durch den Auftragsgegenstand gerechtfertigt."
#     - lang: en
#       fail: "The contractor shall supply 2,400 Microsoft 365 E3 licences."
#       pass: "The contractor shall supply 2,400 Microsoft 365 E3 licences, a reference justified by the subject-matter of the contract."
deny contains finding if {
	lib.enabled("vendor_neutrality.brand_without_equivalent")
	some mention in named
	not justifiable(mention)
	not free_software(mention)
	finding := lib.finding(
		"vendor_neutrality.brand_without_equivalent",
		"error",
		lib.message("named", {"role": mention.role, "product": lib.brand_name(mention), "quote": mention.matched}),
		[mention.evidence],
	)
}

warn contains finding if {
	lib.enabled("vendor_neutrality.brand_without_equivalent")
	some mention in named
	justifiable(mention)
	not free_software(mention)
	finding := lib.at_most_warning(lib.finding(
		"vendor_neutrality.brand_without_equivalent",
		"warning",
		lib.message(justifiable_message(mention), {"product": lib.brand_name(mention), "quote": mention.matched}),
		[mention.evidence],
	))
}

# One message per product, whichever of its mentions is read: a product renewed in one sentence
# and whose licences are bought in another is one finding (the engine merges findings of one
# rule on one subject), worded as a renewal (v55: two warnings on Microsoft 365 in one decision).
justifiable_message(mention) := "justifiable" if {
	lib.brand_name(mention) in renewed_products
} else := "justifiable_purchase"

renewed_products contains lib.brand_name(mention) if {
	some mention in named
	mention.renewal
}

# Open-source software imposed ("Das CMS WordPress ist vorgegeben") binds the buyer to a
# technology, not to a supplier: any bidder may supply, host and support it. Art. 42(4) still
# asks for "or equivalent" or the reason in writing: a note, as the reviewers of v31 and v32
# judged it (Matomo, WordPress).
info contains finding if {
	lib.enabled("vendor_neutrality.brand_without_equivalent")
	some mention in named
	free_software(mention)
	finding := lib.finding(
		"vendor_neutrality.brand_without_equivalent",
		"info",
		lib.message("open_source", {"product": lib.brand_name(mention), "quote": mention.matched}),
		[mention.evidence],
	)
}

# The tender states that the subject-matter of the contract justifies the brand (art. 42(4),
# first sentence; CCP R2111-7): the law's own exception, and the tender gives the reason in
# writing. The finding is kept, excepted, with the tender's sentence as the justification.
info contains finding if {
	lib.enabled("vendor_neutrality.brand_without_equivalent")
	some mention in unqualified
	mention.justification
	finding := lib.excepted(
		lib.finding(
			"vendor_neutrality.brand_without_equivalent",
			"info",
			lib.message("justified", {"role": mention.role, "product": lib.brand_name(mention), "quote": mention.matched}),
			[mention.evidence],
		),
		lib.message("justified_exception", {}),
		[mention.justification],
	)
}

# A product the tender imposes as such, not "or equivalent", nor only as something to work with.
unqualified contains mention if {
	some mention in lib.facts.providers
	names_what_is_bought(mention)
	mention.role in {"required", "preferred"}
	not mention.or_equivalent
	not mention.compatibility
	not lib.in_award_criterion(mention)
}

# A product, or a provider whose licences the contract buys ("Bezug von Lizenzen für die
# Softwareprodukte des Herstellers Microsoft").
names_what_is_bought(mention) if mention.product

names_what_is_bought(mention) if {
	not mention.product
	mention.licence_purchase
	not product_required_of(mention.provider)
}

# A product of the provider is required: the finding on it says what one on the provider would.
product_required_of(provider) if {
	some other in lib.facts.providers
	other.provider == provider
	other.product
	other.role in {"required", "preferred"}
}

named contains mention if {
	some mention in unqualified
	not mention.justification
}

# A renewal of what the buyer holds may be justified by the subject-matter (art. 42(4), first
# sentence): for the buyer to state, not for us to presume.
justifiable(mention) if mention.renewal

# So may the licences of a product that a contract buys as its object ("Lizenzbeschaffung von
# Microsoft 365 E3"): an installed base, compatibility with what the buyer runs, which the
# tender must state.
justifiable(mention) if mention.licence_purchase

free_software(mention) if lib.product(mention.provider, mention.product).open_source

# METADATA
# title: Free software not considered
# description: >-
#   The tender imposes products but neither asks for nor allows free and open-source software.
#   Public bodies are encouraged to favour free software, which keeps them independent of any
#   single vendor.
# custom:
#   id: vendor_neutrality.open_source_option
#   version: 3
#   severity: info
#   legal_basis:
#     - eu.csf.sov6
#     - fr.loi_2016_1321.art16
#     - it.cad.art68
#     - ch.embag.art9
#   remediation: >-
#     Say that free software is accepted or preferred, and ask bidders to name the free
#     components they offer.
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
	lib.terms_read
	count(imposed) > 0
	count(open_source) == 0
	count(source_code) == 0
	finding := lib.finding(
		"vendor_neutrality.open_source_option",
		"info",
		lib.message("silent", {}),
		[mention.evidence | some mention in imposed],
	)
}

# Products imposed that are not free software themselves ("Das CMS WordPress ist vorgegeben"
# already is the free software this rule asks to consider).
imposed contains mention if {
	some mention in lib.facts.providers
	mention.product
	mention.role in {"required", "preferred"}
	not mention.compatibility
	not free_software(mention)
}

open_source contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "open_source"
	clause.stance in {"required", "preferred", "allowed"}
}

# The buyer acquires the source code of what is built for it, with the right to change it: the
# independence free software would give, secured by contract.
source_code contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "source_code"
	clause.stance in {"required", "preferred", "allowed"}
}

# METADATA
# title: Award criterion scores a brand
# description: >-
#   A notice's award criterion scores a named product or provider ("Compatibilité avec
#   Microsoft 365 : 20 points"). Award criteria must be linked to the subject-matter and keep
#   competition effective: points for one brand give the contract to its resellers whatever the
#   offers are worth, and undo an "or equivalent" written in the specification. Read in the
#   award criteria of structured notices (eForms, OCDS), where each criterion is a field.
# custom:
#   id: vendor_neutrality.brand_in_award_criteria
#   version: 1
#   severity: error
#   legal_basis:
#     - eu.directive_2014_24.art67_4
#     - eu.directive_2014_24.art18_1
#   remediation: >-
#     Score what the buyer needs by function, open standard or measurable performance
#     (interoperability through documented interfaces and open formats), never by a brand's name.
#   examples:
#     - lang: fr
#       fail: '{"ocid": "ocds-tl0001-fr-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Ville de Lyon"}, "parties": [{"id": "b", "name": "Ville de Lyon", "roles": ["buyer"], "address": {"countryName": "France"}}], "tender": {"id": "t1", "title": "Messagerie collaborative", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Compatibilité avec Microsoft 365 : 20 points."}}'
#       pass: '{"ocid": "ocds-tl0001-fr-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Ville de Lyon"}, "parties": [{"id": "b", "name": "Ville de Lyon", "roles": ["buyer"], "address": {"countryName": "France"}}], "tender": {"id": "t1", "title": "Messagerie collaborative", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Interopérabilité par des standards ouverts (IMAP, CalDAV) : 20 points."}}'
#     - lang: de
#       fail: '{"ocid": "ocds-tl0001-de-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Stadt Köln"}, "parties": [{"id": "b", "name": "Stadt Köln", "roles": ["buyer"], "address": {"countryName": "Deutschland"}}], "tender": {"id": "t1", "title": "Kollaborationsplattform", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Kompatibilität mit Microsoft 365: 20 Punkte."}}'
#       pass: '{"ocid": "ocds-tl0001-de-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Stadt Köln"}, "parties": [{"id": "b", "name": "Stadt Köln", "roles": ["buyer"], "address": {"countryName": "Deutschland"}}], "tender": {"id": "t1", "title": "Kollaborationsplattform", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Interoperabilität über offene Standards (IMAP, CalDAV): 20 Punkte."}}'
#     - lang: en
#       fail: '{"ocid": "ocds-tl0001-ie-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Cork City Council"}, "parties": [{"id": "b", "name": "Cork City Council", "roles": ["buyer"], "address": {"countryName": "Ireland"}}], "tender": {"id": "t1", "title": "Collaboration platform", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Compatibility with Microsoft 365: 20 points."}}'
#       pass: '{"ocid": "ocds-tl0001-ie-1", "id": "1", "date": "2026-03-02T00:00:00Z", "tag": ["tender"], "initiationType": "tender", "buyer": {"id": "b", "name": "Cork City Council"}, "parties": [{"id": "b", "name": "Cork City Council", "roles": ["buyer"], "address": {"countryName": "Ireland"}}], "tender": {"id": "t1", "title": "Collaboration platform", "items": [{"id": "1", "classification": {"scheme": "CPV", "id": "72415000"}}], "awardCriteria": "ratedCriteria", "awardCriteriaDetails": "Interoperability through open standards (IMAP, CalDAV): 20 points."}}'
deny contains finding if {
	lib.enabled("vendor_neutrality.brand_in_award_criteria")
	some mention in lib.facts.providers
	mention.role != "excluded"
	some criterion in lib.award_criteria
	mention.evidence.document == criterion.document
	lib.within_field(mention.evidence.path, criterion.path)
	finding := lib.finding(
		"vendor_neutrality.brand_in_award_criteria",
		"error",
		scored(criterion, mention),
		[mention.evidence],
	)
}

scored(criterion, mention) := lib.message("scored_weighted", {"product": lib.brand_name(mention), "quote": mention.matched, "weight": criterion.weight}) if {
	criterion.weight
} else := lib.message("scored", {"product": lib.brand_name(mention), "quote": mention.matched})
