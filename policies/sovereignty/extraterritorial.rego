# Exposure to non-EU law: providers under foreign jurisdiction, missing immunity requirements,
# transfers on fragile grounds, and service cut-offs for foreign sanctions.
package sovereignty.extraterritorial

import data.tenderlint.lib

# METADATA
# title: Hosted service under non-EU jurisdiction required
# description: >-
#   The tender requires or prefers a service that a provider under non-EU law operates and so
#   holds the buyer's data: a SaaS suite, a cloud platform. The US CLOUD Act (18 U.S.C. § 2713)
#   obliges such a provider to disclose data in its possession, custody or control wherever it
#   is stored; FISA 702 allows intelligence collection from it; sanctions law can oblige it to
#   cut the service off. Software the buyer or an EU contractor runs is not held by its
#   publisher and is left to the brand rule. A European company operating non-EU technology
#   under licence (Bleu, S3NS) is not itself under that law, but depends on the licensor for
#   updates and continuity: a warning.
# custom:
#   id: extraterritorial.exposed_provider
#   version: 2
#   severity: error
#   legal_basis:
#     - eu.gdpr.art48
#     - eu.csf.sov2
#     - fr.secnumcloud.19_6
#     - ch.privatim.2025
#   remediation: >-
#     Describe the need functionally and set criteria a bidder can prove rather than a
#     nationality: registered office and central administration in the EU, no non-EU
#     shareholder holding more than 24 % alone or 39 % together, no technical means for a
#     non-EU entity to access the data (SecNumCloud 3.2 §19.6, or an equivalent European
#     qualification); where a product is named, add "or equivalent".
#   examples:
#     - lang: fr
#       fail: "L'hébergement sur Microsoft Azure est exigé."
#       pass: "L'hébergement est assuré par un prestataire dont le siège et l'administration centrale sont dans l'Union européenne, sans accès technique d'une entité non européenne (SecNumCloud §19.6 ou équivalent)."
#     - lang: de
#       fail: "Die Lösung muss auf Amazon Web Services betrieben werden."
#       pass: "Die Lösung wird von einem Anbieter mit Sitz und Hauptverwaltung in der Europäischen Union betrieben; keine Stelle außerhalb der EU hat technischen Zugriff auf die Daten."
#     - lang: en
#       fail: "The solution shall be hosted on Google Cloud Platform."
#       pass: "The solution shall be hosted by a provider whose registered office and central administration are in the EU, with no technical access to the data by any entity outside the EU."
deny contains finding if {
	lib.enabled("extraterritorial.exposed_provider")
	some mention in imposed
	provider := lib.provider(mention.provider)
	lib.exposed(provider)
	lib.held_by_provider(mention)
	finding := lib.finding_under(
		"extraterritorial.exposed_provider",
		"error",
		lib.message("held", {
			"role": mention.role,
			"product": lib.brand_name(mention),
			"provider": provider.name,
			"place": lib.term("place", provider.ultimate_parent.country),
			"laws": lib.terms("law", provider.foreign_laws, "sentences"),
		}),
		[mention.evidence],
		provider.foreign_laws,
	)
}

# A product that is sold both as a service and as software (SharePoint, Nextcloud): exposed only
# when the contract buys it hosted, and then worth checking rather than an error.
warn contains finding if {
	lib.enabled("extraterritorial.exposed_provider")
	some mention in imposed
	provider := lib.provider(mention.provider)
	lib.exposed(provider)
	lib.product(mention.provider, mention.product).delivery == "service_or_software"
	lib.hosting_procured
	finding := lib.finding_under(
		"extraterritorial.exposed_provider",
		"warning",
		lib.message("also_hosted", {
			"role": mention.role,
			"product": lib.brand_name(mention),
			"provider": provider.name,
			"place": lib.term("place", provider.ultimate_parent.country),
			"laws": lib.terms("law", provider.foreign_laws, "sentences"),
		}),
		[mention.evidence],
		provider.foreign_laws,
	)
}

warn contains finding if {
	lib.enabled("extraterritorial.exposed_provider")
	some mention in imposed
	provider := lib.provider(mention.provider)
	lib.operating_model(mention) == "eu_operator_non_eu_technology"
	licensor := lib.technology_licensor(mention)
	finding := lib.finding(
		"extraterritorial.exposed_provider",
		"warning",
		lib.message("licensed", {
			"role": mention.role,
			"product": lib.brand_name(mention),
			"operator": provider.ultimate_parent.name,
			"licensor": licensor.name,
		}),
		[mention.evidence],
	)
}

# Products and providers the tender imposes. Compatibility with a product is a neutrality and
# format issue; it does not put data with the product's provider.
imposed contains mention if {
	some mention in lib.facts.providers
	mention.role in {"required", "preferred"}
	not mention.or_equivalent
	not mention.compatibility
}

# METADATA
# title: Sensitive data without immunity from non-EU law
# description: >-
#   The tender buys hosting of sensitive data (health, particular sensitivity, classified) but
#   does not require the provider to be immune from non-EU law. Without that requirement a
#   provider under the CLOUD Act or similar laws can win, and be compelled to disclose the data.
#   A contract that buys no hosting (advice, work on the buyer's own systems) leaves no data in a
#   provider's custody for such a law to reach.
# custom:
#   id: extraterritorial.no_immunity_clause
#   version: 3
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art48
#     - eu.csf.sov2
#     - fr.secnumcloud.19_6
#     - fr.sren.art31
#     - fr.circulaire_6404_sg
#     - de.bsi.c5
#     - ch.privatim.2025
#     - it.acn.cloud
#   remediation: >-
#     Require that neither the provider nor its subcontractors be subject to non-EU law that
#     allows access to the data (SecNumCloud §19.6, or an equivalent European qualification).
#   examples:
#     - lang: fr
#       fail: "Le titulaire héberge le dossier patient. Les dossiers contiennent des données de santé des patients."
#       pass: "Le titulaire héberge le dossier patient. Les dossiers contiennent des données de santé des patients. Le titulaire ne doit pas être soumis à des lois extraterritoriales permettant l'accès aux données."
#     - lang: de
#       fail: "Der Auftragnehmer hostet die Patientenakte. Die Akten enthalten Gesundheitsdaten von Patienten."
#       pass: "Der Auftragnehmer hostet die Patientenakte. Die Akten enthalten Gesundheitsdaten von Patienten. Der Auftragnehmer darf keinem außereuropäischen Recht unterliegen, das den Zugriff auf die Daten erlaubt."
#     - lang: en
#       fail: "The contractor shall host the patient records. The records contain patients' health data."
#       pass: "The contractor shall host the patient records. The records contain patients' health data. The contractor shall not be subject to non-EU laws that allow access to the data."
warn contains finding if {
	lib.enabled("extraterritorial.no_immunity_clause")
	lib.hosting_procured
	lib.has_sensitive_data
	count(immunity_required) == 0
	finding := lib.absent_from_annex(lib.finding(
		"extraterritorial.no_immunity_clause",
		"warning",
		lib.message("sensitive_data", {}),
		lib.sensitive_evidence,
	))
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
# custom:
#   id: extraterritorial.weak_transfer_basis
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art44_49
#     - eu.cjeu.c_311_18
#     - eu.dpf.decision_2023_1795
#     - ch.dsg.art16
#   remediation: >-
#     Forbid transfers outside the EU/EEA, or limit them to countries with an adequacy decision
#     and state why.
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
		lib.message("fragile_basis", {"bases": lib.terms("transfer_basis", clause.bases, "or")}),
		[clause.evidence],
	)
}

# METADATA
# title: Service may be suspended for foreign sanctions
# description: >-
#   The tender lets the provider suspend the service to comply with export control or sanctions
#   laws. A foreign government's decision can then cut the buyer off overnight, as US sanctions
#   did to judges and a prosecutor of the International Criminal Court in 2025.
# custom:
#   id: extraterritorial.sanctions_suspension
#   version: 1
#   severity: warning
#   legal_basis:
#     - ieepa
#     - eo_14203
#     - eu.csf.sov4
#   remediation: >-
#     Require that the service never be suspended or interrupted because of foreign sanctions or
#     export controls.
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
		lib.message("suspension", {}),
		[clause.evidence],
	)
}

# METADATA
# title: No duty to notify or contest authority requests for the data
# description: >-
#   The tender procures hosting but no clause makes the provider tell the buyer when a public
#   authority asks for the buyer's data, or contest a third-country request that no
#   international agreement supports; or it lets the provider disclose the data to authorities
#   without telling the buyer. The law sets the rule — a third-country order binds only through
#   an international agreement (GDPR art. 48), and a cloud provider informs its customer of a
#   third-country request for non-personal data before complying with it (Data Act art. 32(5))
#   — but only a clause of the contract gives the buyer a remedy against its own provider. A
#   requirement of immunity from non-EU law (SecNumCloud §19.6 or equivalent) covers the risk
#   at its source: a provider under no non-EU law receives no third-country order it is bound
#   to obey, so the rule is quiet when the tender requires it.
# custom:
#   id: extraterritorial.access_requests
#   version: 3
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art48
#     - eu.data_act.art32
#     - eu.data_act.art28_1
#     - fr.secnumcloud.19_6
#     - de.bsi.c5
#   remediation: >-
#     Add a clause making the provider tell the buyer without delay of any authority's request
#     for the data, unless the law forbids it, and contest any third-country request that no
#     international agreement supports (GDPR art. 48, Data Act art. 32). Or require immunity from
#     non-EU law.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution et son exploitation."
#       pass: "Le titulaire assure l'hébergement de la solution et son exploitation. Le titulaire informe sans délai l'acheteur de toute demande d'accès aux données émanant d'une autorité d'un pays tiers et la conteste lorsqu'elle ne repose pas sur un accord international."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung."
#       pass: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Erhält der Auftragnehmer ein Herausgabeverlangen einer Behörde eines Drittstaates, unterrichtet er den Auftraggeber unverzüglich und wehrt das Verlangen mit allen rechtlichen Mitteln ab."
#     - lang: en
#       fail: "The contractor shall host and operate the solution."
#       pass: "The contractor shall host and operate the solution. The contractor shall notify the Authority without delay of any request from a public authority of a third country for access to the data, and shall challenge any such request that is not based on an international agreement."
warn contains finding if {
	lib.enabled("extraterritorial.access_requests")
	lib.hosting_procured
	not only_a_public_website
	count(access_duties) == 0
	count(immunity_required) == 0
	count(disclosure_allowed) == 0
	finding := lib.absent_from_annex(lib.finding(
		"extraterritorial.access_requests",
		"warning",
		lib.message("no_duty", {}),
		lib.facts.hosting.evidence,
	))
}

# A public website publishes its pages to anyone: what an authority could ask its host for is
# the little the site holds besides (logs, its editors' accounts), so the clause is good
# practice, for information.
info contains finding if {
	lib.enabled("extraterritorial.access_requests")
	lib.hosting_procured
	only_a_public_website
	count(access_duties) == 0
	count(immunity_required) == 0
	count(disclosure_allowed) == 0
	finding := lib.finding(
		"extraterritorial.access_requests",
		"info",
		lib.message("no_duty_public_website", {}),
		lib.facts.hosting.evidence,
	)
}

only_a_public_website if {
	lib.facts.hosting.public_website
	not lib.has_sensitive_data
}

warn contains finding if {
	lib.enabled("extraterritorial.access_requests")
	count(access_duties) == 0
	count(immunity_required) == 0
	some clause in disclosure_allowed
	finding := lib.finding(
		"extraterritorial.access_requests",
		"warning",
		lib.message("disclosure_allowed", {}),
		[clause.evidence],
	)
}

# Clauses that bind the provider to tell the buyer of a request, or to contest it.
access_duties contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "government_access"
	clause.stance == "required"
	clause.notify
}

access_duties contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "government_access"
	clause.stance == "required"
	clause.contest
}

# Clauses that let the provider hand the data to authorities, with no duty attached.
disclosure_allowed contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "government_access"
	clause.stance == "allowed"
	not clause.notify
	not clause.contest
}

# METADATA
# title: No change-of-control clause
# description: >-
#   The tender procures hosting but says nothing of a change of control of the provider during
#   the contract: no duty to notify it, no approval, no right to terminate. A takeover can bring
#   the provider, and the buyer's data with it, under a non-EU group and its law. EU
#   procurement law lets the successor of a restructured contractor continue the contract only
#   if it meets the selection criteria first set (Directive 2014/24/EU art. 72(1)(d)(ii)),
#   which the buyer cannot check unless it is told. The law does not require the clause:
#   information. A requirement of immunity from non-EU law (SecNumCloud §19.6: no non-EU
#   control, changes notified within a month) binds the provider for the whole contract, so a
#   non-EU takeover would breach it: the rule is quiet when the tender requires it.
# custom:
#   id: extraterritorial.change_of_control
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art72_1_d_ii
#     - eu.csf.sov2
#     - fr.secnumcloud.19_6
#   remediation: >-
#     Add a clause making the provider notify any change of its control within a month, and
#     letting the buyer terminate without compensation if control passes to an entity under the
#     law of a third country.
#   examples:
#     - lang: fr
#       fail: "Le titulaire assure l'hébergement de la solution et son exploitation."
#       pass: "Le titulaire assure l'hébergement de la solution et son exploitation. Tout changement de contrôle du titulaire est notifié à l'acheteur, qui peut alors résilier le marché sans indemnité."
#     - lang: de
#       fail: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung."
#       pass: "Der Auftragnehmer übernimmt das Hosting und den Betrieb der Lösung. Ein Kontrollwechsel beim Auftragnehmer ist dem Auftraggeber unverzüglich anzuzeigen; der Auftraggeber kann den Vertrag dann außerordentlich kündigen."
#     - lang: en
#       fail: "The contractor shall host and operate the solution."
#       pass: "The contractor shall host and operate the solution. The contractor shall notify the Authority of any change of control, and the Authority may then terminate the contract."
info contains finding if {
	lib.enabled("extraterritorial.change_of_control")
	lib.hosting_procured
	count(change_of_control) == 0
	count(immunity_required) == 0
	finding := lib.finding(
		"extraterritorial.change_of_control",
		"info",
		lib.message("silent", {}),
		lib.facts.hosting.evidence,
	)
}

change_of_control contains clause if {
	some clause in lib.facts.clauses
	clause.kind == "change_of_control"
	clause.stance == "required"
}
