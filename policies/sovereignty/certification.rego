# Certifications and qualifications: what they guarantee, and whether anyone can hold them.
package sovereignty.certification

import data.tenderlint.lib

# METADATA
# title: Sensitive data without SecNumCloud
# description: >-
#   For data of particular sensitivity hosted by a provider, the SREN law (art. 31) and the State
#   cloud doctrine (rule R9) require State services and their operators to use a
#   SecNumCloud-qualified offer, or an equivalent European qualification, immune to non-EU law.
#   ISO 27001 or HDS alone say nothing about non-EU law. The law binds the State: for a
#   regional or local authority or a hospital it is a recommendation, and when the tender does
#   not show who the buyer is, the finding says on what it depends.
# custom:
#   id: certification.sensitive_without_secnumcloud
#   version: 2
#   severity: error
#   legal_basis:
#     - fr.sren.art31
#     - fr.circulaire_6404_sg
#     - fr.secnumcloud.19_6
#   remediation: >-
#     Require a SecNumCloud-qualified offer, or one holding an equivalent European
#     qualification, for the services that process the sensitive data.
#   examples:
#     - lang: fr
#       profile: fr
#       fail: "Le ministère de l'Intérieur lance la consultation. Le titulaire héberge la plateforme, qui traite des données d'une sensibilité particulière pour le ministère de l'Intérieur. Le titulaire est certifié ISO/IEC 27001."
#       pass: "Le ministère de l'Intérieur lance la consultation. Le titulaire héberge la plateforme, qui traite des données d'une sensibilité particulière pour le ministère de l'Intérieur. L'offre doit être qualifiée SecNumCloud."
#     - lang: de
#       profile: fr
#       fail: "Das Bundesministerium des Innern schreibt aus. Der Auftragnehmer hostet die Plattform, die besonders schutzbedürftige Daten des Bundesministeriums verarbeitet. Der Auftragnehmer muss nach ISO/IEC 27001 zertifiziert sein."
#       pass: "Das Bundesministerium des Innern schreibt aus. Der Auftragnehmer hostet die Plattform, die besonders schutzbedürftige Daten des Bundesministeriums verarbeitet. Der Cloud-Dienst muss über eine SecNumCloud-Qualifizierung verfügen."
#     - lang: en
#       profile: fr
#       fail: "The Ministry of the Interior issues this tender. The contractor shall host the platform, which processes highly sensitive data of the Ministry of the Interior. The contractor shall be ISO/IEC 27001 certified."
#       pass: "The Ministry of the Interior issues this tender. The contractor shall host the platform, which processes highly sensitive data of the Ministry of the Interior. The cloud service shall hold a SecNumCloud qualification."
deny contains secnumcloud_finding if buyer_position == "state"

warn contains secnumcloud_finding if buyer_position == "unknown"

info contains secnumcloud_finding if buyer_position == "other"

# Whom the SREN law and the State doctrine bind: State services and their operators ("state");
# when the tender does not say who the buyer is, the finding says on what it depends.
buyer_position := "state" if {
	lib.facts.buyer.kind in {"central_government", "central_agency"}
} else := "unknown" if {
	not lib.facts.buyer
} else := "other"

severity_for := {"state": "error", "unknown": "warning", "other": "info"}

# The finding, quoting the sensitive data, what the tender relies on instead, and who the
# buyer is (the message says whom the requirement binds from `buyer`).
secnumcloud_finding := lib.finding(
	"certification.sensitive_without_secnumcloud",
	severity_for[buyer_position],
	secnumcloud_message,
	array.concat(array.concat([c.evidence | some c in doctrine_sensitive], [c.evidence | some c in weaker]), buyer_evidence),
) if {
	lib.enabled("certification.sensitive_without_secnumcloud")
	lib.hosting_procured
	count(doctrine_sensitive) > 0
	count(qualified) == 0
}

buyer_evidence := lib.facts.buyer.evidence if {
	lib.facts.buyer
} else := []

# Sensitive data the doctrine covers (Diffusion Restreinte included: it is a protection marking,
# not a classification); classified information has its own rule.
doctrine_sensitive contains clause if {
	some clause in lib.sensitive_clauses
	some category in clause.categories
	category in {"particular_sensitivity", "health", "restricted"}
}

qualified contains mention if {
	some mention in lib.facts.certifications
	mention.role == "required"
	lib.certification(mention.certification).covers_immunity
}

# Certifications the tender relies on instead.
weaker contains mention if {
	some mention in lib.facts.certifications
	mention.role in {"required", "sufficient"}
	not lib.certification(mention.certification).covers_immunity
}

secnumcloud_message := lib.message("relied_on", {
	"buyer": buyer_position,
	"certifications": lib.terms("scheme", sort({m.certification | some m in weaker}), "and"),
}) if {
	count(weaker) > 0
} else := lib.message("missing", {"buyer": buyer_position})

# METADATA
# title: Certification that no one can hold
# description: >-
#   The tender requires a certification that does not exist yet. The EU cloud certification
#   scheme (EUCS) has not been adopted, and its 2024 draft holds no sovereignty requirement:
#   "EUCS High+" cannot be certified today, so the requirement either excludes everyone or
#   will be waived.
# custom:
#   id: certification.unobtainable
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.directive_2014_24.art44_2
#     - eu.directive_2014_24.art42_2
#     - eu.enisa.eucs
#   remediation: >-
#     Require an existing qualification with the guarantees you need (SecNumCloud, BSI C5 with
#     C3A), or describe the guarantees themselves.
#   examples:
#     - lang: fr
#       fail: "Le candidat démontre une certification EUCS High+."
#       pass: "Le prestataire doit disposer d'une qualification SecNumCloud."
#     - lang: de
#       fail: "Der Anbieter muss eine Zertifizierung nach EUCS High+ nachweisen."
#       pass: "Der Anbieter muss ein BSI-C5-Testat vorlegen."
#     - lang: en
#       fail: "The provider shall hold an EUCS High+ certification."
#       pass: "The provider shall hold a BSI C5 attestation."
warn contains finding if {
	lib.enabled("certification.unobtainable")
	some mention in lib.facts.certifications
	mention.role in {"required", "preferred"}
	certification := lib.certification(mention.certification)
	not certification.obtainable
	finding := lib.finding(
		"certification.unobtainable",
		"warning",
		lib.message("required", {"certification": lib.term("scheme", mention.certification), "quote": mention.matched}),
		[mention.evidence],
	)
}

# METADATA
# title: Health data without HDS
# description: >-
#   Whoever hosts personal health data for a third party must be certified "hébergeur de données
#   de santé" (HDS). Since the 2024 HDS reference the data stay in the EEA, and the certificate
#   says nothing on non-EU law: for a provider under it, the sovereignty rules apply as well.
# custom:
#   id: certification.health_without_hds
#   version: 1
#   severity: error
#   legal_basis:
#     - fr.csp.l1111_8
#   remediation: >-
#     Require the HDS certification of the contractor and of its subcontractors that host the
#     health data.
#   examples:
#     - lang: fr
#       profile: fr
#       fail: "Le titulaire héberge la solution, qui traite des données de santé des patients."
#       pass: "Le titulaire héberge la solution, qui traite des données de santé des patients. Le titulaire est certifié HDS."
#     - lang: de
#       profile: fr
#       fail: "Der Auftragnehmer hostet die Lösung, die Gesundheitsdaten von Patienten verarbeitet."
#       pass: "Der Auftragnehmer hostet die Lösung, die Gesundheitsdaten von Patienten verarbeitet. Der Auftragnehmer muss HDS-zertifiziert sein."
#     - lang: en
#       profile: fr
#       fail: "The contractor shall host the solution, which processes patients' health data."
#       pass: "The contractor shall host the solution, which processes patients' health data. The contractor shall be HDS certified."
deny contains finding if {
	lib.enabled("certification.health_without_hds")
	lib.hosting_procured
	count(health) > 0
	not hds_required
	finding := lib.finding(
		"certification.health_without_hds",
		"error",
		lib.message("missing", {}),
		[c.evidence | some c in health],
	)
}

health contains clause if {
	some clause in lib.sensitive_clauses
	"health" in clause.categories
}

hds_required if {
	some mention in lib.facts.certifications
	mention.certification == "hds"
	mention.role in {"required", "sufficient"}
}

# METADATA
# title: Classified information in a commercial cloud
# description: >-
#   The tender has a provider host classified information (secret-défense, Verschlusssachen
#   including VS-NfD, EU classified information). Classified information may only be processed
#   in systems approved (homologated, accredited) for its level; a commercial cloud offer, even
#   SecNumCloud-qualified, is not approved for it. Diffusion Restreinte is a protection marking,
#   not a classification level: it is left to the sensitive-data rules.
# custom:
#   id: certification.classified_in_commercial_cloud
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.council_decision_2013_488
#     - fr.igi_1300
#     - de.vsa
#     - ch.isv
#   remediation: >-
#     Keep classified information out of the hosted service, or require a system approved for
#     its level and say which approval; do not rely on a commercial qualification.
#   examples:
#     - lang: fr
#       fail: "Le titulaire héberge la plateforme, qui traite des informations classifiées."
#       pass: "Le titulaire héberge la plateforme, qui traite des données administratives courantes."
#     - lang: de
#       fail: "Der Auftragnehmer hostet die Plattform, auf der Verschlusssachen verarbeitet werden."
#       pass: "Der Auftragnehmer hostet die Plattform, auf der Verwaltungsdaten verarbeitet werden."
#     - lang: en
#       fail: "The contractor shall host the platform, which processes classified information."
#       pass: "The contractor shall host the platform, which processes ordinary administrative data."
warn contains finding if {
	lib.enabled("certification.classified_in_commercial_cloud")
	lib.hosting_procured
	count(classified) > 0
	finding := lib.finding(
		"certification.classified_in_commercial_cloud",
		"warning",
		lib.message("hosted", {}),
		[c.evidence | some c in classified],
	)
}

classified contains clause if {
	some clause in lib.sensitive_clauses
	"secret" in clause.categories
}
