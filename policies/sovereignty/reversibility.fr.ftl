## Règles sur la sortie du fournisseur (reversibility.rego), en français.

# Conditions de changement de fournisseur de l’article 25, paragraphe 2, du règlement sur les
# données qu’une clause de réversibilité peut omettre, comme compléments d’« omettent ».
switching_term-deadline = un délai de transition (30 jours au plus)
switching_term-open_formats = l’exportation des données dans un format structuré, couramment utilisé et lisible par machine
switching_term-deletion = l’effacement des données une fois restituées

reversibility-missing =
    .title = Absence de clause de réversibilité
    .remediation = Ajouter un article de réversibilité : un plan de réversibilité remis au début du marché, la restitution de toutes les données dans des formats ouverts et documentés dans un délai fixé (30 jours au plus), l’assistance au nouveau titulaire, puis un effacement attesté, le tout compris dans le prix.
    .clause = Réversibilité. Le titulaire remet un plan de réversibilité dans les trois mois suivant la notification du marché. À l’échéance du marché ou en cas de résiliation, quelle qu’en soit la cause, il restitue l’ensemble des données de l’acheteur dans des formats ouverts et documentés, dans un délai de 30 jours au plus, et assiste l’acheteur ou le nouveau titulaire dans la reprise du service. Il procède ensuite à l’effacement de toutes les copies des données et en remet une attestation écrite. Ces prestations sont comprises dans le prix du marché.
reversibility-missing-no_clause = Le marché comprend l’hébergement, mais le dossier de consultation ne contient aucune clause de réversibilité : ni plan de réversibilité, ni restitution des données, ni délai.
reversibility-missing-contract_elsewhere = Le marché comprend l’hébergement, et le document lu est une annexe d’un contrat qui n’a pas été lu : l’annexe ne contient aucune clause de réversibilité, qui figure d’ordinaire dans le contrat lui-même. Vérifiez que le contrat en prévoit une (plan de réversibilité, restitution des données, délai).
reversibility-missing-on_quote = La réversibilité est renvoyée à un devis ultérieur établi aux conditions du titulaire : elle ne fait pas partie du marché.

reversibility-switching_terms =
    .title = Conditions de changement de fournisseur en deçà du minimum du règlement sur les données
    .remediation = Compléter l’article de réversibilité : restitution de toutes les données dans un format ouvert, structuré et lisible par machine dans un délai de 30 jours au plus, puis effacement complet, attesté par écrit.
    .clause = Le titulaire restitue l’ensemble des données dans un format ouvert, structuré et lisible par machine, dans un délai de 30 jours au plus, puis procède à leur effacement complet, attesté par écrit.
reversibility-switching_terms-missing_terms = Les clauses de réversibilité omettent ce qu’exige le règlement sur les données (Data Act) : { $terms }.
reversibility-switching_terms-contract_elsewhere = Le document lu est une annexe d’un contrat qui n’a pas été lu, et ses clauses de réversibilité omettent ce qu’exige le règlement sur les données (Data Act) : { $terms }. Les conditions de sortie figurent d’ordinaire dans le contrat lui-même : vérifiez qu’il les complète.
reversibility-switching_terms-long_transition = Les clauses de réversibilité prévoient une période de transition de { $days } jours, au-delà des 30 jours que permet le règlement sur les données (Data Act) sauf impossibilité technique{ $more ->
        [true] , et omettent { $terms }
       *[other] {""}
    }.

reversibility-exit_fees =
    .title = Frais de sortie ou de transfert des données (egress)
    .remediation = Préciser que la restitution des données et le changement de fournisseur sont gratuits. En cas d’utilisation parallèle de plusieurs fournisseurs, limiter les frais de transfert sortant aux coûts supportés.
    .clause = Aucun frais de sortie ne peut être facturé.
reversibility-exit_fees-beyond_costs = Le titulaire peut facturer la sortie des données au-delà de ses coûts (frais de sortie, de transfert sortant ou de changement de fournisseur).
reversibility-exit_fees-at_cost_after_2027 = Le titulaire peut facturer des frais de changement de fournisseur, même au prix coûtant : depuis le 12 janvier 2027, aucun frais de changement de fournisseur ne peut plus être imposé.
reversibility-exit_fees-at_cost_until_2027 = Le titulaire peut facturer des frais de changement de fournisseur au prix coûtant : licites jusqu’au 11 janvier 2027, interdits à compter du 12 janvier 2027. Un marché qui se poursuit au-delà de cette date doit prévoir que le changement de fournisseur devient alors gratuit.
