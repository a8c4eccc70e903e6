## Unsere Hausregeln, auf Deutsch.

house-hosting_outside_accepted_places =
    .title = Daten außerhalb der von unserer Richtlinie zugelassenen Orte
    .remediation = Die Speicherung der Daten an einem Ort verlangen, den unsere Richtlinie zulässt.
    .clause = Die Daten werden ausschließlich in Frankreich gespeichert.
house-hosting_outside_accepted_places-elsewhere = Die Vergabeunterlagen legen die Daten außerhalb der von unserer Richtlinie zugelassenen Orte ab (Ort: { $place }; „{ $quote }“); zugelassen: { $accepted }.
