## Messages of the rules on subcontractors and sub-processors (subcontracting.rego), in English.
## A rule's title and remediation are in its METADATA; the clause it proposes is here, in every
## language.

subcontracting-worldwide_subprocessors =
    .clause = The Contractor shall provide, with its tender and throughout the contract, the list of its subcontractors and sub-processors, stating the country in which each is established. Engaging a new sub-processor, or any other change to the list, requires the prior written approval of the Contracting Authority. No subcontractor or sub-processor having access to the data may be established or controlled outside the European Union.
subcontracting-worldwide_subprocessors-worldwide = The provider may use { $affiliates ->
        [true] affiliates and subprocessors
       *[other] subprocessors
    } anywhere in the world{ $approval ->
        [true] {" "}(with the buyer's prior approval, which does not keep them in the EU)
       *[other] {""}
    }.
