## Règles sur la localisation des données (data_location.rego), en français. Les lieux sont
## nommés sans article (« lieu : États-Unis »), les périmètres aussi (« périmètre : sauvegardes »).

data_location-unspecified =
    .title = Hébergement prévu sans localisation des données
    .remediation = Indiquer, sous forme d’exigence, où les données, les sauvegardes et les données techniques doivent être stockées et traitées.
    .clause = Les données, y compris les sauvegardes, sont hébergées et traitées exclusivement dans l’Union européenne.
data_location-unspecified-missing = Le dossier de consultation prévoit un hébergement mais n’indique aucune localisation des données : le prestataire peut les stocker et les traiter en tout lieu.
data_location-unspecified-contract_elsewhere = Le marché comprend l’hébergement, et le document lu est une annexe d’un contrat qui n’a pas été lu : l’annexe n’indique aucune localisation des données. Vérifiez que le contrat en indique une.

data_location-outside_eu =
    .title = Données susceptibles de sortir de l’UE
    .remediation = Exiger le stockage et le traitement dans l’UE ou l’EEE, sauvegardes et copies de reprise d’activité comprises ; supprimer les mentions « toute région » et « monde entier ».
    .clause = Les données, y compris les sauvegardes et les copies de reprise d’activité, sont stockées et traitées exclusivement dans l’Union européenne ou dans l’Espace économique européen.
data_location-outside_eu-outside = Le dossier de consultation { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } une localisation hors UE/EEE ({ $extent ->
        [anywhere] lieu : toute région ou tout pays
        [outside] hors de la zone suivante : { $place }
       *[place] lieu : { $place }
    } ; périmètre : { $scope }).
data_location-outside_eu-adequate = Le dossier de consultation { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } une localisation hors UE/EEE ({ $extent ->
        [anywhere] lieu : toute région ou tout pays
        [outside] hors de la zone suivante : { $place }
       *[place] lieu : { $place }
    } ; périmètre : { $scope }), dans un pays bénéficiant { $adequacy ->
        [ch] d’une constatation d’adéquation suisse (annexe 1 de l’ordonnance sur la protection des données)
       *[eu] d’une décision d’adéquation de l’UE
    }.
data_location-outside_eu-data_outside = Le dossier de consultation { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } une localisation des données hors de la zone suivante : { $place } (« { $quote } »).

data_location-narrowed_by_answer =
    .title = Localisation hors UE restreinte par un document ultérieur
    .remediation = Reporter la réponse dans les pièces du marché : corriger la phrase qui autorise les données à l’étranger (par un modificatif du cahier des charges), afin que le marché dise ce que disait la réponse.
    .clause = Le dossier de consultation est modifié comme suit : les données, y compris les sauvegardes, sont hébergées exclusivement dans l’Union européenne ; cette stipulation remplace toute stipulation contraire du cahier des clauses techniques particulières et de ses annexes.
data_location-narrowed_by_answer-narrowed = Le document { $document } { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } { $extent ->
        [anywhere] toute région ou tout pays
        [outside] des données hors de la zone suivante : { $place }
       *[place] le lieu suivant : { $place }
    } (périmètre : { $scope }) ; le document ultérieur { $answer } restreint cette possibilité (lieu exigé : { $required }).

data_location-contradiction =
    .title = Pièces contradictoires sur la localisation des données
    .remediation = Mettre les pièces en cohérence : supprimer ou corriger l’autorisation, afin que toutes exigent la même localisation, et préciser dans les clauses contractuelles quelle pièce prévaut.
    .clause = Les données, y compris les sauvegardes, sont hébergées exclusivement dans l’Union européenne. En cas de contradiction entre les pièces constitutives du marché, elles prévalent dans l’ordre suivant : l’acte d’engagement, le cahier des clauses administratives particulières, le cahier des clauses techniques particulières, puis les annexes.
data_location-contradiction-contradiction = Le document { $required_document } exige le lieu suivant : { $required } (périmètre : { $required_scope }), mais le document { $document } { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } { $extent ->
        [anywhere] toute région ou tout pays
        [outside] des données hors de la zone suivante : { $place }
       *[place] le lieu suivant : { $place }
    } (périmètre : { $scope }).

data_location-weak_requirement =
    .title = Localisation des données seulement souhaitée
    .remediation = Transformer la préférence en exigence et nommer le périmètre juridique : « exclusivement dans l’Union européenne » plutôt que « de préférence en Europe ».
    .clause = Les données doivent être hébergées exclusivement dans l’Union européenne.
data_location-weak_requirement-preferred = La localisation indiquée n’est qu’une préférence (lieu : { $place } ; « { $quote } ») : rien n’y oblige le prestataire.
data_location-weak_requirement-europe = La mention « { $quote } » désigne l’Europe géographique, qui comprend des pays hors de l’UE (Royaume-Uni, Suisse, Turquie…) : désigner l’Union européenne ou l’Espace économique européen.

data_location-technical_data =
    .title = Données techniques non localisées
    .remediation = Localiser aussi les données techniques : journaux, données d’identité, annuaires et matériel cryptographique.
    .clause = Les journaux, les données d’identité, les annuaires et le matériel cryptographique sont également conservés dans l’Union européenne.
data_location-technical_data-missing = Le dossier de consultation n’indique pas où sont conservés les journaux, les données d’identité, les annuaires et les clés.

data_location-notice_contradiction =
    .title = L’avis et les pièces divergent sur le lieu d’exécution
    .remediation = Mettre l’avis et les pièces en cohérence : corriger l’autorisation dans les pièces (ou publier un avis rectificatif), afin que tous deux indiquent le même lieu pour les données.
    .clause = Les données, y compris les sauvegardes, sont hébergées exclusivement dans l’Union européenne, conformément au lieu d’exécution indiqué dans l’avis de marché.
data_location-notice_contradiction-contradiction = L’avis indique le lieu d’exécution suivant : { $performed }, mais le document { $document } { $modality ->
        [required] exige
        [preferred] privilégie
       *[allowed] autorise
    } { $extent ->
        [anywhere] toute région ou tout pays
        [outside] des données hors de la zone suivante : { $place }
       *[place] le lieu suivant : { $place }
    } (périmètre : { $scope }).
