## Regeln zur Geltung außereuropäischen Rechts (extraterritorial.rego), auf Deutsch.

# Grundlagen einer Übermittlung (Fakten: `bases` einer Übermittlungsklausel), im Akkusativ nach
# „gestützt auf“.
transfer_basis-dpf = den Datenschutzrahmen EU-USA (Data Privacy Framework)
transfer_basis-sccs = Standardvertragsklauseln

extraterritorial-exposed_provider =
    .title = Gehosteter Dienst unter außereuropäischer Rechtshoheit gefordert
    .remediation = Den Bedarf funktional beschreiben und statt einer Staatsangehörigkeit nachweisbare Kriterien festlegen: Sitz und Hauptverwaltung in der EU, kein außereuropäischer Anteilseigner mit mehr als 24 % allein oder 39 % gemeinsam, keine technische Möglichkeit für eine außereuropäische Stelle, auf die Daten zuzugreifen (SecNumCloud 3.2, § 19.6, oder eine gleichwertige europäische Qualifizierung); wird ein Produkt genannt, „oder gleichwertig“ hinzufügen.
    .clause = Der Auftragnehmer hat seinen satzungsmäßigen Sitz und seine Hauptverwaltung in einem Mitgliedstaat der Europäischen Union. Keine außerhalb der Europäischen Union ansässige Stelle hält unmittelbar oder mittelbar allein mehr als 24 % oder gemeinsam mit anderen solchen Stellen mehr als 39 % seines Kapitals oder seiner Stimmrechte. Keine Stelle außerhalb der Europäischen Union hat eine technische Möglichkeit, auf die Daten zuzugreifen (SecNumCloud 3.2, § 19.6, oder eine gleichwertige europäische Qualifizierung).
extraterritorial-exposed_provider-held = Die Vergabeunterlagen { $role ->
        [preferred] bevorzugen
       *[other] verlangen
    } { $product }, einen Dienst, den { $provider } betreibt und in dem das Unternehmen die Daten des Auftraggebers vorhält. { $provider } wird aus einem Drittstaat kontrolliert ({ $place }). { $laws }
extraterritorial-exposed_provider-also_hosted = Die Vergabeunterlagen { $role ->
        [preferred] bevorzugen
       *[other] verlangen
    } { $product }; { $provider } betreibt dieses Produkt auch als Dienst. Wird es im Auftrag als von { $provider } gehosteter Dienst beschafft, liegen die Daten bei einem Unternehmen, das aus einem Drittstaat kontrolliert wird ({ $place }). { $laws }
extraterritorial-exposed_provider-licensed = Die Vergabeunterlagen { $role ->
        [preferred] bevorzugen
       *[other] verlangen
    } { $product }: ein europäischer Betreiber ({ $operator }), der Technologie von { $licensor } unter Lizenz betreibt. Er unterliegt selbst keinem außereuropäischen Recht, doch Updates und Betriebskontinuität hängen vom Lizenzgeber ab.

extraterritorial-no_immunity_clause =
    .title = Sensible Daten ohne Immunität gegenüber außereuropäischem Recht
    .remediation = Verlangen, dass weder der Auftragnehmer noch seine Unterauftragnehmer einem außereuropäischen Recht unterliegen, das den Zugriff auf die Daten erlaubt (SecNumCloud 3.2, § 19.6, oder eine gleichwertige europäische Qualifizierung).
    .clause = Weder der Auftragnehmer noch seine Unterauftragnehmer dürfen dem Recht eines Staates außerhalb der Europäischen Union unterliegen, das den Zugriff auf die Daten erlaubt (SecNumCloud 3.2, § 19.6, oder eine gleichwertige europäische Qualifizierung).
extraterritorial-no_immunity_clause-sensitive_data = Der Auftrag betrifft sensible Daten, doch die Vergabeunterlagen verlangen keine Immunität gegenüber außereuropäischem Recht.
extraterritorial-no_immunity_clause-contract_elsewhere = Der Auftrag umfasst das Hosting sensibler Daten, und das gelesene Dokument ist eine Anlage zu einem Vertrag, der nicht gelesen wurde: Die Anlage verlangt keine Immunität gegenüber außereuropäischem Recht. Prüfen Sie, ob der Vertrag sie verlangt.

extraterritorial-weak_transfer_basis =
    .title = Übermittlungen außerhalb der EU auf unsicherer Grundlage
    .remediation = Übermittlungen außerhalb von EU und EWR ausschließen oder auf Staaten mit Angemessenheitsbeschluss beschränken und die Gründe angeben.
    .clause = Eine Übermittlung von Daten in Staaten außerhalb der Europäischen Union ist nicht zulässig.
extraterritorial-weak_transfer_basis-fragile_basis = Die Vergabeunterlagen lassen Übermittlungen außerhalb der EU zu, gestützt auf { $bases }: eine Rechtsgrundlage nach der DSGVO, aber kein Schutz vor außereuropäischem Recht.

extraterritorial-sanctions_suspension =
    .title = Dienst kann wegen ausländischer Sanktionen ausgesetzt werden
    .remediation = Verlangen, dass der Dienst nie wegen ausländischer Sanktionen oder Exportkontrollmaßnahmen ausgesetzt oder unterbrochen werden darf.
    .clause = Der Dienst darf nicht aufgrund ausländischer Sanktionen oder ausländischer Exportkontrollmaßnahmen ausgesetzt oder unterbrochen werden.
extraterritorial-sanctions_suspension-suspension = Der Auftragnehmer darf den Dienst aussetzen, um Sanktionen oder Exportkontrollvorschriften einzuhalten: eine ausländische Entscheidung kann den Auftraggeber vom Dienst abschneiden.

extraterritorial-access_requests =
    .title = Keine Pflicht, behördliche Zugriffsersuchen zu melden oder abzuwehren
    .remediation = Eine Klausel aufnehmen, nach der der Auftragnehmer den Auftraggeber unverzüglich über jedes behördliche Ersuchen um Zugang zu den Daten unterrichtet, soweit dies nicht gesetzlich untersagt ist, und jedes Ersuchen eines Drittstaats abwehrt, das auf keiner internationalen Übereinkunft beruht (Art. 48 DSGVO, Art. 32 Datenverordnung). Oder Immunität gegenüber außereuropäischem Recht verlangen.
    .clause = Der Auftragnehmer unterrichtet den Auftraggeber unverzüglich über jedes Ersuchen einer Behörde um Zugang zu den Daten, soweit dies nicht gesetzlich untersagt ist. Ersuchen einer Behörde eines Drittstaats, die nicht auf einer internationalen Übereinkunft beruhen, wehrt er mit allen ihm zur Verfügung stehenden Rechtsbehelfen ab (Art. 48 DSGVO, Art. 32 der Verordnung (EU) 2023/2854).
extraterritorial-access_requests-no_duty = Der Auftrag umfasst das Hosting, doch keine Klausel verpflichtet den Auftragnehmer, den Auftraggeber über ein behördliches Ersuchen um Zugang zu dessen Daten zu unterrichten oder ein Ersuchen eines Drittstaats abzuwehren, das auf keiner internationalen Übereinkunft beruht.
extraterritorial-access_requests-contract_elsewhere = Der Auftrag umfasst das Hosting, und das gelesene Dokument ist eine Anlage zu einem Vertrag, der nicht gelesen wurde: Die Anlage enthält keine Klausel, die den Anbieter verpflichtet, den Auftraggeber über ein Herausgabeverlangen einer Behörde zu unterrichten oder das Verlangen eines Drittstaates anzufechten. Prüfen Sie, ob der Vertrag eine enthält.
extraterritorial-access_requests-no_duty_public_website = Die Ausschreibung beschafft das Hosting einer öffentlichen Website, deren Seiten jeder lesen kann, und keine Klausel verpflichtet den Hoster, den Auftraggeber über ein behördliches Verlangen nach dem zu unterrichten, was die Website sonst enthält (Protokolle, Konten der Redakteure), oder ein Verlangen eines Drittstaates anzufechten: eine gute Praxis, die ergänzt werden sollte.
extraterritorial-access_requests-disclosure_allowed = Die Vergabeunterlagen erlauben dem Auftragnehmer, die Daten des Auftraggebers an Behörden herauszugeben, und keine Klausel verpflichtet ihn, den Auftraggeber zu unterrichten oder ein Ersuchen eines Drittstaats abzuwehren, das auf keiner internationalen Übereinkunft beruht.

extraterritorial-change_of_control =
    .title = Keine Change-of-Control-Klausel
    .remediation = Eine Klausel aufnehmen, nach der der Auftragnehmer jeden Kontrollwechsel binnen eines Monats anzeigt und der Auftraggeber den Vertrag ohne Entschädigung kündigen kann, wenn die Kontrolle auf ein Unternehmen übergeht, das dem Recht eines Drittstaats unterliegt.
    .clause = Der Auftragnehmer zeigt dem Auftraggeber jeden Wechsel der Kontrolle über den Auftragnehmer (Change of Control) innerhalb eines Monats schriftlich an. Geht die Kontrolle auf ein Unternehmen über, das dem Recht eines Drittstaats unterliegt, ist der Auftraggeber berechtigt, den Vertrag außerordentlich zu kündigen, ohne dass dem Auftragnehmer hieraus Ansprüche entstehen.
extraterritorial-change_of_control-silent = Der Auftrag umfasst das Hosting, doch die Vergabeunterlagen sagen nichts zu einem Kontrollwechsel beim Auftragnehmer: keine Anzeigepflicht, kein Zustimmungsvorbehalt, kein Kündigungsrecht, falls ein außereuropäischer Konzern ihn übernimmt.
