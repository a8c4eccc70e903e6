# Exposure to non-EU law: providers under foreign jurisdiction, missing immunity requirements,
# transfers on fragile grounds, and service cut-offs for foreign sanctions.
package sovereignty.extraterritorial

import data.tenderlint.lib

# METADATA
# title: Provider under non-EU jurisdiction required
# description: >-
#   The tender requires or prefers a provider or product whose company, or ultimate parent, is
#   under the law of a non-EU country. Under the US CLOUD Act a US provider must hand over data in
#   its possession, custody or control wherever it is stored; FISA 702 and EO 12333 allow
#   intelligence collection; sanctions (IEEPA) can cut the service off. Where the data sits does
#   not change that. A European company operating non-EU technology under licence (Bleu, S3NS)
#   is not itself under that law, but depends on the licensor for updates and continuity.
# related_resources:
#   - ref: https://www.law.cornell.edu/uscode/text/18/2713
#     description: US CLOUD Act, 18 U.S.C. § 2713
#   - ref: https://www.law.cornell.edu/uscode/text/50/1881a
#     description: FISA section 702, 50 U.S.C. § 1881a
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: GDPR, article 48 — foreign orders bind only through an international agreement
# custom:
#   id: extraterritorial.exposed_provider
#   severity: error
#   remediation: >-
#     Describe the need functionally, require immunity from non-EU law (SecNumCloud §19.6 or an
#     equivalent European qualification) and let providers under EU law answer; where a product is
#     named, add "ou équivalent".
#   examples:
#     - lang: fr
#       fail: "L'hébergement sur Microsoft Azure est exigé."
#       pass: "L'hébergement est assuré par un prestataire non soumis à des lois extraterritoriales."
#     - lang: de
#       fail: "Die Lösung muss auf Amazon Web Services betrieben werden."
#       pass: "Die Lösung muss bei einem Anbieter betrieben werden, der keinem außereuropäischen Recht unterliegt."
#     - lang: en
#       fail: "The solution shall be hosted on Google Cloud Platform."
#       pass: "The solution shall be hosted by a provider that is not subject to non-EU laws."
deny contains finding if {
	lib.enabled("extraterritorial.exposed_provider")
	some mention in lib.facts.providers
	mention.role in {"required", "preferred"}
	not mention.or_equivalent
	# Compatibility with a product is a neutrality and format issue; it does not put data with
	# the product's provider.
	not mention.compatibility
	provider := lib.provider(mention.provider)
	lib.exposed(provider)
	not lib.buyers_own(provider)
	finding := lib.finding(
		"extraterritorial.exposed_provider",
		"error",
		sprintf("The tender %s %s. %s is controlled from %s, whose laws (%s) reach the data wherever it is stored.", [verb[mention.role], lib.brand_name(mention), provider.name, lib.place_name(provider.ultimate_parent.country), lib.law_titles(provider)]),
		[mention.evidence],
	)
}

warn contains finding if {
	lib.enabled("extraterritorial.exposed_provider")
	some mention in lib.facts.providers
	mention.role in {"required", "preferred"}
	not mention.or_equivalent
	not mention.compatibility
	provider := lib.provider(mention.provider)
	provider.model == "eu_operator_non_eu_technology"
	licensor := lib.provider(provider.technology_licensed_from)
	finding := lib.finding(
		"extraterritorial.exposed_provider",
		"warning",
		sprintf("The tender %s %s: a European operator (%s) running %s technology under licence. It is not itself under non-EU law, but updates and continuity depend on the licensor.", [verb[mention.role], lib.brand_name(mention), provider.ultimate_parent.name, licensor.name]),
		[mention.evidence],
	)
}

verb := {"required": "requires", "preferred": "prefers"}

# METADATA
# title: Sensitive data without immunity from non-EU law
# description: >-
#   The tender handles sensitive data (health, particular sensitivity, classified) but does not
#   require the provider to be immune from non-EU law. Without that requirement a provider under
#   the CLOUD Act or similar laws can win, and be compelled to disclose the data.
# related_resources:
#   - ref: https://cyber.gouv.fr/
#     description: SecNumCloud 3.2, §19.6 — protection against non-European law
#   - ref: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049563368
#     description: Loi n° 2024-449 (SREN), article 31
#   - ref: https://www.numerique.gouv.fr/
#     description: Circulaire 6404/SG (doctrine « cloud au centre »), rule R9
# custom:
#   id: extraterritorial.no_immunity_clause
#   severity: warning
#   remediation: >-
#     Require immunity from non-EU law: "Le prestataire et ses sous-traitants ne sont soumis à
#     aucune législation extra-européenne permettant l'accès aux données (SecNumCloud §19.6 ou
#     qualification européenne équivalente)."
#   examples:
#     - lang: fr
#       fail: "Les dossiers contiennent des données de santé des patients."
#       pass: "Les dossiers contiennent des données de santé des patients. Le titulaire ne doit pas être soumis à des lois extraterritoriales permettant l'accès aux données."
#     - lang: de
#       fail: "Die Akten enthalten Gesundheitsdaten von Patienten."
#       pass: "Die Akten enthalten Gesundheitsdaten von Patienten. Der Auftragnehmer darf keinem außereuropäischen Recht unterliegen, das den Zugriff auf die Daten erlaubt."
#     - lang: en
#       fail: "The records contain patients' health data."
#       pass: "The records contain patients' health data. The contractor shall not be subject to non-EU laws that allow access to the data."
warn contains finding if {
	lib.enabled("extraterritorial.no_immunity_clause")
	lib.buyer_at_home
	lib.has_sensitive_data
	count(immunity_required) == 0
	finding := lib.finding(
		"extraterritorial.no_immunity_clause",
		"warning",
		"The tender handles sensitive data but does not require immunity from non-EU law.",
		lib.sensitive_evidence,
	)
}

immunity_required contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "immunity"
	clause.stance == "required"
}

# A certification that includes immunity (SecNumCloud) required is an immunity requirement.
immunity_required contains mention if {
	some mention in lib.facts.certifications
	mention.role == "required"
	lib.certification(mention.certification).covers_immunity
}

# METADATA
# title: Transfers outside the EU on a fragile basis
# description: >-
#   The tender allows transfers outside the EU on the EU–US Data Privacy Framework or standard
#   contractual clauses alone. These are legal grounds under the GDPR, but they do not remove the
#   recipient's exposure to the CLOUD Act or FISA 702, and the Privacy Shield before the DPF was
#   struck down (Schrems II).
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: GDPR, articles 44–49
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-311/18
#     description: CJEU, C-311/18 (Schrems II), 16 July 2020
#   - ref: https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj
#     description: Commission Implementing Decision (EU) 2023/1795 (EU–US Data Privacy Framework)
# custom:
#   id: extraterritorial.weak_transfer_basis
#   severity: warning
#   remediation: >-
#     Forbid transfers outside the EU/EEA ("Aucun transfert de données hors de l'Union européenne
#     n'est autorisé"), or limit them to countries with an adequacy decision and state why.
#   examples:
#     - lang: fr
#       fail: "Les transferts vers les États-Unis sont encadrés par le Data Privacy Framework."
#       pass: "Aucun transfert de données hors de l'Union européenne n'est autorisé."
#     - lang: de
#       fail: "Übermittlungen in die USA erfolgen auf Grundlage von Standardvertragsklauseln."
#       pass: "Eine Übermittlung von Daten außerhalb der Europäischen Union ist nicht zulässig."
#     - lang: en
#       fail: "Transfers to the United States are permitted under the EU-US Data Privacy Framework."
#       pass: "No transfer of data outside the European Union is permitted."
warn contains finding if {
	lib.enabled("extraterritorial.weak_transfer_basis")
	some clause in lib.facts.clauses
	clause.kind == "transfer"
	clause.allowed
	count(clause.bases) > 0
	every basis in clause.bases {
		basis in {"dpf", "sccs"}
	}
	finding := lib.finding(
		"extraterritorial.weak_transfer_basis",
		"warning",
		sprintf("The tender allows transfers outside the EU on %s: a GDPR ground, not a protection against non-EU law.", [concat(" or ", [basis_names[b] | some b in clause.bases])]),
		[clause.evidence],
	)
}

basis_names := {"dpf": "the EU–US Data Privacy Framework", "sccs": "standard contractual clauses"}

# METADATA
# title: Service may be suspended for foreign sanctions
# description: >-
#   The tender lets the provider suspend the service to comply with export control or sanctions
#   laws. A foreign government's decision can then cut the buyer off overnight, as US sanctions
#   did to judges and a prosecutor of the International Criminal Court in 2025.
# related_resources:
#   - ref: https://www.law.cornell.edu/uscode/text/50/chapter-35
#     description: International Emergency Economic Powers Act (IEEPA)
#   - ref: https://www.federalregister.gov/
#     description: Executive Order 14203 (6 February 2025)
# custom:
#   id: extraterritorial.sanctions_suspension
#   severity: warning
#   remediation: >-
#     Require continuity independent of foreign sanctions: "Le service ne peut être suspendu ou
#     interrompu du fait de sanctions ou de mesures de contrôle des exportations étrangères."
#   examples:
#     - lang: fr
#       fail: "Le titulaire peut suspendre le service pour se conformer aux lois sur le contrôle des exportations."
#       pass: "Le service ne peut être interrompu du fait de sanctions étrangères."
#     - lang: de
#       fail: "Der Anbieter kann den Dienst aussetzen, um Exportkontrollvorschriften einzuhalten."
#       pass: "Der Dienst darf nicht aufgrund ausländischer Sanktionen unterbrochen werden."
#     - lang: en
#       fail: "The provider may suspend the service to comply with export control laws."
#       pass: "The service may not be interrupted because of foreign sanctions."
warn contains finding if {
	lib.enabled("extraterritorial.sanctions_suspension")
	some clause in lib.facts.clauses
	clause.kind == "sanctions_suspension"
	finding := lib.finding(
		"extraterritorial.sanctions_suspension",
		"warning",
		"The provider may suspend the service to comply with sanctions or export control: a foreign decision can cut the buyer off.",
		[clause.evidence],
	)
}
