package sovereignty.operations_test

import data.sovereignty.operations
import data.tenderlint.fixtures as t

test_follow_the_sun_support_fires if {
	some f in operations.deny with input as t.input_for(t.hosted([t.location("ANY", "required", ["support"])]), "eu")
	f.rule == "operations.support_outside_eu"
	startswith(f.message, "Support")
}

test_administration_from_morocco_fires if {
	"operations.support_outside_eu" in t.ids(operations.deny) with input as t.input_for(t.hosted([t.location("MA", "required", ["administration"])]), "eu")
}

test_administration_from_the_eu_is_fine if {
	count(operations.deny) == 0 with input as t.input_for(t.hosted([t.location("EU", "required", ["administration"])]), "eu")
}

test_excluded_third_country_access_is_fine if {
	excluded := object.union(t.location("EU", "excluded", ["administration"]), {"outside": true})
	count(operations.deny) == 0 with input as t.input_for(t.hosted([excluded]), "eu")
}
