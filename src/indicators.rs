//! Indicators over a batch of judged notices: each notice's report (its findings and what its
//! fields code) tallied per buyer and per CPV division, in the manner of open-contracting's
//! red-flag indicators. Reports in, counts out: nothing here judges a tender.

use std::collections::BTreeMap;

use strum::VariantArray;

use crate::model::{
    DocumentReport, Finding, INDICATORS_SCHEMA, IndicatorGroup, IndicatorId, IndicatorValue,
    Indicators, LegalForce, Notice, NoticeCounts, NoticeKind, NoticeStandard, PolicyIdentity,
    Severity, Tool,
};

/// How many notices an indicator names as examples.
const MAX_EXAMPLES: usize = 20;

/// Counts of one indicator: the notices that show it, out of those it is counted over.
#[derive(Debug, Default, Clone)]
struct Count {
    count: usize,
    of: usize,
    examples: Vec<String>,
}

impl Count {
    fn add(&mut self, counted: bool, shown: bool, name: &str) {
        if !counted {
            return;
        }
        self.of += 1;
        if shown {
            self.count += 1;
            if self.examples.len() < MAX_EXAMPLES {
                self.examples.push(name.to_string());
            }
        }
    }
}

/// The counts of every indicator over a group of notices.
#[derive(Debug, Default, Clone)]
struct GroupCounts {
    country: Option<String>,
    notices: usize,
    counts: BTreeMap<IndicatorId, Count>,
}

impl GroupCounts {
    fn add(&mut self, flags: &Flags, name: &str) {
        self.notices += 1;
        for id in IndicatorId::VARIANTS {
            let (counted, shown) = flags.of(*id);
            self.counts
                .entry(*id)
                .or_default()
                .add(counted, shown, name);
        }
    }

    fn values(&self) -> Vec<IndicatorValue> {
        IndicatorId::VARIANTS
            .iter()
            .map(|id| {
                let count = self.counts.get(id).cloned().unwrap_or_default();
                IndicatorValue {
                    id: *id,
                    count: count.count,
                    of: count.of,
                    share: (count.of > 0).then(|| count.count as f64 / count.of as f64),
                    examples: count.examples,
                }
            })
            .collect()
    }

    fn group(&self, key: String) -> IndicatorGroup {
        IndicatorGroup {
            key,
            country: self.country.clone(),
            notices: self.notices,
            indicators: self.values(),
        }
    }
}

/// What one IT notice shows.
struct Flags {
    competition: bool,
    /// A call for competition that must link its documents from the day it is published.
    documents_due: bool,
    us_service: bool,
    brand: bool,
    outside_eu: bool,
    no_documents: bool,
}

impl Flags {
    fn of_report(report: &DocumentReport, notice: &Notice) -> Self {
        let any = |test: &dyn Fn(&Finding) -> bool| report.findings.iter().any(test);
        Flags {
            competition: notice.kind == NoticeKind::Competition,
            documents_due: notice.kind == NoticeKind::Competition && !is_pin_call(notice),
            us_service: any(&|f| {
                f.rule == "extraterritorial.exposed_provider"
                    && f.legal_basis
                        .iter()
                        .any(|r| r.jurisdiction == "US" && r.legal_force == LegalForce::ForeignLaw)
            }),
            brand: any(&|f| {
                f.rule == "vendor_neutrality.brand_in_award_criteria"
                    || (f.rule == "vendor_neutrality.brand_without_equivalent"
                        && f.severity >= Severity::Warning)
            }),
            outside_eu: any(&|f| f.rule == "data_location.outside_eu"),
            no_documents: notice.document_urls.is_empty(),
        }
    }

    /// Whether the notice is counted for an indicator, and whether it shows it.
    fn of(&self, id: IndicatorId) -> (bool, bool) {
        match id {
            IndicatorId::UsServiceRequired => (true, self.us_service),
            IndicatorId::BrandWithoutEquivalent => (true, self.brand),
            IndicatorId::DataOutsideEu => (true, self.outside_eu),
            IndicatorId::DocumentsNotLinked => (self.documents_due, self.no_documents),
        }
    }
}

/// Whether a notice is a prior information notice used as a call for competition (eForms
/// subtypes 10 to 13): its documents are due with the invitation to confirm interest, not with
/// the notice (Directive 2014/24/EU art. 53(1), second subparagraph).
fn is_pin_call(notice: &Notice) -> bool {
    notice.standard == NoticeStandard::Eforms
        && notice
            .subtype
            .as_deref()
            .and_then(|s| s.parse::<u8>().ok())
            .is_some_and(|s| (10..=13).contains(&s))
}

/// The reports of a batch tallied as they come.
#[derive(Debug)]
pub struct Tally {
    it_cpv: Vec<String>,
    counts: NoticeCounts,
    overall: GroupCounts,
    buyers: BTreeMap<String, GroupCounts>,
    divisions: BTreeMap<String, GroupCounts>,
}

impl Tally {
    /// An empty tally; `it_cpv` are the CPV prefixes of an IT subject (`Checker::it_cpv`).
    pub fn new(it_cpv: &[String]) -> Self {
        Tally {
            it_cpv: it_cpv.to_vec(),
            counts: NoticeCounts::default(),
            overall: GroupCounts::default(),
            buyers: BTreeMap::new(),
            divisions: BTreeMap::new(),
        }
    }

    /// Adds the report of one input.
    pub fn add(&mut self, report: &DocumentReport) {
        self.counts.inputs += 1;
        if report.unreadable {
            self.counts.unreadable += 1;
            return;
        }
        let Some(notice) = report.notice.as_deref() else {
            self.counts.not_notices += 1;
            return;
        };
        let divisions = self.it_divisions(notice);
        if divisions.is_empty() {
            self.counts.outside_it += 1;
            return;
        }
        if report
            .findings
            .iter()
            .any(|f| f.rule == "scope.buyer_outside_profile")
        {
            self.counts.outside_profile += 1;
            return;
        }
        let flags = Flags::of_report(report, notice);
        self.counts.it += 1;
        self.counts.it_competition += usize::from(flags.competition);
        self.overall.add(&flags, &report.path);
        let buyer = notice.buyers.first();
        let name = buyer
            .and_then(|b| b.name.clone())
            .unwrap_or_else(|| "(buyer not named)".to_string());
        let country = buyer.and_then(|b| b.country.clone());
        let key = match &country {
            Some(country) => format!("{name}\u{1f}{country}"),
            None => name,
        };
        let group = self.buyers.entry(key).or_default();
        group.country = country;
        group.add(&flags, &report.path);
        for division in divisions {
            self.divisions
                .entry(division)
                .or_default()
                .add(&flags, &report.path);
        }
    }

    /// The CPV divisions of a notice's main classifications (of all, when none is main) that
    /// are IT subjects; none for a notice outside IT.
    fn it_divisions(&self, notice: &Notice) -> Vec<String> {
        let cpv: Vec<_> = notice
            .classifications
            .iter()
            .filter(|c| c.scheme.eq_ignore_ascii_case("CPV"))
            .collect();
        let main: Vec<_> = cpv.iter().filter(|c| c.main).collect();
        let chosen = if main.is_empty() {
            cpv.iter().collect()
        } else {
            main
        };
        let mut divisions: Vec<String> = chosen
            .into_iter()
            .filter(|c| self.it_cpv.iter().any(|p| c.code.starts_with(p.as_str())))
            .map(|c| c.code.chars().take(2).collect())
            .collect();
        divisions.sort();
        divisions.dedup();
        divisions
    }

    /// The indicators, groups with most IT notices first.
    pub fn finish(self, policy: PolicyIdentity) -> Indicators {
        let ranked = |groups: BTreeMap<String, GroupCounts>| {
            let mut groups: Vec<IndicatorGroup> = groups
                .into_iter()
                .map(|(key, counts)| {
                    let name = key.split('\u{1f}').next().unwrap_or(&key).to_string();
                    counts.group(name)
                })
                .collect();
            groups.sort_by(|a, b| b.notices.cmp(&a.notices).then_with(|| a.key.cmp(&b.key)));
            groups
        };
        Indicators {
            schema: INDICATORS_SCHEMA.to_string(),
            tool: Tool {
                name: env!("CARGO_PKG_NAME").to_string(),
                version: env!("CARGO_PKG_VERSION").to_string(),
            },
            policy,
            counts: self.counts,
            overall: self.overall.values(),
            by_buyer: ranked(self.buyers),
            by_cpv_division: ranked(self.divisions),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Classification, NoticeBuyer};

    fn report(name: &str, subtype: &str, urls: usize) -> DocumentReport {
        let mut report = DocumentReport::unreadable(name.to_string(), String::new());
        report.unreadable = false;
        report.notice = Some(Box::new(Notice {
            standard: NoticeStandard::Eforms,
            kind: NoticeKind::Competition,
            subtype: Some(subtype.to_string()),
            id: None,
            title: None,
            buyers: vec![NoticeBuyer {
                name: Some("Ville de Lyon".to_string()),
                country: Some("FR".to_string()),
                legal_type: None,
                activity: None,
                path: "/b".to_string(),
            }],
            classifications: vec![Classification {
                scheme: "CPV".to_string(),
                code: "72415000".to_string(),
                main: true,
                lot: None,
                path: "/c".to_string(),
            }],
            places: Vec::new(),
            published: None,
            submission_deadline: None,
            estimated_value: None,
            legal_basis: None,
            procedure: None,
            document_urls: (0..urls)
                .map(|i| crate::model::NoticeField {
                    value: format!("https://x/{i}"),
                    path: "/u".to_string(),
                })
                .collect(),
            award_criteria: Vec::new(),
        }));
        report
    }

    #[test]
    fn a_call_without_documents_is_counted_but_not_a_prior_information_notice_used_as_one() {
        let mut tally = Tally::new(&["72".to_string()]);
        tally.add(&report("cn.xml", "16", 0));
        tally.add(&report("cn-linked.xml", "16", 1));
        tally.add(&report("pin-cfc.xml", "11", 0));
        let indicators = tally.finish(crate::model::PolicyIdentity {
            hash: "h".to_string(),
            profile: "eu".to_string(),
            as_of: "2026-12-01".to_string(),
        });
        assert_eq!(indicators.counts.it, 3);
        assert_eq!(indicators.counts.it_competition, 3);
        let linked = indicators
            .overall
            .iter()
            .find(|v| v.id == IndicatorId::DocumentsNotLinked)
            .map(|v| (v.count, v.of, v.examples.clone()));
        assert_eq!(linked, Some((1, 2, vec!["cn.xml".to_string()])));
        assert_eq!(indicators.by_buyer[0].key, "Ville de Lyon");
        assert_eq!(indicators.by_cpv_division[0].key, "72");
    }
}
