//! What every format shows of a sovereignty scorecard: the heading that names the framework,
//! and the range of an objective drawn as five cells, one per SEAL level, in the report's
//! language.

use super::labels::{Labels, fill};
use crate::model::{OBJECTIVE_IDS, ObjectiveScore, Scorecard};

/// "Sovereignty scorecard — Cloud Sovereignty Framework 1.2.1".
pub(super) fn title(scorecard: &Scorecard, l: &Labels) -> String {
    let framework = format!(
        "{} {}",
        scorecard.framework.name, scorecard.framework.version
    );
    fill(l.scorecard, &[("framework", &framework)])
}

/// An objective's name in the report's language; the data's for an objective the framework
/// does not define.
pub(super) fn name<'a>(objective: &'a ObjectiveScore, l: &'a Labels) -> &'a str {
    OBJECTIVE_IDS
        .iter()
        .position(|id| *id == objective.id)
        .and_then(|index| l.objectives.get(index).copied())
        .unwrap_or(&objective.name)
}

/// The range as five cells, one per SEAL level: `in` for the levels the tender allows, `out`
/// for the others; `None` when the objective is not assessable or the tender contradicts
/// itself (no level is allowed).
pub(super) fn cells<T: Copy>(objective: &ObjectiveScore, inside: T, outside: T) -> Option<[T; 5]> {
    let (Some(floor), Some(ceiling)) = (objective.floor, objective.ceiling) else {
        return None;
    };
    if !objective.assessable || objective.is_contradictory() || unconstrained(objective) {
        return None;
    }
    let mut cells = [outside; 5];
    for (level, cell) in (0u8..).zip(cells.iter_mut()) {
        if (floor..=ceiling).contains(&level) {
            *cell = inside;
        }
    }
    Some(cells)
}

/// The range in words, with the contradiction said: "SEAL-3 – SEAL-1 (contradictory)", or
/// "not assessable".
pub(super) fn range(objective: &ObjectiveScore, l: &Labels) -> String {
    match (objective.floor, objective.ceiling) {
        (Some(floor), Some(ceiling)) if objective.assessable => {
            let range = format!("SEAL-{floor} – SEAL-{ceiling}");
            if objective.is_contradictory() {
                format!("{range} ({})", l.contradictory)
            } else if unconstrained(objective) {
                format!("{range} ({})", l.unconstrained)
            } else {
                range
            }
        }
        _ => l.not_assessable.to_string(),
    }
}

/// Whether the tender leaves an assessable objective open: every level from SEAL-0 to SEAL-4
/// complies.
fn unconstrained(objective: &ObjectiveScore) -> bool {
    objective.assessable && objective.floor == Some(0) && objective.ceiling == Some(4)
}

/// "15 %", or "—" when the data does not give the weight.
pub(super) fn weight(objective: &ObjectiveScore) -> String {
    objective
        .weight
        .map_or_else(|| "—".to_string(), |w| format!("{w} %"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn objective(assessable: bool, floor: Option<u8>, ceiling: Option<u8>) -> ObjectiveScore {
        ObjectiveScore {
            id: "SOV-3".to_string(),
            name: "Data and AI sovereignty".to_string(),
            weight: None,
            assessable,
            floor,
            ceiling,
            evidence: Vec::new(),
            reasons: Vec::new(),
            reason_messages: Vec::new(),
        }
    }

    #[test]
    fn a_range_is_five_cells_or_words() {
        let allowed = objective(true, Some(1), Some(3));
        assert_eq!(cells(&allowed, '#', '.'), Some(['.', '#', '#', '#', '.']));
        let l = Labels::of("en");
        assert_eq!(range(&allowed, l), "SEAL-1 – SEAL-3");
        assert_eq!(weight(&allowed), "—");
        assert_eq!(
            name(&allowed, Labels::of("de")),
            "Daten- und KI-Souveränität"
        );
        let contradictory = objective(true, Some(3), Some(1));
        assert_eq!(cells(&contradictory, '#', '.'), None);
        assert_eq!(
            range(&contradictory, Labels::of("fr")),
            "SEAL-3 – SEAL-1 (contradictoire)"
        );
        let unknown = objective(false, None, None);
        assert_eq!(
            (cells(&unknown, 1, 0), range(&unknown, l)),
            (None, "not assessable".to_string())
        );
    }
}
