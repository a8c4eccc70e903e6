## Messages of the rules on exposure to non-EU law (extraterritorial.rego), in English. A rule's
## title and remediation are in its METADATA; the clause it proposes is here, in every language.

# The grounds a transfer clause relies on (facts: a transfer clause's `bases`).
transfer_basis-dpf = the EU–US Data Privacy Framework
transfer_basis-sccs = standard contractual clauses

extraterritorial-exposed_provider =
    .clause = The Contractor shall have its registered office and central administration in a Member State of the European Union. No entity established outside the European Union shall hold, directly or indirectly, more than 24 % of its share capital or voting rights alone, or more than 39 % together with other such entities. No entity outside the European Union shall have any technical means of accessing the data (SecNumCloud 3.2, § 19.6, or an equivalent European qualification).
extraterritorial-exposed_provider-held = The tender { $role ->
        [preferred] prefers
       *[other] requires
    } { $product }, a service that { $provider } operates and in which it holds the buyer's data. { $provider } is controlled from { $place }. { $laws }
extraterritorial-exposed_provider-also_hosted = The tender { $role ->
        [preferred] prefers
       *[other] requires
    } { $product }, which { $provider } also operates as a service. If the contract buys it hosted by { $provider }, the data are in the hands of a company controlled from { $place }. { $laws }
extraterritorial-exposed_provider-licensed = The tender { $role ->
        [preferred] prefers
       *[other] requires
    } { $product }: a European operator ({ $operator }) running { $licensor } technology under licence. It is not itself under non-EU law, but updates and continuity depend on the licensor.

extraterritorial-no_immunity_clause =
    .clause = Neither the Contractor nor its subcontractors shall be subject to any law of a country outside the European Union that allows access to the data (SecNumCloud 3.2, § 19.6, or an equivalent European qualification).
extraterritorial-no_immunity_clause-sensitive_data = The tender handles sensitive data but does not require immunity from non-EU law.
extraterritorial-no_immunity_clause-contract_elsewhere = The tender hosts sensitive data, and the document read is an annex of a contract that was not read: the annex requires no immunity from non-EU law. Check that the contract does.

extraterritorial-weak_transfer_basis =
    .clause = No data shall be transferred outside the European Union.
extraterritorial-weak_transfer_basis-fragile_basis = The tender allows transfers outside the EU on { $bases }: a GDPR ground, not a protection against non-EU law.

extraterritorial-sanctions_suspension =
    .clause = The service shall not be suspended or interrupted because of foreign sanctions or foreign export control measures.
extraterritorial-sanctions_suspension-suspension = The provider may suspend the service to comply with sanctions or export control: a foreign decision can cut the buyer off.

extraterritorial-access_requests =
    .clause = The Contractor shall inform the Contracting Authority without delay of any request from a public authority for access to the data, unless prohibited by law, and shall challenge any request from an authority of a third country that is not based on an international agreement (Article 48 of the GDPR, Article 32 of Regulation (EU) 2023/2854).
extraterritorial-access_requests-no_duty = The tender procures hosting but no clause makes the provider tell the buyer of an authority's request for its data, or contest a third-country request that no international agreement supports.
extraterritorial-access_requests-contract_elsewhere = The tender procures hosting, and the document read is an annex of a contract that was not read: the annex has no clause making the provider tell the buyer of an authority's request for its data, or contest a third-country request. Check that the contract has one.
extraterritorial-access_requests-no_duty_public_website = The tender procures the hosting of a public website, whose pages anyone may read, and no clause makes the host tell the buyer of an authority's request for what the site holds besides (logs, its editors' accounts) or contest a third-country request: good practice to add.
extraterritorial-access_requests-disclosure_allowed = The tender lets the provider disclose the buyer's data to authorities, and no clause makes it tell the buyer or contest a third-country request that no international agreement supports.

extraterritorial-change_of_control =
    .clause = The Contractor shall notify the Contracting Authority of any change of its control within one month. If control passes to an entity subject to the law of a third country, the Contracting Authority may terminate the contract without compensation.
extraterritorial-change_of_control-silent = The tender procures hosting but says nothing of a change of control of the provider: no notice, no approval, no right to terminate if a non-EU group takes it over.
