# Open formats for documents and data, open protocols for services.
package sovereignty.open_formats

import data.tenderlint.lib

# METADATA
# title: Proprietary format required
# description: >-
#   The tender requires deliverables in a proprietary or vendor-controlled format ("au format Word
#   (.docx)", "Excel only", "compatible Microsoft Office") without accepting an open one. The
#   buyer then needs the vendor's software to read its own documents. Where national law makes
#   open standards binding on administrations (the French RGI, which recommends ODF (ISO/IEC
#   26300) and keeps OOXML under observation; the Dutch "pas toe of leg uit" list; the Spanish
#   ENI; the Italian CAD) the profile makes it an error; elsewhere EU law only asks that
#   specifications create no unjustified obstacle to competition, and it is a warning.
# custom:
#   id: open_formats.proprietary_required
#   version: 3
#   severity: warning
#   legal_basis:
#     - eu.directive_2014_24.art42_2
#     - eu.eif
#     - fr.rgi
#     - nl.open_standaarden
#     - es.eni.art11
#     - it.cad.art68
#   remediation: Require, or at least accept, open formats for every document delivered.
#   examples:
#     - lang: fr
#       fail: "Les livrables sont remis au format Word (.docx)."
#       pass: "Les documents sont remis au format ODF ou PDF/A."
#     - lang: de
#       fail: "Die Unterlagen sind im Format Microsoft Word (.docx) zu liefern."
#       pass: "Die Unterlagen sind im Format ODF oder PDF/A zu liefern."
#     - lang: en
#       fail: "Deliverables shall be provided in Microsoft Word (.docx) format."
#       pass: "Deliverables shall be provided in ODF or PDF/A format."
warn contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in required_formats
	lib.format(mention.format).openness == "proprietary"
	finding := lib.finding(
		"open_formats.proprietary_required",
		"warning",
		lib.message("proprietary", {"format": lib.format(mention.format).name}),
		[mention.evidence],
	)
}

warn contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in required_formats
	lib.format(mention.format).openness == "vendor_controlled"
	mention.exclusive
	finding := lib.finding(
		"open_formats.proprietary_required",
		"warning",
		lib.message("vendor_controlled_only", {"format": lib.format(mention.format).name}),
		[mention.evidence],
	)
}

warn contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in required_formats
	lib.format(mention.format).openness == "vendor_controlled"
	not mention.exclusive
	not open_alternative(mention)
	finding := lib.at_most_warning(lib.finding(
		"open_formats.proprietary_required",
		"warning",
		lib.message("vendor_controlled", {"format": lib.format(mention.format).name}),
		[mention.evidence],
	))
}

# "Compatible Microsoft Office": compatibility with an office suite is a format requirement.
warn contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in office_compatibility
	mention.role == "required"
	not open_formats_required
	finding := lib.at_most_warning(lib.finding(
		"open_formats.proprietary_required",
		"warning",
		lib.message("office_compatibility", {"product": lib.brand_name(mention)}),
		[mention.evidence],
	))
}

# "There should be a function for exporting the selection to Excel": a wish, scored or not,
# that does not shut out other suites; a note to ask for open formats too (v53).
info contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in office_compatibility
	mention.role == "preferred"
	finding := lib.finding(
		"open_formats.proprietary_required",
		"info",
		lib.message("office_compatibility_wished", {"product": lib.brand_name(mention)}),
		[mention.evidence],
	)
}

# "templates for at least MS Word" in a specification that requires PDF/A and CSV for whatever is
# kept or exported (v53): the suite is what the buyer's staff edit with, beside open formats the
# tender requires; a note to accept ODF too.
info contains finding if {
	lib.enabled("open_formats.proprietary_required")
	some mention in office_compatibility
	mention.role == "required"
	open_formats_required
	finding := lib.finding(
		"open_formats.proprietary_required",
		"info",
		lib.message("office_compatibility_besides_open", {"product": lib.brand_name(mention)}),
		[mention.evidence],
	)
}

# The tender requires an open format for documents or data somewhere.
open_formats_required if {
	some mention in required_formats
	lib.format(mention.format).openness == "open"
}

office_compatibility contains mention if {
	some mention in lib.facts.providers
	mention.compatibility
	mention.role in {"required", "preferred"}
	not lib.in_award_criterion(mention)
	lib.product(mention.provider, mention.product).category == "office_suite"
}

required_formats contains mention if {
	some mention in lib.facts.formats
	mention.role in {"required", "preferred"}
	lib.format(mention.format).kind != "protocol"
}

# An open format accepted in the same sentence.
open_alternative(mention) if {
	some other in lib.facts.formats
	other.evidence.start == mention.evidence.start
	other.role in lib.asks
	lib.format(other.format).openness == "open"
}

# METADATA
# title: Proprietary protocol required
# description: >-
#   The tender requires a proprietary protocol (Exchange ActiveSync, MAPI, EWS) or compatibility
#   with a vendor's collaboration product ("Teams-compatible"). Only open protocols — IMAP,
#   CalDAV, CardDAV, WebDAV, XMPP, Matrix, OpenID Connect, SAML, an S3-compatible API — let the
#   buyer change clients and providers.
# custom:
#   id: open_formats.proprietary_protocol
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.directive_2014_24.art42_2
#     - eu.eif
#     - eu.csf.sov6
#     - fr.rgi
#     - nl.open_standaarden
#     - es.eni.art11
#     - it.cad.art68
#   remediation: Require open protocols for access, calendars, contacts and authentication.
#   examples:
#     - lang: fr
#       fail: "L'accès se fait uniquement par Exchange ActiveSync."
#       pass: "Le service de messagerie prend en charge les protocoles IMAP et CalDAV."
#     - lang: de
#       fail: "Der Zugriff erfolgt ausschließlich über Exchange ActiveSync."
#       pass: "Der E-Mail-Dienst muss die Protokolle IMAP und CalDAV unterstützen."
#     - lang: en
#       fail: "Access shall be provided exclusively through Exchange ActiveSync."
#       pass: "The mail service shall support the IMAP and CalDAV protocols."
warn contains finding if {
	lib.enabled("open_formats.proprietary_protocol")
	some mention in lib.facts.formats
	mention.role in {"required", "preferred"}
	format := lib.format(mention.format)
	format.kind == "protocol"
	format.openness == "proprietary"
	finding := lib.finding(
		"open_formats.proprietary_protocol",
		"warning",
		lib.message("proprietary", {"protocol": format.name}),
		[mention.evidence],
	)
}

warn contains finding if {
	lib.enabled("open_formats.proprietary_protocol")
	some mention in lib.facts.providers
	mention.compatibility
	mention.role in {"required", "preferred"}
	not lib.in_award_criterion(mention)
	lib.product(mention.provider, mention.product).category in {"collaboration", "email", "file_sharing"}
	finding := lib.finding(
		"open_formats.proprietary_protocol",
		"warning",
		lib.message("compatibility", {"product": lib.brand_name(mention)}),
		[mention.evidence],
	)
}
