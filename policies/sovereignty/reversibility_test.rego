package sovereignty.reversibility_test

import data.sovereignty.reversibility
import data.tenderlint.fixtures as t

clause(on_quote) := t.clause("reversibility", {"on_quote": on_quote, "open_formats": true, "exit_plan": true, "deletion": true})

test_missing_fires_when_hosting_has_no_reversibility if {
	"reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(t.hosted([]), "eu")
}

test_missing_cites_the_sentences_that_put_hosting_in_scope if {
	some f in reversibility.deny with input as t.input_for(t.hosted([]), "eu")
	f.rule == "reversibility.missing"
	[e.quote | some e in f.evidence] == ["La solution est fournie en mode SaaS."]
}

test_missing_quiet_when_hosting_is_not_procured if {
	every scope in t.not_procured {
		not "reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(t.hosting_scope(scope), "eu")
	}
}

test_missing_fires_for_reversibility_on_quote if {
	some f in reversibility.deny with input as t.input_for(object.union(t.hosted([]), {"clauses": [clause(true)]}), "eu")
	f.rule == "reversibility.missing"
	f.message.id == "on_quote"
}

test_missing_quiet_with_a_reversibility_clause if {
	count(reversibility.deny) == 0 with input as t.input_for(object.union(t.hosted([]), {"clauses": [clause(false)]}), "eu")
}

annex := t.annex_of_a_contract

test_missing_is_for_information_in_an_annex_read_without_its_contract if {
	facts := object.union(t.hosted([]), {"documents": [annex]})
	some f in reversibility.deny with input as t.input_for(facts, "eu")
	f.rule == "reversibility.missing"
	f.severity == "info"
	f.message.id == "contract_elsewhere"
	[e.quote | some e in f.evidence] == ["ALLEGATO 1 AL CONTRATTO", "La solution est fournie en mode SaaS."]
}

test_missing_is_an_error_when_the_annex_comes_with_its_contract if {
	facts := object.union(t.hosted([]), t.package_of([annex, t.document("Contratto.txt", "contract_terms")]))
	some f in reversibility.deny with input as t.input_for(facts, "eu")
	f.rule == "reversibility.missing"
	f.severity == "error"
}

# "CCTP" with its "Annexe 2 – Exigences d'exploitation": the specification read says what the
# tender holds.
test_missing_is_an_error_when_the_annex_comes_with_the_specification if {
	facts := object.union(t.hosted([]), t.package_of([annex, t.document("CCTP.txt", "specification")]))
	some f in reversibility.deny with input as t.input_for(facts, "eu")
	f.rule == "reversibility.missing"
	f.severity == "error"
}

test_missing_quiet_without_hosting if {
	count(reversibility.deny) == 0 with input as t.input_for({}, "eu")
}

test_exit_fees_fire_when_charged if {
	"reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_for({"clauses": [t.clause("exit_fees", {"charged": true, "named": true})]}, "eu")
}

test_exit_fees_of_a_contract_that_buys_no_hosting_are_labour if {
	some scope in ["buyer_provided", "on_premises", "excluded"]
	facts := object.union(t.hosting_scope(scope), {"clauses": [t.clause("exit_fees", {"charged": true, "named": true})]})
	not "reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
}

# "La facturation des prestations de réversibilité": a price for the work, a switching charge
# only where hosting is bought.
test_priced_reversibility_work_is_a_switching_charge_only_with_hosting if {
	priced := {"clauses": [t.clause("exit_fees", {"charged": true})]}
	not "reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_for(priced, "eu")
	hosted := object.union(t.hosting_scope("procured"), priced)
	"reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_for(hosted, "eu")
}

test_no_exit_fees_is_fine if {
	count(reversibility.deny) == 0 with input as t.input_for({"clauses": [t.clause("exit_fees", {"charged": false})]}, "eu")
}

hosted_with(clauses) := object.union(t.hosted([]), {"clauses": clauses})

test_switching_terms_list_what_the_data_act_requires if {
	plan_only := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": true, "deletion": false})
	some f in reversibility.warn with input as t.input_for(hosted_with([plan_only]), "eu")
	f.rule == "reversibility.switching_terms"
	f.message.id == "missing_terms"
	f.message.args.terms == {"term": "switching_term", "values": ["deadline", "open_formats", "deletion"], "join": "and"}
}

test_switching_terms_are_for_information_in_an_annex_read_without_its_contract if {
	erasure := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": false, "deletion": true})
	facts := object.union(hosted_with([erasure]), {"documents": [annex]})
	some f in reversibility.warn with input as t.input_for(facts, "eu")
	f.rule == "reversibility.switching_terms"
	f.severity == "info"
	f.message.id == "contract_elsewhere"
	f.message.args.terms.values == ["deadline", "open_formats"]
	[e.quote | some e in f.evidence] == ["ALLEGATO 1 AL CONTRATTO", "Clause reversibility."]
}

test_a_long_transition_in_an_annex_stays_a_warning if {
	long := t.clause("reversibility", {"on_quote": false, "open_formats": true, "exit_plan": true, "deletion": true, "deadline_days": 90})
	facts := object.union(hosted_with([long]), {"documents": [annex]})
	some f in reversibility.warn with input as t.input_for(facts, "eu")
	f.severity == "warning"
	f.message.id == "long_transition"
}

test_switching_terms_read_every_clause_of_the_file if {
	formats := t.clause("reversibility", {"on_quote": false, "open_formats": true, "exit_plan": false, "deletion": false, "deadline_days": 30})
	erasure := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": false, "deletion": true})
	not "reversibility.switching_terms" in t.ids(reversibility.warn) with input as t.input_for(hosted_with([formats, erasure]), "eu")
}

test_switching_terms_accept_a_machine_readable_format_that_is_not_open if {
	spreadsheet := t.clause("reversibility", {"on_quote": false, "open_formats": false, "machine_readable": true, "exit_plan": false, "deletion": true, "deadline_days": 30})
	not "reversibility.switching_terms" in t.ids(reversibility.warn) with input as t.input_for(hosted_with([spreadsheet]), "eu")
	no_format := t.clause("reversibility", {"on_quote": false, "open_formats": false, "machine_readable": false, "exit_plan": false, "deletion": true, "deadline_days": 30})
	some f in reversibility.warn with input as t.input_for(hosted_with([no_format]), "eu")
	f.message.args.terms.values == ["open_formats"]
}

test_switching_terms_flag_a_transition_longer_than_30_days if {
	slow := t.clause("reversibility", {"on_quote": false, "open_formats": true, "exit_plan": true, "deletion": true, "deadline_days": 90})
	some f in reversibility.warn with input as t.input_for(hosted_with([slow]), "eu")
	f.message.id == "long_transition"
	f.message.args.days == 90
	f.message.args.more == false
}

test_exit_fees_at_cost_are_a_warning_until_2027 if {
	at_cost := t.clause("exit_fees", {"charged": true, "cost_based": true, "named": true})
	not "reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_at({"clauses": [at_cost]}, "eu", "2026-12-01")
	some f in reversibility.warn with input as t.input_at({"clauses": [at_cost]}, "eu", "2026-12-01")
	f.message.id == "at_cost_until_2027"
}

test_exit_fees_at_cost_are_an_error_from_2027 if {
	at_cost := t.clause("exit_fees", {"charged": true, "cost_based": true, "named": true})
	"reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_at({"clauses": [at_cost]}, "eu", "2027-01-12")
	not "reversibility.exit_fees" in t.ids(reversibility.warn) with input as t.input_at({"clauses": [at_cost]}, "eu", "2027-01-12")
}

test_egress_at_cost_for_parallel_use_is_lawful if {
	parallel := t.clause("exit_fees", {"charged": true, "cost_based": true, "parallel_use": true, "named": true})
	not "reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_at({"clauses": [parallel]}, "eu", "2027-06-01")
	not "reversibility.exit_fees" in t.ids(reversibility.warn) with input as t.input_at({"clauses": [parallel]}, "eu", "2027-06-01")
}

test_switching_terms_flag_a_long_transition_with_what_else_is_missing if {
	slow := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": true, "deletion": true, "deadline_days": 60})
	quick := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": false, "deletion": false, "deadline_days": 45})
	some f in reversibility.warn with input as t.input_for(hosted_with([slow, quick]), "eu")
	f.message.id == "long_transition"
	f.message.args.days == 45
	f.message.args.more == true
	f.message.args.terms.values == ["open_formats"]
}

test_switching_terms_quiet_when_the_shortest_transition_is_within_30_days if {
	slow := t.clause("reversibility", {"on_quote": false, "open_formats": true, "exit_plan": true, "deletion": true, "deadline_days": 90})
	quick := t.clause("reversibility", {"on_quote": false, "open_formats": false, "exit_plan": false, "deletion": false, "deadline_days": 30})
	not "reversibility.switching_terms" in t.ids(reversibility.warn) with input as t.input_for(hosted_with([slow, quick]), "eu")
}
