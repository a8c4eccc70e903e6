## Words the rules share (lib/tenderlint.rego), in English: how lists are joined, and the terms
## that messages name by kind and value (`lib.term(kind, value)` → `<kind>-<value>`).
## Countries are named from data/countries.json unless a `place-` message says otherwise here;
## laws from the English effect of data/laws.json; translations name each law's effect here.

list-and = and
list-or = or

# Places the data names without the article English needs.
place-NL = the Netherlands
place-GB = the United Kingdom
place-US = the United States
place-PH = the Philippines
place-EU = the EU
place-EEA = the EEA
place-EUROPE = Europe
place-ANY = anywhere

# What data or operation a requirement covers (facts' `scope`).
scope-data = data
scope-storage = storage
scope-processing = processing
scope-backups = backups
scope-technical_data = technical data
scope-administration = administration
scope-support = support
