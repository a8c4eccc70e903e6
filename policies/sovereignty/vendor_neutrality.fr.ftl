## Règles sur la désignation de marques (vendor_neutrality.rego), en français.

vendor_neutrality-brand_without_equivalent =
    .title = Marque exigée sans la mention « ou équivalent »
    .remediation = Décrire le besoin par des fonctionnalités et des normes ; si un produit doit être nommé pour la clarté de la description, ajouter « ou équivalent » immédiatement après.
    .clause = Toute mention d’une marque, d’un produit ou d’un procédé déterminé dans les documents de la consultation est faite à titre descriptif et s’entend suivie de la mention « ou équivalent » : le candidat peut proposer toute solution offrant des fonctionnalités et des performances équivalentes, dont il démontre l’équivalence dans son offre.
vendor_neutrality-brand_without_equivalent-named = Le dossier de consultation { $role ->
        [preferred] privilégie
       *[other] exige
    } { $product } (« { $quote } ») sans la mention « ou équivalent ».
vendor_neutrality-brand_without_equivalent-justifiable = Le dossier de consultation prévoit le renouvellement du produit { $product } (« { $quote } ») sans la mention « ou équivalent ». L’objet du marché peut le justifier (licences déjà détenues, parc installé), mais seulement si le dossier de consultation en expose les raisons par écrit ; à défaut, des produits équivalents doivent être admis.
vendor_neutrality-brand_without_equivalent-justifiable_purchase = Le marché achète { $product } (« { $quote } »), ou des licences de ce produit, en le nommant et sans « ou équivalent ». Nommer le produit acheté peut être justifié par l’objet du marché (un parc installé, la compatibilité avec ce que l’acheteur exploite), mais seulement si le marché le motive par écrit ; sinon, accepter des produits équivalents.
vendor_neutrality-brand_without_equivalent-open_source = Le dossier de consultation impose { $product } (« { $quote } ») sans « ou équivalent ». C’est un logiciel libre, que tout candidat peut fournir, héberger et maintenir : il lie l’acheteur à une technologie plutôt qu’à un fournisseur ; un produit nommé dans les spécifications appelle toutefois « ou équivalent » ou une justification écrite (un site ou un système existant qui repose dessus, les compétences de l’acheteur).

vendor_neutrality-brand_without_equivalent-justified = Le dossier de consultation { $role ->
        [preferred] préfère
       *[other] exige
    } { $product } (« { $quote } ») sans la mention « ou équivalent », et en donne la raison par écrit : l’objet du marché, ou ce que l’acheteur exploite déjà.
vendor_neutrality-brand_without_equivalent-justified_exception = Une marque que le dossier justifie par écrit, par l’objet du marché ou par ce que l’acheteur exploite déjà ; vérifier que la raison tient (directive 2014/24/UE, art. 42, § 4 ; CCP, art. R. 2111-7).

vendor_neutrality-open_source_option =
    .title = Logiciels libres non envisagés
    .remediation = Indiquer que les logiciels libres sont acceptés ou privilégiés, et demander aux candidats de préciser les composants libres qu’ils proposent.
    .clause = L’utilisation de logiciels libres est encouragée ; le candidat précise les composants libres qu’il propose.
vendor_neutrality-open_source_option-silent = Le dossier de consultation désigne des produits mais ne dit rien des logiciels libres.

vendor_neutrality-brand_in_award_criteria =
    .title = Critère d’attribution qui note une marque
    .remediation = Noter ce dont l’acheteur a besoin par des fonctionnalités, des standards ouverts ou des performances mesurables (interopérabilité par des interfaces documentées et des formats ouverts), jamais par le nom d’une marque.
    .clause = Les critères d’attribution apprécient des fonctionnalités, le respect de standards ouverts et des performances mesurables ; aucun critère ne fait référence à une fabrication, une marque ou un fournisseur déterminé.
vendor_neutrality-brand_in_award_criteria-scored = Un critère d’attribution note { $product } (« { $quote } ») : des points accordés à une marque écartent les concurrents quelle que soit la valeur de leur offre.
vendor_neutrality-brand_in_award_criteria-scored_weighted = Un critère d’attribution pondéré à { $weight } note { $product } (« { $quote } ») : des points accordés à une marque écartent les concurrents quelle que soit la valeur de leur offre.
