## Règles sur les clés de chiffrement (key_control.rego), en français.

key_control-provider_held_keys =
    .title = Clés de chiffrement détenues par le prestataire
    .remediation = Exiger que les clés soient générées et détenues par le seul acheteur, dans son propre HSM, hors de portée du prestataire.
    .clause = Les clés de chiffrement sont générées et détenues exclusivement par l’acheteur, dans son propre HSM ; le titulaire n’y a pas accès.
key_control-provider_held_keys-provider_held = Le prestataire détient les clés de chiffrement ({ $method }) : il peut déchiffrer les données, et être contraint de le faire.

key_method-byok = clés du client importées dans le service de gestion des clés du prestataire
key_method-provider_managed = chiffrement géré par le prestataire
