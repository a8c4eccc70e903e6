package tenderlint.scorecard_test

import data.tenderlint.fixtures as t
import data.tenderlint.scorecard

# The scorecard entry of objective `id` for a tender that procures hosting and says `facts`.
sov(id, facts) := sov_in(id, object.union(t.hosted([]), facts), "eu")

sov_in(id, facts, profile) := entry if {
	entries := scorecard.objectives with input as t.input_for(facts, profile)
	some entry in entries
	entry.id == id
}

range(entry) := [entry.floor, entry.ceiling]

hosted_at(code, modality, scope) := t.hosted([t.location(code, modality, [scope])])

test_eight_objectives_in_order if {
	entries := scorecard.objectives with input as t.input_for(t.hosted([]), "eu")
	[e.id | some e in entries] == ["SOV-1", "SOV-2", "SOV-3", "SOV-4", "SOV-5", "SOV-6", "SOV-7", "SOV-8"]
}

test_every_mapped_condition_is_defined if {
	every entry in data.data.scorecard.mapping {
		scorecard.holding[entry.condition]
	}
}

test_every_mapping_entry_sets_one_level_of_a_known_objective if {
	ids := {o.id | some o in data.data.scorecard.objectives}
	every entry in data.data.scorecard.mapping {
		entry.objective in ids
		count({"floor", "ceiling"} & {k | some k, _ in entry}) == 1
	}
}

test_levels_are_the_five_seals if {
	[l.id | some l in data.data.scorecard.levels] == ["SEAL-0", "SEAL-1", "SEAL-2", "SEAL-3", "SEAL-4"]
}

test_strategic_and_environmental_are_not_assessable if {
	strategic := sov("SOV-1", {})
	not strategic.assessable
	not strategic.floor
	environmental := sov("SOV-8", {})
	not environmental.assessable
	environmental.reasons[0].id == "not_assessable"
	contains(environmental.reasons[0].args.why.english, "energy")
}

test_cloud_objectives_not_assessable_without_hosting if {
	legal := sov_in("SOV-2", t.hosting_scope("buyer_provided"), "eu")
	not legal.assessable
	legal.reasons[0] == {"id": "no_hosting", "args": {"scope": {"term": "hosting_scope", "value": "buyer_provided"}}}
	legal.evidence[0].quote == "L'hébergement est assuré par la collectivité."
}

# When the profile's rules were not applied, or nothing could be read, no objective has a level:
# a range computed from unapplied rules would contradict the scope note.
test_no_objective_assessed_for_a_buyer_outside_the_profile if {
	facts := object.union(t.hosted([]), {"jurisdiction": {"country": "US", "evidence": [t.evidence("Issued under FAR 12.6.")]}})
	entries := scorecard.objectives with input as t.input_for(facts, "eu")
	every entry in entries {
		not entry.assessable
		not entry.floor
	}
	some technology in entries
	technology.id == "SOV-6"
	technology.reasons == [{"id": "buyer_outside_profile", "args": {"profile": "eu"}}]
	technology.evidence[0].quote == "Issued under FAR 12.6."
}

test_objectives_assessed_for_a_buyer_at_home if {
	facts := object.union(t.hosted([]), {"jurisdiction": {"country": "FR", "evidence": []}})
	technology := sov_in("SOV-6", facts, "eu")
	technology.assessable
}

test_no_objective_assessed_in_a_language_not_read if {
	facts := object.union(t.hosted([]), {"documents": [object.union(t.document("test.txt", "other"), {"language": "sv"})]})
	technology := sov_in("SOV-6", facts, "eu")
	not technology.assessable
	technology.reasons == [{"id": "language_not_read", "args": {"languages": "sv"}}]
	read := sov_in("SOV-6", object.union(t.hosted([]), {"documents": [object.union(t.document("test.txt", "other"), {"language": "fr"})]}), "eu")
	read.assessable
}

test_no_objective_assessed_for_a_notice_outside_it if {
	notice := t.notice_document("notice.xml", {"classifications": [t.cpv("90910000")]})
	technology := sov_in("SOV-6", {"documents": [notice]}, "eu")
	not technology.assessable
	technology.reasons[0].id == "notice_outside_it"
}

test_no_objective_assessed_when_the_terms_were_not_read if {
	excerpt := object.union(t.document("cctp.txt", "specification"), {"sections_not_held": t.evidence("SOMMAIRE ARTICLE 1 : OBJET 3")})
	technology := sov_in("SOV-6", {"documents": [excerpt]}, "eu")
	not technology.assessable
	technology.reasons == [{"id": "terms_not_read", "args": {}}]
	whole := sov_in("SOV-6", {"documents": [t.document("cctp.txt", "specification")]}, "eu")
	whole.assessable
}

test_technology_assessable_without_hosting if {
	technology := sov_in("SOV-6", t.hosting_scope("on_premises"), "eu")
	technology.assessable
	range(technology) == [0, 4]
}

test_nothing_said_allows_the_whole_range if {
	data_ai := sov("SOV-3", {})
	range(data_ai) == [0, 4]
	data_ai.evidence == []
	data_ai.reasons[0].id == "open"
}

test_immunity_clause_raises_legal_floor if {
	legal := sov("SOV-2", {"clauses": [t.clause("immunity", {"stance": "required"})]})
	range(legal) == [3, 4]
	legal.reasons[0].id == "floor"
	legal.reasons[0].args.level == 3
	legal.reasons[0].args.why.value == "SOV-2-immunity_required"
	legal.evidence[0].quote == "Clause immunity."
}

test_immunity_only_preferred_raises_nothing if {
	range(sov("SOV-2", {"clauses": [t.clause("immunity", {"stance": "preferred"})]})) == [0, 4]
}

test_secnumcloud_raises_legal_and_security_floors if {
	facts := {"certifications": [t.certification("secnumcloud", "required")]}
	range(sov("SOV-2", facts)) == [3, 4]
	range(sov("SOV-7", facts)) == [3, 4]
}

test_exposed_provider_caps_legal_data_and_supply_chain if {
	facts := {"providers": [t.provider("microsoft", "azure", "required", false)]}
	range(sov("SOV-2", facts)) == [0, 1]
	range(sov("SOV-3", facts)) == [0, 2]
	range(sov("SOV-5", facts)) == [0, 2]
	range(sov("SOV-6", facts)) == [0, 1]
	ceiling := sov("SOV-2", facts).reasons[0]
	ceiling.id == "ceiling"
	ceiling.args.level == 1
}

# Installed software of a provider under non-EU law is a supply-chain and technology dependency,
# but its publisher holds no data: it does not cap the legal and data objectives.
test_exposed_software_caps_supply_chain_and_technology_only if {
	facts := {"providers": [t.provider("microsoft", "microsoft-office", "required", false)]}
	range(sov("SOV-2", facts)) == [0, 4]
	range(sov("SOV-3", facts)) == [0, 4]
	range(sov("SOV-5", facts)) == [0, 2]
	range(sov("SOV-6", facts)) == [0, 1]
}

test_exposed_provider_or_equivalent_caps_nothing if {
	facts := {"providers": [t.provider("microsoft", "azure", "required", true)]}
	range(sov("SOV-2", facts)) == [0, 4]
}

test_exposed_provider_merely_mentioned_caps_nothing if {
	facts := {"providers": [t.provider("microsoft", "azure", "mentioned", false)]}
	range(sov("SOV-2", facts)) == [0, 4]
}

test_compatibility_with_an_exposed_product_caps_nothing if {
	compatible := object.union(t.provider("microsoft", "microsoft-office", "required", false), {"compatibility": true})
	range(sov("SOV-2", {"providers": [compatible]})) == [0, 4]
}

test_immunity_and_exposed_provider_contradict if {
	facts := {
		"clauses": [t.clause("immunity", {"stance": "required"})],
		"providers": [t.provider("microsoft", "azure", "required", false)],
	}
	legal := sov("SOV-2", facts)
	range(legal) == [3, 1]
	legal.reasons[2] == {"id": "contradiction", "args": {"floor": 3, "ceiling": 1}}
	count(legal.evidence) == 2
}

test_licensed_technology_caps_supply_chain_below_full if {
	facts := {"providers": [t.provider("bleu", "bleu", "required", false)]}
	range(sov("SOV-5", facts)) == [0, 3]
}

test_eu_only_data_raises_data_floor if {
	range(sov("SOV-3", hosted_at("EU", "required", "storage"))) == [1, 4]
}

test_data_forbidden_to_leave_the_eea_raises_data_floor if {
	facts := t.hosted([object.union(t.location("EEA", "excluded", ["storage"]), {"outside": true})])
	range(sov("SOV-3", facts)) == [1, 4]
}

test_eu_requirement_with_an_allowance_elsewhere_is_no_floor if {
	facts := t.hosted([t.location("EU", "required", ["storage"]), t.location("US", "allowed", ["backups"])])
	range(sov("SOV-3", facts)) == [0, 4]
}

test_data_required_outside_caps_data if {
	range(sov("SOV-3", hosted_at("US", "required", "processing"))) == [0, 1]
}

test_data_required_in_adequate_country_caps_data_less if {
	range(sov("SOV-3", hosted_at("CH", "required", "storage"))) == [0, 2]
}

test_transfers_forbidden_raise_data_floor if {
	transfer := t.clause("transfer", {"allowed": false, "bases": [], "destinations": []})
	range(sov("SOV-3", {"clauses": [transfer]})) == [1, 4]
}

test_transfers_allowed_raise_nothing if {
	transfer := t.clause("transfer", {"allowed": true, "bases": ["dpf"], "destinations": ["US"]})
	range(sov("SOV-3", {"clauses": [transfer]})) == [0, 4]
}

test_customer_keys_raise_data_floor if {
	keys := t.clause("key_control", {"holder": "customer", "method": "hyok"})
	range(sov("SOV-3", {"clauses": [keys]})) == [2, 4]
}

test_provider_keys_raise_nothing if {
	keys := t.clause("key_control", {"holder": "provider", "method": "byok"})
	range(sov("SOV-3", {"clauses": [keys]})) == [0, 4]
}

test_administration_from_home_raises_operations_floor if {
	range(sov("SOV-4", hosted_at("FR", "required", "administration"))) == [2, 4]
}

test_support_from_anywhere_caps_operations if {
	range(sov("SOV-4", hosted_at("ANY", "required", "support"))) == [0, 1]
}

test_support_allowed_outside_is_neither_floor_nor_ceiling if {
	facts := t.hosted([t.location("EU", "required", ["administration"]), t.location("US", "allowed", ["support"])])
	range(sov("SOV-4", facts)) == [0, 4]
}

test_reversibility_raises_operations_floor if {
	clause := t.clause("reversibility", {"on_quote": false, "open_formats": true, "exit_plan": true, "deletion": false})
	range(sov("SOV-4", {"clauses": [clause]})) == [1, 4]
}

test_reversibility_on_quote_raises_nothing if {
	clause := t.clause("reversibility", {"on_quote": true, "open_formats": false, "exit_plan": false, "deletion": false})
	range(sov("SOV-4", {"clauses": [clause]})) == [0, 4]
}

test_sanctions_suspension_caps_operations if {
	range(sov("SOV-4", {"clauses": [t.clause("sanctions_suspension", {})]})) == [0, 2]
}

test_listed_subprocessors_raise_supply_chain_floor if {
	clause := t.clause("subprocessors", {"worldwide": false, "approval_required": true, "listed": false, "affiliates": false})
	range(sov("SOV-5", {"clauses": [clause]})) == [1, 4]
}

test_worldwide_subprocessors_raise_nothing if {
	listed := t.clause("subprocessors", {"worldwide": false, "approval_required": false, "listed": true, "affiliates": false})
	worldwide := t.clause("subprocessors", {"worldwide": true, "approval_required": false, "listed": false, "affiliates": true})
	range(sov("SOV-5", {"clauses": [listed, worldwide]})) == [0, 4]
}

test_open_source_raises_technology_floor if {
	range(sov("SOV-6", {"clauses": [t.clause("open_source", {"stance": "required"})]})) == [2, 4]
}

test_open_format_raises_technology_floor if {
	range(sov("SOV-6", {"formats": [t.format("odt", "required", false)]})) == [1, 4]
}

test_proprietary_format_caps_technology if {
	range(sov("SOV-6", {"formats": [t.format("doc", "required", false)]})) == [0, 2]
}

test_vendor_format_only_caps_technology if {
	range(sov("SOV-6", {"formats": [t.format("docx", "required", true)]})) == [0, 2]
}

test_vendor_format_among_others_caps_nothing if {
	range(sov("SOV-6", {"formats": [t.format("docx", "required", false)]})) == [0, 4]
}

test_eu_certification_raises_security_floor if {
	range(sov("SOV-7", {"certifications": [t.certification("bsi-c5", "required")]})) == [2, 4]
}

test_international_certification_raises_security_floor_less if {
	range(sov("SOV-7", {"certifications": [t.certification("iso27001", "required")]})) == [1, 4]
}

test_unobtainable_or_foreign_certification_raises_nothing if {
	facts := {"certifications": [t.certification("eucs", "required"), t.certification("fedramp", "required")]}
	range(sov("SOV-7", facts)) == [0, 4]
}

# Weights are percentages; a weight the data could not verify is null, and then the others
# cannot be checked against the total.
known_weights := [o.weight | some o in data.data.scorecard.objectives; o.weight != null]

test_weights_are_percentages_summing_to_one_hundred if {
	every weight in known_weights {
		weight >= 0
	}
	weights_add_up
}

weights_add_up if {
	count(known_weights) == count(data.data.scorecard.objectives)
	sum(known_weights) == 100
}

weights_add_up if count(known_weights) < count(data.data.scorecard.objectives)

test_an_unverified_weight_stays_null if {
	objectives := [object.union(o, {"weight": null}) | some o in data.data.scorecard.objectives]
	entries := scorecard.objectives with input as t.input_for(t.hosted([]), "eu") with data.data.scorecard.objectives as objectives
	entries[1].weight == null
	count(entries) == 8
}
