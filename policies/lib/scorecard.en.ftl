## The reasons of the sovereignty scorecard (lib/scorecard.rego), in English. The English words
## of each objective that cannot be assessed and of each mapping entry (`why`) are in
## data/scorecard.json; other languages translate them here as `scorecard_not_assessable-<id>`
## and `scorecard_why-<objective>-<condition>`.

scorecard-not_assessable = { $why }
scorecard-no_hosting = The contract does not procure hosting (scope: { $scope }): the cloud offer this objective rates is not part of the tender.
scorecard-buyer_outside_profile = Not assessed: the tender is under the law of a country outside the { $profile } profile's jurisdictions, whose rules were not applied (see the scope note).
scorecard-notice_outside_it = Not assessed: the notice classifies its subject outside information technology and no procurement document was read.
scorecard-language_not_read = Not assessed: the documents are written in a language tenderlint does not read ({ $languages }).
scorecard-terms_not_read = Not assessed: the text read is not whole, or leaves the terms to a specification that was not read.
scorecard-floor = Floor SEAL-{ $level }: { $why }
scorecard-ceiling = Ceiling SEAL-{ $level }: { $why }
scorecard-contradiction = The tender contradicts itself: it requires SEAL-{ $floor } at least and caps this objective at SEAL-{ $ceiling }; no offer can comply with both.
scorecard-open = Nothing in the tender raises the floor or caps the ceiling: offers from SEAL-0 to SEAL-4 comply.

hosting_scope-procured = procured
hosting_scope-excluded = excluded
hosting_scope-buyer_provided = provided by the buyer
hosting_scope-on_premises = on the buyer's premises
hosting_scope-unknown = not stated
