package tenderlint.notices_test

import data.sovereignty.open_formats
import data.sovereignty.reversibility
import data.sovereignty.scope
import data.sovereignty.vendor_neutrality
import data.tenderlint.fixtures as t
import data.tenderlint.lib

notice_only(classifications) := object.union(t.hosted([]), {"documents": [t.notice_document("avis.xml", {"classifications": classifications})]})

with_specification(classifications) := object.union(notice_only(classifications), {"documents": [
	t.notice_document("avis.xml", {"classifications": classifications}),
	t.document("CCTP.pdf", "specification"),
]})

test_a_notice_alone_never_lacks_a_clause if {
	not lib.hosting_procured with input as t.input_for(notice_only([t.cpv("72415000")]), "eu")
	count(reversibility.deny) == 0 with input as t.input_for(notice_only([t.cpv("72415000")]), "eu")
}

test_absence_is_judged_once_the_procurement_documents_are_read if {
	lib.hosting_procured with input as t.input_for(with_specification([t.cpv("72415000")]), "eu")
	"reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(with_specification([t.cpv("72415000")]), "eu")
}

test_a_notice_outside_it_is_outside_the_rules if {
	lib.notice_outside_it with input as t.input_for(notice_only([t.cpv("45233120")]), "eu")
	not lib.enabled("vendor_neutrality.brand_without_equivalent") with input as t.input_for(notice_only([t.cpv("45233120")]), "eu")
}

test_an_it_notice_or_one_without_cpv_is_judged if {
	not lib.notice_outside_it with input as t.input_for(notice_only([t.cpv("45233120"), t.cpv("72000000")]), "eu")
	not lib.notice_outside_it with input as t.input_for(notice_only([]), "eu")
	lib.enabled("vendor_neutrality.brand_without_equivalent") with input as t.input_for(notice_only([t.cpv("48000000")]), "eu")
}

test_the_documents_classification_does_not_silence_them if {
	not lib.notice_outside_it with input as t.input_for(with_specification([t.cpv("45233120")]), "eu")
}

test_a_field_is_within_its_own_path_and_those_above_it if {
	lib.within_field("/tender/lots/1/description", "/tender/lots/1")
	lib.within_field("/tender/lots/1", "/tender/lots/1")
	not lib.within_field("/tender/lots/10/description", "/tender/lots/1")
}

criterion_path := "/ContractNotice/cac:ProcurementProjectLot[1]/cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion[1]"

scored_brand := object.union(
	t.provider_in_field("avis.xml", concat("/", [criterion_path, "cbc:Name"]), "microsoft", "microsoft-365", "Compatibilité avec Microsoft 365 : 20 points"),
	{"role": "required", "compatibility": true},
)

award_notice := {
	"documents": [t.notice_document("avis.xml", {"classifications": [t.cpv("72415000")], "award_criteria": [{"kind": "quality", "weight": "20", "path": criterion_path}]})],
	"providers": [scored_brand],
}

test_a_brand_scored_in_an_award_criterion_is_judged_once if {
	judged := t.input_for(award_notice, "eu")
	ids := t.ids(vendor_neutrality.deny | vendor_neutrality.warn) with input as judged
	ids == {"vendor_neutrality.brand_in_award_criteria"}
	count(open_formats.warn) == 0 with input as judged
}

test_a_notice_alone_lacks_no_open_source_clause if {
	facts := object.union(award_notice, {"providers": [t.provider("microsoft", "microsoft-365", "required", false)]})
	count(vendor_neutrality.info) == 0 with input as t.input_for(facts, "eu")
}

uk_notice_under(legal_basis) := object.union(
	{"jurisdiction": {"country": "GB", "evidence": [t.evidence("Cumbria County Council (GB)")]}},
	{"documents": [t.notice_document("avis.xml", {"classifications": [t.cpv("72000000")], "legal_basis": {"value": legal_basis, "path": "/ContractNotice/cbc:RegulatoryDomain"}})]},
)

test_a_notice_under_eu_law_is_at_home_whatever_its_buyers_country if {
	lib.buyer_at_home with input as t.input_for(uk_notice_under("32014L0024"), "eu")
	not lib.buyer_at_home with input as t.input_for(uk_notice_under("UK-PA-2023"), "eu")
}

test_a_works_notice_abroad_is_outside_the_rules_silently if {
	works := object.union(uk_notice_under("UK-PA-2023"), {"documents": [t.notice_document("avis.xml", {"classifications": [t.cpv("45000000")]})]})
	count(scope.info) == 0 with input as t.input_for(works, "eu")
	"scope.buyer_outside_profile" in t.ids(scope.info) with input as t.input_for(uk_notice_under("UK-PA-2023"), "eu")
}
