package sovereignty.operations_test

import data.sovereignty.operations
import data.tenderlint.fixtures as t

test_follow_the_sun_support_fires if {
	some f in operations.warn with input as t.input_for(t.hosted([t.location("ANY", "required", ["support"])]), "eu")
	f.rule == "operations.support_outside_eu"
	f.message.id == "outside"
	f.message.args.activity == "support"
	f.message.args.anywhere == true
}

test_administration_from_morocco_fires if {
	some f in operations.warn with input as t.input_for(t.hosted([t.location("MA", "required", ["administration"])]), "eu")
	f.rule == "operations.support_outside_eu"
	f.message.args == {"activity": "administration", "anywhere": false, "place": {"term": "place", "value": "MA"}}
}

test_administration_from_the_eu_is_fine if {
	count(operations.warn) == 0 with input as t.input_for(t.hosted([t.location("EU", "required", ["administration"])]), "eu")
}

test_excluded_third_country_access_is_fine if {
	excluded := object.union(t.location("EU", "excluded", ["administration"]), {"outside": true})
	count(operations.warn) == 0 with input as t.input_for(t.hosted([excluded]), "eu")
}

test_support_from_the_united_kingdom_is_a_warning_like_uk_data if {
	some f in operations.warn with input as t.input_for(t.hosted([t.location("GB", "allowed", ["support"])]), "eu")
	f.rule == "operations.support_outside_eu"
	f.severity == "warning"
}
