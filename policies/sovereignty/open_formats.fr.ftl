## Règles sur les formats ouverts (open_formats.rego), en français.

open_formats-proprietary_required =
    .title = Format propriétaire exigé
    .remediation = Exiger, ou au moins accepter, des formats ouverts pour tous les documents remis.
    .clause = Les livrables sont remis au format ODF (ISO/IEC 26300) ; les documents définitifs au format PDF/A.
open_formats-proprietary_required-proprietary = Le dossier de consultation exige le format propriétaire { $format }.
open_formats-proprietary_required-vendor_controlled_only = Le dossier de consultation n’accepte que { $format }, un format contrôlé par son éditeur.
open_formats-proprietary_required-vendor_controlled = Le dossier de consultation exige { $format }, un format contrôlé par son éditeur, et n’accepte aucun format ouvert pour les mêmes documents.
open_formats-proprietary_required-office_compatibility = Le dossier de consultation exige la compatibilité avec { $product } plutôt qu’avec des formats de documents ouverts.
open_formats-proprietary_required-office_compatibility_wished = Le dossier de consultation souhaite la compatibilité avec { $product } : demander aussi des formats de documents ouverts (ODF), pour que d’autres suites bureautiques conviennent.
open_formats-proprietary_required-office_compatibility_besides_open = Le dossier de consultation exige la compatibilité avec { $product }, à côté des formats ouverts qu’il demande ailleurs : accepter aussi les formats de documents ouverts (ODF) pour les fichiers modifiables, pour que d’autres suites bureautiques conviennent.

open_formats-proprietary_protocol =
    .title = Protocole propriétaire exigé
    .remediation = Exiger des protocoles ouverts pour l’accès, les agendas, les contacts et l’authentification.
    .clause = Le service prend en charge IMAP, CalDAV et CardDAV ; l’authentification repose sur OpenID Connect ou SAML 2.0.
open_formats-proprietary_protocol-proprietary = Le dossier de consultation exige le protocole propriétaire { $protocol }.
open_formats-proprietary_protocol-compatibility = Le dossier de consultation exige la compatibilité avec { $product } plutôt qu’avec des protocoles ouverts.
