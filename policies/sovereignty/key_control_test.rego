package sovereignty.key_control_test

import data.sovereignty.key_control
import data.tenderlint.fixtures as t

provider_keys := t.clause("key_control", {"holder": "provider", "method": "provider_managed"})

test_provider_held_keys_fires if {
	some f in key_control.warn with input as t.input_for({"clauses": [provider_keys]}, "eu")
	f.rule == "key_control.provider_held_keys"
	f.severity == "warning"
	f.message.id == "provider_held"
	f.message.args.method == {"term": "key_method", "value": "provider_managed"}
}

test_provider_held_keys_is_an_error_for_sensitive_data_in_switzerland if {
	some f in key_control.warn with input as t.input_for({"clauses": [provider_keys, t.sensitive]}, "ch")
	f.severity == "error"
}

test_provider_held_keys_stays_a_warning_in_switzerland_without_sensitive_data if {
	some f in key_control.warn with input as t.input_for({"clauses": [provider_keys]}, "ch")
	f.severity == "warning"
}

test_customer_keys_are_fine if {
	customer := t.clause("key_control", {"holder": "customer", "method": "hsm"})
	count(key_control.warn) == 0 with input as t.input_for({"clauses": [customer]}, "ch")
}
