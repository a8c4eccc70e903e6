## Regeln zu Unterauftragnehmern und Unterauftragsverarbeitern (subcontracting.rego), auf Deutsch.

subcontracting-worldwide_subprocessors =
    .title = Unterauftragsverarbeiter weltweit
    .remediation = Eine Liste der Unterauftragsverarbeiter mit dem Staat ihrer Niederlassung und die vorherige schriftliche Zustimmung des Auftraggebers zu jeder Änderung verlangen, außerdem, dass kein Unterauftragnehmer mit Zugriff auf die Daten außerhalb der EU niedergelassen ist oder von dort aus kontrolliert wird.
    .clause = Der Auftragnehmer legt mit seinem Angebot und während der gesamten Vertragslaufzeit eine Liste seiner Unterauftragnehmer und Unterauftragsverarbeiter mit dem Staat ihrer Niederlassung vor. Der Einsatz eines neuen Unterauftragsverarbeiters und jede andere Änderung dieser Liste bedürfen der vorherigen schriftlichen Zustimmung des Auftraggebers. Unterauftragnehmer und Unterauftragsverarbeiter mit Zugriff auf die Daten dürfen weder außerhalb der Europäischen Union niedergelassen sein noch von dort aus kontrolliert werden.
subcontracting-worldwide_subprocessors-worldwide = Der Auftragnehmer darf weltweit { $affiliates ->
        [true] verbundene Unternehmen und Unterauftragsverarbeiter
       *[other] Unterauftragsverarbeiter
    } einsetzen{ $approval ->
        [true] {" "}(mit vorheriger Zustimmung des Auftraggebers, die sie aber nicht auf die EU beschränkt)
       *[other] {""}
    }.
