package sovereignty.certification_test

import data.sovereignty.certification
import data.tenderlint.fixtures as t

test_sensitive_without_secnumcloud_fires_in_france if {
	facts := {"clauses": [t.sensitive], "certifications": [t.certification("iso27001", "sufficient")]}
	some f in certification.deny with input as t.input_for(facts, "fr")
	f.rule == "certification.sensitive_without_secnumcloud"
	contains(f.message, "ISO/IEC 27001")
}

test_sensitive_without_secnumcloud_is_french_only if {
	count(certification.deny) == 0 with input as t.input_for({"clauses": [t.sensitive]}, "eu")
}

test_sensitive_without_secnumcloud_quiet_when_required if {
	facts := {"clauses": [t.sensitive], "certifications": [t.certification("secnumcloud", "required")]}
	count(certification.deny) == 0 with input as t.input_for(facts, "fr")
}

test_sensitive_without_secnumcloud_quiet_without_sensitive_data if {
	count(certification.deny) == 0 with input as t.input_for({}, "fr")
}

test_unobtainable_fires_for_eucs if {
	"certification.unobtainable" in t.ids(certification.warn) with input as t.input_for({"certifications": [t.certification("eucs", "required")]}, "eu")
}

test_unobtainable_quiet_for_existing_certifications if {
	count(certification.warn) == 0 with input as t.input_for({"certifications": [t.certification("bsi-c5", "required")]}, "eu")
}
