## Messages of the rules on naming brands (vendor_neutrality.rego), in English. A rule's title
## and remediation are in its METADATA; the clause it proposes is here, in every language.

vendor_neutrality-brand_without_equivalent =
    .clause = Any reference in these documents to a make, brand, product or specific process is for description only and shall be read as followed by the words "or equivalent": bidders may offer any solution with equivalent functions and performance, and shall demonstrate the equivalence in their tender.
vendor_neutrality-brand_without_equivalent-named = The tender { $role ->
        [preferred] prefers
       *[other] requires
    } { $product } ("{ $quote }") without "or equivalent".
vendor_neutrality-brand_without_equivalent-justifiable = The tender renews { $product } ("{ $quote }") without "or equivalent". This can be justified by the subject-matter (licences already held, an installed base), but only if the tender says why in writing; otherwise accept equivalent products.
vendor_neutrality-brand_without_equivalent-justifiable_purchase = The tender buys { $product } ("{ $quote }"), or licences of it, by name and without "or equivalent". Naming the product bought can be justified by the subject-matter (an installed base, compatibility with what the buyer runs), but only if the tender says why in writing; otherwise accept equivalent products.
vendor_neutrality-brand_without_equivalent-open_source = The tender imposes { $product } ("{ $quote }") without "or equivalent". It is open-source software, which any bidder may supply, host and support, so it binds the buyer to a technology rather than to a supplier; still, a product named in a specification needs "or equivalent" or a reason in writing (an existing site or system built on it, skills the buyer has).

vendor_neutrality-brand_without_equivalent-justified = The tender { $role ->
        [preferred] prefers
       *[other] requires
    } { $product } ("{ $quote }") without "or equivalent", and gives its reason in writing: the subject-matter of the contract, or what the buyer already runs on it.
vendor_neutrality-brand_without_equivalent-justified_exception = A brand the tender justifies in writing, by the subject-matter of the contract or by what the buyer already runs; check that the reason holds (Directive 2014/24/EU art. 42(4); CCP R2111-7).

vendor_neutrality-open_source_option =
    .clause = The use of free and open-source software is encouraged; bidders shall identify the free and open-source components they propose.
vendor_neutrality-open_source_option-silent = The tender names products but says nothing of free and open-source software.

vendor_neutrality-brand_in_award_criteria =
    .clause = Award criteria score functions, open standards and measurable performance; no criterion refers to a make, brand or provider.
vendor_neutrality-brand_in_award_criteria-scored = An award criterion scores { $product } ("{ $quote }"): points for a brand keep competitors out whatever their offers are worth.
vendor_neutrality-brand_in_award_criteria-scored_weighted = An award criterion weighted { $weight } scores { $product } ("{ $quote }"): points for a brand keep competitors out whatever their offers are worth.
