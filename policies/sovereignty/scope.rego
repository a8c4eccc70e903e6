# Whether the chosen profile fits the tender at all.
package sovereignty.scope

import data.tenderlint.lib

# METADATA
# title: Buyer outside the profile's jurisdictions
# description: >-
#   The tender is written under the procurement law of a country outside the profile's home
#   (it cites that law and its institutions repeatedly: FAR and U.S.C. for a US federal buyer).
#   The profile's rules rest on the law of its own jurisdictions, which does not bind that buyer:
#   they are not applied, rather than cite law that does not apply. Choose the profile of the
#   buyer's jurisdiction, or read the tender as a model only.
# custom:
#   id: scope.buyer_outside_profile
#   version: 1
#   severity: info
#   legal_basis:
#     - eu.directive_2014_24.art1
#     - ch.boeb.art4
#   remediation: >-
#     Check the tender under the profile of the buyer's jurisdiction (`--profile`), if there is
#     one; otherwise read the other findings of a home profile as good practice only.
#   examples:
#     - lang: en
#       fail: "This Request for Quotation is issued under FAR subpart 12.6 and 41 U.S.C. 1901. The Contracting Officer will evaluate quotes under FAR 13.106."
#       pass: "This call for tenders is issued under Directive 2014/24/EU. The Contracting Officer will evaluate the tenders."
#     - lang: fr
#       fail: "La présente demande de prix est émise selon la FAR subpart 12.6 et le 41 U.S.C. 1901. Le Contracting Officer évalue les offres selon la FAR 13.106."
#       pass: "La présente consultation est passée selon le code de la commande publique. Le pouvoir adjudicateur évalue les offres."
#     - lang: de
#       fail: "Diese Anfrage ergeht nach FAR subpart 12.6 und 41 U.S.C. 1901. Der Contracting Officer bewertet die Angebote nach FAR 13.106."
#       pass: "Diese Ausschreibung erfolgt nach der VgV und dem GWB. Der Auftraggeber bewertet die Angebote."
info contains finding if {
	not lib.buyer_at_home
	not lib.notice_outside_it
	finding := lib.finding(
		"scope.buyer_outside_profile",
		"info",
		lib.message("outside", {"country": lib.term("place", lib.facts.jurisdiction.country), "profile": lib.profile_name}),
		lib.facts.jurisdiction.evidence,
	)
}
