## Regeln zur Eignung des Profils (scope.rego), auf Deutsch.

scope-buyer_outside_profile =
    .title = Auftraggeber außerhalb der Rechtsordnungen des Profils
    .remediation = Die Vergabeunterlagen unter dem Profil der Rechtsordnung des Auftraggebers prüfen (`--profile`), sofern es eines gibt; andernfalls die übrigen Feststellungen eines europäischen Profils nur als bewährte Praxis lesen.
    .clause = Für diesen Vertrag gilt das Vergaberecht der Rechtsordnung des Auftraggebers, die in den Vergabeunterlagen bezeichnet ist.
scope-buyer_outside_profile-outside = Die Vergabeunterlagen unterliegen dem Recht eines Staates außerhalb der Rechtsordnungen des Profils { $profile } (Staat: { $country }): Die Regeln des Profils beruhen auf Recht, das diesen Auftraggeber nicht bindet, und wurden nicht angewandt.
