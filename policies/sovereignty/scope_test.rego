package sovereignty.scope_test

import data.sovereignty.data_location
import data.sovereignty.reversibility
import data.sovereignty.scope
import data.tenderlint.fixtures as t

us_buyer := {"jurisdiction": {"country": "US", "evidence": [t.evidence("Issued under FAR 12.6.")]}}

test_a_us_buyer_gets_the_profile_mismatch_and_no_eu_law_finding if {
	facts := object.union(t.hosted([]), us_buyer)
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.buyer_outside_profile"
	f.message.id == "outside"
	f.message.args.country == {"term": "place", "value": "US"}
	f.message.args.profile == "eu"
	not "reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
	not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(facts, "eu")
}

test_a_british_buyer_is_outside_the_eu_profile_since_the_end_of_the_transition if {
	facts := {"jurisdiction": {"country": "GB", "evidence": [t.evidence("Leeds City Council")]}}
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.buyer_outside_profile"
	f.message.id == "outside_since_brexit"
	some g in scope.info with input as t.input_for(facts, "ch")
	g.message.id == "outside"
}

test_a_buyer_at_home_gets_no_mismatch if {
	facts := object.union(t.hosted([]), {"jurisdiction": {"country": "FR", "evidence": []}})
	count(scope.info) == 0 with input as t.input_for(facts, "fr")
	"reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "fr")
}

test_a_swiss_buyer_is_at_home_in_the_swiss_profile_only if {
	facts := {"jurisdiction": {"country": "CH", "evidence": []}}
	count(scope.info) == 0 with input as t.input_for(facts, "ch")
	"scope.buyer_outside_profile" in t.ids(scope.info) with input as t.input_for(facts, "eu")
}

# Contract terms that leave the service to a CCTP not given, and the CCTP itself.
ccap_referring := object.union(t.document("CCAP.txt", "contract_terms"), {"specification_elsewhere": t.in_document("CCAP.txt", "Les prestations sont décrites au CCTP.")})

cctp := t.document("CCTP.txt", "specification")

test_terms_referred_to_a_specification_not_given_are_not_judged_absent if {
	facts := object.union(t.hosted([]), {"documents": [ccap_referring]})
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.specification_not_read"
	f.severity == "info"
	f.message.id == "elsewhere"
	f.evidence[0].quote == "Les prestations sont décrites au CCTP."
	f.evidence[1].quote == "La solution est fournie en mode SaaS."
	not "reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
	not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(facts, "eu")
}

test_the_specification_in_the_package_is_read if {
	facts := object.union(t.hosted([]), t.package_of([ccap_referring, cctp]))
	not "scope.specification_not_read" in t.ids(scope.info) with input as t.input_for(facts, "eu")
	"reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
}

test_no_specification_needed_where_no_hosting_is_bought if {
	facts := {"documents": [ccap_referring]}
	count(scope.info) == 0 with input as t.input_for(facts, "eu")
}

# Documents in languages the extractor reads or not.
in_language(name, language) := object.union(t.document(name, "specification"), {"language": language})

test_documents_in_a_language_not_read_say_so if {
	facts := {"documents": [in_language("kravspec.docx", "sv"), in_language("bilag.pdf", "da")]}
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.language_not_read"
	f.message.id == "unread"
	f.message.args.languages == "da, sv"
}

test_one_document_in_a_language_read_is_enough if {
	facts := {"documents": [in_language("kravspec.docx", "sv"), in_language("cctp.pdf", "fr")]}
	not "scope.language_not_read" in t.ids(scope.info) with input as t.input_for(facts, "eu")
}

test_a_document_whose_language_is_unknown_is_not_said_unread if {
	facts := {"documents": [in_language("kravspec.docx", "sv"), t.document("table.csv", "other")]}
	not "scope.language_not_read" in t.ids(scope.info) with input as t.input_for(facts, "eu")
}

test_a_notice_in_a_language_not_read_is_read_by_its_codes if {
	notice := object.union(in_language("notice.xml", "da"), {"notice": {"standard": "eforms", "kind": "competition"}})
	not "scope.language_not_read" in t.ids(scope.info) with input as t.input_for({"documents": [notice]}, "eu")
}

# A transcription of a CCTP's first pages: its contents announce sections its text does not hold.
excerpt := object.union(t.document("CCTP.txt", "specification"), {"sections_not_held": t.in_document("CCTP.txt", "SOMMAIRE ARTICLE 1 : OBJET 3 ARTICLE 4 : REVERSIBILITE 8")})

test_an_excerpt_is_not_judged_for_missing_clauses if {
	facts := object.union(t.hosted([]), {"documents": [excerpt]})
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.text_incomplete"
	f.severity == "info"
	f.message.id == "incomplete"
	f.evidence[0].quote == "SOMMAIRE ARTICLE 1 : OBJET 3 ARTICLE 4 : REVERSIBILITE 8"
	f.evidence[1].quote == "La solution est fournie en mode SaaS."
	not "reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
	not "data_location.unspecified" in t.ids(data_location.warn) with input as t.input_for(facts, "eu")
}

test_a_whole_document_beside_the_excerpt_is_judged if {
	facts := object.union(t.hosted([]), t.package_of([excerpt, t.document("CCAP.txt", "contract_terms")]))
	not "scope.text_incomplete" in t.ids(scope.info) with input as t.input_for(facts, "eu")
	"reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
}

test_an_excerpt_that_buys_no_hosting_is_noted_as_incomplete if {
	facts := {"documents": [excerpt]}
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.text_incomplete"
	f.message.id == "incomplete_unscoped"
	count(f.evidence) == 1
}

test_no_note_on_a_whole_document_that_buys_no_hosting if {
	facts := {"documents": [t.document("CCTP.txt", "specification")]}
	count(scope.info) == 0 with input as t.input_for(facts, "eu")
}

test_answers_read_alone_are_not_judged_for_missing_clauses if {
	answers := t.document("QA.txt", "answers")
	facts := object.union(t.hosted([]), {"documents": [answers]})
	some f in scope.info with input as t.input_for(facts, "eu")
	f.rule == "scope.text_incomplete"
	f.message.id == "later_only"
	not "reversibility.missing" in t.ids(reversibility.deny) with input as t.input_for(facts, "eu")
}
