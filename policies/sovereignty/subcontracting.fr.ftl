## Règles sur les sous-traitants et sous-traitants ultérieurs (subcontracting.rego), en français.

subcontracting-worldwide_subprocessors =
    .title = Sous-traitants ultérieurs dans le monde entier
    .remediation = Exiger la liste des sous-traitants ultérieurs avec leur pays d’établissement, l’autorisation écrite préalable de l’acheteur pour tout changement, et qu’aucun sous-traitant ayant accès aux données ne soit établi ou contrôlé hors de l’UE.
    .clause = Le titulaire communique, dans son offre puis tout au long de l’exécution du marché, la liste de ses sous-traitants et sous-traitants ultérieurs, avec le pays d’établissement de chacun. Le recours à un nouveau sous-traitant ultérieur, ou toute autre modification de cette liste, est soumis à l’autorisation écrite préalable de l’acheteur. Aucun sous-traitant ou sous-traitant ultérieur ayant accès aux données ne peut être établi ou contrôlé hors de l’Union européenne.
subcontracting-worldwide_subprocessors-worldwide = Le titulaire peut recourir { $affiliates ->
        [true] à des sociétés de son groupe et à des sous-traitants ultérieurs
       *[other] à des sous-traitants ultérieurs
    } dans le monde entier{ $approval ->
        [true] {" "}(avec l’autorisation préalable de l’acheteur, qui ne les cantonne pas à l’UE)
       *[other] {""}
    }.
