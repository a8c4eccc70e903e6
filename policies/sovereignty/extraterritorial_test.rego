package sovereignty.extraterritorial_test

import data.sovereignty.extraterritorial
import data.tenderlint.fixtures as t

test_exposed_provider_fires_for_a_required_us_product if {
	some f in extraterritorial.deny with input as t.input_for({"providers": [t.provider("microsoft", "azure", "required", false)]}, "eu")
	f.rule == "extraterritorial.exposed_provider"
	f.message.id == "held"
	"cloud_act" in f.message.args.laws.values
}

test_exposed_provider_names_the_laws_at_issue if {
	some f in extraterritorial.deny with input as t.input_for({"providers": [t.provider("microsoft", "microsoft-365", "required", false)]}, "eu")
	f.laws == ["cloud_act", "fisa_702", "eo_12333", "ieepa"]
	f.message.args.laws == {"term": "law", "values": ["cloud_act", "fisa_702", "eo_12333", "ieepa"], "join": "sentences"}
	f.message.args.place == {"term": "place", "value": "US"}
	f.message.args.provider == "Microsoft"
}

# Software the buyer or an EU contractor runs is not held by its publisher: the CLOUD Act does
# not reach the data through it (the brand rule still judges the naming).
test_exposed_provider_quiet_for_software_run_by_others if {
	facts := object.union(t.hosted([]), {"providers": [t.provider("microsoft", "microsoft-office", "required", false)]})
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.deny) with input as t.input_for(facts, "eu")
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_exposed_provider_fires_for_a_cloud_provider_named_alone if {
	named := object.remove(t.provider("aws", "aws", "required", false), ["product"])
	"extraterritorial.exposed_provider" in t.ids(extraterritorial.deny) with input as t.input_for({"providers": [named]}, "eu")
}

test_exposed_provider_quiet_for_a_software_publisher_named_alone if {
	named := object.remove(t.provider("microsoft", "microsoft", "required", false), ["product"])
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.deny) with input as t.input_for({"providers": [named]}, "eu")
}

test_exposed_provider_warns_for_a_dual_product_when_hosting_is_procured if {
	sharepoint := t.provider("microsoft", "sharepoint", "required", false)
	facts := object.union(t.hosted([]), {"providers": [sharepoint]})
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.exposed_provider"
	f.message.id == "also_hosted"
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.warn) with input as t.input_for({"providers": [sharepoint]}, "eu")
}

test_exposed_provider_quiet_for_context_mentions if {
	findings := extraterritorial.deny with input as t.input_for({"providers": [t.provider("microsoft", "exchange", "mentioned", false)]}, "eu")
	count(findings) == 0
}

test_exposed_provider_quiet_for_compatibility if {
	compat := object.union(t.provider("microsoft", "sharepoint", "required", false), {"compatibility": true})
	count(extraterritorial.deny) == 0 with input as t.input_for({"providers": [compat]}, "eu")
}

test_exposed_provider_quiet_with_or_equivalent if {
	findings := extraterritorial.deny with input as t.input_for({"providers": [t.provider("adobe", "adobe-indesign", "required", true)]}, "eu")
	count(findings) == 0
}

test_exposed_provider_quiet_for_a_european_provider if {
	findings := extraterritorial.deny with input as t.input_for({"providers": [t.provider("ovhcloud", "ovhcloud-public-cloud", "required", false)]}, "eu")
	count(findings) == 0
}

test_european_operator_of_us_technology_is_a_warning if {
	facts := {"providers": [t.provider("s3ns", "s3ns-premi3ns", "required", false)]}
	count(extraterritorial.deny) == 0 with input as t.input_for(facts, "eu")
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.exposed_provider"
	f.message.id == "licensed"
	f.message.args.licensor == "Google"
}

# Immunity protects data a provider holds: a contract that buys no hosting (advice, labour on the
# buyer's systems) owes no such clause, nor one whose hosting is not said.
test_no_immunity_needs_hosting_bought if {
	not "extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for({"clauses": [t.sensitive]}, "eu")
	facts := object.union(t.hosting_scope("buyer_provided"), {"clauses": [t.sensitive]})
	not "extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_no_immunity_fires_for_sensitive_data if {
	"extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for(t.hosted_with([t.sensitive]), "eu")
}

# BSI C5's jurisdiction criteria ask providers to disclose, not to be immune: a warning in
# Germany, an error in France where SREN and the cloud doctrine require immunity.
test_no_immunity_is_a_warning_in_the_german_profile if {
	some f in extraterritorial.warn with input as t.input_for(t.hosted_with([t.sensitive]), "de")
	f.rule == "extraterritorial.no_immunity_clause"
	f.severity == "warning"
}

test_no_immunity_is_an_error_in_the_french_profile if {
	some f in extraterritorial.warn with input as t.input_for(t.hosted_with([t.sensitive]), "fr")
	f.rule == "extraterritorial.no_immunity_clause"
	f.severity == "error"
}

test_no_immunity_quiet_with_an_immunity_clause if {
	clauses := [t.sensitive, t.clause("immunity", {"stance": "required"})]
	not "extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for(t.hosted_with(clauses), "eu")
}

test_no_immunity_quiet_with_secnumcloud_required if {
	facts := object.union(t.hosted_with([t.sensitive]), {"certifications": [t.certification("secnumcloud", "required")]})
	not "extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_weak_transfer_basis_fires_for_the_dpf if {
	transfer := t.clause("transfer", {"allowed": true, "bases": ["dpf"], "destinations": ["US"]})
	some f in extraterritorial.warn with input as t.input_for({"clauses": [transfer]}, "eu")
	f.rule == "extraterritorial.weak_transfer_basis"
	f.message.args.bases == {"term": "transfer_basis", "values": ["dpf"], "join": "or"}
}

test_weak_transfer_basis_quiet_when_transfers_are_forbidden if {
	transfer := t.clause("transfer", {"allowed": false, "bases": [], "destinations": ["THIRD_COUNTRIES"]})
	not "extraterritorial.weak_transfer_basis" in t.ids(extraterritorial.warn) with input as t.input_for({"clauses": [transfer]}, "eu")
}

test_sanctions_suspension_fires if {
	"extraterritorial.sanctions_suspension" in t.ids(extraterritorial.warn) with input as t.input_for({"clauses": [t.clause("sanctions_suspension", {})]}, "eu")
}

test_sanctions_suspension_quiet_without_the_clause if {
	not "extraterritorial.sanctions_suspension" in t.ids(extraterritorial.warn) with input as t.input_for({}, "eu")
}

# A US federal buyer: US law is its own, and immunity from it is no requirement to ask for.
us_buyer := {"jurisdiction": {"country": "US", "evidence": [t.evidence("This order follows FAR 52.212-4.")]}}

test_exposed_provider_quiet_for_a_buyer_under_the_provider_s_own_law if {
	facts := object.union(us_buyer, {"providers": [t.provider("microsoft", "microsoft-365", "required", false)]})
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.deny) with input as t.input_for(facts, "eu")
}

test_exposed_provider_fires_for_a_french_buyer if {
	facts := {"jurisdiction": {"country": "FR", "evidence": []}, "providers": [t.provider("microsoft", "microsoft-365", "required", false)]}
	"extraterritorial.exposed_provider" in t.ids(extraterritorial.deny) with input as t.input_for(facts, "eu")
}

test_no_immunity_quiet_for_a_buyer_abroad if {
	facts := object.union(us_buyer, {"clauses": [t.sensitive]})
	not "extraterritorial.no_immunity_clause" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_a_product_on_non_eu_technology_is_a_warning_though_its_provider_is_european if {
	facts := {"providers": [t.provider("t-systems", "open-telekom-cloud", "required", false)]}
	count(extraterritorial.deny) == 0 with input as t.input_for(facts, "eu")
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.exposed_provider"
	f.message.args.operator == "Deutsche Telekom AG"
	startswith(f.message.args.licensor, "Huawei")
}

test_the_provider_alone_keeps_the_provider_s_model if {
	facts := {"providers": [object.remove(t.provider("t-systems", "open-telekom-cloud", "required", false), ["product"])]}
	not "extraterritorial.exposed_provider" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_delos_cloud_is_a_european_operator_of_microsoft_technology if {
	facts := {"providers": [t.provider("delos", "delos-cloud", "required", false)]}
	count(extraterritorial.deny) == 0 with input as t.input_for(facts, "de")
	some f in extraterritorial.warn with input as t.input_for(facts, "de")
	f.message.id == "licensed"
	f.message.args.operator == "SAP SE"
	f.message.args.licensor == "Microsoft"
}

# Element is sold as software and as a hosted service: under the UK Investigatory Powers Act
# when the contract buys it hosted.
test_a_uk_provider_is_under_the_investigatory_powers_act if {
	facts := object.union(t.hosted([]), {"providers": [t.provider("element", "element", "required", false)]})
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.exposed_provider"
	f.message.args.laws.values == ["uk_ipa_2016"]
	f.message.args.place.value == "GB"
	f.laws == ["uk_ipa_2016"]
}

test_exoscale_is_not_exposed if {
	facts := {"providers": [t.provider("exoscale", "exoscale-cloud", "required", false)]}
	count(extraterritorial.deny) == 0 with input as t.input_for(facts, "eu")
	count(extraterritorial.warn) == 0 with input as t.input_for(facts, "eu")
}

test_access_requests_fire_when_hosting_and_no_duty if {
	some f in extraterritorial.warn with input as t.input_for(t.hosted_with([]), "eu")
	f.rule == "extraterritorial.access_requests"
	f.evidence[0].quote == "La solution est fournie en mode SaaS."
}

test_access_requests_are_for_information_in_an_annex_read_without_its_contract if {
	facts := object.union(t.hosted_with([]), {"documents": [t.annex_of_a_contract]})
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.access_requests"
	f.severity == "info"
	f.message.id == "contract_elsewhere"
	[e.quote | some e in f.evidence] == ["ALLEGATO 1 AL CONTRATTO", "La solution est fournie en mode SaaS."]
}

test_no_immunity_clause_is_for_information_in_an_annex_read_without_its_contract if {
	sensitive := t.clause("data_sensitivity", {"categories": ["health"]})
	facts := object.union(t.hosted_with([sensitive]), {"documents": [t.annex_of_a_contract]})
	some f in extraterritorial.warn with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.no_immunity_clause"
	f.severity == "info"
	f.message.id == "contract_elsewhere"
}

test_access_requests_for_a_public_website_are_for_information if {
	facts := object.union(t.hosted([]), {"hosting": {"public_website": true}})
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
	some f in extraterritorial.info with input as t.input_for(facts, "eu")
	f.rule == "extraterritorial.access_requests"
	f.message.id == "no_duty_public_website"
}

test_access_requests_for_a_website_with_sensitive_data_stay_a_warning if {
	sensitive := t.clause("data_sensitivity", {"categories": ["health"]})
	facts := object.union(t.hosted_with([sensitive]), {"hosting": {"public_website": true}})
	"extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_access_requests_quiet_with_a_duty_to_notify if {
	facts := t.hosted_with([t.access_request(true, false, "required")])
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_access_requests_quiet_with_a_duty_to_contest if {
	facts := t.hosted_with([t.access_request(false, true, "required")])
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

# A duty asked of bidders in their response, or defined, binds no one.
test_access_requests_fire_when_the_duty_is_only_mentioned if {
	facts := t.hosted_with([t.access_request(true, true, "mentioned")])
	"extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

# Immunity from non-EU law removes the third-country orders at their source.
test_access_requests_quiet_with_immunity if {
	facts := t.hosted_with([t.clause("immunity", {"stance": "required"})])
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_access_requests_quiet_with_secnumcloud_required if {
	facts := object.union(t.hosted_with([]), {"certifications": [t.certification("secnumcloud", "required")]})
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_access_requests_quiet_without_hosting if {
	every scope in t.not_procured {
		not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(t.hosting_scope(scope), "eu")
	}
}

test_access_requests_cite_a_clause_that_lets_the_provider_disclose if {
	allowed := t.access_request(false, false, "allowed")
	some f in extraterritorial.warn with input as t.input_for({"clauses": [allowed]}, "eu")
	f.rule == "extraterritorial.access_requests"
	f.evidence == [allowed.evidence]
	f.message.id == "disclosure_allowed"
}

test_access_requests_quiet_for_a_buyer_abroad if {
	facts := object.union(t.hosted_with([]), {"jurisdiction": {"country": "US", "evidence": []}})
	not "extraterritorial.access_requests" in t.ids(extraterritorial.warn) with input as t.input_for(facts, "eu")
}

test_change_of_control_informs_when_hosting_and_no_clause if {
	some f in extraterritorial.info with input as t.input_for(t.hosted_with([]), "eu")
	f.rule == "extraterritorial.change_of_control"
	f.severity == "info"
}

test_change_of_control_quiet_with_a_clause if {
	facts := t.hosted_with([t.stance_clause("change_of_control", "required", {"notify": true, "approval": false, "termination": false})])
	not "extraterritorial.change_of_control" in t.ids(extraterritorial.info) with input as t.input_for(facts, "eu")
}

test_change_of_control_informs_when_only_mentioned if {
	facts := t.hosted_with([t.stance_clause("change_of_control", "mentioned", {"notify": true, "approval": false, "termination": false})])
	"extraterritorial.change_of_control" in t.ids(extraterritorial.info) with input as t.input_for(facts, "eu")
}

test_change_of_control_quiet_without_hosting if {
	every scope in t.not_procured {
		not "extraterritorial.change_of_control" in t.ids(extraterritorial.info) with input as t.input_for(t.hosting_scope(scope), "eu")
	}
}

test_change_of_control_quiet_with_immunity if {
	facts := t.hosted_with([t.clause("immunity", {"stance": "required"})])
	not "extraterritorial.change_of_control" in t.ids(extraterritorial.info) with input as t.input_for(facts, "eu")
}
