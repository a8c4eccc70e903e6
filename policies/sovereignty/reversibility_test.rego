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
	contains(f.message, "quotation")
}

test_missing_quiet_with_a_reversibility_clause if {
	count(reversibility.deny) == 0 with input as t.input_for(object.union(t.hosted([]), {"clauses": [clause(false)]}), "eu")
}

test_missing_quiet_without_hosting if {
	count(reversibility.deny) == 0 with input as t.input_for({}, "eu")
}

test_exit_fees_fire_when_charged if {
	"reversibility.exit_fees" in t.ids(reversibility.deny) with input as t.input_for({"clauses": [t.clause("exit_fees", {"charged": true})]}, "eu")
}

test_no_exit_fees_is_fine if {
	count(reversibility.deny) == 0 with input as t.input_for({"clauses": [t.clause("exit_fees", {"charged": false})]}, "eu")
}
