## Regeln zu offenen Formaten (open_formats.rego), auf Deutsch.

open_formats-proprietary_required =
    .title = Proprietäres Format gefordert
    .remediation = Offene Formate für alle gelieferten Dokumente fordern oder zumindest zulassen.
    .clause = Die Lieferungen erfolgen im Format ODF (ISO/IEC 26300); endgültige Dokumente im Format PDF/A.
open_formats-proprietary_required-proprietary = Die Vergabeunterlagen verlangen das proprietäre Format { $format }.
open_formats-proprietary_required-vendor_controlled_only = Die Vergabeunterlagen lassen nur { $format } zu, ein vom Hersteller kontrolliertes Format.
open_formats-proprietary_required-vendor_controlled = Die Vergabeunterlagen verlangen { $format }, ein vom Hersteller kontrolliertes Format, und lassen für dieselben Dokumente kein offenes Format zu.
open_formats-proprietary_required-office_compatibility = Die Vergabeunterlagen verlangen Kompatibilität mit { $product } statt mit offenen Dokumentformaten.
open_formats-proprietary_required-office_compatibility_wished = Die Vergabeunterlagen wünschen Kompatibilität mit { $product }: auch offene Dokumentformate (ODF) verlangen, damit andere Office-Pakete in Frage kommen.
open_formats-proprietary_required-office_compatibility_besides_open = Die Vergabeunterlagen verlangen Kompatibilität mit { $product } neben den offenen Formaten, die sie an anderer Stelle fordern: auch offene Dokumentformate (ODF) für bearbeitbare Dateien zulassen, damit andere Office-Pakete in Frage kommen.

open_formats-proprietary_protocol =
    .title = Proprietäres Protokoll gefordert
    .remediation = Offene Protokolle für Zugriff, Kalender, Kontakte und Authentifizierung fordern.
    .clause = Der Dienst unterstützt IMAP, CalDAV und CardDAV; die Authentifizierung beruht auf OpenID Connect oder SAML 2.0.
open_formats-proprietary_protocol-proprietary = Die Vergabeunterlagen verlangen das proprietäre Protokoll { $protocol }.
open_formats-proprietary_protocol-compatibility = Die Vergabeunterlagen verlangen Kompatibilität mit { $product } statt mit offenen Protokollen.
