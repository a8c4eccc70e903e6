## Mots communs aux règles (lib/tenderlint.rego), en français. Les pays sont nommés d’après
## data/countries.json sauf message `place-` ici ; les messages emploient le nom seul, sans
## article (« hors UE/EEE : États-Unis »).

list-and = et
list-or = ou

place-EU = Union européenne
place-EEA = Espace économique européen
place-EUROPE = Europe
place-ANY = toute région ou tout pays

scope-data = données
scope-storage = stockage
scope-processing = traitement
scope-backups = sauvegardes
scope-technical_data = données techniques
scope-administration = administration
scope-support = support

# Effet de chaque loi étrangère (data/laws.json), une phrase chacune.
law-cloud_act = Un fournisseur américain doit communiquer les données en sa possession, sous sa garde ou son contrôle, où qu’elles soient stockées (US CLOUD Act).
law-fisa_702 = Collecte de renseignement américaine auprès des fournisseurs de services de communications électroniques (FISA section 702).
law-eo_12333 = Activités de renseignement américaines, y compris la collecte hors des États-Unis (Executive Order 12333).
law-ieepa = Des sanctions peuvent obliger un fournisseur américain à couper le service d’un client, comme l’Executive Order 14203 contre la Cour pénale internationale (International Emergency Economic Powers Act).
law-cn_national_intelligence_law = Les organisations doivent soutenir le travail de renseignement de l’État et y coopérer (loi sur le renseignement national de la République populaire de Chine, 2017).
law-uk_ipa_2016 = Les autorités britanniques peuvent obtenir des mandats d’interception, d’intrusion dans les équipements, de collecte en masse et d’accès aux données de communication ; le ministre peut imposer aux opérateurs de télécommunications (quiconque offre un service à des personnes au Royaume-Uni ou contrôle un système depuis le Royaume-Uni) des obligations de conservation des données, de capacité technique (s. 253, par exemple retirer un chiffrement appliqué par l’opérateur) et de sécurité nationale, avec l’accord d’un Judicial Commissioner (UK Investigatory Powers Act 2016).
law-eo_14203 = Sanctions contre la Cour pénale internationale : les personnes américaines doivent couper tout lien avec les responsables désignés, comme cela est arrivé à des juges et à un procureur en 2025 (Executive Order 14203).
