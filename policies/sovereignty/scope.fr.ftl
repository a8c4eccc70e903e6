## Règles sur l’adéquation du profil (scope.rego), en français.

scope-buyer_outside_profile =
    .title = Acheteur hors des juridictions du profil
    .remediation = Examiner le dossier sous le profil de la juridiction de l’acheteur (`--profile`), s’il en existe un ; à défaut, lire les autres constats d’un profil européen comme de simples bonnes pratiques.
    .clause = Le présent marché est régi par le droit de la commande publique de la juridiction de l’acheteur, désigné dans les documents de la consultation.
scope-buyer_outside_profile-outside = Le dossier de consultation relève du droit d’un État hors des juridictions du profil { $profile } (pays : { $country }) : les règles du profil reposent sur un droit qui ne lie pas cet acheteur et n’ont pas été appliquées.
scope-buyer_outside_profile-outside_since_brexit = Le dossier de consultation relève du droit d’un État hors des juridictions du profil { $profile } (pays : { $country }) depuis la fin de la période de transition du Brexit, le 31 décembre 2020 : les règles du profil reposent sur le droit de l’Union, qui ne lie plus cet acheteur, et n’ont pas été appliquées. Une procédure lancée avant 2021 relevait du droit de l’Union : la vérifier selon ce profil si elle date de cette période.

scope-specification_not_read =
    .title = Spécification technique non lue
    .remediation = Vérifier l’ensemble du dossier de consultation, spécification technique comprise (`--package` avec son dossier ou son zip ; sur la page, déposer les fichiers ensemble).
    .clause = Le cahier des clauses techniques particulières fait partie des pièces contractuelles, dans l’ordre de priorité fixé par le cahier des clauses administratives particulières.
scope-specification_not_read-elsewhere = Les documents lus achètent un hébergement mais renvoient les conditions du service à une spécification qu’ils ne contiennent pas : les règles sur les clauses manquantes (réversibilité, localisation des données, audit, changement de contrôle…) n’ont pas été appliquées. Vérifier l’ensemble du dossier de consultation.

scope-text_incomplete =
    .title = Texte incomplet
    .remediation = Vérifier le document entier tel que l’acheteur l’a publié, toutes les sections annoncées par son sommaire comprises.
    .clause = Les documents de la consultation sont publiés en entier, toutes les sections annoncées par leurs sommaires comprises.
scope-text_incomplete-incomplete = Les documents lus achètent un hébergement, mais l’un d’eux n’est pas entier (son sommaire annonce des sections absentes de son texte, il indique un nombre de pages bien supérieur à son texte, ou son texte s’arrête au milieu d’une phrase : un extrait, ou un fichier tronqué) : les règles sur les clauses manquantes (réversibilité, localisation des données, audit, changement de contrôle…) n’ont pas été appliquées. Vérifier le document entier.
scope-text_incomplete-incomplete_unscoped = Un document n’est pas entier (son sommaire annonce des sections absentes de son texte, il indique un nombre de pages bien supérieur à son texte, ou son texte s’arrête au milieu d’une phrase : un extrait, ou un fichier tronqué) : ce que le reste exige n’a pas été vérifié. Vérifier le document entier.
scope-text_incomplete-later_only = Les documents lus achètent un hébergement, mais ce ne sont que des réponses aux questions des candidats ou un avenant, qui précisent un dossier de consultation non lu : les règles sur les clauses manquantes (réversibilité, localisation des données, audit, changement de contrôle…) n’ont pas été appliquées. Les vérifier avec le dossier de consultation.

scope-language_not_read =
    .title = Langue non lue
    .remediation = Faire relire les documents par un lecteur de leur langue, ou vérifier une traduction dans l’une des langues lues.
    .clause = Les documents de la consultation sont également fournis en français, en anglais ou en allemand.
scope-language_not_read-unread = Les documents sont rédigés dans une langue que tenderlint ne lit pas ({ $languages } ; il lit le français, l’anglais, l’allemand, l’espagnol, l’italien et le néerlandais) : aucune règle n’a pu être appliquée, et l’absence de constat ne vaut pas conformité.
