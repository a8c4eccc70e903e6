## Regeln zum Ausstieg beim Anbieter (reversibility.rego), auf Deutsch.

# Wechselbedingungen nach Art. 25 Abs. 2 der Datenverordnung, die eine Exit-Regelung auslassen
# kann, im Nominativ („es fehlt, was … vorschreibt: …“).
switching_term-deadline = eine Frist für den Wechsel (höchstens 30 Tage)
switching_term-open_formats = der Export der Daten in einem strukturierten, gängigen und maschinenlesbaren Format
switching_term-deletion = die Löschung der Daten nach ihrer Herausgabe

reversibility-missing =
    .title = Keine Exit-Regelung (Reversibilität)
    .remediation = Eine Exit-Regelung aufnehmen: ein früh im Vertrag vorzulegendes Exit-Konzept, die Rückgabe aller Daten in offenen, dokumentierten Formaten binnen einer festen Frist (höchstens 30 Tage), Unterstützung des Nachfolgers, danach eine bestätigte Löschung, alles im Preis enthalten.
    .clause = Exit-Management. Der Auftragnehmer legt innerhalb von drei Monaten nach Zuschlag ein Exit-Konzept vor. Bei Beendigung des Vertrags, gleich aus welchem Grund, gibt er sämtliche Daten des Auftraggebers innerhalb von höchstens 30 Tagen in offenen, dokumentierten Formaten heraus und unterstützt den Auftraggeber oder den nachfolgenden Auftragnehmer bei der Übernahme des Dienstes. Anschließend löscht er alle Kopien der Daten und bestätigt die Löschung schriftlich. Diese Leistungen sind mit der vereinbarten Vergütung abgegolten.
reversibility-missing-no_clause = Der Auftrag umfasst das Hosting, doch die Vergabeunterlagen enthalten keine Exit-Regelung: kein Exit-Konzept, keine Rückgabe der Daten, keine Frist.
reversibility-missing-contract_elsewhere = Der Auftrag umfasst das Hosting, und das gelesene Dokument ist eine Anlage zu einem Vertrag, der nicht gelesen wurde: Die Anlage enthält keine Exit-Regelung, die gewöhnlich im Vertrag selbst steht. Prüfen Sie, ob der Vertrag eine enthält (Exit-Konzept, Rückgabe der Daten, Frist).
reversibility-missing-on_quote = Der Ausstieg wird einem späteren Angebot zu den Bedingungen des Auftragnehmers überlassen: er ist nicht Vertragsbestandteil.

reversibility-switching_terms =
    .title = Wechselbedingungen unter dem Mindeststandard der Datenverordnung
    .remediation = Die Exit-Regelung ergänzen: Rückgabe aller Daten in einem offenen, strukturierten und maschinenlesbaren Format innerhalb von höchstens 30 Tagen, danach vollständige, schriftlich bestätigte Löschung.
    .clause = Der Auftragnehmer gibt sämtliche Daten innerhalb von höchstens 30 Tagen in einem offenen, strukturierten und maschinenlesbaren Format heraus und löscht sie anschließend vollständig; die Löschung bestätigt er schriftlich.
reversibility-switching_terms-missing_terms = Den Exit-Regelungen fehlt, was die Datenverordnung (Data Act) vorschreibt: { $terms }.
reversibility-switching_terms-contract_elsewhere = Das gelesene Dokument ist eine Anlage zu einem Vertrag, der nicht gelesen wurde, und seinen Exit-Regelungen fehlt, was die Datenverordnung (Data Act) vorschreibt: { $terms }. Die Exit-Bedingungen stehen gewöhnlich im Vertrag selbst: Prüfen Sie, ob er sie ergänzt.
reversibility-switching_terms-long_transition = Die Exit-Regelungen sehen einen Übergangszeitraum von { $days } Tagen vor, länger als die 30 Tage, die die Datenverordnung (Data Act) außer bei technischer Undurchführbarkeit zulässt{ $more ->
        [true] ; zudem fehlt, was sie vorschreibt: { $terms }
       *[other] {""}
    }.

reversibility-exit_fees =
    .title = Exit- oder Egress-Entgelte
    .remediation = Festlegen, dass die Herausgabe der Daten und der Wechsel zu einem anderen Anbieter unentgeltlich sind. Bei paralleler Nutzung mehrerer Anbieter Egress-Entgelte auf die tatsächlich entstandenen Kosten begrenzen.
    .clause = Für die Herausgabe der Daten und den Wechsel zu einem anderen Anbieter dürfen keine Entgelte (Exit-, Egress- oder Wechselentgelte) erhoben werden.
reversibility-exit_fees-beyond_costs = Der Auftragnehmer darf für die Herausgabe der Daten Entgelte über seine Kosten hinaus verlangen (Exit-, Egress- oder Wechselentgelte).
reversibility-exit_fees-at_cost_after_2027 = Der Auftragnehmer darf Wechselentgelte verlangen, wenn auch nur zu Selbstkosten: seit dem 12. Januar 2027 dürfen keine Wechselentgelte mehr erhoben werden.
reversibility-exit_fees-at_cost_until_2027 = Der Auftragnehmer darf Wechselentgelte zu Selbstkosten verlangen: zulässig bis zum 11. Januar 2027, verboten ab dem 12. Januar 2027. Ein Vertrag, der über diesen Tag hinaus läuft, muss festlegen, dass der Wechsel dann unentgeltlich ist.
