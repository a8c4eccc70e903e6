# Building blocks for the rule tests: facts with only what a test needs.
package tenderlint.fixtures

# A piece of evidence quoting `quote`.
evidence(quote) := {"paragraph": 1, "quote": quote, "start": 0, "end": count(quote)}

# Facts with nothing in them: every test adds what it needs with object.union.
empty := {
	"schema": "tenderlint.facts/v1",
	"document": {"name": "test.txt", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "format": "text"},
	"hosting": {"scope": "unknown", "evidence": [], "locations": []},
	"providers": [],
	"formats": [],
	"certifications": [],
	"clauses": [],
}

# The input the rules see, for a profile.
input_for(facts, profile) := {"facts": object.union(empty, facts), "profile": profile}

# Facts of a tender that procures hosting and states these locations.
hosted(locations) := {"hosting": {"scope": "procured", "evidence": [evidence("La solution est fournie en mode SaaS.")], "locations": locations}}

# The hosting scopes under which the contract buys no hosting.
not_procured := ["excluded", "buyer_provided", "on_premises", "unknown"]

# Facts whose hosting has this scope, with the sentence that says so.
hosting_scope(scope) := {"hosting": {"scope": scope, "evidence": [evidence("L'hébergement est assuré par la collectivité.")], "locations": []}}

location(code, modality, scope) := {
	"place": code,
	"code": code,
	"kind": "country",
	"outside": false,
	"modality": modality,
	"scope": scope,
	"evidence": evidence(sprintf("Les données sont hébergées en %s.", [code])),
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

# The rule ids among a set of findings.
ids(findings) := {f.rule | some f in findings}
