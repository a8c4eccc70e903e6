## Descriptions en français des références nationales de data/references.json (celles dont l’id
## ne commence pas par `eu.`) : `reference-<id, points remplacés par des tirets>`. Les textes
## français sous leur titre officiel ; les textes suisses dans leur version officielle française ;
## les textes allemands, néerlandais, espagnols et italiens sous leur titre d’origine, expliqué.

# France
reference-fr-ccp-l3 = Code de la commande publique, article L3 : égalité de traitement des candidats et transparence des procédures
reference-fr-ccp-r2111_7 = Code de la commande publique, article R2111-7 : aucune mention d’une marque, sauf si l’objet du marché le justifie ou, à titre exceptionnel, accompagnée de la mention « ou équivalent »
reference-fr-rgi = Référentiel général d’interopérabilité, version 2.0 (arrêté du 20 avril 2016), opposable aux autorités administratives en vertu de l’article 11 de l’ordonnance n° 2005-1516 du 8 décembre 2005
reference-fr-loi_2016_1321-art16 = Loi n° 2016-1321 du 7 octobre 2016 pour une République numérique, article 16 : les administrations encouragent l’utilisation des logiciels libres
reference-fr-circulaire_6404_sg = Circulaire n° 6404/SG du 31 mai 2023 (doctrine « cloud au centre »), règle R9 : offres qualifiées SecNumCloud pour les données d’une sensibilité particulière
reference-fr-sren-art31 = Loi n° 2024-449 du 21 mai 2024 visant à sécuriser et à réguler l’espace numérique (SREN), article 31 : les données d’une sensibilité particulière de l’État et de ses opérateurs sont protégées contre tout accès non autorisé d’autorités publiques d’États tiers
reference-fr-secnumcloud-19_2_a = Référentiel SecNumCloud 3.2 (ANSSI), § 19.2.a : les lieux de stockage et de traitement des données sont documentés
reference-fr-secnumcloud-19_2_b = Référentiel SecNumCloud 3.2, § 19.2.b : les données du commanditaire sont stockées et traitées dans l’Union européenne
reference-fr-secnumcloud-19_2_c_e = Référentiel SecNumCloud 3.2, § 19.2.c (administration depuis l’Union européenne) et § 19.2.e (support depuis l’extérieur de l’Union européenne seulement s’il est documenté et supervisé)
reference-fr-secnumcloud-19_2_d = Référentiel SecNumCloud 3.2, § 19.2.d : les données techniques restent dans l’Union européenne
reference-fr-secnumcloud-19_6 = Référentiel SecNumCloud 3.2, § 19.6 : protection vis-à-vis du droit extra-européen (siège et capital européens, aucun accès technique d’un tiers non européen)
reference-fr-csp-l1111_8 = Code de la santé publique, article L1111-8 : hébergement des données de santé par un hébergeur certifié (HDS)
reference-fr-igi_1300 = Instruction générale interministérielle n° 1300 sur la protection du secret de la défense nationale (arrêté du 9 août 2021) : les informations classifiées ne sont traitées que dans des systèmes homologués à leur niveau

# Allemagne
reference-de-gwb-97 = Gesetz gegen Wettbewerbsbeschränkungen (GWB, loi allemande contre les restrictions de concurrence), § 97, alinéas 1 et 2 : concurrence, transparence, égalité de traitement
reference-de-vgv-31_6 = Vergabeverordnung (VgV, règlement allemand sur la passation des marchés publics), § 31, alinéa 6 : aucune référence à une marque, sauf si l’objet du marché le justifie ; à titre exceptionnel, lorsque l’objet du marché ne peut être décrit autrement, avec la mention « oder gleichwertig » (ou équivalent)
reference-de-bsi-c5 = BSI C5:2026 (catalogue de critères de conformité de l’informatique en nuage de l’Office fédéral allemand de la sécurité des technologies de l’information), critères GC-01 (informations sur le droit applicable, la juridiction et les lieux) et GC-05 (informations sur le traitement des demandes d’enquête des autorités publiques) : le fournisseur informe ; il n’est pas tenu d’être immunisé
reference-de-evb_it_cloud = EVB-IT Cloud (conditions contractuelles complémentaires de l’administration allemande pour l’achat de services d’informatique en nuage, 2022) : restitution et effacement des données en fin de contrat
reference-de-vsa = Allgemeine Verwaltungsvorschrift zum materiellen Geheimschutz (Verschlusssachenanweisung, VSA : instruction administrative allemande sur la protection des informations classifiées), 2023 : les informations classifiées ne sont traitées que dans des systèmes informatiques agréés à cet effet

# Suisse (versions officielles françaises)
reference-ch-boeb-art30 = Loi fédérale sur les marchés publics (LMP, RS 172.056.1), art. 30, al. 3, et Accord intercantonal sur les marchés publics (AIMP 2019), art. 30, al. 3 : aucune mention de marques ou d’entreprises déterminées, sauf s’il n’existe pas d’autre manière suffisamment précise ou intelligible de décrire le marché, et alors avec les termes « ou équivalent »
reference-ch-boeb-art2 = LMP (RS 172.056.1) et AIMP 2019, art. 2 : concurrence transparente et égalité de traitement des soumissionnaires
reference-ch-boeb-art4 = LMP (RS 172.056.1), art. 4, et AIMP 2019, art. 4 : adjudicateurs suisses soumis au droit des marchés publics
reference-ch-dsg-art9 = Loi fédérale sur la protection des données (LPD, RS 235.1), art. 9 : traitement de données par un sous-traitant ; recours à un tiers uniquement avec l’autorisation préalable du responsable du traitement
reference-ch-dsg-art16 = LPD (RS 235.1), art. 16, avec la liste des États de l’annexe 1 de l’ordonnance sur la protection des données (OPDo, RS 235.11) : communication de données personnelles à l’étranger
reference-ch-embag-art9 = Loi fédérale sur l’utilisation des moyens électroniques pour l’exécution des tâches des autorités (LMETA, RS 172.019), art. 9 : publication du code source
reference-ch-privatim-2025 = privatim (conférence des préposés suisses à la protection des données), résolution sur les services d’informatique en nuage internationaux (2025) : données sensibles dans un SaaS international uniquement si l’organe public détient les clés
reference-ch-isv = Ordonnance sur la sécurité de l’information au sein de l’administration fédérale et de l’armée (OSI, RS 128.1) : informations classifiées traitées uniquement dans des moyens informatiques autorisés à cet effet

# Pays-Bas
reference-nl-aw2012-2_76 = Aanbestedingswet 2012 (loi néerlandaise sur les marchés publics), article 2.76 : aucune marque, sauf si l’objet du marché le justifie, et alors avec la mention « of gelijkwaardig » (ou équivalent)
reference-nl-open_standaarden = Forum Standaardisatie, liste des standards ouverts (« pas toe of leg uit » : appliquer ou justifier), obligatoire pour les achats informatiques des administrations néerlandaises
reference-nl-bio = Baseline Informatiebeveiliging Overheid (BIO, référentiel néerlandais de sécurité de l’information des administrations), mesure 10.1.2 : gestion des clés cryptographiques

# Espagne
reference-es-lcsp-art126 = Ley 9/2017 de Contratos del Sector Público (loi espagnole sur les contrats du secteur public), article 126, paragraphe 6 : aucune marque, sauf si l’objet du contrat le justifie, et alors avec la mention « o equivalente » (ou équivalent)
reference-es-ens = Real Decreto 311/2022, Esquema Nacional de Seguridad (décret royal espagnol portant schéma national de sécurité), annexe II, mesure op.exp.11 : protection des clés cryptographiques
reference-es-eni-art11 = Real Decreto 4/2010, Esquema Nacional de Interoperabilidad (décret royal espagnol portant schéma national d’interopérabilité), article 11 : standards ouverts

# Italie
reference-it-dlgs36_2023-art79 = D.lgs. 36/2023, Codice dei contratti pubblici (code italien des marchés publics), article 79 et annexe II.5 : aucune marque, sauf si l’objet du marché le justifie, et alors avec la mention « o equivalente » (ou équivalent)
reference-it-cad-art68 = D.lgs. 82/2005, Codice dell’amministrazione digitale (code italien de l’administration numérique), article 68 : analyse comparative, logiciels libres et formats ouverts
reference-it-acn-cloud = Agenzia per la cybersicurezza nazionale (agence italienne pour la cybersécurité nationale), Regolamento unico per le infrastrutture e i servizi cloud per la PA (décision n° 21007/2024) : classification des données en ordinaires, critiques et stratégiques
