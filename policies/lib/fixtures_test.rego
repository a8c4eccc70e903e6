# Building blocks for the rule tests: facts with only what a test needs.
package tenderlint.fixtures

# A piece of evidence quoting `quote`, in the one document of `empty`.
evidence(quote) := in_document("test.txt", quote)

# A piece of evidence quoting `quote` in the document `name` of a package.
in_document(name, quote) := {"document": name, "paragraph": 1, "quote": quote, "start": 0, "end": count(quote)}

# A document of a package, with its role; answers and addenda come later.
document(name, role) := {
	"name": name,
	"sha256": "0000000000000000000000000000000000000000000000000000000000000000",
	"format": "text",
	"role": role,
	"later": role in {"answers", "addendum"},
}

# A technical annex of a contract, read without the contract.
annex_of_a_contract := object.union(document("Allegato1.txt", "other"), {"contract_elsewhere": in_document("Allegato1.txt", "ALLEGATO 1 AL CONTRATTO")})

# Facts of a package of these documents (objects of `document`).
package_of(documents) := {"package": "dce", "documents": documents}

# Facts with nothing in them: every test adds what it needs with object.union.
empty := {
	"schema": "tenderlint.facts/v2",
	"documents": [document("test.txt", "other")],
	"hosting": {"scope": "unknown", "evidence": [], "locations": []},
	"providers": [],
	"formats": [],
	"certifications": [],
	"clauses": [],
}

# The input the rules see, for a profile.
input_for(facts, profile) := input_at(facts, profile, "2026-12-01")

# The same, judged at a date (rules that follow the law's timetable).
input_at(facts, profile, date) := {"facts": object.union(empty, facts), "profile": profile, "as_of": date}

# Facts of a tender that procures hosting and states these locations.
hosted(locations) := {"hosting": {"scope": "procured", "evidence": [evidence("La solution est fournie en mode SaaS.")], "locations": locations}}

# The hosting scopes under which the contract buys no hosting.
not_procured := ["excluded", "buyer_provided", "on_premises", "unknown"]

# Facts whose hosting has this scope, with the sentence that says so.
hosting_scope(scope) := {"hosting": {"scope": scope, "evidence": [evidence("L'hébergement est assuré par la collectivité.")], "locations": []}}

location(code, modality, scope) := location_in("test.txt", code, modality, scope)

# A location stated in the document `name` of a package.
location_in(name, code, modality, scope) := {
	"place": code,
	"code": code,
	"kind": "country",
	"outside": false,
	"modality": modality,
	"scope": scope,
	"evidence": in_document(name, sprintf("Les données sont hébergées en %s.", [code])),
}

provider(id, product, role, or_equivalent) := {
	"provider": id,
	"product": product,
	"matched": product,
	"role": role,
	"or_equivalent": or_equivalent,
	"compatibility": false,
	"evidence": evidence(sprintf("Le titulaire fournit %s.", [product])),
}

clause(kind, fields) := object.union({"kind": kind, "evidence": evidence(sprintf("Clause %s.", [kind]))}, fields)

format(id, role, exclusive) := {"format": id, "matched": id, "role": role, "exclusive": exclusive, "evidence": evidence(sprintf("Les livrables sont remis au format %s.", [id]))}

certification(id, role) := {"certification": id, "matched": id, "role": role, "evidence": evidence(sprintf("Certification %s.", [id]))}

sensitive := clause("data_sensitivity", {"categories": ["particular_sensitivity"]})

# A sentence that says the tender involves personal data.
personal := clause("data_sensitivity", {"categories": ["personal"]})

# A hosted tender (with no location) and these clauses.
hosted_with(clauses) := object.union(hosted([]), {"clauses": clauses})

# The provider's duties on a public authority's request for the data.
access_request(notify, contest, stance) := clause("government_access", {"notify": notify, "contest": contest, "stance": stance})

# A clause with only a stance (processing_terms, change_of_control, audit_right, telemetry,
# data_use), and the fields a test sets.
stance_clause(kind, stance, fields) := clause(kind, object.union({"stance": stance}, fields))

# The rule ids among a set of findings.
ids(findings) := {f.rule | some f in findings}

# A structured notice (eForms, OCDS) as a document of the facts, with its coded fields.
notice_document(name, fields) := object.union(
	document(name, "other"),
	{"format": "eforms", "notice": object.union(
		{
			"standard": "eforms",
			"kind": "competition",
			"buyers": [],
			"classifications": [],
			"places": [],
			"document_urls": [],
			"award_criteria": [],
		},
		fields,
	)},
)

# A classification of a notice.
cpv(code) := {"scheme": "CPV", "code": code, "main": true, "path": "/ContractNotice/cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode"}

# A provider mention read in a field of a notice.
provider_in_field(document, path, id, product, quote) := object.union(provider(id, product, "mentioned", false), {"evidence": {"document": document, "paragraph": 3, "path": path, "quote": quote, "start": 0, "end": count(quote)}})
