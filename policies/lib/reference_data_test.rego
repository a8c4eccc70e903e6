# The reference data itself: every fact is dated and sourced, ids point at entries that exist,
# and the adequacy lists say what the rules rely on.
package tenderlint.reference_data_test

import data.tenderlint.fixtures as t
import data.tenderlint.lib

date_pattern := `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`

dated(entry) if {
	regex.match(date_pattern, entry.as_of)
	count(entry.source) > 0
}

test_every_provider_is_dated_and_sourced if {
	every provider in data.data.providers {
		dated(provider)
	}
}

test_every_law_is_dated_and_sourced if {
	every law in data.data.laws {
		dated(law)
	}
}

test_every_format_is_dated_and_sourced if {
	every format in data.data.formats {
		dated(format)
	}
}

test_every_certification_is_dated_and_sourced if {
	every certification in data.data.certifications {
		dated(certification)
	}
}

test_every_adequacy_status_is_dated_and_sourced if {
	every country in data.data.countries {
		country.adequacy in {true, false, "partial"}
		regex.match(date_pattern, country.adequacy_as_of)
		count(country.adequacy_source) > 0
	}
}

test_every_country_but_switzerland_has_a_swiss_adequacy_status if {
	every country in [c | some c in data.data.countries; c.code != "CH"] {
		country.ch_adequacy in {true, false, "partial"}
		regex.match(date_pattern, country.ch_adequacy_as_of)
		count(country.ch_adequacy_source) > 0
	}
}

products_with_secnumcloud contains product if {
	some provider in data.data.providers
	some product in provider.products
	product.secnumcloud
}

test_secnumcloud_status_is_per_offer_dated_and_sourced if {
	count(products_with_secnumcloud) > 0
	every product in products_with_secnumcloud {
		product.secnumcloud.status in {"qualified", "in_progress", "none", "unknown"}
		regex.match(date_pattern, product.secnumcloud.as_of)
		sourced_unless_unknown(product.secnumcloud)
	}
}

sourced_unless_unknown(status) if status.status == "unknown"

sourced_unless_unknown(status) if count(status.source) > 0

test_foreign_laws_are_in_the_law_list if {
	every provider in data.data.providers {
		every law in provider.foreign_laws {
			data.data.laws[law]
		}
	}
}

licensed_technology contains id if {
	some provider in data.data.providers
	id := provider.technology_licensed_from
}

licensed_technology contains id if {
	some provider in data.data.providers
	some product in provider.products
	id := product.technology_licensed_from
}

test_technology_licensors_are_providers if {
	count(licensed_technology) > 0
	every id in licensed_technology {
		lib.provider(id)
	}
}

test_uk_controlled_providers_are_under_the_investigatory_powers_act if {
	uk := [p | some p in data.data.providers; p.ultimate_parent.country == "GB"]
	count(uk) > 0
	every provider in uk {
		"uk_ipa_2016" in provider.foreign_laws
	}
}

test_the_us_adequacy_decision_is_partial_and_does_not_count if {
	lib.countries_by_code.US.adequacy == "partial"
	not "US" in lib.adequacy_codes with input as t.input_for({}, "eu")
	not "US" in lib.adequacy_codes with input as t.input_for({}, "ch")
}

test_eu_profiles_use_the_eu_adequacy_list if {
	every profile in ["eu", "fr", "de"] {
		codes := lib.adequacy_codes with input as t.input_for({}, profile)
		every code in ["CH", "GB", "JP", "KR", "BR", "CA", "IL"] {
			code in codes
		}
	}
}

test_the_swiss_profile_uses_the_swiss_adequacy_list if {
	codes := lib.adequacy_codes with input as t.input_for({}, "ch")
	every code in ["GB", "CA", "IL", "FR", "NO"] {
		code in codes
	}
	every code in ["JP", "KR", "BR", "US", "AU"] {
		not code in codes
	}
}

test_operating_model_and_licensor_follow_the_product if {
	otc := t.provider("t-systems", "open-telekom-cloud", "required", false)
	lib.operating_model(otc) == "eu_operator_non_eu_technology"
	lib.technology_licensor(otc).id == "huawei"
	lib.operating_model(object.remove(otc, ["product"])) == "eu_provider"
	bleu := t.provider("bleu", "bleu-cloud", "required", false)
	lib.technology_licensor(bleu).id == "microsoft"
}
