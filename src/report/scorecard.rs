//! What every format shows of a sovereignty scorecard: the heading that names the framework,
//! and the range of an objective drawn as five cells, one per SEAL level.

use crate::model::{ObjectiveScore, Scorecard};

/// "Sovereignty scorecard — Cloud Sovereignty Framework 1.2.1".
pub(super) fn title(scorecard: &Scorecard) -> String {
    format!(
        "Sovereignty scorecard — {} {}",
        scorecard.framework.name, scorecard.framework.version
    )
}

/// What the ranges mean, for readers who do not know the framework.
pub(super) const EXPLANATION: &str = "Per objective, the assurance levels (SEAL-0 none to SEAL-4 full sovereignty) an offer complying with the tender can reach: the floor its requirements impose, the ceiling they cap it at.";

/// The range as five cells, one per SEAL level: `in` for the levels the tender allows, `out`
/// for the others; `None` when the objective is not assessable or the tender contradicts
/// itself (no level is allowed).
pub(super) fn cells<T: Copy>(objective: &ObjectiveScore, inside: T, outside: T) -> Option<[T; 5]> {
    let (Some(floor), Some(ceiling)) = (objective.floor, objective.ceiling) else {
        return None;
    };
    if !objective.assessable || objective.is_contradictory() {
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

/// The range in words, with the contradiction said: "SEAL-3 – SEAL-1 (contradictory)".
pub(super) fn range(objective: &ObjectiveScore) -> String {
    if objective.is_contradictory() {
        format!("{} (contradictory)", objective.range_label())
    } else {
        objective.range_label()
    }
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
        }
    }

    #[test]
    fn a_range_is_five_cells_or_words() {
        let allowed = objective(true, Some(1), Some(3));
        assert_eq!(cells(&allowed, '#', '.'), Some(['.', '#', '#', '#', '.']));
        assert_eq!(range(&allowed), "SEAL-1 – SEAL-3");
        assert_eq!(weight(&allowed), "—");
        let contradictory = objective(true, Some(3), Some(1));
        assert_eq!(cells(&contradictory, '#', '.'), None);
        assert_eq!(range(&contradictory), "SEAL-3 – SEAL-1 (contradictory)");
        let unknown = objective(false, None, None);
        assert_eq!(
            (cells(&unknown, 1, 0), range(&unknown)),
            (None, "not assessable".to_string())
        );
    }
}
