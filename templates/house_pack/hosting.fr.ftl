## Nos règles maison, en français.

house-hosting_outside_accepted_places =
    .title = Données hébergées hors des lieux acceptés par notre politique
    .remediation = Exiger l’hébergement des données dans un lieu que notre politique accepte.
    .clause = Les données sont hébergées exclusivement en France.
house-hosting_outside_accepted_places-elsewhere = Le dossier de consultation place les données hors des lieux que notre politique accepte (lieu : { $place } ; « { $quote } ») ; lieux acceptés : { $accepted }.
