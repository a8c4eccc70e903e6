## Règles sur l’adéquation du profil (scope.rego), en français.

scope-buyer_outside_profile =
    .title = Acheteur hors des juridictions du profil
    .remediation = Examiner le dossier sous le profil de la juridiction de l’acheteur (`--profile`), s’il en existe un ; à défaut, lire les autres constats d’un profil européen comme de simples bonnes pratiques.
    .clause = Le présent marché est régi par le droit de la commande publique de la juridiction de l’acheteur, désigné dans les documents de la consultation.
scope-buyer_outside_profile-outside = Le dossier de consultation relève du droit d’un État hors des juridictions du profil { $profile } (pays : { $country }) : les règles du profil reposent sur un droit qui ne lie pas cet acheteur et n’ont pas été appliquées.
