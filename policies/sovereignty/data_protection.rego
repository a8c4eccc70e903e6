# The provider as processor of the buyer's data: the GDPR art. 28 terms, the buyer's audit
# right, telemetry, and the use of the data for the provider's own ends.
package sovereignty.data_protection

import data.tenderlint.lib

# METADATA
# title: Personal data hosted without GDPR art. 28 processing terms
# description: >-
#   The tender procures hosting or a cloud service and says it involves personal data, but no
#   clause sets the processing terms of GDPR article 28(3): a contract binding the provider as
#   processor, acting on the buyer's documented instructions, with the points (a) to (h). The
#   law requires that contract; a tender that leaves it out lets the provider's standard terms
#   fill the gap.
# custom:
#   id: data_protection.processing_terms
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art28_3
#     - eu.gdpr.art28_3_a
#     - ch.dsg.art9
#   remediation: >-
#     Annex a data processing agreement under GDPR art. 28(3) to the contract and require the
#     successful bidder to sign it.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution, qui traite des données à caractère personnel des usagers."
#       pass: "Le titulaire assure l'hébergement de la solution, qui traite des données à caractère personnel des usagers. Un accord de sous-traitance conforme à l'article 28 du RGPD est annexé au présent marché."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting der Lösung, in der personenbezogene Daten der Bürgerinnen und Bürger verarbeitet werden."
#       pass: "Der Auftragnehmer übernimmt das Hosting der Lösung, in der personenbezogene Daten der Bürgerinnen und Bürger verarbeitet werden. Die Parteien schließen eine Vereinbarung zur Auftragsverarbeitung nach Art. 28 DSGVO."
#     - lang: en
#       fail: "The contractor shall host the solution, which processes personal data of residents."
#       pass: "The contractor shall host the solution, which processes personal data of residents. The contractor shall sign the data processing agreement in Annex 3, which meets Article 28(3) GDPR."
warn contains finding if {
	lib.enabled("data_protection.processing_terms")
	lib.hosting_procured
	count(personal_data) > 0
	count(stated("processing_terms")) == 0
	finding := lib.finding(
		"data_protection.processing_terms",
		"warning",
		lib.message("missing", {}),
		array.concat(lib.facts.hosting.evidence, personal_evidence),
	)
}

# METADATA
# title: No audit right for the buyer
# description: >-
#   The tender procures hosting of personal data but gives the buyer no right to audit the
#   provider, rules audits out, or lets the provider's own certificates and reports stand in for
#   them. GDPR article 28(3)(h) requires the processor to allow for and contribute to audits,
#   including inspections, by the controller or an auditor it mandates. Certificates and
#   third-party reports may support an audit; a clause that makes them the whole of the right
#   is worth a look (information), one that excludes audits or says nothing is a warning. When
#   the tender sets art. 28 terms (a data processing agreement annexed), those terms must hold
#   the audit right: its absence from the tender's own text is then information, to check in
#   the annex.
# custom:
#   id: data_protection.audit_right
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art28_3_h
#     - ch.dsg.art9
#   remediation: >-
#     Give the buyer, or an auditor it mandates, the right to audit the provider and its
#     subprocessors, including on site; the provider's certifications do not replace that right.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution, qui traite des données à caractère personnel des usagers. Les audits sur site ne sont pas autorisés."
#       pass: "Le titulaire assure l'hébergement de la solution, qui traite des données à caractère personnel des usagers. L'acheteur ou un auditeur mandaté par lui peut procéder à des audits sur place du titulaire."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting der Lösung, in der personenbezogene Daten verarbeitet werden. Vor-Ort-Kontrollen durch den Auftraggeber sind ausgeschlossen."
#       pass: "Der Auftragnehmer übernimmt das Hosting der Lösung, in der personenbezogene Daten verarbeitet werden. Der Auftraggeber ist berechtigt, beim Auftragnehmer Audits und Inspektionen durchzuführen oder durch einen beauftragten Prüfer durchführen zu lassen."
#     - lang: en
#       fail: "The contractor shall host the solution, which processes personal data of residents. On-site audits by the Authority are excluded."
#       pass: "The contractor shall host the solution, which processes personal data of residents. The Authority, or an auditor it appoints, may audit the contractor, including by on-site inspections."
warn contains finding if {
	lib.enabled("data_protection.audit_right")
	lib.hosting_procured
	count(personal_data) > 0
	count(audits_granted) + count(audits_by_reports) + count(audits_denied) == 0
	count(stated("processing_terms")) == 0
	finding := lib.finding(
		"data_protection.audit_right",
		"warning",
		lib.message("none", {}),
		array.concat(lib.facts.hosting.evidence, personal_evidence),
	)
}

warn contains finding if {
	lib.enabled("data_protection.audit_right")
	count(personal_data) > 0
	count(audits_granted) == 0
	some clause in audits_denied
	finding := lib.finding(
		"data_protection.audit_right",
		"warning",
		lib.message("excluded", {}),
		[clause.evidence],
	)
}

info contains finding if {
	lib.enabled("data_protection.audit_right")
	lib.hosting_procured
	count(personal_data) > 0
	count(audits_granted) + count(audits_by_reports) + count(audits_denied) == 0
	some clause in stated("processing_terms")
	finding := lib.finding(
		"data_protection.audit_right",
		"info",
		lib.message("in_agreement", {}),
		[clause.evidence],
	)
}

info contains finding if {
	lib.enabled("data_protection.audit_right")
	count(personal_data) > 0
	count(audits_granted) + count(audits_denied) == 0
	some clause in audits_by_reports
	finding := lib.finding(
		"data_protection.audit_right",
		"info",
		lib.message("reports_only", {}),
		[clause.evidence],
	)
}

audits_granted contains clause if {
	some clause in stated("audit_right")
	not clause.reports_only
}

audits_by_reports contains clause if {
	some clause in stated("audit_right")
	clause.reports_only
}

audits_denied contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "audit_right"
	clause.stance == "excluded"
}

# METADATA
# title: Provider may use the buyer's data for its own ends
# description: >-
#   The tender lets the provider use the buyer's data to train AI models or to improve its own
#   services. A processor that uses personal data for purposes of its own acts outside the
#   buyer's documented instructions and becomes a controller for that use (GDPR art. 28(3)(a)
#   and 28(10)); for any data, it is a use the buyer does not control and cannot undo: a model
#   keeps what it was trained on.
# custom:
#   id: data_protection.data_use
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art28_3_a
#     - eu.gdpr.art28_10
#     - eu.csf.sov3
#     - ch.dsg.art9
#   remediation: >-
#     Limit the use of the buyer's data, derived data included, to the performance of the
#     contract, and forbid expressly its use to train AI models or improve the provider's services.
#   examples:
#     - lang: fr
#       fail: "Le fournisseur peut exploiter les contenus des utilisateurs pour améliorer ses services et entraîner ses modèles d'intelligence artificielle."
#       pass: "Le titulaire s'interdit d'utiliser les données de l'acheteur pour entraîner des modèles d'intelligence artificielle ou améliorer ses services."
#     - lang: de
#       fail: "Der Anbieter darf die Daten des Auftraggebers zum Training seiner KI-Modelle verwenden."
#       pass: "Der Anbieter darf die Daten des Auftraggebers nicht zum Training von KI-Modellen verwenden."
#     - lang: en
#       fail: "The provider may use customer data to train its AI models and to improve its services."
#       pass: "The provider shall not use customer data to train AI models or to improve its services."
warn contains finding if {
	lib.enabled("data_protection.data_use")
	some clause in lib.facts.clauses
	clause.kind == "data_use"
	clause.stance == "allowed"
	finding := lib.finding(
		"data_protection.data_use",
		"warning",
		lib.message("own_ends", {"purpose": use_purpose(clause)}),
		[clause.evidence],
	)
}

# What the provider may use the data for, a selector of the message.
use_purpose(clause) := "ai_training" if {
	clause.ai_training
} else := "own_services"

# METADATA
# title: Telemetry not limited
# description: >-
#   The tender lets the provider or its software collect telemetry or diagnostic data without
#   limiting it to what is needed or letting the buyer turn it off. Such data describe the
#   buyer's users and their use of the service and leave the buyer's control; where they relate
#   to identifiable people, the GDPR requires them to be limited to what is necessary, by
#   default (articles 5(1)(c) and 25(2)).
# custom:
#   id: data_protection.telemetry
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art5_1_c
#     - eu.gdpr.art25_2
#     - eu.csf.sov3
#   remediation: >-
#     Limit telemetry and diagnostic data to what the service strictly needs, have it documented,
#     let the buyer turn it off, and forbid any other use of it.
#   examples:
#     - lang: fr
#       fail: "Le logiciel transmet par défaut des données de télémétrie à l'éditeur."
#       pass: "La collecte de données de télémétrie par l'éditeur est limitée au strict nécessaire et peut être désactivée par l'acheteur."
#     - lang: de
#       fail: "Die Software übermittelt standardmäßig Telemetriedaten an den Hersteller."
#       pass: "Die Übermittlung von Telemetriedaten an den Hersteller muss durch den Auftraggeber abgeschaltet werden können."
#     - lang: en
#       fail: "The software sends telemetry to the vendor by default."
#       pass: "Telemetry sent to the vendor shall be limited to what is strictly necessary, and the Authority shall be able to disable it."
warn contains finding if {
	lib.enabled("data_protection.telemetry")
	some clause in lib.facts.clauses
	clause.kind == "telemetry"
	clause.stance == "allowed"
	not clause.limited
	finding := lib.finding(
		"data_protection.telemetry",
		"warning",
		lib.message("unlimited", {}),
		[clause.evidence],
	)
}

# Clauses of a kind that the contract states (not a definition, a bid instruction or context).
stated(kind) := {clause |
	some clause in lib.facts.clauses
	clause.kind == kind
	clause.stance == "required"
}

# The clauses that say the tender involves personal data (health and social data are personal
# data too; classified information need not be).
personal_data contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "data_sensitivity"
	some category in clause.categories
	category in {"personal", "health", "particular_sensitivity", "social"}
}

# Three sentences are enough for a lawyer to see that personal data are involved.
personal_evidence := array.slice([clause.evidence | some clause in personal_data], 0, 3)
