## Regeln zu Zertifizierungen und Qualifizierungen (certification.rego), auf Deutsch.

certification-sensitive_without_secnumcloud =
    .title = Besonders schutzbedürftige Daten ohne SecNumCloud
    .remediation = Für die Dienste, die die schutzbedürftigen Daten verarbeiten, ein nach SecNumCloud qualifiziertes Angebot oder ein Angebot mit gleichwertiger europäischer Qualifizierung verlangen.
    .clause = Die Dienste, die die schutzbedürftigen Daten verarbeiten, werden mit einem nach SecNumCloud qualifizierten Angebot (oder einem Angebot mit gleichwertiger europäischer Qualifizierung) erbracht.
certification-sensitive_without_secnumcloud-missing = Die Vergabeunterlagen lassen besonders schutzbedürftige Daten bei einem Anbieter hosten, verlangen aber kein nach SecNumCloud qualifiziertes Angebot. { $buyer ->
        [state] Der Auftraggeber ist eine Dienststelle oder Einrichtung des französischen Staates, die das SREN-Gesetz und die Cloud-Doktrin binden.
        [unknown] Dies bindet Dienststellen und Einrichtungen des französischen Staates: Zu prüfen ist, ob der Auftraggeber dazu gehört.
       *[other] Der Auftraggeber ist keine Dienststelle oder Einrichtung des französischen Staates: Die Anforderung bindet ihn nicht, ist aber der empfohlene Schutz.
    }
certification-sensitive_without_secnumcloud-relied_on = Die Vergabeunterlagen lassen besonders schutzbedürftige Daten bei einem Anbieter hosten, verlangen aber kein nach SecNumCloud qualifiziertes Angebot (sie stützen sich auf folgende Nachweise, die nicht vor außereuropäischem Recht schützen: { $certifications }). { $buyer ->
        [state] Der Auftraggeber ist eine Dienststelle oder Einrichtung des französischen Staates, die das SREN-Gesetz und die Cloud-Doktrin binden.
        [unknown] Dies bindet Dienststellen und Einrichtungen des französischen Staates: Zu prüfen ist, ob der Auftraggeber dazu gehört.
       *[other] Der Auftraggeber ist keine Dienststelle oder Einrichtung des französischen Staates: Die Anforderung bindet ihn nicht, ist aber der empfohlene Schutz.
    }

certification-unobtainable =
    .title = Zertifizierung, die niemand besitzen kann
    .remediation = Eine bestehende Qualifizierung mit den benötigten Garantien verlangen (SecNumCloud, BSI C5 mit C3A) oder die Garantien selbst beschreiben.
    .clause = Der Auftragnehmer verfügt für die vertragsgegenständlichen Dienste über eine heute erlangbare Qualifizierung, die die geforderten Garantien bietet (etwa SecNumCloud oder ein BSI-C5-Testat einschließlich der Kriterien C3A), oder über eine gleichwertige Qualifizierung.
certification-unobtainable-required = Die Vergabeunterlagen verlangen { $certification } („{ $quote }“); diesen Nachweis kann derzeit kein Anbieter erbringen.

certification-health_without_hds =
    .title = Gesundheitsdaten ohne HDS-Zertifizierung
    .remediation = Die HDS-Zertifizierung des Auftragnehmers und seiner Unterauftragnehmer verlangen, die die Gesundheitsdaten hosten.
    .clause = Der Auftragnehmer und seine Unterauftragnehmer, die Gesundheitsdaten hosten, sind als Hoster von Gesundheitsdaten (HDS) nach Artikel L1111-8 des französischen Gesetzbuchs über die öffentliche Gesundheit (Code de la santé publique) zertifiziert.
certification-health_without_hds-missing = Der Anbieter wird Gesundheitsdaten hosten, die Vergabeunterlagen verlangen aber keine HDS-Zertifizierung.

certification-classified_in_commercial_cloud =
    .title = Verschlusssachen in einer kommerziellen Cloud
    .remediation = Verschlusssachen aus dem gehosteten Dienst heraushalten oder ein für ihren Geheimhaltungsgrad zugelassenes System verlangen und die Zulassung benennen; sich nicht auf eine kommerzielle Qualifizierung stützen.
    .clause = Verschlusssachen werden ausschließlich in einem für ihren Geheimhaltungsgrad zugelassenen IT-System nach der Verschlusssachenanweisung (VSA) verarbeitet; sie werden nicht in dem beschafften Dienst gehostet.
certification-classified_in_commercial_cloud-hosted = Ein Anbieter wird Verschlusssachen hosten: Nur ein für ihren Geheimhaltungsgrad zugelassenes System darf sie verarbeiten, kein kommerzielles Angebot.

scheme-secnumcloud = SecNumCloud
scheme-eucs = EUCS
scheme-bsi-c5 = BSI C5
scheme-c3a = BSI C3A
scheme-iso27001 = ISO/IEC 27001
scheme-iso27017 = ISO/IEC 27017
scheme-iso27018 = ISO/IEC 27018
scheme-iso27701 = ISO/IEC 27701
scheme-hds = HDS (Hébergeur de données de santé)
scheme-gaia-x = Gaia-X-Label
scheme-fedramp = FedRAMP
scheme-soc2 = SOC 2
scheme-ens = Esquema Nacional de Seguridad (ENS)
scheme-acn = ACN-Qualifizierung
scheme-cispe = CISPE-Verhaltenskodex zum Datenschutz
scheme-tisax = TISAX
