## Regeln zur Nennung von Marken (vendor_neutrality.rego), auf Deutsch.

vendor_neutrality-brand_without_equivalent =
    .title = Marke ohne den Zusatz „oder gleichwertig“ gefordert
    .remediation = Den Bedarf über Funktionen und Normen beschreiben; muss ein Produkt zur Verdeutlichung genannt werden, unmittelbar danach „oder gleichwertig“ anfügen.
    .clause = Soweit in den Vergabeunterlagen auf eine bestimmte Marke, ein bestimmtes Produkt oder ein bestimmtes Verfahren verwiesen wird, dient dies nur der Beschreibung und gilt stets mit dem Zusatz „oder gleichwertig“: Die Bieter können jede Lösung mit gleichwertigen Funktionen und gleichwertiger Leistung anbieten und weisen die Gleichwertigkeit mit ihrem Angebot nach.
vendor_neutrality-brand_without_equivalent-named = Die Vergabeunterlagen { $role ->
        [preferred] bevorzugen
       *[other] verlangen
    } { $product } („{ $quote }“) ohne den Zusatz „oder gleichwertig“.
vendor_neutrality-brand_without_equivalent-justifiable = Die Vergabeunterlagen verlangen die Verlängerung von { $product } („{ $quote }“) ohne den Zusatz „oder gleichwertig“. Das kann durch den Auftragsgegenstand gerechtfertigt sein (bereits vorhandene Lizenzen, eine bestehende Systemlandschaft), aber nur, wenn die Vergabeunterlagen die Gründe schriftlich darlegen; andernfalls sind gleichwertige Produkte zuzulassen.
vendor_neutrality-brand_without_equivalent-justifiable_purchase = Die Ausschreibung beschafft { $product } („{ $quote }“) oder Lizenzen davon namentlich und ohne „oder gleichwertig“. Das beschaffte Produkt zu nennen, kann durch den Auftragsgegenstand gerechtfertigt sein (ein vorhandener Bestand, Kompatibilität mit dem, was der Auftraggeber betreibt), aber nur, wenn die Ausschreibung es schriftlich begründet; andernfalls gleichwertige Produkte zulassen.
vendor_neutrality-brand_without_equivalent-open_source = Die Vergabeunterlagen geben { $product } („{ $quote }“) ohne „oder gleichwertig“ vor. Es ist Open-Source-Software, die jeder Bieter liefern, hosten und betreuen kann: Sie bindet den Auftraggeber an eine Technologie, nicht an einen Anbieter; ein in der Leistungsbeschreibung genanntes Produkt verlangt dennoch „oder gleichwertig“ oder eine schriftliche Begründung (eine bestehende Website oder ein System auf dieser Grundlage, vorhandene Kenntnisse des Auftraggebers).

vendor_neutrality-brand_without_equivalent-justified = Die Vergabeunterlagen { $role ->
        [preferred] bevorzugen
       *[other] verlangen
    } { $product } („{ $quote }“) ohne den Zusatz „oder gleichwertig“ und begründen dies schriftlich: mit dem Auftragsgegenstand oder mit dem, was der Auftraggeber bereits einsetzt.
vendor_neutrality-brand_without_equivalent-justified_exception = Eine Marke, die die Vergabeunterlagen schriftlich begründen, mit dem Auftragsgegenstand oder mit dem, was der Auftraggeber bereits einsetzt; prüfen, ob die Begründung trägt (Richtlinie 2014/24/EU, Art. 42 Abs. 4; VgV § 31 Abs. 6).

vendor_neutrality-open_source_option =
    .title = Freie Software nicht berücksichtigt
    .remediation = Angeben, dass freie und Open-Source-Software zugelassen oder bevorzugt ist, und die Bieter auffordern, die angebotenen Open-Source-Komponenten zu benennen.
    .clause = Der Einsatz freier und Open-Source-Software ist ausdrücklich erwünscht; die Bieter geben an, welche Open-Source-Komponenten sie anbieten.
vendor_neutrality-open_source_option-silent = Die Vergabeunterlagen benennen Produkte, sagen aber nichts zu freier und Open-Source-Software.

vendor_neutrality-brand_in_award_criteria =
    .title = Zuschlagskriterium bewertet eine Marke
    .remediation = Bewerten, was der Auftraggeber braucht: Funktionen, offene Standards oder messbare Leistung (Interoperabilität über dokumentierte Schnittstellen und offene Formate), nie den Namen einer Marke.
    .clause = Die Zuschlagskriterien bewerten Funktionen, die Einhaltung offener Standards und messbare Leistung; kein Kriterium verweist auf eine bestimmte Herstellung, Marke oder einen bestimmten Anbieter.
vendor_neutrality-brand_in_award_criteria-scored = Ein Zuschlagskriterium bewertet { $product } („{ $quote }“): Punkte für eine Marke schließen Wettbewerber aus, unabhängig vom Wert ihrer Angebote.
vendor_neutrality-brand_in_award_criteria-scored_weighted = Ein Zuschlagskriterium mit der Gewichtung { $weight } bewertet { $product } („{ $quote }“): Punkte für eine Marke schließen Wettbewerber aus, unabhängig vom Wert ihrer Angebote.
