## Regeln zu den Verschlüsselungsschlüsseln (key_control.rego), auf Deutsch.

key_control-provider_held_keys =
    .title = Verschlüsselungsschlüssel beim Anbieter
    .remediation = Verlangen, dass die Schlüssel allein vom Auftraggeber erzeugt und in seinem eigenen HSM verwahrt werden, ohne Zugriff des Anbieters.
    .clause = Die Verschlüsselungsschlüssel werden ausschließlich vom Auftraggeber erzeugt und in seinem eigenen HSM verwahrt; der Auftragnehmer hat keinen Zugriff auf sie.
key_control-provider_held_keys-provider_held = Der Anbieter verwahrt die Verschlüsselungsschlüssel ({ $method }): Er kann die Daten entschlüsseln und dazu gezwungen werden.

key_method-byok = Schlüssel des Kunden, in den Schlüsselverwaltungsdienst des Anbieters importiert
key_method-provider_managed = vom Anbieter verwaltete Verschlüsselung
