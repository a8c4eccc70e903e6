## Regeln zur Eignung des Profils (scope.rego), auf Deutsch.

scope-buyer_outside_profile =
    .title = Auftraggeber außerhalb der Rechtsordnungen des Profils
    .remediation = Die Vergabeunterlagen unter dem Profil der Rechtsordnung des Auftraggebers prüfen (`--profile`), sofern es eines gibt; andernfalls die übrigen Feststellungen eines europäischen Profils nur als bewährte Praxis lesen.
    .clause = Für diesen Vertrag gilt das Vergaberecht der Rechtsordnung des Auftraggebers, die in den Vergabeunterlagen bezeichnet ist.
scope-buyer_outside_profile-outside = Die Vergabeunterlagen unterliegen dem Recht eines Staates außerhalb der Rechtsordnungen des Profils { $profile } (Staat: { $country }): Die Regeln des Profils beruhen auf Recht, das diesen Auftraggeber nicht bindet, und wurden nicht angewandt.
scope-buyer_outside_profile-outside_since_brexit = Die Vergabeunterlagen unterliegen dem Recht eines Staates, der seit dem Ende der Brexit-Übergangsphase am 31. Dezember 2020 außerhalb der Rechtsordnungen des Profils { $profile } liegt (Staat: { $country }): Die Regeln des Profils beruhen auf Unionsrecht, das diesen Auftraggeber nicht mehr bindet, und wurden nicht angewandt. Ein vor 2021 begonnenes Verfahren unterlag dem Unionsrecht: es ist dann nach diesem Profil zu prüfen.

scope-specification_not_read =
    .title = Leistungsbeschreibung nicht gelesen
    .remediation = Die gesamten Vergabeunterlagen zusammen prüfen, die Leistungsbeschreibung eingeschlossen (`--package` mit ihrem Ordner oder Zip; auf der Seite die Dateien zusammen ablegen).
    .clause = Die Leistungsbeschreibung ist Vertragsbestandteil, in der Rangfolge, die die Vertragsbedingungen festlegen.
scope-specification_not_read-elsewhere = Die gelesenen Unterlagen beschaffen Hosting, verweisen für die Bedingungen der Leistung aber auf eine Leistungsbeschreibung, die sie nicht enthalten: Die Regeln zu fehlenden Klauseln (Exit, Datenstandort, Audit, Kontrollwechsel…) wurden nicht angewandt. Die gesamten Vergabeunterlagen zusammen prüfen.

scope-text_incomplete =
    .title = Text unvollständig
    .remediation = Das ganze Dokument prüfen, wie der Auftraggeber es veröffentlicht hat, mit allen Abschnitten, die sein Inhaltsverzeichnis ankündigt.
    .clause = Die Vergabeunterlagen werden vollständig veröffentlicht, mit allen Abschnitten, die ihre Inhaltsverzeichnisse ankündigen.
scope-text_incomplete-incomplete = Die gelesenen Unterlagen beschaffen Hosting, aber eines von ihnen ist nicht vollständig (sein Inhaltsverzeichnis kündigt Abschnitte an, die sein Text nicht enthält, er nennt eine Seitenzahl, für die sein Text viel zu kurz ist, oder sein Text bricht mitten im Satz ab: ein Auszug oder eine abgeschnittene Datei): Die Regeln zu fehlenden Klauseln (Exit, Datenstandort, Audit, Kontrollwechsel…) wurden nicht angewandt. Das ganze Dokument prüfen.
scope-text_incomplete-incomplete_unscoped = Ein Dokument ist nicht vollständig (sein Inhaltsverzeichnis kündigt Abschnitte an, die sein Text nicht enthält, er nennt eine Seitenzahl, für die sein Text viel zu kurz ist, oder sein Text bricht mitten im Satz ab: ein Auszug oder eine abgeschnittene Datei): Was der Rest verlangt, wurde nicht geprüft. Das ganze Dokument prüfen.
scope-text_incomplete-later_only = Die gelesenen Unterlagen beschaffen Hosting, sind aber nur Antworten auf Bieterfragen oder eine Änderung, die nicht gelesene Vergabeunterlagen präzisieren: Die Regeln zu fehlenden Klauseln (Exit, Datenstandort, Audit, Kontrollwechsel…) wurden nicht angewandt. Zusammen mit den Vergabeunterlagen prüfen.

scope-language_not_read =
    .title = Sprache nicht gelesen
    .remediation = Die Unterlagen von einer Person prüfen lassen, die ihre Sprache liest, oder eine Übersetzung in eine der gelesenen Sprachen prüfen.
    .clause = Die Vergabeunterlagen werden auch auf Französisch, Englisch oder Deutsch bereitgestellt.
scope-language_not_read-unread = Die Unterlagen sind in einer Sprache verfasst, die tenderlint nicht liest ({ $languages }; es liest Französisch, Englisch, Deutsch, Spanisch, Italienisch und Niederländisch): Keine Regel konnte angewandt werden, und keine Feststellung ist kein Bestehen.
