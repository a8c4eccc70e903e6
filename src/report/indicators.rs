//! Renders indicators over notices (`tenderlint indicators`): a table for people, CSV for a
//! spreadsheet (one row per group and indicator, so that buyers can be ranked), JSON for tools.

use std::fmt::Write;

use crate::model::{IndicatorGroup, IndicatorValue, Indicators};

/// "3/12 (25 %)", or "0/0" when nothing is counted.
fn ratio(value: &IndicatorValue) -> String {
    match value.share {
        Some(share) => format!("{}/{} ({:.0} %)", value.count, value.of, share * 100.0),
        None => format!("{}/{}", value.count, value.of),
    }
}

/// The table of a list of groups: one row per group, one column per indicator.
fn table(out: &mut String, title: &str, groups: &[IndicatorGroup], first: &[IndicatorValue]) {
    let _ = writeln!(out, "\n{title}");
    let mut header = format!("  {:<42} {:>7}", "", "notices");
    for value in first {
        let _ = write!(header, "  {:>24}", value.id.name());
    }
    let _ = writeln!(out, "{header}");
    for group in groups {
        let name = match &group.country {
            Some(country) => format!("{} ({country})", group.key),
            None => group.key.clone(),
        };
        let name: String = name.chars().take(42).collect();
        let mut row = format!("  {name:<42} {:>7}", group.notices);
        for value in &group.indicators {
            let _ = write!(row, "  {:>24}", ratio(value));
        }
        let _ = writeln!(out, "{row}");
    }
}

/// For people at a terminal.
pub fn human(indicators: &Indicators) -> String {
    let counts = &indicators.counts;
    let mut out = format!(
        "{} input(s): {} IT notice(s) ({} calls for competition), {} outside IT or unclassified, {} of buyers outside the profile, {} not a notice, {} unreadable — policy {} ({} profile)\n",
        counts.inputs,
        counts.it,
        counts.it_competition,
        counts.outside_it,
        counts.outside_profile,
        counts.not_notices,
        counts.unreadable,
        indicators.policy.hash.chars().take(12).collect::<String>(),
        indicators.policy.profile,
    );
    out += "\nAll IT notices\n";
    for value in &indicators.overall {
        let _ = writeln!(out, "  {:<26} {}", value.id.name(), ratio(value));
    }
    table(
        &mut out,
        "Per buyer",
        &indicators.by_buyer,
        &indicators.overall,
    );
    table(
        &mut out,
        "Per CPV division",
        &indicators.by_cpv_division,
        &indicators.overall,
    );
    out
}

/// CSV (RFC 4180): `group,key,country,notices,indicator,count,of,share`, every group and
/// indicator, the totals first (group `all`).
pub fn csv(indicators: &Indicators) -> String {
    let mut out = String::from("group,key,country,notices,indicator,count,of,share\n");
    let mut rows =
        |group: &str, key: &str, country: &str, notices: usize, values: &[IndicatorValue]| {
            for value in values {
                let share = value.share.map(|s| format!("{s:.4}")).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "{group},{},{},{notices},{},{},{},{share}",
                    field(key),
                    field(country),
                    value.id.name(),
                    value.count,
                    value.of
                );
            }
        };
    rows("all", "", "", indicators.counts.it, &indicators.overall);
    for buyer in &indicators.by_buyer {
        let country = buyer.country.as_deref().unwrap_or_default();
        rows(
            "buyer",
            &buyer.key,
            country,
            buyer.notices,
            &buyer.indicators,
        );
    }
    for division in &indicators.by_cpv_division {
        rows(
            "cpv_division",
            &division.key,
            "",
            division.notices,
            &division.indicators,
        );
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(field("Ville de Lyon"), "Ville de Lyon");
        assert_eq!(field("Stadt Köln, Amt 12"), "\"Stadt Köln, Amt 12\"");
        assert_eq!(field("the \"best\""), "\"the \"\"best\"\"\"");
    }
}
