## Messages of the rules on encryption keys (key_control.rego), in English. A rule's title and
## remediation are in its METADATA; the clause it proposes is here, in every language.

key_control-provider_held_keys =
    .clause = The encryption keys are generated and held exclusively by the buyer, in its own HSM; the contractor has no access to them.
key_control-provider_held_keys-provider_held = The provider holds the encryption keys ({ $method }): it can decrypt the data, and be compelled to.

# How the provider holds the keys (facts' key_control `method`).
key_method-byok = customer keys imported into the provider's key management service
key_method-provider_managed = encryption managed by the provider
