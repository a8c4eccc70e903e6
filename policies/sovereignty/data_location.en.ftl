## Messages of the data-location rules (data_location.rego), in English. A rule's title and
## remediation are in its METADATA; the clause it proposes is here, in every language.
##
## Arguments of a location: $modality (required, preferred, allowed), $extent (place; anywhere,
## for any region; outside, for what lies outside $place), $place, $scope (the data covered).

data_location-unspecified =
    .clause = The data, backups included, are hosted and processed exclusively in the European Union.
data_location-unspecified-missing = The tender procures hosting but states no data location: the provider may store and process the data anywhere.
data_location-unspecified-contract_elsewhere = The tender procures hosting, and the document read is an annex of a contract that was not read: the annex states no data location. Check that the contract states one.

data_location-outside_eu =
    .clause = The data, backups and disaster-recovery copies included, are stored and processed exclusively in the European Union or the European Economic Area.
data_location-outside_eu-outside = The tender { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } { $extent ->
        [anywhere] any region or country
        [outside] data outside { $place }
       *[place] { $place }
    } for { $scope }: outside the EU/EEA.
# $adequacy: eu (the EU's adequacy decisions) or ch (Switzerland's list).
data_location-outside_eu-adequate = The tender { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } { $extent ->
        [anywhere] any region or country
        [outside] data outside { $place }
       *[place] { $place }
    } for { $scope }: outside the EU/EEA, in a country with { $adequacy ->
        [ch] a Swiss adequacy finding (Annex 1 of the Data Protection Ordinance)
       *[eu] an EU adequacy decision
    }.
# $quote: the tender's words.
data_location-outside_eu-data_outside = The tender { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } data outside { $place } ("{ $quote }").

data_location-narrowed_by_answer =
    .clause = The consultation documents are amended as follows: the data, backups included, are hosted exclusively in the European Union; this provision replaces any provision to the contrary in the specification and its annexes.
# $document allows, $answer (a later document) requires $required.
data_location-narrowed_by_answer-narrowed = { $document } { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } { $extent ->
        [anywhere] any region or country
        [outside] data outside { $place }
       *[place] { $place }
    } for { $scope }, narrowed by { $answer }, which requires { $required }.

data_location-contradiction =
    .clause = The data, backups included, are hosted exclusively in the European Union. In the event of any contradiction between the contract documents, they prevail in the following order: the contract agreement, the special terms and conditions, the technical specification, then the annexes.
# $required_document requires $required for $required_scope; $document allows the rest.
data_location-contradiction-contradiction = { $required_document } requires { $required } for { $required_scope }, but { $document } { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } { $extent ->
        [anywhere] any region or country
        [outside] data outside { $place }
       *[place] { $place }
    } for { $scope }.

data_location-weak_requirement =
    .clause = The data shall be hosted exclusively in the European Union.
data_location-weak_requirement-preferred = The location { $place } is only a preference ("{ $quote }"): nothing obliges the provider.
data_location-weak_requirement-europe = "{ $quote }" names geographic Europe, which includes countries outside the EU (United Kingdom, Switzerland, Turkey…): name the EU or the EEA.

data_location-technical_data =
    .clause = Logs, identity data, directories and cryptographic material are also kept in the European Union.
data_location-technical_data-missing = The tender does not say where logs, identities, directories and keys are kept.

data_location-notice_contradiction =
    .clause = The data, backups included, are hosted exclusively in the European Union, as the contract notice states for the place of performance.
# $performed is the place of performance the notice codes ("FR FRK26", "EEA").
data_location-notice_contradiction-contradiction = The notice gives { $performed } as the place of performance, but { $document } { $modality ->
        [required] requires
        [preferred] prefers
       *[allowed] allows
    } { $extent ->
        [anywhere] any region or country
        [outside] data outside { $place }
       *[place] { $place }
    } for { $scope }.
