# Helpers shared by the sovereignty rules: the profile in force, findings, and the reference
# data read as sets. Rules stay short and say only what they judge.
package tenderlint.lib

# The facts under judgement (schema tenderlint.facts/v2): those of one document, or of the
# documents of a package merged, every piece of evidence naming its document.
facts := input.facts

# The documents judged, by name, with their role in the consultation file.
documents_by_name := {d.name: d | some d in facts.documents}

# The file name of the document a piece of evidence quotes, for messages ("CCTP.pdf").
document_label(evidence) := name if {
	parts := split(evidence.document, "/")
	name := parts[count(parts) - 1]
}

# Whether a piece of evidence comes from a later document (answers to bidders' questions, an
# addendum), which may narrow what the others say.
from_later_document(evidence) if documents_by_name[evidence.document].later

# The jurisdiction profile chosen by the user; "eu" when none or an unknown one is given.
profile_name := name if {
	name := input.profile
	data.data.profiles[name]
} else := "eu"

profile := data.data.profiles[profile_name]

# The date the tender is judged at (YYYY-MM-DD; ISO dates compare as text): rules that follow
# the law's timetable (the Data Act's switching charges) read it.
as_of := input.as_of

# A rule applies unless the profile disables it, and only to a buyer in the profile's home: the
# law the rules rest on and cite binds the buyers of its own jurisdictions (a US federal agency
# is not bound by the Data Act). `scope.buyer_outside_profile` says so instead.
enabled(id) if {
	not id in profile.disabled
	buyer_at_home
	not notice_outside_it
}

# A structured notice (eForms, OCDS) classifies its subject (CPV). A notice judged without the
# procurement documents, whose classification is all outside IT (data/cpv.json), is outside these
# rules' subject: a works or cleaning contract that mentions "Teams" buys no software.
notice_outside_it if {
	not documents_read
	some document in facts.documents
	some classification in document.notice.classifications
	upper(classification.scheme) == "CPV"
	not notice_in_it
}

notice_in_it if {
	some document in facts.documents
	some classification in document.notice.classifications
	upper(classification.scheme) == "CPV"
	some prefix, _ in data.data.cpv.it
	startswith(classification.code, prefix)
}

# The award criteria of the notices judged, each with the name of its notice: a sentence is read
# in a criterion when its field's path is the criterion's or under it.
award_criteria contains object.union(criterion, {"document": document.name}) if {
	some document in facts.documents
	some criterion in document.notice.award_criteria
}

# Whether a mention stands in a notice's award criterion: vendor_neutrality.brand_in_award_criteria
# judges it there, and the rules on brands and formats in specifications leave it to that rule.
in_award_criterion(mention) if {
	some criterion in award_criteria
	mention.evidence.document == criterion.document
	within_field(mention.evidence.path, criterion.path)
}

# Whether a field's path (an XPath, a JSON pointer) is `prefix` or under it: "/tender/lots/1" is
# not under "/tender/lots/10".
within_field(path, prefix) if path == prefix

within_field(path, prefix) if startswith(path, concat("", [prefix, "/"]))

# A coded field of a notice (a place, a CPV code) as evidence: it is no sentence, so its paragraph
# is 0 and its path says where it stands.
field_evidence(document, path, value) := {
	"document": document.name,
	"paragraph": 0,
	"path": path,
	"quote": value,
	"start": 0,
	"end": 0,
}

# Whether the contract's terms were read: a document that is neither a notice nor one that refers
# its technical terms to a specification not given. A notice summarises a procurement, and
# contract terms or a platform's page may leave the service to the specification ("las
# condiciones figuran en el pliego de prescripciones técnicas"): a clause they lack may stand
# there, so they alone never lack one. Nor does a document whose text holds few of the sections
# its table of contents announces (an excerpt), nor answers to bidders' questions or an addendum,
# which narrow the file they answer or amend.
terms_read if {
	some document in facts.documents
	not document.notice
	not document.specification_elsewhere
	not document.sections_not_held
	not document.later
}

# Whether a document other than a notice was read, whatever it holds.
documents_read if {
	some document in facts.documents
	not document.notice
}

# The sentences by which the documents read refer their technical terms to a specification that
# is not among them: the rules on missing clauses were not applied, and
# `scope.specification_not_read` says why.
specification_elsewhere := [document.specification_elsewhere |
	some document in facts.documents
	document.specification_elsewhere
] if not terms_read

# The titles by which the documents read call themselves annexes of a contract that is not among
# them ("ALLEGATO 1 AL CONTRATTO" read without the contract), or numbered annexes of a tender
# holding some of its requirements ("APPENDIX 3. REQUIREMENTS SPECIFICATION CLOUD SOLUTION"):
# the contract's own clauses, the exit above all, stand elsewhere, so their absence here is for
# information. Not when the contract or the specification itself is read too: a clause the
# specification lacks is lacking, as for a specification read alone.
contract_elsewhere := [document.contract_elsewhere |
	some document in facts.documents
	document.contract_elsewhere
] if {
	not contract_terms_read
	not specification_read
} else := []

contract_terms_read if {
	some document in facts.documents
	document.role == "contract_terms"
}

specification_read if {
	some document in facts.documents
	document.role == "specification"
}

# The severity of a rule: the profile's, then, for sensitive data, the profile's sensitive one,
# then the rule's own.
severity(id, default_severity) := s if {
	has_sensitive_data
	s := profile.severity_if_sensitive[id]
} else := s if {
	s := profile.severity[id]
} else := default_severity

# A finding as the rules return it. The engine adds title, legal basis and remediation from the
# rule's METADATA.
finding(id, default_severity, message, evidence) := {
	"rule": id,
	"severity": severity(id, default_severity),
	"message": message,
	"evidence": evidence,
}

# A finding's message, named by its id in the catalogues beside the rule's file
# (`<file>.<lang>.ftl`, message `<rule id, dots as dashes>-<id>`), with named arguments:
# strings, numbers, booleans (for selectors) or terms. The report words it in its reader's
# language; the rule stays free of any one language.
message(id, args) := {"id": id, "args": args}

# An argument each language words its own way: a place (`term("place", "US")`), a law
# (`"cloud_act"`), a scope of data (`"backups"`)… The catalogues hold `<kind>-<value>`; places
# fall back to the names of data/countries.json, laws to the English effect of data/laws.json.
term(kind, value) := {"term": kind, "value": value}

# A term whose English words the data holds (a scorecard mapping's `why`): the catalogues of
# other languages translate it as `<kind>-<value>`; English, or a language without it, reads
# `english`.
term_in_data(kind, value, english) := {"term": kind, "value": value, "english": english}

# Terms listed, joined by "and" ("data, storage and backups"), "or", or "sentences" (one
# sentence each, side by side).
terms(kind, values, join) := {"term": kind, "values": values, "join": join}

# The same, naming the foreign laws at issue (ids of data/laws.json): the report cites them
# beside the rule's own references, so a finding on a US provider cites US law, not UK law.
finding_under(id, default_severity, message, evidence, laws) := object.union(
	finding(id, default_severity, message, evidence),
	{"laws": laws},
)

# A finding whose case is weaker than the one the profile's severity was set for (a
# vendor-controlled format that is not exclusive, say): a warning even where the profile makes
# the rule an error.
at_most_warning(finding) := object.union(finding, {"severity": "warning"}) if {
	finding.severity == "error"
} else := finding

# A finding on a clause the documents read lack. When what was read is an annex of a contract
# that was not read ("ALLEGATO 2 AL CONTRATTO", a data processing agreement), the clause may
# stand in the contract: the finding is for information, worded by the rule's
# `contract_elsewhere` message (with the finding's own arguments), and quotes the annex's title
# first.
absent_from_annex(finding) := object.union(finding, {
	"severity": "info",
	"message": message("contract_elsewhere", finding.message.args),
	"evidence": array.concat(contract_elsewhere, finding.evidence),
}) if {
	count(contract_elsewhere) > 0
} else := finding

# A finding the law itself excepts, and the tender establishes: the rule keeps it, says why
# (`reason`) and quotes the tender's own justification (`evidence`). The report lists it apart
# (`excepted`), counted apart from waivers, and it never fails a check.
excepted(finding, reason, evidence) := object.union(
	finding,
	{"exception": {"reason": reason, "evidence": evidence}},
)

# Places that count as home for the profile: EU and EEA, and Switzerland in the Swiss profile.
home_codes contains code if {
	some code in profile.home
}

home_codes contains country.code if {
	some country in data.data.countries
	country.eea
}

home_codes contains "CH" if "CH" in profile.home

# Whether the buyer is in the profile's home area, or its jurisdiction is unknown: the rules on
# non-EU law protect buyers at home; for a buyer abroad (a US federal agency) that law is its own.
buyer_at_home if not facts.jurisdiction

buyer_at_home if facts.jurisdiction.country in home_codes

# A notice whose legal basis is an act of EU law (eForms BT-01, a CELEX number such as
# 32014L0024) is under EU procurement law whatever its buyer's country: a UK notice of 2020,
# in the transition period, was bound by Directive 2014/24/EU.
buyer_at_home if {
	"EU" in profile.legal_orders
	some document in facts.documents
	regex.match(`^3[0-9]{4}[LR][0-9]{4}$`, document.notice.legal_basis.value)
}

# The languages of the documents, and whether none of them is one the extractor reads: then no
# requirement, brand, place or clause could be read, and silence is not a pass.
languages := {document.language | some document in facts.documents; document.language}

language_not_read if {
	count(languages) > 0
	count(languages & read_languages) == 0
	count([document | some document in facts.documents; not document.language]) == 0
	# A notice's coded fields (its classification, its buyer's country) are read in any language.
	count([document | some document in facts.documents; document.notice]) == 0
}

# The languages the extractor reads.
read_languages := {"fr", "en", "de", "es", "it", "nl"}

# Whose adequacy list the profile reasons with: the EU's (GDPR art. 45, `adequacy` in
# countries.json) or, in the Swiss profile, Switzerland's (Annex 1 of the Data Protection Ordinance,
# `ch_adequacy`).
adequacy_list := "ch" if profile.adequacy == "ch"

else := "eu"

adequacy_field := {"eu": "adequacy", "ch": "ch_adequacy"}[adequacy_list]

# Countries whose whole territory has an adequacy finding under the profile's list. A partial one
# ("partial": the United States, only for organisations certified under the Data Privacy
# Framework) does not count: a place says nothing of whether the recipient is certified.
adequacy_codes contains country.code if {
	some country in data.data.countries
	country[adequacy_field] == true
}

# The reference lists indexed once per evaluation: lookups by id would otherwise scan them.
countries_by_code := {country.code: country | some country in data.data.countries}

providers_by_id := {p.id: p | some p in data.data.providers}

formats_by_id := {f.id: f | some f in data.data.formats}

certifications_by_id := {c.id: c | some c in data.data.certifications}

# Modalities under which the tender asks for, prefers or allows something.
asks := {"required", "preferred", "allowed"}

# Data scopes: the data itself, and the operations on it.
data_scopes := {"data", "storage", "processing", "backups"}

operation_scopes := {"administration", "support"}

# Kinds of sensitive data that call for more than GDPR hygiene.
sensitive_categories := {"particular_sensitivity", "health", "secret", "restricted"}

sensitive_clauses contains clause if {
	some clause in facts.clauses
	clause.kind == "data_sensitivity"
	some category in clause.categories
	category in sensitive_categories
}

has_sensitive_data if count(sensitive_clauses) > 0

# The evidence of the sensitive-data clauses, for findings that depend on them.
sensitive_evidence := [clause.evidence | some clause in sensitive_clauses]

# Reference data by id.
provider(id) := providers_by_id[id]

product(provider_id, product_id) := p if {
	some p in provider(provider_id).products
	p.id == product_id
}

format(id) := formats_by_id[id]

certification(id) := certifications_by_id[id]

# The name a mention goes by: the product's when one was named.
brand_name(mention) := product(mention.provider, mention.product).name if {
	mention.product
} else := provider(mention.provider).name

# The operating model of what a mention names: the product's own where it has one (T-Systems is a
# European provider, but its Open Telekom Cloud runs Huawei technology), else the provider's.
operating_model(mention) := model if {
	model := product(mention.provider, mention.product).model
} else := provider(mention.provider).model

# The provider whose technology a European operator runs under licence, for the product or the
# provider, as for the operating model.
technology_licensor(mention) := provider(id) if {
	id := product(mention.provider, mention.product).technology_licensed_from
} else := provider(id) if {
	id := provider(mention.provider).technology_licensed_from
}

# Whether the provider runs what a mention names, and so holds the buyer's data: a product it
# delivers as a service, or a cloud provider named without a product ("hébergé chez AWS").
# Software the buyer or a contractor runs is not held by its publisher.
held_by_provider(mention) if product(mention.provider, mention.product).delivery == "service"

held_by_provider(mention) if {
	not mention.product
	provider(mention.provider).cloud_provider
}

# Providers under the law of a country outside the EU/EEA, through themselves or their parent.
exposed(provider) if count(provider.foreign_laws) > 0

# Absence rules apply only when the contract buys hosting and its terms were read; their findings
# cite the sentences (or a notice's hosting classification) that put hosting in scope
# (facts.hosting.evidence), so a lawyer can check why the rule applied.
hosting_procured if {
	facts.hosting.scope == "procured"
	terms_read
}
