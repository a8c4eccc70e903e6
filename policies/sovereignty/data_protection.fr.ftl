## Règles sur le prestataire sous-traitant des données de l’acheteur (data_protection.rego), en
## français.

data_protection-processing_terms =
    .title = Données personnelles hébergées sans clauses de sous-traitance (article 28 du RGPD)
    .remediation = Annexer au marché un accord de sous-traitance au sens de l’article 28, paragraphe 3, du RGPD et exiger que l’attributaire le signe.
    .clause = L’attributaire signe l’accord de sous-traitance annexé au présent marché, qui fixe les clauses prévues à l’article 28, paragraphe 3, du règlement (UE) 2016/679 (RGPD) ; le titulaire ne traite les données à caractère personnel que sur instruction documentée de l’acheteur.
data_protection-processing_terms-missing = Le dossier de consultation porte sur l’hébergement de données à caractère personnel mais ne fixe aucune clause de sous-traitance au sens de l’article 28, paragraphe 3, du RGPD : aucun accord de sous-traitance n’engage le prestataire en qualité de sous-traitant.

data_protection-audit_right =
    .title = Aucun droit d’audit pour l’acheteur
    .remediation = Donner à l’acheteur, ou à un auditeur qu’il mandate, le droit d’auditer le titulaire et ses sous-traitants, y compris sur place ; les certifications du titulaire ne remplacent pas ce droit.
    .clause = L’acheteur, ou un auditeur qu’il mandate, peut auditer le titulaire et ses sous-traitants, y compris sur place, sur préavis raisonnable ; les certifications du titulaire ne remplacent pas ce droit.
data_protection-audit_right-none = Le dossier de consultation porte sur l’hébergement de données à caractère personnel mais ne donne à l’acheteur aucun droit d’auditer le prestataire (article 28, paragraphe 3, point h), du RGPD).
data_protection-audit_right-excluded = Le dossier de consultation exclut les audits du prestataire, qui traite des données à caractère personnel pour le compte de l’acheteur (l’article 28, paragraphe 3, point h), du RGPD l’oblige à les permettre).
data_protection-audit_right-in_agreement = Le dossier de consultation fixe des clauses au sens de l’article 28 du RGPD mais ne donne pas lui-même à l’acheteur le droit d’auditer le prestataire : vérifier que l’accord de sous-traitance le prévoit (article 28, paragraphe 3, point h)).
data_protection-audit_right-reports_only = Le droit d’audit de l’acheteur se limite aux certifications et rapports du prestataire : vérifier que l’acheteur, ou un auditeur qu’il mandate, peut encore auditer et inspecter.

data_protection-data_use =
    .title = Utilisation des données de l’acheteur par le prestataire à ses propres fins
    .remediation = Limiter l’utilisation des données de l’acheteur, y compris les données dérivées, à l’exécution du marché et interdire expressément leur utilisation pour entraîner des modèles d’intelligence artificielle ou améliorer les services du prestataire.
    .clause = Le titulaire n’utilise les données de l’acheteur, y compris les données dérivées, qu’aux seules fins de l’exécution du marché ; il s’interdit notamment de les utiliser pour entraîner ou améliorer des modèles d’intelligence artificielle ou ses propres services.
data_protection-data_use-own_ends = Le dossier de consultation permet au prestataire d’utiliser les données de l’acheteur { $purpose ->
        [ai_training] pour entraîner des modèles d’intelligence artificielle
       *[other] pour améliorer ses propres services
    }, en dehors de l’exécution du marché.

data_protection-telemetry =
    .title = Télémétrie non limitée
    .remediation = Limiter les données de télémétrie et de diagnostic au strict nécessaire au service, les faire documenter, permettre à l’acheteur de désactiver leur collecte et en interdire toute autre utilisation.
    .clause = La collecte de données de télémétrie ou de diagnostic est limitée au strict nécessaire au fonctionnement du service, documentée, et peut être désactivée par l’acheteur ; ces données ne sont pas utilisées à d’autres fins.
data_protection-telemetry-unlimited = Le dossier de consultation permet la transmission de données de télémétrie ou de diagnostic au prestataire sans les limiter au strict nécessaire ni permettre à l’acheteur de la désactiver.
