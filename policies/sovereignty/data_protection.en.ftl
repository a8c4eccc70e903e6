## Messages of the rules on the provider as processor (data_protection.rego), in English. A
## rule's title and remediation are in its METADATA; the clause it proposes is here, in every
## language.

data_protection-processing_terms =
    .clause = The successful bidder shall sign the data processing agreement annexed to the contract, which sets the terms of Article 28(3) of Regulation (EU) 2016/679 (GDPR); the provider processes the personal data only on the buyer's documented instructions.
data_protection-processing_terms-missing = The tender procures hosting of personal data but sets no GDPR art. 28(3) processing terms: no data processing agreement binds the provider as processor.

data_protection-audit_right =
    .clause = The buyer, or an auditor it mandates, may audit the contractor and its subprocessors, including by on-site inspections, on reasonable notice; the contractor's certifications do not replace this right.
data_protection-audit_right-none = The tender procures hosting of personal data but gives the buyer no right to audit the provider (GDPR art. 28(3)(h)).
data_protection-audit_right-excluded = The tender rules out audits of the provider, which processes personal data for the buyer (GDPR art. 28(3)(h) requires it to allow them).
data_protection-audit_right-in_agreement = The tender sets GDPR art. 28 terms but does not itself give the buyer a right to audit the provider: check that the processing agreement holds one (art. 28(3)(h)).
data_protection-audit_right-reports_only = The buyer's audit right is met by the provider's own certificates and reports only: check that the buyer, or an auditor it mandates, can still audit and inspect.

data_protection-data_use =
    .clause = The contractor uses the buyer's data, derived data included, solely for the performance of the contract; in particular, it shall not use them to train or improve artificial intelligence models or its own services.
# $purpose: ai_training or own_services.
data_protection-data_use-own_ends = The tender lets the provider use the buyer's data { $purpose ->
        [ai_training] to train AI models
       *[other] to improve its own services
    }, outside the performance of the contract.

data_protection-telemetry =
    .clause = The collection of telemetry or diagnostic data is limited to what is strictly necessary for the operation of the service, documented, and can be disabled by the buyer; these data are not used for any other purpose.
data_protection-telemetry-unlimited = The tender lets telemetry or diagnostic data go to the provider without limiting it to what is needed or letting the buyer turn it off.
