package sovereignty.data_location_test

import data.sovereignty.data_location
import data.tenderlint.fixtures as t

test_unspecified_fires_when_hosting_has_no_location if {
	"data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(t.hosted([]), "eu")
}

test_unspecified_quiet_when_a_location_is_stated if {
	not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(t.hosted([t.location("FR", "required", ["data"])]), "eu")
}

test_unspecified_cites_the_sentences_that_put_hosting_in_scope if {
	some f in data_location.warn with input as t.input_for(t.hosted([]), "eu")
	f.rule == "data_location.unspecified"
	[e.quote | some e in f.evidence] == ["La solution est fournie en mode SaaS."]
}

test_unspecified_quiet_when_hosting_is_not_procured if {
	every scope in t.not_procured {
		not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(t.hosting_scope(scope), "eu")
	}
}

test_unspecified_quiet_without_hosting if {
	not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for({}, "eu")
}

test_outside_eu_fires_for_any_region if {
	"data_location.outside_eu" in t.ids(data_location.deny) with input as t.input_for(t.hosted([t.location("ANY", "allowed", ["backups"])]), "eu")
}

test_outside_eu_fires_for_the_united_states if {
	some f in data_location.deny with input as t.input_for(t.hosted([t.location("US", "required", ["storage"])]), "eu")
	f.rule == "data_location.outside_eu"
	f.message.id == "outside"
	f.message.args.place == {"term": "place", "value": "US"}
	f.message.args.extent == "place"
	f.message.args.modality == "required"
}

test_outside_eu_fires_when_data_may_leave if {
	leaving := object.union(t.location("EU", "allowed", ["data"]), {"outside": true})
	"data_location.outside_eu" in t.ids(data_location.deny) with input as t.input_for(t.hosted([leaving]), "eu")
}

test_outside_eu_quiet_for_the_eu_and_for_excluded_places if {
	findings := data_location.deny with input as t.input_for(t.hosted([t.location("DE", "required", ["data"]), t.location("US", "excluded", ["data"])]), "eu")
	not "data_location.outside_eu" in t.ids(findings)
}

test_outside_eu_is_a_warning_for_adequacy_countries if {
	findings := data_location.warn with input as t.input_for(t.hosted([t.location("CH", "allowed", ["data"])]), "eu")
	"data_location.outside_eu" in t.ids(findings)
}

test_switzerland_is_home_in_the_swiss_profile if {
	input_ch := t.input_for(t.hosted([t.location("CH", "required", ["data"])]), "ch")
	not "data_location.outside_eu" in t.ids(data_location.warn) with input as input_ch
	not "data_location.outside_eu" in t.ids(data_location.deny) with input as input_ch
}

test_weak_requirement_fires_for_a_preference if {
	"data_location.weak_requirement" in t.ids(data_location.warn) with input as t.input_for(t.hosted([t.location("EUROPE", "preferred", ["data"])]), "eu")
}

test_weak_requirement_fires_for_geographic_europe if {
	"data_location.weak_requirement" in t.ids(data_location.warn) with input as t.input_for(t.hosted([t.location("EUROPE", "required", ["data"])]), "eu")
}

test_weak_requirement_quiet_for_a_requirement if {
	not "data_location.weak_requirement" in t.ids(data_location.warn) with input as t.input_for(t.hosted([t.location("EU", "required", ["data"])]), "eu")
}

test_technical_data_fires_when_logs_are_not_located if {
	"data_location.technical_data" in t.ids(data_location.info) with input as t.input_for(t.hosted([t.location("EU", "required", ["data"])]), "eu")
}

test_technical_data_quiet_when_logs_are_located if {
	locations := [t.location("EU", "required", ["data"]), t.location("EU", "required", ["technical_data"])]
	not "data_location.technical_data" in t.ids(data_location.info) with input as t.input_for(t.hosted(locations), "eu")
}

# Packages: a later answer narrows an earlier allowance; two documents that disagree contradict.

spec_allows_any_region := t.location_in("CCTP.pdf", "ANY", "allowed", ["backups"])

answers_require_eu := t.location_in("Reponses.odt", "EU", "required", ["data"])

package_input(documents, locations) := t.input_for(object.union(t.package_of(documents), t.hosted(locations)), "eu")

test_a_later_answer_narrows_an_allowance_abroad if {
	documents := [t.document("CCTP.pdf", "specification"), t.document("Reponses.odt", "answers")]
	facts_in := package_input(documents, [spec_allows_any_region, answers_require_eu])
	not "data_location.outside_eu" in t.ids(data_location.deny) with input as facts_in
	not "data_location.contradiction" in t.ids(data_location.deny) with input as facts_in
	some f in data_location.info with input as facts_in
	f.rule == "data_location.narrowed_by_answer"
	[e.document | some e in f.evidence] == ["CCTP.pdf", "Reponses.odt"]
	f.message.id == "narrowed"
	f.message.args.document == "CCTP.pdf"
	f.message.args.modality == "allowed"
	f.message.args.extent == "anywhere"
	f.message.args.scope.values == ["backups"]
	f.message.args.answer == "Reponses.odt"
	f.message.args.required == {"term": "place", "value": "EU"}
}

test_an_earlier_document_does_not_narrow_a_later_one if {
	documents := [t.document("CCTP.pdf", "specification"), t.document("Reponses.odt", "answers")]
	answer_allows := t.location_in("Reponses.odt", "US", "allowed", ["backups"])
	spec_requires := t.location_in("CCTP.pdf", "FR", "required", ["data"])
	facts_in := package_input(documents, [answer_allows, spec_requires])
	not "data_location.narrowed_by_answer" in t.ids(data_location.info) with input as facts_in
	some f in data_location.deny with input as facts_in
	f.rule == "data_location.contradiction"
	f.message.id == "contradiction"
	f.message.args.required_document == "CCTP.pdf"
	f.message.args.required == {"term": "place", "value": "FR"}
	f.message.args.required_scope.values == ["data"]
	f.message.args.document == "Reponses.odt"
	f.message.args.modality == "allowed"
	f.message.args.extent == "place"
	f.message.args.place == {"term": "place", "value": "US"}
	f.message.args.scope.values == ["backups"]
}

test_documents_that_disagree_are_a_contradiction_quoting_both if {
	documents := [t.document("CCTP.pdf", "specification"), t.document("Annexe_2.docx", "annex")]
	spec_requires := t.location_in("CCTP.pdf", "FR", "required", ["data", "backups"])
	annex_allows := t.location_in("Annexe_2.docx", "ANY", "allowed", ["backups"])
	facts_in := package_input(documents, [spec_requires, annex_allows])
	some f in data_location.deny with input as facts_in
	f.rule == "data_location.contradiction"
	[e.document | some e in f.evidence] == ["CCTP.pdf", "Annexe_2.docx"]
	# Said once, as a contradiction, not again as an allowance outside the EU.
	not "data_location.outside_eu" in t.ids(data_location.deny) with input as facts_in
}

test_an_allowance_of_data_outside_the_eu_is_named_as_such if {
	documents := [t.document("CCTP.pdf", "specification"), t.document("Annexe_2.docx", "annex")]
	spec_requires := t.location_in("CCTP.pdf", "EU", "required", ["data"])
	leaving := object.union(t.location_in("Annexe_2.docx", "EU", "allowed", ["processing"]), {"outside": true})
	some f in data_location.deny with input as package_input(documents, [spec_requires, leaving])
	f.rule == "data_location.contradiction"
	f.message.args.document == "Annexe_2.docx"
	f.message.args.extent == "outside"
	f.message.args.place == {"term": "place", "value": "EU"}
	f.message.args.scope.values == ["processing"]
}

test_no_contradiction_within_one_document_or_between_home_places if {
	same_document := [t.location("FR", "required", ["data"]), t.location("ANY", "allowed", ["backups"])]
	not "data_location.contradiction" in t.ids(data_location.deny) with input as t.input_for(t.hosted(same_document), "eu")
	documents := [t.document("Leistungsbeschreibung.pdf", "specification"), t.document("Antworten.odt", "answers")]
	home := [t.location_in("Leistungsbeschreibung.pdf", "DE", "required", ["data"]), t.location_in("Antworten.odt", "AT", "allowed", ["backups"])]
	not "data_location.contradiction" in t.ids(data_location.deny) with input as package_input(documents, home)
}

test_different_data_do_not_contradict if {
	documents := [t.document("CCTP.pdf", "specification"), t.document("Annexe.pdf", "annex")]
	locations := [t.location_in("CCTP.pdf", "FR", "required", ["storage"]), t.location_in("Annexe.pdf", "US", "allowed", ["backups"])]
	facts_in := package_input(documents, locations)
	not "data_location.contradiction" in t.ids(data_location.deny) with input as facts_in
	"data_location.outside_eu" in t.ids(data_location.deny) with input as facts_in
}

# Adequacy: the EU list by default, Switzerland's in the Swiss profile; a partial finding (the
# United States, certified organisations only) does not make a place adequate.

test_outside_eu_is_an_error_for_the_united_states_despite_the_dpf if {
	findings := data_location.deny with input as t.input_for(t.hosted([t.location("US", "allowed", ["data"])]), "eu")
	"data_location.outside_eu" in t.ids(findings)
	not "data_location.outside_eu" in t.ids(data_location.warn) with input as t.input_for(t.hosted([t.location("US", "allowed", ["data"])]), "eu")
}

test_outside_eu_is_an_error_for_the_united_states_in_the_swiss_profile if {
	"data_location.outside_eu" in t.ids(data_location.deny) with input as t.input_for(t.hosted([t.location("US", "allowed", ["data"])]), "ch")
}

test_outside_eu_names_the_eu_adequacy_decision if {
	some f in data_location.warn with input as t.input_for(t.hosted([t.location("JP", "allowed", ["data"])]), "eu")
	f.rule == "data_location.outside_eu"
	f.message.id == "adequate"
	f.message.args.adequacy == "eu"
}

test_the_swiss_profile_judges_on_the_swiss_list if {
	japan := t.input_for(t.hosted([t.location("JP", "allowed", ["data"])]), "ch")
	"data_location.outside_eu" in t.ids(data_location.deny) with input as japan
	some f in data_location.warn with input as t.input_for(t.hosted([t.location("GB", "allowed", ["data"])]), "ch")
	f.rule == "data_location.outside_eu"
	f.message.id == "adequate"
	f.message.args.adequacy == "ch"
}

notice_with_places(places) := t.notice_document("avis.xml", {"classifications": [t.cpv("72415000")], "places": places})

performed_in(country) := {"country": country, "path": "/ContractNotice/cac:ProcurementProject/cac:RealizedLocation/cac:Address"}

performed_in_region(country, region) := object.union(performed_in(country), {"region": region})

notice_and_specification(places, locations) := object.union(t.hosted(locations), {"documents": [notice_with_places(places), t.document("test.txt", "specification")]})

anywhere := t.location("ANY", "allowed", ["backups"])

test_a_notice_performed_at_home_contradicts_an_allowance_abroad if {
	facts := notice_and_specification([performed_in_region("FR", "FRK26")], [anywhere])
	some f in data_location.warn with input as t.input_for(facts, "eu")
	f.rule == "data_location.notice_contradiction"
	f.message.args.performed == "FR FRK26"
	[e.quote | some e in f.evidence] == ["FR FRK26", "Les données sont hébergées en ANY."]
	f.evidence[0].paragraph == 0
}

test_anywhere_in_the_eea_is_a_place_at_home if {
	facts := notice_and_specification([{"other": "anyw-eea", "path": "/p"}], [anywhere])
	some f in data_location.warn with input as t.input_for(facts, "eu")
	f.rule == "data_location.notice_contradiction"
	f.message.args.performed == "EEA"
}

test_a_notice_performed_anywhere_contradicts_nothing if {
	facts := notice_and_specification([{"other": "anyw", "path": "/p"}, performed_in("US")], [anywhere])
	not "data_location.notice_contradiction" in t.ids(data_location.warn) with input as t.input_for(facts, "eu")
}

test_documents_that_keep_the_data_at_home_agree_with_the_notice if {
	facts := notice_and_specification([performed_in("FR")], [t.location("FR", "required", ["data"])])
	not "data_location.notice_contradiction" in t.ids(data_location.warn) with input as t.input_for(facts, "eu")
}

test_unspecified_is_for_information_in_an_annex_read_without_its_contract if {
	facts := object.union(t.hosted([]), {"documents": [t.annex_of_a_contract]})
	some f in data_location.warn with input as t.input_for(facts, "eu")
	f.rule == "data_location.unspecified"
	f.severity == "info"
	f.message.id == "contract_elsewhere"
	f.evidence[0].quote == "ALLEGATO 1 AL CONTRATTO"
}
