## Gemeinsame Wörter der Regeln (lib/tenderlint.rego), auf Deutsch. Länder werden nach
## data/countries.json benannt, außer eine `place-`-Nachricht hier sagt es anders; die
## Nachrichten verwenden den Namen ohne Artikel („außerhalb von EU/EWR: Vereinigte Staaten“).

list-and = und
list-or = oder

place-EU = Europäische Union
place-EEA = Europäischer Wirtschaftsraum
place-EUROPE = Europa
place-ANY = jede Region oder jedes Land

scope-data = Daten
scope-storage = Speicherung
scope-processing = Verarbeitung
scope-backups = Datensicherungen
scope-technical_data = technische Daten
scope-administration = Administration
scope-support = Support

# Wirkung jedes ausländischen Gesetzes (data/laws.json), je ein Satz.
law-cloud_act = Ein US-Anbieter muss Daten in seinem Besitz, Gewahrsam oder unter seiner Kontrolle herausgeben, wo immer sie gespeichert sind (US CLOUD Act).
law-fisa_702 = Nachrichtendienstliche Erhebung der USA bei Anbietern elektronischer Kommunikationsdienste (FISA Section 702).
law-eo_12333 = Nachrichtendienstliche Tätigkeit der USA, auch Erhebung außerhalb der Vereinigten Staaten (Executive Order 12333).
law-ieepa = Sanktionen können einen US-Anbieter verpflichten, einem Kunden den Dienst zu sperren, wie die Executive Order 14203 gegen den Internationalen Strafgerichtshof (International Emergency Economic Powers Act).
law-cn_national_intelligence_law = Organisationen müssen die nachrichtendienstliche Arbeit des Staates unterstützen und mit ihr zusammenarbeiten (Nachrichtendienstgesetz der Volksrepublik China, 2017).
law-uk_ipa_2016 = Britische Behörden können Anordnungen zur Überwachung der Telekommunikation, zum Eingriff in Geräte, zur Massenerhebung und zum Zugriff auf Kommunikationsdaten erwirken; der Minister kann Telekommunikationsbetreibern (jedem, der Personen im Vereinigten Königreich einen Dienst anbietet oder von dort ein System kontrolliert) Pflichten zur Vorratsdatenspeicherung, zu technischen Fähigkeiten (s. 253, etwa das Entfernen einer vom Betreiber angewandten Verschlüsselung) und zur nationalen Sicherheit auferlegen, mit Zustimmung eines Judicial Commissioner (UK Investigatory Powers Act 2016).
law-eo_14203 = Sanktionen gegen den Internationalen Strafgerichtshof: US-Personen müssen benannte Amtsträger abschneiden, wie es 2025 Richtern und einem Ankläger widerfuhr (Executive Order 14203).
