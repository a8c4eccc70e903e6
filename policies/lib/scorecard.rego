# The sovereignty scorecard: per objective of the European Commission's Cloud Sovereignty
# Framework (SOV-1 … SOV-8), the range of assurance levels (SEAL-0 … SEAL-4) the tender allows.
# The floor is the level every compliant offer reaches, the ceiling the level no compliant offer
# can pass. The objectives, levels and the mapping from conditions to levels live in
# data/scorecard.json: change levels there; this file only says when each condition holds.
package tenderlint.scorecard

import data.tenderlint.lib

scorecard := data.data.scorecard

# The framework the scorecard follows, with its source, for the report.
framework := scorecard.framework

# One entry per objective, in the order of the data (SOV-1 first).
objectives := [score(objective) | some objective in scorecard.objectives]

score(objective) := not_assessed(objective, [not_assessable_reason(objective)], []) if {
	objective.not_assessable
} else := not_assessed(objective, [lib.message("buyer_outside_profile", {"profile": lib.profile_name})], lib.facts.jurisdiction.evidence) if {
	# The profile's rules were not applied (`scope.buyer_outside_profile`): a level computed
	# from them would contradict that note.
	not lib.buyer_at_home
} else := not_assessed(objective, [lib.message("notice_outside_it", {})], []) if {
	lib.notice_outside_it
} else := not_assessed(objective, [lib.message("language_not_read", {"languages": concat(", ", sort(lib.languages))})], []) if {
	lib.language_not_read
} else := not_assessed(objective, [lib.message("terms_not_read", {})], []) if {
	# An excerpt, or terms referred to a specification not read (`scope.text_incomplete`,
	# `scope.specification_not_read`): "no requirement" may stand in what was not read.
	lib.documents_read
	not lib.terms_read
} else := not_assessed(objective, [hosting_reason], lib.facts.hosting.evidence) if {
	objective.needs_hosting
	not lib.hosting_procured
} else := assessed(objective)

# Reasons are messages of the catalogues beside this file (scorecard.<lang>.ftl), written in the
# report's language; the English words of each objective and mapping entry stay in the data.
not_assessable_reason(objective) := lib.message("not_assessable", {"why": lib.term_in_data("scorecard_not_assessable", objective.id, objective.not_assessable)})

hosting_reason := lib.message("no_hosting", {"scope": lib.term("hosting_scope", lib.facts.hosting.scope)})

not_assessed(objective, reasons, evidence) := {
	"id": objective.id,
	"name": objective.name,
	"weight": objective.weight,
	"assessable": false,
	"evidence": evidence,
	"reasons": reasons,
}

assessed(objective) := {
	"id": objective.id,
	"name": objective.name,
	"weight": objective.weight,
	"assessable": true,
	"floor": floor,
	"ceiling": ceiling,
	"evidence": [e | some entry in entries; some e in conditions[entry.condition]],
	"reasons": array.concat([reason(entry) | some entry in entries], verdict(floor, ceiling)),
} if {
	entries := applied(objective.id)
	floor := max(array.concat([0], [entry.floor | some entry in entries; entry.floor]))
	ceiling := min(array.concat([4], [entry.ceiling | some entry in entries; entry.ceiling]))
}

# The mapping entries of an objective whose condition holds, in the data's order.
applied(id) := [entry |
	some entry in scorecard.mapping
	entry.objective == id
	conditions[entry.condition]
]

reason(entry) := lib.message("floor", {"level": entry.floor, "why": why(entry)}) if entry.floor

else := lib.message("ceiling", {"level": entry.ceiling, "why": why(entry)})

why(entry) := lib.term_in_data("scorecard_why", sprintf("%s-%s", [entry.objective, entry.condition]), entry.why)

verdict(floor, ceiling) := [lib.message("contradiction", {"floor": floor, "ceiling": ceiling})] if {
	floor > ceiling
} else := [lib.message("open", {})] if {
	floor == 0
	ceiling == 4
} else := []

# The conditions the mapping names, each with the sentences that make it hold; a condition that
# does not hold is absent. Every condition named in data/scorecard.json must be a key of
# `holding` (a test checks it): add a condition here before mapping it there.
conditions[name] := evidence if {
	some name, sentences in holding
	evidence := [e | some e in sentences]
	count(evidence) > 0
}

holding := {
	"immunity_required": immunity_required,
	"exposed_provider_required": exposed_provider_required,
	"exposed_service_required": exposed_service_required,
	"licensed_non_eu_technology_required": licensed_non_eu_technology_required,
	"eu_only_data_required": eu_only_data_required,
	"data_outside_home_required": data_outside_home_required,
	"data_in_adequate_country_required": data_in_adequate_country_required,
	"transfers_forbidden": transfers_forbidden,
	"customer_held_keys": customer_held_keys,
	"operations_in_home_required": operations_in_home_required,
	"operations_outside_home_required": operations_outside_home_required,
	"reversibility_required": reversibility_required,
	"sanctions_suspension_accepted": sanctions_suspension_accepted,
	"subprocessors_controlled": subprocessors_controlled,
	"open_source_required": open_source_required,
	"open_formats_required": open_formats_required,
	"proprietary_format_required": proprietary_format_required,
	"immunity_certification_required": immunity_certification_required,
	"eu_certification_required": eu_certification_required,
	"international_certification_required": international_certification_required,
}

# Immunity from non-EU law required, by a clause or a certification that includes it.
immunity_required contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "immunity"
	clause.stance == "required"
}

immunity_required contains mention.evidence if {
	some mention in required_certifications
	lib.certification(mention.certification).covers_immunity
}

# A provider under non-EU law required, not as an example of what is wanted (`or equivalent`),
# nor for compatibility with its product. (A buyer whose own law that is, a US agency, is outside
# the profile: no objective is assessed for it.)
exposed_provider_required contains mention.evidence if {
	some mention in required_providers
	provider := lib.provider(mention.provider)
	lib.exposed(provider)
}

# The same, for a service that provider operates and so holds the data of: only then can it be
# compelled to hand the data over (installed software is a dependency, not a disclosure risk).
exposed_service_required contains mention.evidence if {
	some mention in required_providers
	provider := lib.provider(mention.provider)
	lib.exposed(provider)
	lib.held_by_provider(mention)
}

licensed_non_eu_technology_required contains mention.evidence if {
	some mention in required_providers
	lib.provider(mention.provider).model == "eu_operator_non_eu_technology"
}

required_providers contains mention if {
	some mention in lib.facts.providers
	mention.role == "required"
	not mention.or_equivalent
	not mention.compatibility
}

# Data kept at home: required in the EU/EEA, or forbidden to leave it, and allowed nowhere else.
eu_only_data_required contains location.evidence if {
	count(outside_data_locations) == 0
	some location in data_locations
	home_requirement(location)
}

home_requirement(location) if {
	location.modality == "required"
	not location.outside
	location.code in lib.home_codes
}

home_requirement(location) if {
	location.modality == "excluded"
	location.outside
	location.code in lib.home_codes
}

# Data locations outside home the tender requires, prefers or allows.
outside_data_locations contains location if {
	some location in data_locations
	location.modality in lib.asks
	not location.outside
	not location.code in lib.home_codes
	location.code != "EUROPE"
}

data_outside_home_required contains location.evidence if {
	some location in outside_data_locations
	location.modality == "required"
	not location.code in lib.adequacy_codes
}

data_in_adequate_country_required contains location.evidence if {
	some location in outside_data_locations
	location.modality == "required"
	location.code in lib.adequacy_codes
}

data_locations := locations_for(lib.data_scopes)

locations_for(scopes) := {location |
	some location in lib.facts.hosting.locations
	some scope in location.scope
	scope in scopes
}

transfers_forbidden contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "transfer"
	not clause.allowed
}

customer_held_keys contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "key_control"
	clause.holder == "customer"
}

# Administration and support: from home, and from nowhere else.
operation_locations := locations_for(lib.operation_scopes)

outside_operation_locations contains location if {
	some location in operation_locations
	location.modality in lib.asks
	not location.outside
	not location.code in lib.home_codes
	location.code != "EUROPE"
}

operations_in_home_required contains location.evidence if {
	count(outside_operation_locations) == 0
	some location in operation_locations
	home_requirement(location)
}

operations_outside_home_required contains location.evidence if {
	some location in outside_operation_locations
	location.modality == "required"
}

reversibility_required contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "reversibility"
	not clause.on_quote
}

sanctions_suspension_accepted contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "sanctions_suspension"
}

# Sub-processors known to the buyer, and not allowed anywhere in the world.
subprocessors_controlled contains clause.evidence if {
	not worldwide_subprocessors
	some clause in lib.facts.clauses
	clause.kind == "subprocessors"
	true in {clause.listed, clause.approval_required}
}

worldwide_subprocessors if {
	some clause in lib.facts.clauses
	clause.kind == "subprocessors"
	clause.worldwide
}

open_source_required contains clause.evidence if {
	some clause in lib.facts.clauses
	clause.kind == "open_source"
	clause.stance == "required"
}

open_formats_required contains mention.evidence if {
	some mention in lib.facts.formats
	mention.role == "required"
	lib.format(mention.format).openness == "open"
}

proprietary_format_required contains mention.evidence if {
	some mention in lib.facts.formats
	mention.role == "required"
	lib.format(mention.format).openness == "proprietary"
}

proprietary_format_required contains mention.evidence if {
	some mention in lib.facts.formats
	mention.role == "required"
	mention.exclusive
	lib.format(mention.format).openness == "vendor_controlled"
}

required_certifications contains mention if {
	some mention in lib.facts.certifications
	mention.role == "required"
	lib.certification(mention.certification).obtainable
}

immunity_certification_required contains mention.evidence if {
	some mention in required_certifications
	lib.certification(mention.certification).covers_immunity
}

# Issued under the authority of the EU or of a member state, without immunity (counted above).
eu_certification_required contains mention.evidence if {
	some mention in required_certifications
	certification := lib.certification(mention.certification)
	not certification.covers_immunity
	certification.country in eu_authorities
}

eu_authorities := {code | some code in lib.home_codes} | {"EU"}

international_certification_required contains mention.evidence if {
	some mention in required_certifications
	lib.certification(mention.certification).country == null
}
