## Règles sur l’exposition au droit extra-européen (extraterritorial.rego), en français.

# Fondements d’un transfert (faits : `bases` d’une clause de transfert), tels qu’ils suivent
# « fondés sur ».
transfer_basis-dpf = le cadre de protection des données UE–États-Unis (Data Privacy Framework)
transfer_basis-sccs = des clauses contractuelles types

extraterritorial-exposed_provider =
    .title = Service hébergé soumis à un droit extra-européen exigé
    .remediation = Décrire le besoin de manière fonctionnelle et fixer des critères qu’un candidat peut prouver plutôt qu’une nationalité : siège statutaire et administration centrale dans l’Union européenne, aucun actionnaire non européen détenant plus de 24 % du capital seul ou 39 % conjointement, aucun moyen technique permettant à une entité non européenne d’accéder aux données (SecNumCloud 3.2, § 19.6, ou qualification européenne équivalente) ; lorsqu’un produit est nommé, ajouter « ou équivalent ».
    .clause = Le titulaire a son siège statutaire et son administration centrale dans un État membre de l’Union européenne. Aucune entité établie hors de l’Union européenne ne détient, directement ou indirectement, plus de 24 % de son capital ou de ses droits de vote, ni, conjointement avec d’autres entités non européennes, plus de 39 %. Aucune entité non européenne ne dispose d’un moyen technique d’accéder aux données (SecNumCloud 3.2, § 19.6, ou qualification européenne équivalente).
extraterritorial-exposed_provider-held = Le dossier de consultation { $role ->
        [preferred] privilégie
       *[other] exige
    } { $product }, un service exploité par { $provider }, qui y détient les données de l’acheteur. { $provider } est une entreprise contrôlée depuis un pays tiers ({ $place }). { $laws }
extraterritorial-exposed_provider-also_hosted = Le dossier de consultation { $role ->
        [preferred] privilégie
       *[other] exige
    } { $product }, un produit que son éditeur, { $provider }, exploite aussi en tant que service. Si le marché porte sur ce produit hébergé par { $provider }, les données sont détenues par une entreprise contrôlée depuis un pays tiers ({ $place }). { $laws }
extraterritorial-exposed_provider-licensed = Le dossier de consultation { $role ->
        [preferred] privilégie
       *[other] exige
    } { $product } : un opérateur européen ({ $operator }) qui exploite sous licence une technologie { $licensor }. Cet opérateur n’est pas lui-même soumis au droit extra-européen, mais les mises à jour et la continuité du service dépendent du concédant de la licence.

extraterritorial-no_immunity_clause =
    .title = Données sensibles sans immunité vis-à-vis du droit extra-européen
    .remediation = Exiger que ni le titulaire ni ses sous-traitants ne soient soumis à un droit extra-européen permettant l’accès aux données (SecNumCloud 3.2, § 19.6, ou qualification européenne équivalente).
    .clause = Le prestataire et ses sous-traitants ne sont soumis à aucune législation extra-européenne permettant l’accès aux données (SecNumCloud 3.2, § 19.6, ou qualification européenne équivalente).
extraterritorial-no_immunity_clause-sensitive_data = Le marché porte sur des données sensibles, mais le dossier de consultation n’exige pas l’immunité du titulaire vis-à-vis du droit extra-européen.
extraterritorial-no_immunity_clause-contract_elsewhere = Le marché héberge des données sensibles, et le document lu est une annexe d’un contrat qui n’a pas été lu : l’annexe n’exige aucune immunité aux lois extra-européennes. Vérifiez que le contrat l’exige.

extraterritorial-weak_transfer_basis =
    .title = Transferts hors de l’UE sur un fondement fragile
    .remediation = Interdire les transferts hors de l’UE et de l’EEE, ou les limiter aux pays bénéficiant d’une décision d’adéquation et en indiquer la raison.
    .clause = Aucun transfert de données hors de l’Union européenne n’est autorisé.
extraterritorial-weak_transfer_basis-fragile_basis = Le dossier de consultation admet des transferts hors de l’UE fondés sur { $bases } : c’est un fondement de transfert au sens du RGPD, non une protection contre le droit extra-européen.

extraterritorial-sanctions_suspension =
    .title = Service susceptible d’être suspendu en raison de sanctions étrangères
    .remediation = Exiger que le service ne puisse jamais être suspendu ni interrompu du fait de sanctions ou de mesures de contrôle des exportations étrangères.
    .clause = Le service ne peut être suspendu ou interrompu du fait de sanctions ou de mesures de contrôle des exportations étrangères.
extraterritorial-sanctions_suspension-suspension = Le titulaire peut suspendre le service pour se conformer à des sanctions ou à des règles de contrôle des exportations : une décision étrangère peut priver l’acheteur du service.

extraterritorial-access_requests =
    .title = Aucune obligation d’informer l’acheteur des demandes d’accès des autorités ni de les contester
    .remediation = Ajouter une clause obligeant le titulaire à informer sans délai l’acheteur de toute demande d’accès aux données émanant d’une autorité, sauf interdiction légale, et à contester toute demande d’un pays tiers qui ne repose pas sur un accord international (article 48 du RGPD, article 32 du règlement sur les données). Ou exiger l’immunité vis-à-vis du droit extra-européen.
    .clause = Le titulaire informe sans délai l’acheteur de toute demande d’accès aux données émanant d’une autorité publique, sauf interdiction légale ; il conteste toute demande d’une autorité d’un pays tiers qui ne repose pas sur un accord international (article 48 du RGPD, article 32 du règlement (UE) 2023/2854).
extraterritorial-access_requests-no_duty = Le marché comprend l’hébergement, mais aucune clause n’oblige le titulaire à informer l’acheteur d’une demande d’accès d’une autorité à ses données, ni à contester une demande d’un pays tiers qui ne repose sur aucun accord international.
extraterritorial-access_requests-contract_elsewhere = Le marché comprend l’hébergement, et le document lu est une annexe d’un contrat qui n’a pas été lu : l’annexe ne contient aucune clause obligeant le prestataire à informer l’acheteur d’une demande d’accès d’une autorité à ses données, ni à contester la demande d’un pays tiers. Vérifiez que le contrat en prévoit une.
extraterritorial-access_requests-no_duty_public_website = Le marché achète l’hébergement d’un site internet public, dont chacun peut lire les pages, et aucune clause n’oblige l’hébergeur à informer l’acheteur d’une demande d’une autorité portant sur ce que le site détient d’autre (journaux, comptes de ses rédacteurs) ni à contester une demande d’un pays tiers : une bonne pratique à ajouter.
extraterritorial-access_requests-disclosure_allowed = Le dossier de consultation permet au titulaire de communiquer les données de l’acheteur aux autorités, et aucune clause ne l’oblige à en informer l’acheteur ni à contester une demande d’un pays tiers qui ne repose sur aucun accord international.

extraterritorial-change_of_control =
    .title = Aucune clause de changement de contrôle
    .remediation = Ajouter une clause obligeant le titulaire à notifier tout changement de son contrôle dans un délai d’un mois, et permettant à l’acheteur de résilier le marché sans indemnité si le contrôle passe à une entité soumise au droit d’un pays tiers.
    .clause = Le titulaire notifie à l’acheteur, dans un délai d’un mois, tout changement de contrôle au sens de l’article L. 233-3 du code de commerce ; si le contrôle passe à une entité soumise au droit d’un pays tiers, l’acheteur peut résilier le marché sans indemnité.
extraterritorial-change_of_control-silent = Le marché comprend l’hébergement, mais le dossier de consultation ne dit rien d’un changement de contrôle du titulaire : ni notification, ni agrément, ni faculté de résiliation si un groupe non européen en prend le contrôle.
