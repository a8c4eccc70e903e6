## Messages of the rules on the profile's fit (scope.rego), in English. A rule's title and
## remediation are in its METADATA; the clause it proposes is here, in every language.

scope-buyer_outside_profile =
    .clause = This contract is governed by the public procurement law of the buyer's jurisdiction, which the tender names.
# $profile: the profile's code (eu, fr, ch…).
scope-buyer_outside_profile-outside = The tender is written under the law of { $country }, outside the { $profile } profile's jurisdictions: the profile's rules rest on law that does not bind this buyer and were not applied.
scope-buyer_outside_profile-outside_since_brexit = The tender is written under the law of { $country }, outside the { $profile } profile's jurisdictions since the end of the Brexit transition period on 31 December 2020: the profile's rules rest on EU law, which no longer binds this buyer, and were not applied. A procedure begun before 2021 was under EU law: check it under this profile if it dates from then.

scope-specification_not_read =
    .clause = The technical specification forms part of the contract documents, in the order of precedence the contract terms set.
scope-specification_not_read-elsewhere = The documents read buy hosting but refer the service's terms to a specification they do not contain: the rules on missing clauses (reversibility, data location, audit, change of control…) were not applied. Check the whole consultation file together.

scope-text_incomplete =
    .clause = The tender documents are published whole, every section their tables of contents announce included.
scope-text_incomplete-incomplete = The documents read buy hosting, but one of them is not whole (its table of contents announces sections its text lacks, it states a page count its text is far too short for, or its text stops in the middle of a sentence: an excerpt, or a file cut short): the rules on missing clauses (reversibility, data location, audit, change of control…) were not applied. Check the whole document.
scope-text_incomplete-incomplete_unscoped = A document is not whole (its table of contents announces sections its text lacks, it states a page count its text is far too short for, or its text stops in the middle of a sentence: an excerpt, or a file cut short): what the rest requires was not checked. Check the whole document.
scope-text_incomplete-later_only = The documents read buy hosting, but they are only answers to bidders' questions or an addendum, which narrow a consultation file not read: the rules on missing clauses (reversibility, data location, audit, change of control…) were not applied. Check them together with the consultation file.

scope-language_not_read =
    .clause = The tender documents are also provided in French, English or German.
# $languages: ISO 639-1 codes of the languages detected ("sv", "da, sv").
scope-language_not_read-unread = The documents are written in a language tenderlint does not read ({ $languages }; it reads French, English, German, Spanish, Italian and Dutch): no rule could be applied, and no finding is no pass.
