## Regeln zum Ort von Administration und Support (operations.rego), auf Deutsch.

operations-support_outside_eu =
    .title = Administration oder Support von außerhalb der EU
    .remediation = Die Administration aus der EU verlangen und Support von außerhalb der EU nur zulassen, wenn er dokumentiert, zugriffskontrolliert und aus der EU überwacht ist.
    .clause = Die Administration der Plattform erfolgt ausschließlich aus der Europäischen Union. Support aus einem Drittstaat ist nur nach dokumentierten Verfahren, mit kontrollierten, personenbezogenen und protokollierten Zugriffen und unter Aufsicht von Personal in der Europäischen Union zulässig.
operations-support_outside_eu-outside = { $activity ->
        [administration] Die Administration
       *[other] Der Support
    } kann { $anywhere ->
        [true] von jedem Ort aus (ohne örtliche Beschränkung)
       *[other] aus einem Staat außerhalb von EU und EWR ({ $place })
    } erfolgen, und die Vergabeunterlagen verlangen nicht, dass { $activity ->
        [administration] sie
       *[other] er
    } dokumentiert und aus der EU überwacht wird.
