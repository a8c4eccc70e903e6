## Messages of the rules on leaving the provider (reversibility.rego), in English. A rule's
## title and remediation are in its METADATA; the clause it proposes is here, in every language.

# The switching terms of Data Act art. 25(2) a reversibility clause may leave out, as objects
# of "leave out".
switching_term-deadline = a deadline for the transition (30 days at most)
switching_term-open_formats = the export of the data in a structured, commonly used and machine-readable format
switching_term-deletion = the erasure of the data once retrieved

reversibility-missing =
    .clause = Reversibility. The Contractor shall deliver an exit plan within three months of the award of the contract. On expiry or termination of the contract for any reason, it shall return all the Contracting Authority's data in open, documented formats within 30 days at most, and shall assist the Contracting Authority or the successor contractor in taking over the service. It shall then erase all copies of the data and certify the erasure in writing. These services are included in the contract price.
reversibility-missing-no_clause = The tender procures hosting but has no reversibility clause: no exit plan, no return of the data, no deadline.
reversibility-missing-contract_elsewhere = The tender procures hosting, and the document read is an annex of a contract that was not read: the annex has no reversibility clause, which usually stands in the contract itself. Check that the contract has one (exit plan, return of the data, deadline).
reversibility-missing-on_quote = Reversibility is left to a later quotation at the provider's terms: it is not part of the contract.

reversibility-switching_terms =
    .clause = The Contractor shall return all the data in an open, structured and machine-readable format within 30 days at most, and shall then erase them completely and certify the erasure in writing.
reversibility-switching_terms-missing_terms = The reversibility terms leave out what the Data Act requires: { $terms }.
reversibility-switching_terms-contract_elsewhere = The document read is an annex of a contract that was not read, and its reversibility terms leave out what the Data Act requires: { $terms }. The exit terms usually stand in the contract itself: check that it completes them.
reversibility-switching_terms-long_transition = The reversibility terms allow a transition of { $days } days, longer than the 30 days the Data Act allows unless technically unfeasible{ $more ->
        [true] , and leave out { $terms }
       *[other] {""}
    }.

reversibility-exit_fees =
    .clause = No exit, egress or switching fees shall be charged for the return of the data or for the switch to another provider.
reversibility-exit_fees-beyond_costs = The provider may charge for taking the data out beyond its costs (exit, egress or switching fees).
reversibility-exit_fees-at_cost_after_2027 = The provider may charge switching fees, even at cost: since 12 January 2027 no switching charge may be imposed.
reversibility-exit_fees-at_cost_until_2027 = The provider may charge switching fees at cost: lawful until 11 January 2027, prohibited from 12 January 2027. A contract running past that date must say that switching is then free.
