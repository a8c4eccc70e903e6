# Who holds the encryption keys.
package sovereignty.key_control

import data.tenderlint.lib

# METADATA
# title: Encryption keys held by the provider
# description: >-
#   The provider manages the encryption keys (provider-managed encryption, or BYOK keys stored in
#   the provider's key management service). Whoever holds the keys can decrypt: a provider
#   compelled by a foreign authority can hand over readable data. Only keys held by the buyer
#   (its own HSM, HYOK, client-side encryption) keep the data out of reach.
# custom:
#   id: key_control.provider_held_keys
#   version: 1
#   severity: warning
#   legal_basis:
#     - eu.gdpr.art32
#     - eu.csf.sov3
#     - ch.privatim.2025
#     - nl.bio
#     - es.ens
#   remediation: >-
#     Require that the keys be generated and held by the buyer alone, in its own HSM, out of the
#     provider's reach.
#   examples:
#     - lang: fr
#       fail: "Le chiffrement est géré par le fournisseur, qui conserve les clés."
#       pass: "Les clés de chiffrement sont détenues exclusivement par la collectivité dans son propre HSM."
#     - lang: de
#       fail: "Die Verschlüsselung wird vom Anbieter verwaltet, der die Schlüssel verwahrt."
#       pass: "Die Schlüssel werden ausschließlich vom Auftraggeber in einem eigenen HSM verwaltet."
#     - lang: en
#       fail: "Encryption is managed by the provider, which holds the keys."
#       pass: "The encryption keys are held exclusively by the contracting authority in its own HSM."
warn contains finding if {
	lib.enabled("key_control.provider_held_keys")
	some clause in lib.facts.clauses
	clause.kind == "key_control"
	clause.holder == "provider"
	finding := lib.finding(
		"key_control.provider_held_keys",
		"warning",
		lib.message("provider_held", {"method": lib.term("key_method", clause.method)}),
		[clause.evidence],
	)
}
