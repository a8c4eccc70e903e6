package sovereignty.subcontracting_test

import data.sovereignty.subcontracting
import data.tenderlint.fixtures as t

subprocessors(worldwide, approval) := t.clause("subprocessors", {"worldwide": worldwide, "approval_required": approval, "listed": false, "affiliates": true})

test_worldwide_subprocessors_fire if {
	some f in subcontracting.deny with input as t.input_for({"clauses": [subprocessors(true, false)]}, "eu")
	f.rule == "subcontracting.worldwide_subprocessors"
	f.message.args == {"affiliates": true, "approval": false}
}

test_approval_does_not_keep_them_in_the_eu if {
	some f in subcontracting.deny with input as t.input_for({"clauses": [subprocessors(true, true)]}, "eu")
	f.message.args.approval == true
}

test_local_subprocessors_are_fine if {
	count(subcontracting.deny) == 0 with input as t.input_for({"clauses": [subprocessors(false, true)]}, "eu")
}
