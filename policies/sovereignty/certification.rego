# Certifications and qualifications: what they guarantee, and whether anyone can hold them.
package sovereignty.certification

import data.tenderlint.lib

# METADATA
# title: Sensitive data without SecNumCloud
# description: >-
#   For data of particular sensitivity, the French State cloud doctrine (rule R9) and the SREN law
#   require a SecNumCloud-qualified offer, or an equivalent European qualification, immune to
#   non-EU law. ISO 27001 or HDS alone say nothing about non-EU law.
# custom:
#   id: certification.sensitive_without_secnumcloud
#   version: 1
#   severity: error
#   legal_basis:
#     - fr.sren.art31
#     - fr.circulaire_6404_sg
#     - fr.secnumcloud.19_6
#     - fr.csp.l1111_8
#   remediation: >-
#     Require "une offre qualifiée SecNumCloud (ou bénéficiant d'une qualification européenne
#     équivalente)" for the services that process the sensitive data.
#   examples:
#     - lang: fr
#       profile: fr
#       fail: "La plateforme traite des données de santé des patients. Le titulaire est certifié ISO/IEC 27001 ; cette certification est suffisante."
#       pass: "La plateforme traite des données de santé des patients. Le prestataire doit disposer d'une qualification SecNumCloud pour l'offre proposée."
#     - lang: de
#       profile: fr
#       fail: "Die Plattform verarbeitet Gesundheitsdaten von Patienten. Der Auftragnehmer muss nach ISO/IEC 27001 zertifiziert sein."
#       pass: "Die Plattform verarbeitet Gesundheitsdaten von Patienten. Der Cloud-Dienst muss über eine SecNumCloud-Qualifizierung verfügen."
#     - lang: en
#       profile: fr
#       fail: "The platform processes patients' health data. The contractor shall be ISO/IEC 27001 certified."
#       pass: "The platform processes patients' health data. The cloud service shall hold a SecNumCloud qualification."
deny contains finding if {
	lib.enabled("certification.sensitive_without_secnumcloud")
	lib.has_sensitive_data
	count(qualified) == 0
	finding := lib.finding(
		"certification.sensitive_without_secnumcloud",
		"error",
		sprintf("The tender handles data of particular sensitivity but does not require a SecNumCloud-qualified offer%s.", [weaker_note]),
		array.concat(lib.sensitive_evidence, [c.evidence | some c in weaker]),
	)
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

weaker_note := sprintf(" (it relies on %s, which does not cover non-EU law)", [concat(" and ", sort({lib.certification(m.certification).name | some m in weaker}))]) if {
	count(weaker) > 0
} else := ""

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
		sprintf("The tender requires %s (\"%s\"), which no provider can hold today.", [certification.name, mention.matched]),
		[mention.evidence],
	)
}
