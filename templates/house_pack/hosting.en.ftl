## What our house rules say, in English. The rule's title and remediation are in its METADATA;
## the clause it proposes is here, in every language we write in.

house-hosting_outside_accepted_places =
    .clause = The data are hosted exclusively in France.
house-hosting_outside_accepted_places-elsewhere = The tender puts the data in { $place } ("{ $quote }"); our house policy accepts only { $accepted }.
