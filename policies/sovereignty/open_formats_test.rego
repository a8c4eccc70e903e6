package sovereignty.open_formats_test

import data.sovereignty.open_formats
import data.tenderlint.fixtures as t

test_docx_alone_is_a_warning if {
	some f in open_formats.warn with input as t.input_for({"formats": [t.format("docx", "required", false)]}, "eu")
	f.rule == "open_formats.proprietary_required"
}

test_docx_with_an_open_alternative_is_fine if {
	odt := object.union(t.format("odt", "allowed", false), {"evidence": t.format("docx", "required", false).evidence})
	count(open_formats.warn) == 0 with input as t.input_for({"formats": [t.format("docx", "required", false), odt]}, "eu")
}

# The RGI (fr), the open standards list (nl), the ENI (es) and the CAD (it) bind
# administrations: an error there; EU law alone makes it a warning.
test_excel_only_is_an_error_where_national_law_requires_open_formats if {
	facts := {"formats": [t.format("xlsx", "required", true)]}
	every profile in ["fr", "nl", "es", "it"] {
		some f in open_formats.warn with input as t.input_for(facts, profile)
		f.rule == "open_formats.proprietary_required"
		f.severity == "error"
	}
	every profile in ["eu", "de", "ch"] {
		some f in open_formats.warn with input as t.input_for(facts, profile)
		f.rule == "open_formats.proprietary_required"
		f.severity == "warning"
	}
}

test_a_proprietary_format_is_an_error_in_france if {
	some f in open_formats.warn with input as t.input_for({"formats": [t.format("doc", "required", false)]}, "fr")
	f.severity == "error"
}

test_docx_not_exclusive_stays_a_warning_in_france if {
	some f in open_formats.warn with input as t.input_for({"formats": [t.format("docx", "required", false)]}, "fr")
	f.rule == "open_formats.proprietary_required"
	f.severity == "warning"
}

test_open_formats_are_fine if {
	facts := {"formats": [t.format("odt", "required", false), t.format("pdfa", "required", false)]}
	count(open_formats.warn) == 0 with input as t.input_for(facts, "fr")
}

test_compatibility_with_an_office_suite_is_a_warning if {
	office := object.union(t.provider("microsoft", "microsoft-office", "required", false), {"compatibility": true})
	"open_formats.proprietary_required" in t.ids(open_formats.warn) with input as t.input_for({"providers": [office]}, "eu")
}

test_compatibility_with_an_office_suite_wished_is_a_note if {
	office := object.union(t.provider("microsoft", "microsoft-office", "preferred", false), {"compatibility": true})
	count(open_formats.warn) == 0 with input as t.input_for({"providers": [office]}, "eu")
	"open_formats.proprietary_required" in t.ids(open_formats.info) with input as t.input_for({"providers": [office]}, "eu")
}

test_compatibility_with_an_office_suite_beside_open_formats_is_a_note if {
	office := object.union(t.provider("microsoft", "microsoft-office", "required", false), {"compatibility": true})
	facts := {"providers": [office], "formats": [t.format("pdfa", "required", false)]}
	count(open_formats.warn) == 0 with input as t.input_for(facts, "eu")
	some f in open_formats.info with input as t.input_for(facts, "eu")
	f.message.id == "office_compatibility_besides_open"
}

test_activesync_is_a_proprietary_protocol if {
	"open_formats.proprietary_protocol" in t.ids(open_formats.warn) with input as t.input_for({"formats": [t.format("activesync", "required", true)]}, "eu")
}

test_excluded_activesync_is_fine if {
	count(open_formats.warn) == 0 with input as t.input_for({"formats": [t.format("activesync", "excluded", false)]}, "eu")
}

test_teams_compatibility_is_a_proprietary_protocol if {
	teams := object.union(t.provider("microsoft", "microsoft-teams", "required", false), {"compatibility": true})
	"open_formats.proprietary_protocol" in t.ids(open_formats.warn) with input as t.input_for({"providers": [teams]}, "eu")
}

test_open_protocols_are_fine if {
	count(open_formats.warn) == 0 with input as t.input_for({"formats": [t.format("imap", "required", false)]}, "eu")
}

# "xlsx, odc or SQL": the extractor reads each item of an "or" list as one allowed
# alternative; an allowed vendor format is no requirement.
test_xlsx_offered_among_alternatives_is_fine if {
	facts := {"formats": [t.format("xlsx", "allowed", false), t.format("sql", "allowed", false)]}
	count(open_formats.warn) == 0 with input as t.input_for(facts, "es")
}

# "Preferably xlsx, ods or SQL": the open items of the list are the open alternative.
test_xlsx_preferred_beside_a_bare_open_format_is_fine if {
	sql := object.union(t.format("sql", "preferred", false), {"evidence": t.format("xlsx", "preferred", false).evidence})
	count(open_formats.warn) == 0 with input as t.input_for({"formats": [t.format("xlsx", "preferred", false), sql]}, "es")
}
