package sovereignty.data_protection_test

import data.sovereignty.data_protection
import data.tenderlint.fixtures as t

dpa(stance) := t.stance_clause("processing_terms", stance, {})

audit(stance, reports_only) := t.stance_clause("audit_right", stance, {"reports_only": reports_only})

test_processing_terms_warn_for_hosted_personal_data if {
	some f in data_protection.warn with input as t.input_for(t.hosted_with([t.personal]), "eu")
	f.rule == "data_protection.processing_terms"
	count(f.evidence) == 2
}

test_processing_terms_quiet_with_a_dpa if {
	facts := t.hosted_with([t.personal, dpa("required")])
	not "data_protection.processing_terms" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
}

test_processing_terms_warn_when_the_dpa_is_only_mentioned if {
	facts := t.hosted_with([t.personal, dpa("mentioned")])
	"data_protection.processing_terms" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
}

test_processing_terms_quiet_without_personal_data if {
	not "data_protection.processing_terms" in t.ids(data_protection.warn) with input as t.input_for(t.hosted_with([]), "eu")
}

test_processing_terms_quiet_without_hosting if {
	every scope in t.not_procured {
		facts := object.union(t.hosting_scope(scope), {"clauses": [t.personal]})
		not "data_protection.processing_terms" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
	}
}

# Health data are personal data.
test_processing_terms_warn_for_health_data if {
	health := t.clause("data_sensitivity", {"categories": ["health"]})
	"data_protection.processing_terms" in t.ids(data_protection.warn) with input as t.input_for(t.hosted_with([health]), "eu")
}

test_audit_right_warns_when_absent if {
	some f in data_protection.warn with input as t.input_for(t.hosted_with([t.personal]), "eu")
	f.rule == "data_protection.audit_right"
}

test_audit_right_quiet_when_granted if {
	facts := t.hosted_with([t.personal, audit("required", false)])
	not "data_protection.audit_right" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
	not "data_protection.audit_right" in t.ids(data_protection.info) with input as t.input_for(facts, "eu")
}

test_audit_right_warns_when_excluded if {
	excluded := audit("excluded", false)
	some f in data_protection.warn with input as t.input_for({"clauses": [t.personal, excluded]}, "eu")
	f.rule == "data_protection.audit_right"
	f.evidence == [excluded.evidence]
}

test_audit_right_informs_when_met_by_reports_only if {
	reports := audit("required", true)
	facts := t.hosted_with([t.personal, reports])
	some f in data_protection.info with input as t.input_for(facts, "eu")
	f.rule == "data_protection.audit_right"
	f.evidence == [reports.evidence]
	not "data_protection.audit_right" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
}

test_audit_right_quiet_without_personal_data if {
	facts := t.hosted_with([audit("excluded", false)])
	not "data_protection.audit_right" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
}

test_data_use_warns_for_ai_training if {
	some f in data_protection.warn with input as t.input_for({"clauses": [t.stance_clause("data_use", "allowed", {"ai_training": true})]}, "eu")
	f.rule == "data_protection.data_use"
	f.message.id == "own_ends"
	f.message.args.purpose == "ai_training"
}

test_data_use_warns_for_the_providers_own_services if {
	some f in data_protection.warn with input as t.input_for({"clauses": [t.stance_clause("data_use", "allowed", {"ai_training": false})]}, "eu")
	f.message.id == "own_ends"
	f.message.args.purpose == "own_services"
}

test_data_use_quiet_when_forbidden_or_mentioned if {
	every stance in ["excluded", "mentioned"] {
		clause := t.stance_clause("data_use", stance, {"ai_training": true})
		not "data_protection.data_use" in t.ids(data_protection.warn) with input as t.input_for({"clauses": [clause]}, "eu")
	}
}

test_telemetry_warns_when_not_limited if {
	some f in data_protection.warn with input as t.input_for({"clauses": [t.stance_clause("telemetry", "allowed", {"limited": false})]}, "eu")
	f.rule == "data_protection.telemetry"
}

test_telemetry_quiet_when_limited_forbidden_or_mentioned if {
	every clause in [
		t.stance_clause("telemetry", "allowed", {"limited": true}),
		t.stance_clause("telemetry", "excluded", {"limited": false}),
		t.stance_clause("telemetry", "mentioned", {"limited": false}),
	] {
		not "data_protection.telemetry" in t.ids(data_protection.warn) with input as t.input_for({"clauses": [clause]}, "eu")
	}
}

# Art. 28 terms must hold the audit right: the tender's silence is then only worth a check.
test_audit_right_informs_when_art_28_terms_are_set if {
	terms := dpa("required")
	facts := t.hosted_with([t.personal, terms])
	some f in data_protection.info with input as t.input_for(facts, "eu")
	f.rule == "data_protection.audit_right"
	f.evidence == [terms.evidence]
	not "data_protection.audit_right" in t.ids(data_protection.warn) with input as t.input_for(facts, "eu")
}
