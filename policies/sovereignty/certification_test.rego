package sovereignty.certification_test

import data.sovereignty.certification
import data.tenderlint.fixtures as t

test_sensitive_without_secnumcloud_is_an_error_for_a_state_buyer if {
	facts := object.union(state_buyer_hosting, {"certifications": [t.certification("iso27001", "sufficient")]})
	some f in certification.deny with input as t.input_for(facts, "fr")
	f.rule == "certification.sensitive_without_secnumcloud"
	f.message.id == "relied_on"
	f.message.args.certifications.values == ["iso27001"]
	f.message.args.buyer == "state"
	"Le ministère de l'Intérieur est l'acheteur." in {e.quote | some e in f.evidence}
}

test_sensitive_without_secnumcloud_is_a_warning_when_the_buyer_is_unknown if {
	facts := object.union(t.hosted([]), {"clauses": [t.sensitive]})
	some f in certification.warn with input as t.input_for(facts, "fr")
	f.rule == "certification.sensitive_without_secnumcloud"
	f.message.id == "missing"
	f.message.args.buyer == "unknown"
}

test_sensitive_without_secnumcloud_is_information_for_a_local_authority if {
	facts := object.union(object.union(t.hosted([]), {"clauses": [t.sensitive]}), {"buyer": buyer("regional_or_local")})
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
	some f in certification.info with input as t.input_for(facts, "fr")
	f.rule == "certification.sensitive_without_secnumcloud"
}

test_sensitive_without_secnumcloud_needs_hosting_in_scope if {
	facts := object.union(object.union(t.hosting_scope("buyer_provided"), {"clauses": [t.sensitive]}), {"buyer": buyer("central_government")})
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
}

test_sensitive_without_secnumcloud_is_french_only if {
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(state_buyer_hosting, "eu")
}

test_sensitive_without_secnumcloud_quiet_when_required if {
	facts := object.union(state_buyer_hosting, {"certifications": [t.certification("secnumcloud", "required")]})
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
}

test_sensitive_without_secnumcloud_quiet_without_sensitive_data if {
	facts := object.union(t.hosted([]), {"buyer": buyer("central_government")})
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
}

test_health_without_hds_fires_in_france if {
	facts := object.union(t.hosted([]), {"clauses": [health]})
	some f in certification.deny with input as t.input_for(facts, "fr")
	f.rule == "certification.health_without_hds"
	not "certification.health_without_hds" in t.ids(certification.deny) with input as t.input_for(facts, "de")
}

test_health_without_hds_quiet_when_hds_is_required if {
	facts := object.union(t.hosted([]), {"clauses": [health], "certifications": [t.certification("hds", "required")]})
	not "certification.health_without_hds" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
}

test_classified_information_in_a_hosted_service_is_a_warning if {
	facts := object.union(t.hosted([]), {"clauses": [t.clause("data_sensitivity", {"categories": ["secret"]})]})
	some f in certification.warn with input as t.input_for(facts, "eu")
	f.rule == "certification.classified_in_commercial_cloud"
	not "certification.sensitive_without_secnumcloud" in t.ids(certification.warn) with input as t.input_for(facts, "fr")
}

# Diffusion Restreinte is a protection marking: the SecNumCloud rule covers it, not this one.
test_diffusion_restreinte_is_not_classified if {
	facts := object.union(object.union(t.hosted([]), {"clauses": [t.clause("data_sensitivity", {"categories": ["restricted"]})]}), {"buyer": buyer("central_government")})
	not "certification.classified_in_commercial_cloud" in t.ids(certification.warn) with input as t.input_for(facts, "fr")
	"certification.sensitive_without_secnumcloud" in t.ids(certification.deny) with input as t.input_for(facts, "fr")
}

test_classified_information_on_the_buyer_s_systems_is_fine if {
	facts := object.union(t.hosting_scope("on_premises"), {"clauses": [t.clause("data_sensitivity", {"categories": ["secret"]})]})
	not "certification.classified_in_commercial_cloud" in t.ids(certification.warn) with input as t.input_for(facts, "eu")
}

buyer(kind) := {"kind": kind, "evidence": [t.evidence("Le ministère de l'Intérieur est l'acheteur.")]}

state_buyer_hosting := object.union(object.union(t.hosted([]), {"clauses": [t.sensitive]}), {"buyer": buyer("central_government")})

health := t.clause("data_sensitivity", {"categories": ["health"]})

test_unobtainable_fires_for_eucs if {
	"certification.unobtainable" in t.ids(certification.warn) with input as t.input_for({"certifications": [t.certification("eucs", "required")]}, "eu")
}

test_unobtainable_quiet_for_existing_certifications if {
	count(certification.warn) == 0 with input as t.input_for({"certifications": [t.certification("bsi-c5", "required")]}, "eu")
}
