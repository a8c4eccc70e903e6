## Regeln zum Anbieter als Auftragsverarbeiter (data_protection.rego), auf Deutsch.

data_protection-processing_terms =
    .title = Hosting personenbezogener Daten ohne Auftragsverarbeitungsvertrag (Art. 28 DSGVO)
    .remediation = Den Vergabeunterlagen einen Vertrag über die Auftragsverarbeitung nach Art. 28 Abs. 3 DSGVO (etwa die AVV der EVB-IT Cloud) beifügen und dessen Abschluss vom Zuschlagsempfänger verlangen.
    .clause = Der Auftragnehmer schließt mit dem Auftraggeber den als Anlage beigefügten Vertrag über die Auftragsverarbeitung nach Art. 28 Abs. 3 der Verordnung (EU) 2016/679 (DSGVO); er verarbeitet personenbezogene Daten ausschließlich auf dokumentierte Weisung des Auftraggebers.
data_protection-processing_terms-missing = Die Vergabeunterlagen sehen das Hosting personenbezogener Daten vor, regeln aber keine Auftragsverarbeitung nach Art. 28 Abs. 3 DSGVO: Kein Auftragsverarbeitungsvertrag bindet den Anbieter als Auftragsverarbeiter.

data_protection-audit_right =
    .title = Kein Kontrollrecht des Auftraggebers
    .remediation = Dem Auftraggeber oder einem von ihm beauftragten Prüfer das Recht einräumen, den Auftragnehmer und seine Unterauftragsverarbeiter zu überprüfen, auch vor Ort; Zertifikate des Auftragnehmers ersetzen dieses Recht nicht.
    .clause = Der Auftraggeber ist berechtigt, beim Auftragnehmer und seinen Unterauftragsverarbeitern nach angemessener Vorankündigung Überprüfungen einschließlich Inspektionen vor Ort selbst durchzuführen oder durch einen von ihm beauftragten Prüfer durchführen zu lassen; Zertifikate des Auftragnehmers ersetzen dieses Recht nicht.
data_protection-audit_right-none = Die Vergabeunterlagen sehen das Hosting personenbezogener Daten vor, räumen dem Auftraggeber aber kein Recht ein, den Anbieter zu überprüfen (Art. 28 Abs. 3 lit. h DSGVO).
data_protection-audit_right-excluded = Die Vergabeunterlagen schließen Überprüfungen des Anbieters aus, der für den Auftraggeber personenbezogene Daten verarbeitet (Art. 28 Abs. 3 lit. h DSGVO verpflichtet ihn, sie zu ermöglichen).
data_protection-audit_right-in_agreement = Die Vergabeunterlagen sehen eine Auftragsverarbeitung nach Art. 28 DSGVO vor, räumen dem Auftraggeber aber selbst kein Recht ein, den Anbieter zu überprüfen: Zu prüfen ist, ob der Auftragsverarbeitungsvertrag es enthält (Art. 28 Abs. 3 lit. h).
data_protection-audit_right-reports_only = Das Kontrollrecht des Auftraggebers beschränkt sich auf Zertifikate und Berichte des Anbieters: Zu prüfen ist, ob der Auftraggeber oder ein von ihm beauftragter Prüfer weiterhin Überprüfungen und Inspektionen durchführen kann.

data_protection-data_use =
    .title = Nutzung der Daten des Auftraggebers durch den Anbieter für eigene Zwecke
    .remediation = Die Nutzung der Daten des Auftraggebers, einschließlich abgeleiteter Daten, auf die Vertragserfüllung beschränken und ihre Nutzung zum Training von KI-Modellen oder zur Verbesserung der Dienste des Anbieters ausdrücklich untersagen.
    .clause = Der Auftragnehmer nutzt die Daten des Auftraggebers, einschließlich abgeleiteter Daten, ausschließlich zur Erfüllung dieses Vertrags; insbesondere ist es ihm untersagt, sie zum Training oder zur Verbesserung von Modellen künstlicher Intelligenz oder seiner eigenen Dienste zu nutzen.
data_protection-data_use-own_ends = Die Vergabeunterlagen erlauben dem Anbieter, die Daten des Auftraggebers außerhalb der Vertragserfüllung { $purpose ->
        [ai_training] zum Training von KI-Modellen
       *[other] zur Verbesserung seiner eigenen Dienste
    } zu nutzen.

data_protection-telemetry =
    .title = Telemetrie nicht begrenzt
    .remediation = Telemetrie- und Diagnosedaten auf das für den Dienst unbedingt Erforderliche beschränken, dokumentieren lassen, ihre Abschaltung durch den Auftraggeber ermöglichen und jede andere Nutzung untersagen.
    .clause = Die Erhebung von Telemetrie- oder Diagnosedaten ist auf das für den Betrieb des Dienstes unbedingt Erforderliche beschränkt, dokumentiert und kann vom Auftraggeber abgeschaltet werden; diese Daten werden zu keinem anderen Zweck genutzt.
data_protection-telemetry-unlimited = Die Vergabeunterlagen lassen die Übermittlung von Telemetrie- oder Diagnosedaten an den Anbieter zu, ohne sie auf das Erforderliche zu beschränken oder dem Auftraggeber die Abschaltung zu ermöglichen.
