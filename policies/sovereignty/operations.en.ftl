## Messages of the rules on where administration and support happen (operations.rego), in
## English. A rule's title and remediation are in its METADATA; the clause it proposes is here,
## in every language.

operations-support_outside_eu =
    .clause = Administration of the platform shall be performed exclusively from the European Union. Support may be provided from a third country only under documented procedures, with controlled, individual and logged access, and under the supervision of staff located in the European Union.
operations-support_outside_eu-outside = { $activity ->
        [administration] Administration
       *[other] Support
    } may be done from { $anywhere ->
        [true] anywhere (no location limit)
       *[other] { $place }, outside the EU/EEA
    }, and the tender does not require it to be documented and supervised from the EU.
