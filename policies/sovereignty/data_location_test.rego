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
	contains(f.message, "the United States")
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
