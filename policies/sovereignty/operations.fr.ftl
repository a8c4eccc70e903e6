## Règles sur le lieu de l’administration et du support (operations.rego), en français.

operations-support_outside_eu =
    .title = Administration ou support depuis l’extérieur de l’UE
    .remediation = Exiger que l’administration soit réalisée depuis l’Union européenne, et n’admettre le support depuis l’extérieur de l’UE que s’il est documenté, soumis à un contrôle des accès et supervisé depuis l’UE.
    .clause = L’administration de la plateforme est réalisée exclusivement depuis l’Union européenne. Le support ne peut être assuré depuis un pays tiers que selon des procédures documentées, au moyen d’accès contrôlés, nominatifs et journalisés, sous la supervision de personnels situés dans l’Union européenne.
operations-support_outside_eu-outside = { $activity ->
        [administration] L’administration peut être assurée
       *[other] Le support peut être assuré
    } { $anywhere ->
        [true] depuis n’importe quel pays (aucune limite géographique)
       *[other] depuis un pays situé hors de l’UE et de l’EEE ({ $place })
    }, et le dossier de consultation n’exige pas { $activity ->
        [administration] qu’elle soit documentée et supervisée
       *[other] qu’il soit documenté et supervisé
    } depuis l’Union européenne.
