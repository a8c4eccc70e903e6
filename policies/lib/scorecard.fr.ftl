## Motifs de la grille de souveraineté (lib/scorecard.rego), en français.

scorecard-not_assessable = { $why }
scorecard-no_hosting = Le marché n’achète pas d’hébergement (hébergement : { $scope }) : l’offre cloud que cet objectif évalue n’en fait pas partie.
scorecard-buyer_outside_profile = Non évalué : le dossier relève du droit d’un État hors des juridictions du profil { $profile }, dont les règles n’ont pas été appliquées (voir la note de périmètre).
scorecard-notice_outside_it = Non évalué : l’avis classe son objet hors de l’informatique et aucun document de la consultation n’a été lu.
scorecard-language_not_read = Non évalué : les documents sont rédigés dans une langue que tenderlint ne lit pas ({ $languages }).
scorecard-terms_not_read = Non évalué : le texte lu n’est pas entier, ou renvoie les conditions à un cahier des charges qui n’a pas été lu.
scorecard-floor = Plancher SEAL-{ $level } : { $why }
scorecard-ceiling = Plafond SEAL-{ $level } : { $why }
scorecard-contradiction = Le dossier se contredit : il exige au moins SEAL-{ $floor } et plafonne cet objectif à SEAL-{ $ceiling } ; aucune offre ne peut satisfaire les deux.
scorecard-open = Rien dans le dossier n’élève le plancher ni n’abaisse le plafond : des offres de SEAL-0 à SEAL-4 sont conformes.

hosting_scope-procured = acheté
hosting_scope-excluded = exclu du marché
hosting_scope-buyer_provided = fourni par l’acheteur
hosting_scope-on_premises = dans les locaux de l’acheteur
hosting_scope-unknown = non précisé

scorecard_not_assessable-SOV-1 = tenderlint ne lit encore aucun fait sur l’actionnariat, la gouvernance ou le financement que le dossier exige du prestataire.
scorecard_not_assessable-SOV-8 = tenderlint ne lit encore aucun fait sur l’énergie, l’efficacité ou les matières premières.

scorecard_why-SOV-2-immunity_required = Le dossier exige l’immunité aux lois extra-européennes (SecNumCloud §19.6 ou équivalent) : des tiers non européens ne peuvent garder qu’un contrôle marginal.
scorecard_why-SOV-2-exposed_service_required = Le dossier exige un service exploité par un prestataire soumis à un droit non européen (CLOUD Act, FISA 702…), qui détient les données et peut être contraint de les communiquer : le droit de l’UE s’applique en principe mais ne peut être opposé à cette injonction.
scorecard_why-SOV-3-eu_only_data_required = Le dossier exige que les données restent dans l’UE/EEE : le droit de l’UE s’y applique, même si la localisation seule n’empêche pas un prestataire non européen d’y accéder.
scorecard_why-SOV-3-transfers_forbidden = Le dossier interdit les transferts de données hors de l’UE/EEE : le droit de l’UE s’applique aux données, même si un prestataire non européen pourrait encore être contraint.
scorecard_why-SOV-3-customer_held_keys = L’acheteur détient les clés de chiffrement (son propre HSM, HYOK, chiffrement côté client) : le prestataire ne peut pas lire les données, et le droit de l’UE peut y être appliqué.
scorecard_why-SOV-3-exposed_service_required = Un prestataire exigé, soumis à un droit non européen, exploite le service qui traite les données : une dépendance non européenne importante demeure.
scorecard_why-SOV-3-data_outside_home_required = Le dossier exige un stockage ou un traitement hors de l’UE/EEE, dans un pays sans décision d’adéquation de l’UE : le droit de l’UE ne peut s’appliquer qu’en principe.
scorecard_why-SOV-3-data_in_adequate_country_required = Le dossier exige un stockage ou un traitement hors de l’UE/EEE, dans un pays bénéficiant d’une décision d’adéquation de l’UE : les données dépendent pour beaucoup d’un ordre juridique non européen.
scorecard_why-SOV-4-operations_in_home_required = Le dossier exige une administration ou un support depuis l’UE/EEE (SecNumCloud §19.2.c) : des acteurs européens exploitent le service, même si sa technologie peut dépendre d’autres.
scorecard_why-SOV-4-reversibility_required = Le dossier exige la réversibilité (restitution des données, plan de sortie) incluse dans le prix : l’acheteur peut partir, premier pas vers l’indépendance opérationnelle.
scorecard_why-SOV-4-operations_outside_home_required = Le dossier exige une administration ou un support depuis l’extérieur de l’UE/EEE (follow-the-sun, monde entier) : du personnel non européen garde la main sur l’exploitation.
scorecard_why-SOV-4-sanctions_suspension_accepted = Le dossier accepte que le service soit suspendu pour respecter des sanctions ou un contrôle des exportations étrangers : sa continuité dépend d’une autorité non européenne.
scorecard_why-SOV-5-exposed_provider_required = Un prestataire exigé, soumis à un droit non européen, est une dépendance non européenne importante de la chaîne d’approvisionnement.
scorecard_why-SOV-5-licensed_non_eu_technology_required = Un opérateur européen exigé exploite une technologie sous licence d’une société non européenne : mises à jour et continuité dépendent du concédant, une dépendance non européenne critique.
scorecard_why-SOV-5-subprocessors_controlled = Le dossier exige que les sous-traitants soient listés ou agréés par l’acheteur, et ne les autorise pas partout dans le monde : l’acheteur connaît la chaîne d’approvisionnement.
scorecard_why-SOV-6-open_source_required = Le dossier exige des logiciels libres : l’acheteur peut auditer, exploiter et faire évoluer les logiciels sans leur éditeur.
scorecard_why-SOV-6-open_formats_required = Le dossier exige des formats ou protocoles ouverts : les données peuvent être lues et déplacées sans le logiciel de l’éditeur.
scorecard_why-SOV-6-proprietary_format_required = Le dossier exige un format propriétaire, ou n’accepte qu’un format contrôlé par son éditeur : les offres conformes restent liées à la technologie de cet éditeur.
scorecard_why-SOV-6-exposed_provider_required = Le dossier exige le produit d’un prestataire soumis à un droit non européen sans accepter d’équivalent : la pile technique est enfermée dans un système propriétaire étranger.
scorecard_why-SOV-7-immunity_certification_required = Le dossier exige une certification qui inclut l’immunité aux lois extra-européennes (SecNumCloud, C3A) : sécurité et conformité sont contrôlées par une autorité de l’UE.
scorecard_why-SOV-7-eu_certification_required = Le dossier exige une certification de sécurité délivrée sous l’autorité d’un État membre ou de l’UE (BSI C5, ENS, HDS…) : la conformité est vérifiée dans l’UE.
scorecard_why-SOV-7-international_certification_required = Le dossier exige une certification de sécurité internationale (ISO/IEC 27001…) : la conformité est auditée, mais pas sous l’autorité de l’UE.
