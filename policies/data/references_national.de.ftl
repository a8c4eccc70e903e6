## Deutsche Beschreibungen der nationalen Fundstellen aus data/references.json (deren id nicht
## mit `eu.` beginnt): `reference-<id, Punkte durch Bindestriche ersetzt>`. Deutsche Texte mit
## ihrem amtlichen Titel, Schweizer Texte in ihrer amtlichen deutschen Fassung, französische,
## niederländische, spanische und italienische Texte mit ihrem Originaltitel, erläutert.

# Frankreich
reference-fr-ccp-l3 = Code de la commande publique (französisches Gesetzbuch über die öffentliche Auftragsvergabe), Artikel L3: Gleichbehandlung der Bewerber und Transparenz der Verfahren
reference-fr-ccp-r2111_7 = Code de la commande publique, Artikel R2111-7: keine Marken, es sei denn durch den Auftragsgegenstand gerechtfertigt oder ausnahmsweise mit dem Zusatz „ou équivalent“ (oder gleichwertig)
reference-fr-rgi = Référentiel général d’interopérabilité, Version 2.0 (französischer allgemeiner Interoperabilitätsrahmen, Erlass vom 20. April 2016), für Verwaltungsbehörden verbindlich nach Artikel 11 der Ordonnance Nr. 2005-1516 vom 8. Dezember 2005
reference-fr-loi_2016_1321-art16 = Loi n° 2016-1321 pour une République numérique (französisches Gesetz für eine digitale Republik vom 7. Oktober 2016), Artikel 16: die Verwaltungen fördern den Einsatz freier Software
reference-fr-circulaire_6404_sg = Circulaire n° 6404/SG vom 31. Mai 2023 (französische Doktrin „cloud au centre“), Regel R9: SecNumCloud-qualifizierte Angebote für Daten von besonderer Sensibilität
reference-fr-sren-art31 = Loi n° 2024-449 (SREN, französisches Gesetz zur Sicherung und Regulierung des digitalen Raums vom 21. Mai 2024), Artikel 31: Daten von besonderer Sensibilität des Staates und seiner Einrichtungen sind vor unbefugtem Zugriff durch Behörden von Drittstaaten geschützt
reference-fr-secnumcloud-19_2_a = SecNumCloud 3.2 (Kriterienkatalog der französischen Cybersicherheitsbehörde ANSSI), § 19.2.a: die Orte der Speicherung und Verarbeitung der Daten sind dokumentiert
reference-fr-secnumcloud-19_2_b = SecNumCloud 3.2, § 19.2.b: die Daten des Auftraggebers werden in der Europäischen Union gespeichert und verarbeitet
reference-fr-secnumcloud-19_2_c_e = SecNumCloud 3.2, § 19.2.c (Administration aus der Europäischen Union) und § 19.2.e (Support von außerhalb der Europäischen Union nur dokumentiert und überwacht)
reference-fr-secnumcloud-19_2_d = SecNumCloud 3.2, § 19.2.d: technische Daten verbleiben in der Europäischen Union
reference-fr-secnumcloud-19_6 = SecNumCloud 3.2, § 19.6: Schutz vor außereuropäischem Recht (Sitz und Kapital in Europa, kein technischer Zugriff eines außereuropäischen Dritten)
reference-fr-csp-l1111_8 = Code de la santé publique (französisches Gesetzbuch über die öffentliche Gesundheit), Artikel L1111-8: Hosting von Gesundheitsdaten nur durch einen zertifizierten Anbieter (HDS)
reference-fr-igi_1300 = Instruction générale interministérielle n° 1300 (französische interministerielle Anweisung zum Schutz von Verschlusssachen, Erlass vom 9. August 2021): Verschlusssachen nur in für ihren Geheimhaltungsgrad zugelassenen Systemen

# Deutschland
reference-de-gwb-97 = Gesetz gegen Wettbewerbsbeschränkungen (GWB), § 97 Absatz 1 und 2: Wettbewerb, Transparenz, Gleichbehandlung
reference-de-vgv-31_6 = Vergabeverordnung (VgV), § 31 Absatz 6: keine Verweise auf Marken, es sei denn durch den Auftragsgegenstand gerechtfertigt; ausnahmsweise zulässig, wenn der Auftragsgegenstand anders nicht hinreichend genau beschrieben werden kann, dann mit dem Zusatz „oder gleichwertig“
reference-de-bsi-c5 = BSI C5:2026 (Kriterienkatalog Cloud Computing des Bundesamts für Sicherheit in der Informationstechnik), Kriterien GC-01 (Angaben zu anwendbarem Recht, Gerichtsstand und Standorten) und GC-05 (Angaben zum Umgang mit Ermittlungsersuchen staatlicher Stellen): der Anbieter legt offen, Immunität wird nicht verlangt
reference-de-evb_it_cloud = EVB-IT Cloud (Ergänzende Vertragsbedingungen für die Beschaffung von Cloud-Leistungen, 2022): Rückgabe und Löschung der Daten bei Vertragsende
reference-de-vsa = Allgemeine Verwaltungsvorschrift zum materiellen Geheimschutz (Verschlusssachenanweisung – VSA), 2023: Verschlusssachen nur in dafür zugelassenen IT-Systemen

# Schweiz (amtliche deutsche Fassungen)
reference-ch-boeb-art30 = Bundesgesetz über das öffentliche Beschaffungswesen (BöB, SR 172.056.1), Art. 30 Abs. 3, und Interkantonale Vereinbarung über das öffentliche Beschaffungswesen (IVöB 2019), Art. 30 Abs. 3: bestimmte Firmen oder Marken nur, wenn es keine hinreichend genaue oder verständliche Art der Leistungsbeschreibung gibt, und dann mit dem Zusatz «oder gleichwertig»
reference-ch-boeb-art2 = BöB (SR 172.056.1) und IVöB 2019, Art. 2: transparenter Wettbewerb und Gleichbehandlung der Anbieterinnen
reference-ch-boeb-art4 = BöB (SR 172.056.1), Art. 4, und IVöB 2019, Art. 4: die dem Beschaffungsrecht unterstellten Schweizer Auftraggeberinnen
reference-ch-dsg-art9 = Bundesgesetz über den Datenschutz (Datenschutzgesetz, DSG, SR 235.1), Art. 9: Bearbeitung durch Auftragsbearbeiter; Beizug Dritter nur mit vorgängiger Genehmigung des Verantwortlichen
reference-ch-dsg-art16 = DSG (SR 235.1), Art. 16, mit der Staatenliste in Anhang 1 der Datenschutzverordnung (DSV, SR 235.11): Bekanntgabe von Personendaten ins Ausland
reference-ch-embag-art9 = Bundesgesetz über den Einsatz elektronischer Mittel zur Erfüllung von Behördenaufgaben (EMBAG, SR 172.019), Art. 9: Offenlegung von Quellcode
reference-ch-privatim-2025 = privatim (Konferenz der schweizerischen Datenschutzbeauftragten), Resolution zu internationalen Cloud-Diensten (2025): sensible Daten in internationalen SaaS-Lösungen nur, wenn das öffentliche Organ die Schlüssel hält
reference-ch-isv = Verordnung über die Informationssicherheit in der Bundesverwaltung und der Armee (Informationssicherheitsverordnung, ISV, SR 128.1): klassifizierte Informationen nur in dafür freigegebenen Informatikmitteln

# Niederlande
reference-nl-aw2012-2_76 = Aanbestedingswet 2012 (niederländisches Vergabegesetz), Artikel 2.76: keine Marken, es sei denn durch den Auftragsgegenstand gerechtfertigt, dann mit dem Zusatz „of gelijkwaardig“ (oder gleichwertig)
reference-nl-open_standaarden = Forum Standaardisatie, Liste offener Standards („pas toe of leg uit“: anwenden oder begründen), verbindlich bei IT-Beschaffungen der niederländischen Verwaltung
reference-nl-bio = Baseline Informatiebeveiliging Overheid (BIO, niederländischer Grundschutzstandard für die Informationssicherheit der Verwaltung), Maßnahme 10.1.2: Verwaltung kryptografischer Schlüssel

# Spanien
reference-es-lcsp-art126 = Ley 9/2017 de Contratos del Sector Público (spanisches Gesetz über Verträge des öffentlichen Sektors), Artikel 126 Absatz 6: keine Marken, es sei denn durch den Auftragsgegenstand gerechtfertigt, dann mit dem Zusatz „o equivalente“ (oder gleichwertig)
reference-es-ens = Real Decreto 311/2022, Esquema Nacional de Seguridad (spanisches Königliches Dekret über das Nationale Sicherheitsschema), Anhang II, Maßnahme op.exp.11: Schutz der kryptografischen Schlüssel
reference-es-eni-art11 = Real Decreto 4/2010, Esquema Nacional de Interoperabilidad (spanisches Königliches Dekret über das Nationale Interoperabilitätsschema), Artikel 11: offene Standards

# Italien
reference-it-dlgs36_2023-art79 = D.lgs. 36/2023, Codice dei contratti pubblici (italienisches Gesetzbuch über öffentliche Aufträge), Artikel 79 und Anhang II.5: keine Marken, es sei denn durch den Auftragsgegenstand gerechtfertigt, dann mit dem Zusatz „o equivalente“ (oder gleichwertig)
reference-it-cad-art68 = D.lgs. 82/2005, Codice dell’amministrazione digitale (italienisches Gesetzbuch der digitalen Verwaltung), Artikel 68: vergleichende Bewertung, freie Software und offene Formate
reference-it-acn-cloud = Agenzia per la cybersicurezza nazionale (italienische Agentur für nationale Cybersicherheit), Regolamento unico per le infrastrutture e i servizi cloud per la PA (Verfügung Nr. 21007/2024): Einstufung der Daten als gewöhnlich, kritisch oder strategisch
