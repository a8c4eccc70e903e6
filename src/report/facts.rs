//! Renders facts as `tenderlint facts` prints them: a readable digest for people, JSON for
//! programs.

use std::fmt::Write;

use crate::model::{
    BuyerKind, ClauseDetail, Evidence, Facts, HostingScope, KeyHolder, Notice, file_name,
};

/// "p.3 ¶12", "Exigences!6" (sheet and row), a notice's field path, or "CCTP.pdf p.3 ¶12" in a
/// package.
fn place(evidence: &Evidence, in_package: bool) -> String {
    let at = match (evidence.page, &evidence.sheet, evidence.row) {
        (_, Some(sheet), Some(row)) => format!("{sheet}!{row}"),
        _ if evidence.path.is_some() => evidence.path.clone().unwrap_or_default(),
        (Some(page), _, _) => format!("p.{page} ¶{}", evidence.paragraph),
        _ => format!("¶{}", evidence.paragraph),
    };
    if in_package {
        format!("{} {at}", file_name(&evidence.document))
    } else {
        at
    }
}

fn quote(evidence: &Evidence, in_package: bool) -> String {
    const MAX: usize = 160;
    let mut text: String = evidence.quote.chars().take(MAX).collect();
    if evidence.quote.chars().count() > MAX {
        text.push('…');
    }
    format!("{:<9} \"{text}\"", place(evidence, in_package))
}

fn flag(on: bool, name: &str) -> Option<String> {
    on.then(|| name.to_string())
}

/// What a notice codes, in a few lines: its kind and id, buyers, classifications, places and
/// links (its free text is read as sentences, below).
fn notice_lines(out: &mut String, notice: &Notice, document: Option<&str>) {
    let of = document
        .map(|d| format!(" ({})", file_name(d)))
        .unwrap_or_default();
    let subtype = notice.subtype.as_deref().unwrap_or("-");
    let id = notice.id.as_deref().unwrap_or("no id");
    let _ = writeln!(
        out,
        "notice{of}: {} {} ({subtype}), {id}",
        <&str>::from(notice.standard),
        <&str>::from(notice.kind)
    );
    for buyer in &notice.buyers {
        let codes: Vec<&str> = [buyer.legal_type.as_deref(), buyer.activity.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        let _ = writeln!(
            out,
            "  buyer {} ({}) [{}]",
            buyer.name.as_deref().unwrap_or("not named"),
            buyer.country.as_deref().unwrap_or("no country"),
            codes.join(", ")
        );
    }
    let codes: Vec<String> = notice
        .classifications
        .iter()
        .map(|c| {
            let lot = c
                .lot
                .as_deref()
                .map(|l| format!("@{l}"))
                .unwrap_or_default();
            let main = if c.main { "*" } else { "" };
            format!("{}{main}{lot}", c.code)
        })
        .collect();
    let _ = writeln!(out, "  classifications (* main): {}", codes.join(" "));
    let places: Vec<String> = notice
        .places
        .iter()
        .map(|p| {
            [
                p.country.as_deref(),
                p.region.as_deref(),
                p.other.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
        })
        .collect();
    if !places.is_empty() {
        let _ = writeln!(out, "  places of performance: {}", places.join("; "));
    }
    let _ = writeln!(
        out,
        "  procurement documents: {} link(s); award criteria: {}",
        notice.document_urls.len(),
        notice.award_criteria.len()
    );
}

/// One section per kind of fact, one line per fact with the sentence it was read in.
pub fn to_text(facts: &Facts) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "== {} ==", facts.name());
    let in_package = facts.package.is_some();
    if in_package {
        for document in &facts.documents {
            let later = if document.later { ", later" } else { "" };
            let _ = writeln!(
                out,
                "document: {} ({}{later})",
                document.name,
                document.role.name()
            );
        }
    }
    for document in &facts.documents {
        if let Some(notice) = &document.notice {
            notice_lines(
                &mut out,
                notice,
                in_package.then_some(document.name.as_str()),
            );
        }
    }
    let scope = match facts.hosting.scope {
        HostingScope::Procured => "procured under this contract",
        HostingScope::Excluded => "not part of this contract",
        HostingScope::BuyerProvided => "on infrastructure the buyer provides",
        HostingScope::OnPremises => "on the buyer's premises",
        HostingScope::Unknown => "not stated",
    };
    if let Some(jurisdiction) = &facts.jurisdiction {
        let _ = writeln!(out, "jurisdiction: {}", jurisdiction.country);
    }
    if let Some(buyer) = &facts.buyer {
        let kind = match buyer.kind {
            BuyerKind::CentralGovernment => "central government",
            BuyerKind::CentralAgency => "a national agency or State operator",
            BuyerKind::RegionalOrLocal => "a regional or local authority",
            BuyerKind::Health => "a public health body",
        };
        let _ = writeln!(out, "buyer: {kind}");
        for evidence in &buyer.evidence {
            let _ = writeln!(out, "  {}", quote(evidence, in_package));
        }
    }
    let _ = writeln!(out, "hosting: {scope}");
    for evidence in facts.hosting.evidence.iter().take(3) {
        let _ = writeln!(out, "  {}", quote(evidence, in_package));
    }
    let section = |out: &mut String, title: &str, lines: Vec<(String, &Evidence)>| {
        if lines.is_empty() {
            return;
        }
        let _ = writeln!(out, "{title}:");
        for (what, evidence) in lines {
            let _ = writeln!(out, "  {what:<48} {}", quote(evidence, in_package));
        }
    };
    section(
        &mut out,
        "locations",
        facts
            .hosting
            .locations
            .iter()
            .map(|l| {
                let scope: Vec<&str> = l.scope.iter().map(|s| s.name()).collect();
                let outside = if l.outside { "outside " } else { "" };
                (
                    format!(
                        "{outside}{} {} [{}]",
                        l.code,
                        l.modality.name(),
                        scope.join(",")
                    ),
                    &l.evidence,
                )
            })
            .collect(),
    );
    section(
        &mut out,
        "providers",
        facts
            .providers
            .iter()
            .map(|p| {
                let name = match &p.product {
                    Some(product) => format!("{}/{product}", p.provider),
                    None => p.provider.clone(),
                };
                let flags: Vec<String> = [
                    flag(p.or_equivalent, "or equivalent"),
                    flag(p.compatibility, "compatibility"),
                ]
                .into_iter()
                .flatten()
                .collect();
                (
                    format!("{name} {} {}", p.role.name(), flags.join(", ")),
                    &p.evidence,
                )
            })
            .collect(),
    );
    section(
        &mut out,
        "formats",
        facts
            .formats
            .iter()
            .map(|f| {
                let only = if f.exclusive { " only" } else { "" };
                (format!("{} {}{only}", f.format, f.role.name()), &f.evidence)
            })
            .collect(),
    );
    section(
        &mut out,
        "certifications",
        facts
            .certifications
            .iter()
            .map(|c| {
                (
                    format!("{} {}", c.certification, c.role.name()),
                    &c.evidence,
                )
            })
            .collect(),
    );
    section(
        &mut out,
        "clauses",
        facts
            .clauses
            .iter()
            .map(|c| (clause_summary(&c.detail), &c.evidence))
            .collect(),
    );
    out
}

fn clause_summary(detail: &ClauseDetail) -> String {
    match detail {
        ClauseDetail::Reversibility {
            on_quote,
            deadline_days,
            open_formats,
            machine_readable,
            exit_plan,
            deletion,
        } => {
            let mut parts = vec!["reversibility".to_string()];
            parts.extend(flag(*on_quote, "on quote"));
            parts.extend(deadline_days.map(|d| format!("{d} days")));
            parts.extend(flag(*open_formats, "open formats"));
            parts.extend(flag(
                *machine_readable && !*open_formats,
                "machine-readable",
            ));
            parts.extend(flag(*exit_plan, "exit plan"));
            parts.extend(flag(*deletion, "deletion"));
            parts.join(", ")
        }
        ClauseDetail::ExitFees {
            charged,
            cost_based,
            parallel_use,
            named,
        } => {
            let mut parts = vec![format!(
                "exit fees {}",
                if *charged { "charged" } else { "none" }
            )];
            parts.extend(flag(*cost_based, "at cost"));
            parts.extend(flag(*parallel_use, "parallel use"));
            parts.extend(flag(!*named, "a price for the reversibility work"));
            parts.join(", ")
        }
        ClauseDetail::KeyControl { holder, method } => {
            let holder = match holder {
                KeyHolder::Customer => "the buyer",
                KeyHolder::Provider => "the provider",
            };
            format!("keys held by {holder} ({method})")
        }
        ClauseDetail::Subprocessors {
            worldwide,
            approval_required,
            listed,
            affiliates,
        } => {
            let mut parts = vec!["subprocessors".to_string()];
            parts.extend(flag(*worldwide, "worldwide"));
            parts.extend(flag(*approval_required, "approval required"));
            parts.extend(flag(*listed, "listed"));
            parts.extend(flag(*affiliates, "affiliates"));
            parts.join(", ")
        }
        ClauseDetail::Transfer {
            allowed,
            bases,
            destinations,
        } => {
            let bases: Vec<&str> = bases.iter().map(|b| b.name()).collect();
            let bases = if bases.is_empty() {
                "no stated basis".to_string()
            } else {
                bases.join(", ")
            };
            let verdict = if *allowed { "allowed" } else { "forbidden" };
            format!(
                "transfer {verdict} to {} on {bases}",
                destinations.join("/")
            )
        }
        ClauseDetail::Immunity { stance } => format!("immunity from non-EU law {}", stance.name()),
        ClauseDetail::SanctionsSuspension => {
            "suspension for sanctions or export control".to_string()
        }
        ClauseDetail::OpenSource { stance } => format!("open source {}", stance.name()),
        ClauseDetail::SourceCode { stance } => format!("source code {}", stance.name()),
        ClauseDetail::DataSensitivity { categories } => {
            let names: Vec<&str> = categories.iter().map(|c| c.name()).collect();
            format!("sensitive data: {}", names.join(", "))
        }
        ClauseDetail::GovernmentAccess {
            notify,
            contest,
            stance,
        } => {
            let mut parts = vec![format!("authority requests for the data {}", stance.name())];
            parts.extend(flag(*notify, "buyer notified"));
            parts.extend(flag(*contest, "contested"));
            parts.join(", ")
        }
        ClauseDetail::ChangeOfControl {
            notify,
            approval,
            termination,
            stance,
        } => {
            let mut parts = vec![format!("change of control {}", stance.name())];
            parts.extend(flag(*notify, "buyer notified"));
            parts.extend(flag(*approval, "buyer's approval"));
            parts.extend(flag(*termination, "buyer may terminate"));
            parts.join(", ")
        }
        ClauseDetail::ProcessingTerms { stance } => {
            format!("GDPR art. 28 processing terms {}", stance.name())
        }
        ClauseDetail::AuditRight {
            reports_only,
            stance,
        } => {
            let mut parts = vec![format!("buyer's audit right {}", stance.name())];
            parts.extend(flag(*reports_only, "met by reports"));
            parts.join(", ")
        }
        ClauseDetail::Telemetry { limited, stance } => {
            let mut parts = vec![format!("telemetry {}", stance.name())];
            parts.extend(flag(*limited, "limited"));
            parts.join(", ")
        }
        ClauseDetail::DataUse {
            ai_training,
            stance,
        } => {
            let purpose = if *ai_training {
                "to train AI models"
            } else {
                "for the provider's own services"
            };
            format!("use of the data {purpose} {}", stance.name())
        }
    }
}

/// A list of facts as JSON.
pub fn to_json(facts: &[Facts]) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(facts)
}
