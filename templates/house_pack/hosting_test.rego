package house.hosting_test

import data.house.hosting
import data.tenderlint.fixtures as t

test_data_in_the_eu_is_outside_the_accepted_places if {
	"house.hosting_outside_accepted_places" in t.ids(hosting.warn) with input as t.input_for(t.hosted([t.location("EU", "required", ["data"])]), "eu")
}

test_data_in_an_accepted_place_is_fine if {
	count(hosting.warn) == 0 with input as t.input_for(t.hosted([t.location("FR", "required", ["data"])]), "eu")
}

test_a_place_the_tender_excludes_is_fine if {
	count(hosting.warn) == 0 with input as t.input_for(t.hosted([t.location("US", "excluded", ["data"])]), "eu")
}
