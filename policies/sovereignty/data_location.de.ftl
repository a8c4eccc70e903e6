## Regeln zum Speicherort der Daten (data_location.rego), auf Deutsch. Orte stehen ohne Artikel
## („Ort: Vereinigte Staaten“), ebenso der Umfang („Umfang: Datensicherungen“).

data_location-unspecified =
    .title = Hosting beschafft, aber kein Speicherort der Daten
    .remediation = Als Anforderung festlegen, wo Daten, Datensicherungen und technische Daten gespeichert und verarbeitet werden müssen.
    .clause = Die Daten einschließlich der Datensicherungen werden ausschließlich in der Europäischen Union gespeichert und verarbeitet.
data_location-unspecified-missing = Die Vergabeunterlagen sehen ein Hosting vor, legen aber keinen Speicherort der Daten fest: Der Anbieter kann die Daten an jedem Ort speichern und verarbeiten.
data_location-unspecified-contract_elsewhere = Der Auftrag umfasst das Hosting, und das gelesene Dokument ist eine Anlage zu einem Vertrag, der nicht gelesen wurde: Die Anlage nennt keinen Speicherort der Daten. Prüfen Sie, ob der Vertrag einen nennt.

data_location-outside_eu =
    .title = Daten dürfen die EU verlassen
    .remediation = Speicherung und Verarbeitung einschließlich Datensicherungen und Kopien für die Notfallwiederherstellung in der EU oder im EWR verlangen; Zulassungen „jeder Region“ oder „weltweit“ streichen.
    .clause = Die Daten einschließlich der Datensicherungen und der Kopien für die Notfallwiederherstellung werden ausschließlich in der Europäischen Union oder im Europäischen Wirtschaftsraum gespeichert und verarbeitet.
data_location-outside_eu-outside = Die Vergabeunterlagen { $modality ->
        [required] verlangen
        [preferred] bevorzugen
       *[allowed] erlauben
    } einen Ort außerhalb von EU/EWR ({ $extent ->
        [anywhere] Ort: jede Region und jedes Land
        [outside] außerhalb des folgenden Gebiets: { $place }
       *[place] Ort: { $place }
    }; Umfang: { $scope }).
data_location-outside_eu-adequate = Die Vergabeunterlagen { $modality ->
        [required] verlangen
        [preferred] bevorzugen
       *[allowed] erlauben
    } einen Ort außerhalb von EU/EWR ({ $extent ->
        [anywhere] Ort: jede Region und jedes Land
        [outside] außerhalb des folgenden Gebiets: { $place }
       *[place] Ort: { $place }
    }; Umfang: { $scope }), in einem Staat mit { $adequacy ->
        [ch] einer Feststellung angemessenen Datenschutzes durch die Schweiz (Anhang 1 der Datenschutzverordnung)
       *[eu] einem Angemessenheitsbeschluss der EU
    }.
data_location-outside_eu-data_outside = Die Vergabeunterlagen { $modality ->
        [required] verlangen
        [preferred] bevorzugen
       *[allowed] erlauben
    } Daten außerhalb des folgenden Gebiets: { $place } („{ $quote }“).

data_location-narrowed_by_answer =
    .title = Zulassung außerhalb der EU durch ein späteres Dokument eingeschränkt
    .remediation = Die Antwort in die Vertragsunterlagen übernehmen: den Satz, der Daten im Ausland zulässt, berichtigen (durch eine Änderung der Leistungsbeschreibung), damit der Vertrag sagt, was die Antwort sagte.
    .clause = Die Vergabeunterlagen werden wie folgt geändert: Die Daten einschließlich der Datensicherungen werden ausschließlich in der Europäischen Union gespeichert; diese Regelung ersetzt alle entgegenstehenden Regelungen der Leistungsbeschreibung und ihrer Anlagen.
data_location-narrowed_by_answer-narrowed = Das Dokument { $document } { $modality ->
        [required] verlangt
        [preferred] bevorzugt
       *[allowed] erlaubt
    } { $extent ->
        [anywhere] jede Region und jedes Land
        [outside] Daten außerhalb des folgenden Gebiets: { $place }
       *[place] den folgenden Ort: { $place }
    } (Umfang: { $scope }); das spätere Dokument { $answer } schränkt dies ein (verlangter Ort: { $required }).

data_location-contradiction =
    .title = Widersprüchliche Unterlagen zum Speicherort der Daten
    .remediation = Die Unterlagen in Einklang bringen: die Zulassung streichen oder berichtigen, sodass alle Dokumente denselben Ort verlangen, und in den Vertragsbedingungen festlegen, welches Dokument Vorrang hat.
    .clause = Die Daten einschließlich der Datensicherungen werden ausschließlich in der Europäischen Union gespeichert. Bei Widersprüchen zwischen den Vertragsbestandteilen gelten diese in folgender Rangfolge: der Vertrag, die Besonderen Vertragsbedingungen, die Leistungsbeschreibung, sodann die Anlagen.
data_location-contradiction-contradiction = Das Dokument { $required_document } verlangt den folgenden Ort: { $required } (Umfang: { $required_scope }), das Dokument { $document } { $modality ->
        [required] verlangt
        [preferred] bevorzugt
       *[allowed] erlaubt
    } jedoch { $extent ->
        [anywhere] jede Region und jedes Land
        [outside] Daten außerhalb des folgenden Gebiets: { $place }
       *[place] den folgenden Ort: { $place }
    } (Umfang: { $scope }).

data_location-weak_requirement =
    .title = Speicherort nur bevorzugt
    .remediation = Die Präferenz in eine Anforderung umwandeln und den Rechtsraum benennen: „ausschließlich in der Europäischen Union“ statt „bevorzugt in Europa“.
    .clause = Die Daten müssen ausschließlich in der Europäischen Union gespeichert werden.
data_location-weak_requirement-preferred = Der angegebene Ort ist nur eine Präferenz (Ort: { $place }; „{ $quote }“): Nichts verpflichtet den Anbieter dazu.
data_location-weak_requirement-europe = Die Angabe „{ $quote }“ bezeichnet das geografische Europa, zu dem auch Staaten außerhalb der EU gehören (Vereinigtes Königreich, Schweiz, Türkei …): Die EU oder der EWR ist zu benennen.

data_location-technical_data =
    .title = Technische Daten ohne Speicherort
    .remediation = Auch den Speicherort der technischen Daten festlegen: Protokolldaten, Identitätsdaten, Verzeichnisse und kryptografisches Material.
    .clause = Protokolldaten, Identitätsdaten, Verzeichnisdienste und kryptografisches Material werden ebenfalls in der Europäischen Union gespeichert.
data_location-technical_data-missing = Die Vergabeunterlagen legen nicht fest, wo Protokolldaten, Identitäten, Verzeichnisse und Schlüssel gespeichert werden.

data_location-notice_contradiction =
    .title = Bekanntmachung und Vergabeunterlagen widersprechen sich beim Erfüllungsort
    .remediation = Bekanntmachung und Vergabeunterlagen in Einklang bringen: die Zulassung in den Unterlagen berichtigen (oder eine Berichtigung der Bekanntmachung veröffentlichen), sodass beide denselben Ort für die Daten angeben.
    .clause = Die Daten einschließlich der Datensicherungen werden ausschließlich in der Europäischen Union gehostet, wie es die Bekanntmachung als Erfüllungsort angibt.
data_location-notice_contradiction-contradiction = Die Bekanntmachung nennt als Erfüllungsort { $performed }, aber { $document } { $modality ->
        [required] verlangt
        [preferred] bevorzugt
       *[allowed] erlaubt
    } { $extent ->
        [anywhere] jede Region und jedes Land
        [outside] Daten außerhalb von { $place }
       *[place] { $place }
    } für { $scope }.
