package sovereignty.vendor_neutrality_test

import data.sovereignty.vendor_neutrality
import data.tenderlint.fixtures as t

test_brand_without_equivalent_fires if {
	some f in vendor_neutrality.deny with input as t.input_for({"providers": [t.provider("microsoft", "microsoft-365", "required", false)]}, "eu")
	f.rule == "vendor_neutrality.brand_without_equivalent"
	f.message.id == "named"
	f.message.args == {"role": "required", "product": "Microsoft 365", "quote": "microsoft-365"}
}

test_compatibility_with_a_product_is_no_requirement_to_buy_it if {
	compat := object.union(t.provider("microsoft", "sharepoint", "required", false), {"compatibility": true})
	input_facts := t.input_for({"providers": [compat]}, "eu")
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.deny) with input as input_facts
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.warn) with input as input_facts
}

test_a_renewal_is_a_warning_asking_for_a_written_justification if {
	renewal := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"renewal": true})
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.deny) with input as t.input_for({"providers": [renewal]}, "fr")
	some f in vendor_neutrality.warn with input as t.input_for({"providers": [renewal]}, "fr")
	f.severity == "warning"
	f.message.args.product == "Microsoft 365"
}

test_a_product_renewed_and_bought_in_two_sentences_is_one_renewal if {
	renewal := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"renewal": true, "matched": "Office 365"})
	purchase := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"licence_purchase": true, "matched": "Microsoft Office 365"})
	findings := [f | some f in vendor_neutrality.warn; f.rule == "vendor_neutrality.brand_without_equivalent"] with input as t.input_for({"providers": [renewal, purchase]}, "eu")
	count(findings) == 2
	every f in findings {
		f.message.id == "justifiable"
	}
}

test_licences_bought_as_the_object_are_a_warning_asking_for_a_written_justification if {
	purchase := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"licence_purchase": true})
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.deny) with input as t.input_for({"providers": [purchase]}, "de")
	some f in vendor_neutrality.warn with input as t.input_for({"providers": [purchase]}, "de")
	f.severity == "warning"
	f.message.id == "justifiable_purchase"
}

test_open_source_software_imposed_is_a_note_asking_for_or_equivalent_or_a_reason if {
	cms := t.provider("wordpress", "wordpress", "required", false)
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.deny) with input as t.input_for({"providers": [cms]}, "de")
	not "vendor_neutrality.brand_without_equivalent" in t.ids(vendor_neutrality.warn) with input as t.input_for({"providers": [cms]}, "de")
	some f in vendor_neutrality.info with input as t.input_for({"providers": [cms]}, "de")
	f.severity == "info"
	f.message.id == "open_source"
	f.message.args.product == "WordPress"
	not "vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for({"providers": [cms]}, "de")
}

test_licences_of_a_provider_bought_as_the_object_are_a_warning if {
	purchase := object.union(t.provider("microsoft", null, "required", false), {"licence_purchase": true})
	facts := {"providers": [object.remove(purchase, ["product"])]}
	some f in vendor_neutrality.warn with input as t.input_for(facts, "it")
	f.rule == "vendor_neutrality.brand_without_equivalent"
	f.message.args.product == "Microsoft"
}

test_licences_of_a_provider_beside_its_product_are_one_finding if {
	product := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"licence_purchase": true})
	provider := object.remove(object.union(t.provider("microsoft", null, "required", false), {"licence_purchase": true}), ["product"])
	findings := [f | some f in vendor_neutrality.warn; f.rule == "vendor_neutrality.brand_without_equivalent"] with input as t.input_for({"providers": [product, provider]}, "de")
	count(findings) == 1
}

test_a_justification_by_the_subject_matter_stated_in_the_tender_excepts_the_brand if {
	said := t.evidence("La référence à Microsoft 365 est justifiée par l'objet du marché.")
	justified := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"justification": said})
	input_facts := t.input_for({"providers": [justified]}, "fr")
	count(vendor_neutrality.deny) == 0 with input as input_facts
	count(vendor_neutrality.warn) == 0 with input as input_facts
	some f in vendor_neutrality.info with input as input_facts
	f.rule == "vendor_neutrality.brand_without_equivalent"
	f.exception.reason.id == "justified_exception"
	f.message.id == "justified"
	f.exception.evidence == [said]
}

test_an_excepted_brand_still_counts_as_imposed_for_free_software if {
	said := t.evidence("Justified by the subject-matter of the contract.")
	justified := object.union(t.provider("microsoft", "microsoft-365", "required", false), {"justification": said})
	"vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for({"providers": [justified]}, "eu")
}

test_a_preferred_brand_fires_too if {
	some f in vendor_neutrality.deny with input as t.input_for({"providers": [t.provider("oracle", "oracle-database", "preferred", false)]}, "eu")
	f.message.args.role == "preferred"
}

test_or_equivalent_is_fine if {
	count(vendor_neutrality.deny) == 0 with input as t.input_for({"providers": [t.provider("adobe", "adobe-indesign", "required", true)]}, "eu")
}

test_context_mentions_are_fine if {
	count(vendor_neutrality.deny) == 0 with input as t.input_for({"providers": [t.provider("microsoft", "exchange", "mentioned", false)]}, "eu")
}

test_open_source_option_fires_when_products_are_imposed if {
	"vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for({"providers": [t.provider("microsoft", "microsoft-365", "required", false)]}, "eu")
}

# "It should be possible to run the system on Windows Server 2022": a platform the product
# runs on imposes no product (v53).
test_open_source_option_quiet_when_products_are_only_platforms_to_work_with if {
	windows := object.union(t.provider("microsoft", "windows", "required", false), {"compatibility": true})
	not "vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for({"providers": [windows]}, "eu")
}

test_open_source_option_quotes_the_products_imposed if {
	m365 := t.provider("microsoft", "microsoft-365", "required", false)
	some f in vendor_neutrality.info with input as t.input_for({"providers": [m365]}, "eu")
	f.rule == "vendor_neutrality.open_source_option"
	f.evidence == [m365.evidence]
}

test_open_source_option_quiet_when_free_software_is_welcome if {
	facts := {"providers": [t.provider("microsoft", "microsoft-365", "required", false)], "clauses": [t.clause("open_source", {"stance": "preferred"})]}
	count(vendor_neutrality.info) == 0 with input as t.input_for(facts, "eu")
}

# Integrations named in a specification for software the buyer will own: its source code and the
# right to change it give the independence free software would.
test_open_source_option_quiet_when_the_buyer_acquires_the_source_code if {
	facts := {"providers": [t.provider("google", "google-recaptcha", "required", false)], "clauses": [t.clause("source_code", {"stance": "required"})]}
	not "vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for(facts, "eu")
}

test_open_source_option_fires_when_the_source_code_is_only_mentioned if {
	facts := {"providers": [t.provider("google", "google-recaptcha", "required", false)], "clauses": [t.clause("source_code", {"stance": "mentioned"})]}
	"vendor_neutrality.open_source_option" in t.ids(vendor_neutrality.info) with input as t.input_for(facts, "eu")
}

criterion_path := "/ContractNotice/cac:ProcurementProjectLot[1]/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion[2]"

award_notice(weight) := {"documents": [t.notice_document("avis.xml", {
	"classifications": [t.cpv("72415000")],
	"award_criteria": [object.union({"kind": "quality", "name": "Compatibilité", "path": criterion_path}, weight)],
})]}

mention_at(path) := t.provider_in_field("avis.xml", path, "microsoft", "microsoft-365", "Microsoft 365")

test_a_brand_scored_in_an_award_criterion_is_an_error if {
	facts := object.union(award_notice({"weight": "20"}), {"providers": [mention_at(concat("/", [criterion_path, "cbc:Description[1]"]))]})
	some f in vendor_neutrality.deny with input as t.input_for(facts, "eu")
	f.rule == "vendor_neutrality.brand_in_award_criteria"
	f.message.id == "scored_weighted"
	f.message.args.weight == "20"
}

test_a_criterion_without_weight_is_worded_without_one if {
	facts := object.union(award_notice({}), {"providers": [mention_at(criterion_path)]})
	some f in vendor_neutrality.deny with input as t.input_for(facts, "eu")
	f.rule == "vendor_neutrality.brand_in_award_criteria"
	f.message.id == "scored"
}

test_a_brand_elsewhere_in_the_notice_is_not_an_award_criterion if {
	facts := object.union(award_notice({"weight": "20"}), {"providers": [mention_at("/ContractNotice/cac:ProcurementProject/cbc:Description[1]")]})
	not "vendor_neutrality.brand_in_award_criteria" in t.ids(vendor_neutrality.deny) with input as t.input_for(facts, "eu")
}

test_an_excluded_brand_in_a_criterion_is_fine if {
	excluded := object.union(mention_at(criterion_path), {"role": "excluded"})
	facts := object.union(award_notice({"weight": "20"}), {"providers": [excluded]})
	not "vendor_neutrality.brand_in_award_criteria" in t.ids(vendor_neutrality.deny) with input as t.input_for(facts, "eu")
}
