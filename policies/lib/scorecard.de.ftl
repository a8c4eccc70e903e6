## Begründungen der Souveränitätsbewertung (lib/scorecard.rego), auf Deutsch.

scorecard-not_assessable = { $why }
scorecard-no_hosting = Der Auftrag umfasst kein Hosting (Hosting: { $scope }): das Cloud-Angebot, das dieses Ziel bewertet, ist nicht Gegenstand der Vergabe.
scorecard-buyer_outside_profile = Nicht bewertet: Die Vergabeunterlagen unterliegen dem Recht eines Staates außerhalb der Rechtsordnungen des Profils { $profile }, dessen Regeln nicht angewandt wurden (siehe den Hinweis zum Geltungsbereich).
scorecard-notice_outside_it = Nicht bewertet: Die Bekanntmachung ordnet ihren Gegenstand außerhalb der Informationstechnik ein, und keine Vergabeunterlage wurde gelesen.
scorecard-language_not_read = Nicht bewertet: Die Unterlagen sind in einer Sprache verfasst, die tenderlint nicht liest ({ $languages }).
scorecard-terms_not_read = Nicht bewertet: Der gelesene Text ist unvollständig oder verweist die Bedingungen auf eine Leistungsbeschreibung, die nicht gelesen wurde.
scorecard-floor = Untergrenze SEAL-{ $level }: { $why }
scorecard-ceiling = Obergrenze SEAL-{ $level }: { $why }
scorecard-contradiction = Die Vergabeunterlagen widersprechen sich: sie verlangen mindestens SEAL-{ $floor } und begrenzen dieses Ziel auf SEAL-{ $ceiling }; kein Angebot kann beides erfüllen.
scorecard-open = Nichts in den Vergabeunterlagen hebt die Untergrenze oder senkt die Obergrenze: Angebote von SEAL-0 bis SEAL-4 sind konform.

hosting_scope-procured = beschafft
hosting_scope-excluded = vom Auftrag ausgenommen
hosting_scope-buyer_provided = vom Auftraggeber gestellt
hosting_scope-on_premises = in den Räumen des Auftraggebers
hosting_scope-unknown = nicht angegeben

scorecard_not_assessable-SOV-1 = tenderlint liest noch keine Angaben zu Eigentum, Führung oder Finanzierung, die die Vergabeunterlagen vom Anbieter verlangen.
scorecard_not_assessable-SOV-8 = tenderlint liest noch keine Angaben zu Energie, Effizienz oder Rohstoffen.

scorecard_why-SOV-2-immunity_required = Die Vergabeunterlagen verlangen Immunität gegenüber außereuropäischem Recht (SecNumCloud §19.6 oder gleichwertig): außereuropäische Dritte dürfen höchstens geringfügige Kontrolle behalten.
scorecard_why-SOV-2-exposed_service_required = Die Vergabeunterlagen verlangen einen Dienst eines Anbieters, der außereuropäischem Recht unterliegt (CLOUD Act, FISA 702…), die Daten verwahrt und zu ihrer Herausgabe gezwungen werden kann: EU-Recht gilt formal, lässt sich gegen eine solche Anordnung aber nicht durchsetzen.
scorecard_why-SOV-3-eu_only_data_required = Die Vergabeunterlagen verlangen, dass die Daten in der EU/im EWR bleiben: EU-Recht gilt für sie, auch wenn der Speicherort allein einen außereuropäischen Anbieter nicht vom Zugriff abhält.
scorecard_why-SOV-3-transfers_forbidden = Die Vergabeunterlagen verbieten Datenübermittlungen außerhalb der EU/des EWR: EU-Recht gilt für die Daten, auch wenn ein außereuropäischer Anbieter weiterhin gezwungen werden könnte.
scorecard_why-SOV-3-customer_held_keys = Der Auftraggeber hält die Schlüssel (eigenes HSM, HYOK, clientseitige Verschlüsselung): der Anbieter kann die Daten nicht lesen, EU-Recht lässt sich durchsetzen.
scorecard_why-SOV-3-exposed_service_required = Ein geforderter Anbieter, der außereuropäischem Recht unterliegt, betreibt den Dienst, der die Daten verarbeitet: eine wesentliche außereuropäische Abhängigkeit bleibt.
scorecard_why-SOV-3-data_outside_home_required = Die Vergabeunterlagen verlangen Speicherung oder Verarbeitung außerhalb der EU/des EWR, in einem Land ohne Angemessenheitsbeschluss der EU: EU-Recht kann höchstens formal gelten.
scorecard_why-SOV-3-data_in_adequate_country_required = Die Vergabeunterlagen verlangen Speicherung oder Verarbeitung außerhalb der EU/des EWR, in einem Land mit Angemessenheitsbeschluss der EU: die Daten hängen wesentlich von einer außereuropäischen Rechtsordnung ab.
scorecard_why-SOV-4-operations_in_home_required = Die Vergabeunterlagen verlangen Administration oder Support aus der EU/dem EWR (SecNumCloud §19.2.c): europäische Akteure betreiben den Dienst, auch wenn seine Technologie von anderen abhängen kann.
scorecard_why-SOV-4-reversibility_required = Die Vergabeunterlagen verlangen eingepreiste Reversibilität (Rückgabe der Daten, Ausstiegsplan): der Auftraggeber kann wechseln, ein erster Schritt zu operativer Unabhängigkeit.
scorecard_why-SOV-4-operations_outside_home_required = Die Vergabeunterlagen verlangen Administration oder Support von außerhalb der EU/des EWR (Follow-the-Sun, weltweit): außereuropäisches Personal behält die Kontrolle über den Betrieb.
scorecard_why-SOV-4-sanctions_suspension_accepted = Die Vergabeunterlagen nehmen hin, dass der Dienst zur Einhaltung ausländischer Sanktionen oder Exportkontrollen ausgesetzt wird: seine Fortführung hängt von einer außereuropäischen Behörde ab.
scorecard_why-SOV-5-exposed_provider_required = Ein geforderter Anbieter, der außereuropäischem Recht unterliegt, ist eine wesentliche außereuropäische Abhängigkeit in der Lieferkette.
scorecard_why-SOV-5-licensed_non_eu_technology_required = Ein geforderter europäischer Betreiber nutzt Technologie in Lizenz eines außereuropäischen Unternehmens: Updates und Fortführung hängen vom Lizenzgeber ab, eine kritische außereuropäische Abhängigkeit.
scorecard_why-SOV-5-subprocessors_controlled = Die Vergabeunterlagen verlangen, dass Unterauftragsverarbeiter aufgeführt oder vom Auftraggeber genehmigt werden, und lassen sie nicht weltweit zu: der Auftraggeber kennt die Lieferkette.
scorecard_why-SOV-6-open_source_required = Die Vergabeunterlagen verlangen freie und quelloffene Software: der Auftraggeber kann sie ohne ihren Hersteller prüfen, betreiben und weiterentwickeln.
scorecard_why-SOV-6-open_formats_required = Die Vergabeunterlagen verlangen offene Formate oder Protokolle: die Daten lassen sich ohne die Software des Herstellers lesen und übertragen.
scorecard_why-SOV-6-proprietary_format_required = Die Vergabeunterlagen verlangen ein proprietäres Format oder lassen nur ein vom Hersteller kontrolliertes zu: konforme Angebote bleiben an dessen Technologie gebunden.
scorecard_why-SOV-6-exposed_provider_required = Die Vergabeunterlagen verlangen das Produkt eines Anbieters, der außereuropäischem Recht unterliegt, ohne Gleichwertiges zuzulassen: der Technologiestapel ist an ein ausländisches proprietäres System gebunden.
scorecard_why-SOV-7-immunity_certification_required = Die Vergabeunterlagen verlangen eine Zertifizierung, die Immunität gegenüber außereuropäischem Recht einschließt (SecNumCloud, C3A): Sicherheit und Compliance werden von einer EU-Behörde überwacht.
scorecard_why-SOV-7-eu_certification_required = Die Vergabeunterlagen verlangen eine Sicherheitszertifizierung unter der Aufsicht eines EU-Mitgliedstaats oder der EU (BSI C5, ENS, HDS…): die Compliance wird in der EU geprüft.
scorecard_why-SOV-7-international_certification_required = Die Vergabeunterlagen verlangen eine internationale Sicherheitszertifizierung (ISO/IEC 27001…): die Compliance wird geprüft, aber nicht unter Aufsicht der EU.
