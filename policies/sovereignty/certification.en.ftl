## Messages of the certification rules (certification.rego), in English. A rule's title and
## remediation are in its METADATA; the clause it proposes is here, in every language.

certification-sensitive_without_secnumcloud =
    .clause = The services that process the sensitive data are provided through a SecNumCloud-qualified offer (or an offer holding an equivalent European qualification).
# $buyer: state (a State service or operator), unknown (the tender does not say), other.
certification-sensitive_without_secnumcloud-missing = The tender handles data of particular sensitivity hosted by a provider but does not require a SecNumCloud-qualified offer. { $buyer ->
        [state] The buyer is a State service or operator, which the SREN law and the cloud doctrine bind.
        [unknown] This binds State services and their operators: check whether the buyer is one.
       *[other] The buyer is not a State service or operator: the requirement does not bind it, but it is the recommended protection.
    }
certification-sensitive_without_secnumcloud-relied_on = The tender handles data of particular sensitivity hosted by a provider but does not require a SecNumCloud-qualified offer (it relies on { $certifications }, which does not cover non-EU law). { $buyer ->
        [state] The buyer is a State service or operator, which the SREN law and the cloud doctrine bind.
        [unknown] This binds State services and their operators: check whether the buyer is one.
       *[other] The buyer is not a State service or operator: the requirement does not bind it, but it is the recommended protection.
    }

certification-unobtainable =
    .clause = The provider holds, for the services of the contract, a qualification that can be obtained today and gives the guarantees required (such as SecNumCloud, or a BSI C5 attestation covering the C3A criteria), or an equivalent qualification.
# $quote: the tender's words.
certification-unobtainable-required = The tender requires { $certification } ("{ $quote }"), which no provider can hold today.

certification-health_without_hds =
    .clause = The contractor and its subcontractors that host health data are certified as health data hosts (HDS) under Article L1111-8 of the French Public Health Code.
certification-health_without_hds-missing = The provider will host health data, but the tender does not require the HDS certification.

certification-classified_in_commercial_cloud =
    .clause = Classified information is processed only in an information system approved for its classification level; it is not hosted in the service procured.
certification-classified_in_commercial_cloud-hosted = A provider will host classified information: only a system approved for its level may process it, not a commercial offer.

# Certification and qualification schemes (data/certifications.json), by id: terms of kind
# `scheme`.
scheme-secnumcloud = SecNumCloud
scheme-eucs = EUCS
scheme-bsi-c5 = BSI C5
scheme-c3a = BSI C3A
scheme-iso27001 = ISO/IEC 27001
scheme-iso27017 = ISO/IEC 27017
scheme-iso27018 = ISO/IEC 27018
scheme-iso27701 = ISO/IEC 27701
scheme-hds = HDS (Hébergeur de données de santé)
scheme-gaia-x = Gaia-X label
scheme-fedramp = FedRAMP
scheme-soc2 = SOC 2
scheme-ens = Esquema Nacional de Seguridad
scheme-acn = Qualificazione ACN
scheme-cispe = CISPE Data Protection Code
scheme-tisax = TISAX
