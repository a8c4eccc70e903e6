## Règles sur les certifications et qualifications (certification.rego), en français.

certification-sensitive_without_secnumcloud =
    .title = Données sensibles sans SecNumCloud
    .remediation = Exiger une offre qualifiée SecNumCloud, ou bénéficiant d’une qualification européenne équivalente, pour les services qui traitent les données sensibles.
    .clause = Les services qui traitent les données sensibles sont fournis au moyen d’une offre qualifiée SecNumCloud (ou bénéficiant d’une qualification européenne équivalente).
certification-sensitive_without_secnumcloud-missing = Le dossier de consultation confie à un prestataire l’hébergement de données d’une sensibilité particulière mais n’exige pas d’offre qualifiée SecNumCloud. { $buyer ->
        [state] L’acheteur est un service de l’État ou un opérateur, que la loi SREN et la doctrine « cloud au centre » lient.
        [unknown] Cette exigence lie les services de l’État et leurs opérateurs : vérifier si l’acheteur en fait partie.
       *[other] L’acheteur n’est ni un service de l’État ni un opérateur : l’exigence ne le lie pas, mais elle constitue la protection recommandée.
    }
certification-sensitive_without_secnumcloud-relied_on = Le dossier de consultation confie à un prestataire l’hébergement de données d’une sensibilité particulière mais n’exige pas d’offre qualifiée SecNumCloud (il se fonde sur les référentiels suivants, qui ne protègent pas contre l’application du droit extra-européen : { $certifications }). { $buyer ->
        [state] L’acheteur est un service de l’État ou un opérateur, que la loi SREN et la doctrine « cloud au centre » lient.
        [unknown] Cette exigence lie les services de l’État et leurs opérateurs : vérifier si l’acheteur en fait partie.
       *[other] L’acheteur n’est ni un service de l’État ni un opérateur : l’exigence ne le lie pas, mais elle constitue la protection recommandée.
    }

certification-unobtainable =
    .title = Certification que personne ne peut détenir
    .remediation = Exiger une qualification existante offrant les garanties recherchées (SecNumCloud, BSI C5 avec C3A), ou décrire ces garanties elles-mêmes.
    .clause = Le prestataire dispose, pour les services objet du marché, d’une qualification pouvant être obtenue à ce jour et offrant les garanties requises (telle que la qualification SecNumCloud ou une attestation BSI C5 couvrant les critères C3A), ou d’une qualification équivalente.
certification-unobtainable-required = Le dossier de consultation exige { $certification } (« { $quote } »), qu’aucun prestataire ne peut détenir à ce jour.

certification-health_without_hds =
    .title = Données de santé sans certification HDS
    .remediation = Exiger la certification HDS du titulaire et de ses sous-traitants qui hébergent les données de santé.
    .clause = Le titulaire et ses sous-traitants hébergeant les données de santé sont certifiés hébergeurs de données de santé (HDS) conformément à l’article L. 1111-8 du code de la santé publique.
certification-health_without_hds-missing = Le prestataire hébergera des données de santé, mais le dossier de consultation n’exige pas la certification HDS.

certification-classified_in_commercial_cloud =
    .title = Informations classifiées dans un cloud commercial
    .remediation = Exclure les informations classifiées du service hébergé, ou exiger un système homologué pour leur niveau en précisant l’homologation ; ne pas se fonder sur une qualification commerciale.
    .clause = Les informations classifiées sont traitées exclusivement dans un système d’information homologué au niveau de classification requis, conformément à l’IGI 1300 ; elles ne sont pas hébergées dans le service objet du marché.
certification-classified_in_commercial_cloud-hosted = Un prestataire hébergera des informations classifiées : seul un système homologué pour leur niveau peut les traiter, non une offre commerciale.

scheme-secnumcloud = SecNumCloud
scheme-eucs = EUCS
scheme-bsi-c5 = BSI C5
scheme-c3a = BSI C3A
scheme-iso27001 = ISO/IEC 27001
scheme-iso27017 = ISO/IEC 27017
scheme-iso27018 = ISO/IEC 27018
scheme-iso27701 = ISO/IEC 27701
scheme-hds = HDS (hébergeur de données de santé)
scheme-gaia-x = label Gaia-X
scheme-fedramp = FedRAMP
scheme-soc2 = SOC 2
scheme-ens = Esquema Nacional de Seguridad (ENS)
scheme-acn = qualification ACN
scheme-cispe = code de conduite CISPE sur la protection des données
scheme-tisax = TISAX
