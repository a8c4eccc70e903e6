//! Evaluation: facts in, findings and the scorecard out, with what the policies return
//! validated.

use std::sync::{Arc, OnceLock};

use chrono::NaiveDate;
use regorus::languages::rego::compiler::Compiler;
use regorus::rvm::{Program, RegoVM};
use regorus::{Engine, QueryResults, Value};
use serde_json::json;

use super::fingerprint;
use super::load::{clean, syntax_error};
use super::messages::{
    DEFAULT_LANGUAGE, RULE_CLAUSE, RULE_REMEDIATION, RULE_TITLE, Rendered, message_key,
    reference_key, rule_key,
};
use super::{PolicyError, PolicySet, SCORECARD_PACKAGE};
use crate::model::{
    Evidence, Exception, Facts, Finding, LegalForce, MessageRef, OBJECTIVE_IDS, SEAL_LEVELS,
    Scorecard, Severity, SuggestedClause,
};

/// The package of the rules that gather every rule set, and the scorecard, into one value.
const GATHERING_PACKAGE: &str = "tenderlint_gathered";

/// The gathering rule of an evaluation: every rule set in the order of the packages, then the
/// scorecard when asked.
fn gathering_rule(with_scorecard: bool) -> String {
    let name = if with_scorecard {
        "with_scorecard"
    } else {
        "sets"
    };
    format!("data.{GATHERING_PACKAGE}.{name}")
}

/// The engine evaluations clone: the set's, with the gathering rules added and analysed at load.
/// Evaluating one rule instead of a query spares each evaluation the parsing and analysis of
/// the query; the set's own engine stays as written, for its tests and their coverage.
pub(super) fn evaluation_engine(
    engine: &Engine,
    packages: &[(String, Vec<(&'static str, Severity)>)],
) -> Result<Engine, PolicyError> {
    let sets: Vec<String> = packages
        .iter()
        .flat_map(|(package, sets)| {
            sets.iter()
                .map(move |(set, _)| format!("data.{package}.{set}"))
        })
        .collect();
    let scorecard = format!(
        "{{\"framework\": data.{SCORECARD_PACKAGE}.framework, \"objectives\": data.{SCORECARD_PACKAGE}.objectives}}"
    );
    let module = format!(
        "package {GATHERING_PACKAGE}\n\nsets := [{}]\n\nwith_scorecard := [{}]\n",
        sets.join(", "),
        [sets, vec![scorecard]].concat().join(", ")
    );
    let file = format!("{GATHERING_PACKAGE}.rego");
    let mut evaluation = engine.clone();
    evaluation
        .add_policy(file.clone(), module)
        .map_err(|e| syntax_error(&file, &e.to_string()))?;
    run_query(&mut evaluation, "true")?;
    Ok(evaluation)
}

/// The gathering rules compiled into programs of regorus's register VM, each on its first
/// evaluation (a process that only reads facts, or never asks for the rule sets alone, compiles
/// nothing), then shared by every evaluation of the set. The VM runs them about 1.2 times faster
/// than the interpreter walks the rules; the interpreter stays the reference: the parity test
/// holds the two to the same judgements on every fixture and copied real document.
#[derive(Debug, Default)]
pub(super) struct Programs {
    sets: OnceLock<Result<Arc<Program>, String>>,
    with_scorecard: OnceLock<Result<Arc<Program>, String>>,
}

impl Programs {
    /// The program of the gathering rule, compiled from `evaluation` on first need.
    fn of(&self, evaluation: &Engine, with_scorecard: bool) -> Result<&Arc<Program>, PolicyError> {
        let rule = gathering_rule(with_scorecard);
        let cell = if with_scorecard {
            &self.with_scorecard
        } else {
            &self.sets
        };
        cell.get_or_init(|| {
            let mut engine = evaluation.clone();
            let compiled = engine
                .compile_with_entrypoint(&regorus::Rc::from(rule.as_str()))
                .map_err(|e| clean(&e.to_string()))?;
            Compiler::compile_from_policy(&compiled, &[rule.as_str()])
                .map_err(|e| clean(&e.to_string()))
        })
        .as_ref()
        .map_err(|message| PolicyError::Evaluation {
            query: rule.clone(),
            message: format!("compiling for the register VM: {message}"),
        })
    }
}

/// How an evaluation runs the gathering rule.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Evaluator {
    RegisterVm,
    Interpreter,
}

/// A query's results; an engine error names the query.
pub(super) fn run_query(engine: &mut Engine, query: &str) -> Result<QueryResults, PolicyError> {
    engine
        .eval_query(query.to_string(), false)
        .map_err(|e| PolicyError::Evaluation {
            query: query.to_string(),
            message: clean(&e.to_string()),
        })
}

/// One rule's value; an engine error names the rule.
fn rule_value(engine: &mut Engine, path: &str) -> Result<Value, PolicyError> {
    engine
        .eval_rule(path.to_string())
        .map_err(|e| PolicyError::Evaluation {
            query: path.to_string(),
            message: clean(&e.to_string()),
        })
}

/// How many instructions one evaluation may run. regorus's default (25,000) stops a 10-page
/// tender's judgement; a 300-page one needs under a million. The interpreter has no bound, the
/// facts a document yields are capped (names per sentence, sentences per fact), and the pack
/// cannot loop: this only stops a house pack gone wrong, a thousand times past the largest
/// tender measured.
const MAX_VM_INSTRUCTIONS: usize = 1_000_000_000;

/// The value of `rule` run by the register VM on `input`; a VM error names the rule.
fn run(
    program: &Arc<Program>,
    data: Value,
    input: Value,
    rule: &str,
) -> Result<Value, PolicyError> {
    let failed = |e: &dyn std::fmt::Display| PolicyError::Evaluation {
        query: rule.to_string(),
        message: clean(&e.to_string()),
    };
    let mut vm = RegoVM::new();
    vm.set_max_instructions(MAX_VM_INSTRUCTIONS);
    vm.load_program(Arc::clone(program));
    vm.set_data(data).map_err(|e| failed(&e))?;
    vm.set_input(input);
    vm.execute_entry_point_by_name(rule).map_err(|e| failed(&e))
}

/// A value the engine returned, as JSON.
fn to_json(query: &str, value: &Value) -> Result<serde_json::Value, PolicyError> {
    serde_json::to_value(value).map_err(|e| PolicyError::Evaluation {
        query: query.to_string(),
        message: e.to_string(),
    })
}

/// The prefix of the scorecard's messages in the catalogues (`scorecard-floor`), as a rule id
/// is of its findings'.
const SCORECARD_MESSAGES: &str = "scorecard";

/// A message in English, its id in the catalogues and its arguments (none for a message a rule
/// wrote out).
type WrittenMessage = (
    String,
    Option<String>,
    serde_json::Map<String, serde_json::Value>,
);

/// What the policies say of one document or package.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The findings, most severe first.
    pub findings: Vec<Finding>,
    /// The sovereignty scorecard, when the policy set has the scorecard package.
    pub scorecard: Option<Scorecard>,
}

impl PolicySet {
    /// An error unless the data defines the profile (a set without profiles takes any name).
    pub fn check_profile(&self, profile: &str) -> Result<(), PolicyError> {
        if self.profiles.is_empty() || self.profiles.iter().any(|p| p.name == profile) {
            Ok(())
        } else {
            Err(PolicyError::UnknownProfile {
                name: profile.to_string(),
                known: self.profiles().join(", "),
            })
        }
    }

    /// The findings on facts under a profile at a date, without the scorecard: what the rule
    /// sets alone cost (the benchmark compares it with OPA on the same sets).
    pub fn evaluate(
        &self,
        facts: &Facts,
        profile: &str,
        as_of: NaiveDate,
    ) -> Result<Vec<Finding>, PolicyError> {
        Ok(self
            .judged(facts, profile, as_of, false, Evaluator::RegisterVm)?
            .findings)
    }

    /// Judges facts under a profile, at a date: the findings of the rules in force on that
    /// date (which see it as `input.as_of`) and the scorecard, from one query.
    pub fn judge(
        &self,
        facts: &Facts,
        profile: &str,
        as_of: NaiveDate,
    ) -> Result<Judgement, PolicyError> {
        self.judged(facts, profile, as_of, self.scorecard, Evaluator::RegisterVm)
    }

    /// The same judgement by regorus's interpreter, which walks the rules instead of running
    /// them compiled: the reference the register VM is held to (the parity test).
    pub fn judge_interpreted(
        &self,
        facts: &Facts,
        profile: &str,
        as_of: NaiveDate,
    ) -> Result<Judgement, PolicyError> {
        self.judged(
            facts,
            profile,
            as_of,
            self.scorecard,
            Evaluator::Interpreter,
        )
    }

    /// Each evaluation runs on a VM of its own, or a clone of the prepared engine, so a policy
    /// set can be shared between threads.
    fn judged(
        &self,
        facts: &Facts,
        profile: &str,
        as_of: NaiveDate,
        with_scorecard: bool,
        evaluator: Evaluator,
    ) -> Result<Judgement, PolicyError> {
        self.check_profile(profile)?;
        let as_of_text = as_of.format("%Y-%m-%d").to_string();
        let input = Value::from(json!({ "facts": facts, "profile": profile, "as_of": as_of_text }));
        let (values, scorecard) = self.values(&input, with_scorecard, evaluator)?;
        let order = DocumentOrder::of(facts);
        let scorecard = scorecard
            .map(|value| self.written_scorecard(value))
            .transpose()?
            .map(|value| validated_scorecard(value, &order))
            .transpose()?;
        let sets = self
            .packages
            .iter()
            .flat_map(|(package, sets)| sets.iter().map(move |s| (package, s)));
        let mut findings = Vec::new();
        for ((package, &(set, default_severity)), value) in sets.zip(&values) {
            // An undefined set (`deny := {...} if false`) has nothing to say.
            if value.is_null() {
                continue;
            }
            let invalid = |message: String| PolicyError::InvalidFinding {
                package: package.clone(),
                set: set.to_string(),
                message,
            };
            let items = value
                .as_array()
                .ok_or_else(|| invalid(format!("{set} must be a set of findings, not {value}")))?;
            for item in items {
                if let Some(finding) = self
                    .finding(item, default_severity, profile, &as_of_text)
                    .map_err(invalid)?
                {
                    findings.push(finding);
                }
            }
        }
        let mut findings = merged(findings, &order);
        fingerprint::assign(&mut findings, facts.name());
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| order.first(a).cmp(&order.first(b)))
                .then_with(|| a.rule.cmp(&b.rule))
                .then_with(|| a.message.cmp(&b.message))
        });
        Ok(Judgement {
            findings,
            scorecard,
        })
    }

    /// The value of every rule set, in the order of `packages`, `null` where a set is
    /// undefined; and the scorecard's, when the set has one. One rule gathers them all: regorus
    /// caches rule values within an evaluation only, so the library helpers are computed once
    /// instead of once per set. An array with an undefined member is itself undefined, so that
    /// (rare) case is evaluated set by set.
    fn values(
        &self,
        input: &Value,
        with_scorecard: bool,
        evaluator: Evaluator,
    ) -> Result<(Vec<serde_json::Value>, Option<serde_json::Value>), PolicyError> {
        let rule = gathering_rule(with_scorecard);
        // The interpreter's clone of the prepared engine, with the input.
        let interpreter = || {
            let mut engine = self.evaluation.clone();
            engine.set_input(input.clone());
            engine
        };
        let all = match evaluator {
            Evaluator::RegisterVm => {
                let program = self.programs.of(&self.evaluation, with_scorecard)?;
                run(program, self.evaluation.get_data(), input.clone(), &rule)?
            }
            Evaluator::Interpreter => rule_value(&mut interpreter(), &rule)?,
        };
        if all != Value::Undefined {
            match to_json(&rule, &all)? {
                serde_json::Value::Array(mut values)
                    if values.len() == self.set_count() + usize::from(with_scorecard) =>
                {
                    let scorecard = if with_scorecard { values.pop() } else { None };
                    return Ok((values, scorecard));
                }
                _ => {}
            }
        }
        // The rare case, set by set, by the interpreter.
        let engine = &mut interpreter();
        let mut values = Vec::new();
        for (package, sets) in &self.packages {
            for (set, _) in sets {
                let query = format!("data.{package}.{set}");
                values.push(match rule_value(engine, &query)? {
                    Value::Undefined => serde_json::Value::Null,
                    value => to_json(&query, &value)?,
                });
            }
        }
        let scorecard = if with_scorecard {
            let mut parts = serde_json::Map::new();
            for part in ["framework", "objectives"] {
                let query = format!("data.{SCORECARD_PACKAGE}.{part}");
                let value = rule_value(engine, &query)?;
                if value == Value::Undefined {
                    return Err(invalid_scorecard(format!("{part} is undefined")));
                }
                parts.insert(part.to_string(), to_json(&query, &value)?);
            }
            Some(serde_json::Value::Object(parts))
        } else {
            None
        };
        Ok((values, scorecard))
    }

    fn set_count(&self) -> usize {
        self.packages.iter().map(|(_, sets)| sets.len()).sum()
    }

    /// Checks what a rule returned and completes it with the rule's METADATA and the references
    /// that hold under the profile; `None` when the rule is not in force on `as_of`.
    fn finding(
        &self,
        item: &serde_json::Value,
        default_severity: Severity,
        profile: &str,
        as_of: &str,
    ) -> Result<Option<Finding>, String> {
        let field = |name: &str| item.get(name).and_then(|v| v.as_str());
        let rule =
            field("rule").ok_or_else(|| format!("a finding has no \"rule\" string: {item}"))?;
        let (message, message_id, arguments) = self.message_of(rule, item.get("message"))?;
        let severity = match item.get("severity") {
            None => default_severity,
            Some(value) => value.as_str().and_then(Severity::parse).ok_or_else(|| {
                format!(
                    "finding of {rule} has an unknown severity {value} (error, warning or info)"
                )
            })?,
        };
        let info = self
            .rule(rule)
            .ok_or_else(|| format!("rule {rule} has no METADATA block with custom.id: {rule}"))?;
        let evidence: Vec<Evidence> = match item.get("evidence") {
            None => Vec::new(),
            Some(value) => serde_json::from_value(value.clone())
                .map_err(|e| format!("finding of {rule} has invalid evidence: {e}"))?,
        };
        let exception = match item.get("exception") {
            None => None,
            Some(value) => Some(self.exception_of(rule, value)?),
        };
        // An exception never fails a check: it must say why, and stand on the tender's words.
        if exception
            .as_ref()
            .is_some_and(|e| e.reason.trim().is_empty() || e.evidence.is_empty())
        {
            return Err(format!(
                "finding of {rule}: an exception needs a reason and the evidence of the tender that establishes it"
            ));
        }
        let laws = match item.get("laws") {
            None => Vec::new(),
            Some(value) => {
                let ids: Vec<String> = serde_json::from_value(value.clone()).map_err(|e| {
                    format!("finding of {rule}: \"laws\" must list foreign law ids: {e}")
                })?;
                ids.iter()
                    .map(|id| {
                        self.references
                            .get(id)
                            .filter(|law| law.legal_force == LegalForce::ForeignLaw)
                            .cloned()
                            .ok_or_else(|| {
                                format!(
                                    "finding of {rule} names {id:?}, not a law of data/laws.json"
                                )
                            })
                    })
                    .collect::<Result<Vec<_>, _>>()?
            }
        };
        // ISO dates compare as text.
        let started = info
            .effective_from
            .as_deref()
            .is_none_or(|from| from <= as_of);
        let lapsed = info
            .effective_until
            .as_deref()
            .is_some_and(|until| until < as_of);
        if !started || lapsed {
            return Ok(None);
        }
        Ok(Some(Finding {
            rule: rule.to_string(),
            severity,
            title: info.title.clone(),
            rule_version: info.version,
            message,
            message_id,
            arguments,
            evidence,
            legal_basis: self.cited(info, profile, &laws),
            remediation: info.remediation.clone(),
            clause: None,
            fingerprint: String::new(),
            known: false,
            waiver: None,
            exception,
        }))
    }

    /// What a rule says of a finding it excepts: `{"reason", "evidence"}`, the reason a string
    /// or `lib.message(id, args)` like a finding's message.
    fn exception_of(&self, rule: &str, value: &serde_json::Value) -> Result<Exception, String> {
        let invalid = |e: String| {
            format!("finding of {rule}: \"exception\" must be {{\"reason\", \"evidence\"}}: {e}")
        };
        if !value.is_object() {
            return Err(invalid(format!("not {value}")));
        }
        let evidence: Vec<Evidence> = match value.get("evidence") {
            Some(evidence) => {
                serde_json::from_value(evidence.clone()).map_err(|e| invalid(e.to_string()))?
            }
            None => Vec::new(),
        };
        let (reason, id, arguments) = match value.get("reason") {
            None => (String::new(), None, serde_json::Map::new()),
            reason => self.message_of(rule, reason).map_err(invalid)?,
        };
        Ok(Exception {
            reason,
            reason_message: id.map(|id| MessageRef { id, arguments }),
            evidence,
        })
    }

    /// A finding's message in English, with its id and arguments: a string a rule wrote out,
    /// or `lib.message(id, args)`, `{"id": …, "args": {…}}`, worded by the catalogues.
    fn message_of(
        &self,
        rule: &str,
        value: Option<&serde_json::Value>,
    ) -> Result<WrittenMessage, String> {
        let object = match value {
            Some(serde_json::Value::String(text)) => {
                return Ok((text.clone(), None, serde_json::Map::new()));
            }
            Some(serde_json::Value::Object(object)) => object,
            _ => {
                return Err(format!(
                    "finding of {rule} has no message: a string, or lib.message(id, args)"
                ));
            }
        };
        let id = object
            .get("id")
            .and_then(|id| id.as_str())
            .ok_or_else(|| format!("the message of a finding of {rule} has no \"id\" string"))?;
        let arguments = match object.get("args") {
            None => serde_json::Map::new(),
            Some(serde_json::Value::Object(args)) => args.clone(),
            Some(other) => {
                return Err(format!(
                    "the arguments of message {id} of {rule} must be an object, not {other}"
                ));
            }
        };
        let key = message_key(rule, id);
        let rendered = self
            .catalogues
            .message(DEFAULT_LANGUAGE, &key, &arguments)?;
        Ok((rendered.text, Some(key), arguments))
    }

    /// The scorecard package's value with its reasons written in English: a reason given as
    /// `lib.message(id, args)` becomes the text of `scorecard-<id>`, its message kept beside it
    /// (`reason_messages`) so the report can be written in another language.
    fn written_scorecard(
        &self,
        mut value: serde_json::Value,
    ) -> Result<serde_json::Value, PolicyError> {
        let objectives = value
            .get_mut("objectives")
            .and_then(|o| o.as_array_mut())
            .into_iter()
            .flatten();
        for objective in objectives {
            let Some(reasons) = objective.get("reasons").and_then(|r| r.as_array()) else {
                continue;
            };
            if !reasons.iter().any(|r| r.is_object()) {
                continue;
            }
            let mut texts = Vec::new();
            let mut written = Vec::new();
            for reason in reasons {
                let (text, id, arguments) = self
                    .message_of(SCORECARD_MESSAGES, Some(reason))
                    .map_err(invalid_scorecard)?;
                let id = id.ok_or_else(|| {
                    invalid_scorecard(
                        "reasons are all messages (lib.message) or all text".to_string(),
                    )
                })?;
                texts.push(serde_json::Value::String(text));
                written.push(serde_json::json!({ "id": id, "arguments": arguments }));
            }
            objective["reasons"] = serde_json::Value::Array(texts);
            objective["reason_messages"] = serde_json::Value::Array(written);
        }
        Ok(value)
    }

    /// Writes a scorecard's reasons in `lang`; gives what the catalogues lacked.
    pub fn localize_scorecard(&self, scorecard: &mut Scorecard, lang: &str) -> Vec<String> {
        let mut missing = Vec::new();
        for objective in &mut scorecard.objectives {
            if objective.reason_messages.len() != objective.reasons.len() {
                continue;
            }
            for (reason, message) in objective.reasons.iter_mut().zip(&objective.reason_messages) {
                match self
                    .catalogues
                    .message(lang, &message.id, &message.arguments)
                {
                    Ok(rendered) => {
                        missing.extend(rendered.missing);
                        *reason = rendered.text;
                    }
                    Err(error) => missing.push(error),
                }
            }
        }
        missing
    }

    /// Writes a finding in `lang`: its title, message, remediation and the descriptions of its
    /// references from the catalogues (the English ones are the rule's METADATA and the data),
    /// and the clause the remediation proposes in the tender's language when the catalogues
    /// have it. Returns what the catalogues lacked (the English text then stands in).
    pub fn localize(&self, finding: &mut Finding, lang: &str, tender: Option<&str>) -> Vec<String> {
        let mut missing = Vec::new();
        let mut take = |rendered: Result<Rendered, String>| match rendered {
            Ok(rendered) => {
                missing.extend(rendered.missing);
                Some(rendered.text)
            }
            Err(error) => {
                missing.push(error);
                None
            }
        };
        let rule = rule_key(&finding.rule);
        // A rule no catalogue translates (a house rule written in one language) keeps its
        // METADATA texts and proposes no clause.
        let translated = self.catalogues.defines(&rule);
        if let Some(info) = self.rule(&finding.rule).filter(|_| translated) {
            (finding.title, finding.remediation) = if lang == DEFAULT_LANGUAGE {
                (info.title.clone(), info.remediation.clone())
            } else {
                (
                    take(self.catalogues.text(lang, &rule, Some(RULE_TITLE)))
                        .unwrap_or_else(|| info.title.clone()),
                    take(self.catalogues.text(lang, &rule, Some(RULE_REMEDIATION)))
                        .unwrap_or_else(|| info.remediation.clone()),
                )
            };
        }
        let clause_lang = self.catalogues.language_for(tender, Some(lang));
        finding.clause = if translated {
            take(self.catalogues.text(&clause_lang, &rule, Some(RULE_CLAUSE))).map(|text| {
                SuggestedClause {
                    lang: clause_lang,
                    text,
                }
            })
        } else {
            None
        };
        if let Some(key) = &finding.message_id
            && let Some(text) = take(self.catalogues.message(lang, key, &finding.arguments))
        {
            finding.message = text;
        }
        if let Some(exception) = &mut finding.exception
            && let Some(message) = &exception.reason_message
            && let Some(text) = take(
                self.catalogues
                    .message(lang, &message.id, &message.arguments),
            )
        {
            exception.reason = text;
        }
        // Foreign laws are cited by their own title in every language; the English
        // descriptions are the catalogue's (a stored report may be written again in English).
        for reference in &mut finding.legal_basis {
            let text = if lang == DEFAULT_LANGUAGE {
                self.references
                    .get(&reference.id)
                    .map(|r| r.description.clone())
            } else if reference.legal_force == LegalForce::ForeignLaw || reference.id.is_empty() {
                // Written out in a rule's METADATA, a reference has no id to translate by.
                None
            } else {
                take(
                    self.catalogues
                        .text(lang, &reference_key(&reference.id), None),
                )
            };
            if let Some(text) = text {
                reference.description = text;
            }
        }
        missing
    }
}

fn invalid_scorecard(message: String) -> PolicyError {
    PolicyError::InvalidScorecard {
        package: SCORECARD_PACKAGE.to_string(),
        message,
    }
}

/// Checks what the scorecard package returned: the framework's objectives, each once, in
/// order; levels within SEAL-0 to SEAL-4, present exactly when the objective is assessable;
/// evidence in document order, each sentence once.
fn validated_scorecard(
    value: serde_json::Value,
    order: &DocumentOrder<'_>,
) -> Result<Scorecard, PolicyError> {
    let mut scorecard: Scorecard =
        serde_json::from_value(value).map_err(|e| invalid_scorecard(e.to_string()))?;
    let ids: Vec<&str> = scorecard.objectives.iter().map(|o| o.id.as_str()).collect();
    if ids != OBJECTIVE_IDS {
        return Err(invalid_scorecard(format!(
            "objectives must be {} in that order, not {}",
            OBJECTIVE_IDS.join(", "),
            ids.join(", ")
        )));
    }
    for objective in &mut scorecard.objectives {
        let id = &objective.id;
        match (objective.assessable, objective.floor, objective.ceiling) {
            (true, Some(floor), Some(ceiling)) => {
                for (what, level) in [("floor", floor), ("ceiling", ceiling)] {
                    if !SEAL_LEVELS.contains(&level) {
                        return Err(invalid_scorecard(format!(
                            "{id} has {what} {level}, outside SEAL-0 to SEAL-4"
                        )));
                    }
                }
            }
            (true, _, _) => {
                return Err(invalid_scorecard(format!(
                    "{id} is assessable but lacks a floor or a ceiling"
                )));
            }
            (false, None, None) => {}
            (false, _, _) => {
                return Err(invalid_scorecard(format!(
                    "{id} is not assessable but has a floor or a ceiling"
                )));
            }
        }
        if objective.reasons.is_empty() {
            return Err(invalid_scorecard(format!("{id} gives no reason")));
        }
        objective.evidence.sort_by_key(|e| order.key(e));
        objective.evidence.dedup_by_key(|e| order.key(e));
    }
    Ok(scorecard)
}

/// Where evidence stands in a package: its document's place in the package, then its place in
/// the document. Offsets of different documents are not comparable on their own.
struct DocumentOrder<'a> {
    names: Vec<&'a str>,
}

impl<'a> DocumentOrder<'a> {
    fn of(facts: &'a Facts) -> Self {
        DocumentOrder {
            names: facts.documents.iter().map(|d| d.name.as_str()).collect(),
        }
    }

    fn key(&self, evidence: &Evidence) -> (usize, usize) {
        let document = self
            .names
            .iter()
            .position(|name| *name == evidence.document)
            .unwrap_or(self.names.len());
        (document, evidence.start)
    }

    /// Where a finding's first evidence stands; absence findings (no evidence) come last.
    fn first(&self, finding: &Finding) -> (usize, usize) {
        finding
            .evidence
            .first()
            .map_or((usize::MAX, usize::MAX), |e| self.key(e))
    }
}

/// One finding per rule and subject: the same problem said in several sentences (the same brand
/// required in five places, in other words in some) is one finding quoting each sentence, which
/// reads better and counts honestly. It keeps the message of its first sentence in the
/// documents' order (Rego returns findings in no particular order). A finding quotes each
/// sentence once: a rule that cites a sentence for two reasons (the cut text that is also the
/// one naming hosting, v57), or the same words at two places of a document (a contents entry
/// and its heading), shows it once, where it first stands.
fn merged(mut findings: Vec<Finding>, order: &DocumentOrder<'_>) -> Vec<Finding> {
    findings.sort_by_key(|f| order.first(f));
    let mut merged: Vec<(String, Finding)> = Vec::with_capacity(findings.len());
    for mut finding in findings {
        let subject = finding.subject();
        match merged
            .iter_mut()
            .find(|(s, f)| f.rule == finding.rule && *s == subject)
            .map(|(_, f)| f)
        {
            Some(kept) => {
                kept.severity = kept.severity.max(finding.severity);
                for evidence in finding.evidence {
                    push_unless_quoted(&mut kept.evidence, evidence, order);
                }
                kept.evidence.sort_by_key(|e| order.key(e));
            }
            None => {
                let evidence = std::mem::take(&mut finding.evidence);
                for each in evidence {
                    push_unless_quoted(&mut finding.evidence, each, order);
                }
                merged.push((subject, finding));
            }
        }
    }
    merged.into_iter().map(|(_, finding)| finding).collect()
}

/// Adds a piece of evidence unless the list already quotes the same place, or the same words
/// in the same document.
fn push_unless_quoted(list: &mut Vec<Evidence>, evidence: Evidence, order: &DocumentOrder<'_>) {
    let key = order.key(&evidence);
    let quoted = list.iter().any(|e| {
        order.key(e) == key || (e.document == evidence.document && e.quote == evidence.quote)
    });
    if !quoted {
        list.push(evidence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(rule: &str, message: &str, at: (&str, usize), severity: Severity) -> Finding {
        let (document, start) = at;
        let evidence = Evidence {
            start,
            end: start + 10,
            ..Evidence::quoting(document, &format!("sentence at {start}"))
        };
        Finding::sample(rule, severity, message, vec![evidence])
    }

    /// A scorecard as the package returns it, with every objective assessable at `levels`.
    fn scorecard_value(ids: &[&str], levels: (u8, u8)) -> serde_json::Value {
        let objectives: Vec<serde_json::Value> = ids
            .iter()
            .map(|id| {
                json!({"id": id, "name": id, "weight": 10, "assessable": true, "floor": levels.0,
                       "ceiling": levels.1, "evidence": [], "reasons": ["why"]})
            })
            .collect();
        json!({
            "framework": {"name": "CSF", "publisher": "EC", "version": "1", "published": "2025",
                          "url": "https://example.eu", "as_of": "2026-01-01", "note": ""},
            "objectives": objectives,
        })
    }

    #[test]
    fn a_scorecard_is_the_eight_objectives_with_seal_levels() {
        let order = DocumentOrder { names: Vec::new() };
        let valid = validated_scorecard(scorecard_value(&OBJECTIVE_IDS, (3, 1)), &order);
        assert!(valid.is_ok_and(|s| s.objectives[0].is_contradictory()));
        let unknown = validated_scorecard(scorecard_value(&["SOV-1", "SOV-9"], (0, 4)), &order);
        let message = unknown.map(|_| ()).unwrap_err().to_string();
        assert!(
            message.starts_with(
                "package tenderlint.scorecard: invalid scorecard: objectives must be SOV-1"
            ),
            "{message}"
        );
        let too_high = validated_scorecard(scorecard_value(&OBJECTIVE_IDS, (0, 5)), &order);
        assert!(
            too_high
                .map(|_| ())
                .unwrap_err()
                .to_string()
                .contains("SOV-1 has ceiling 5, outside SEAL-0 to SEAL-4")
        );
    }

    #[test]
    fn one_brand_named_in_other_words_is_one_finding() {
        let order = DocumentOrder {
            names: vec!["CCTP.pdf"],
        };
        let named = |product: &str, quote: &str, start: usize| {
            let mut finding = finding(
                "vendor_neutrality.brand_without_equivalent",
                &format!("requires {quote}"),
                ("CCTP.pdf", start),
                Severity::Error,
            );
            finding.message_id = Some("named".to_string());
            finding.arguments = serde_json::Map::from_iter([
                ("product".to_string(), json!(product)),
                ("quote".to_string(), json!(quote)),
            ]);
            finding
        };
        let findings = merged(
            vec![
                named("Microsoft Azure", "Azure", 80),
                named("Microsoft Azure", "Microsoft Azure", 10),
                named("Amazon Web Services", "AWS", 40),
            ],
            &order,
        );
        let kept: Vec<(&str, usize)> = findings
            .iter()
            .map(|f| (f.message.as_str(), f.evidence.len()))
            .collect();
        assert_eq!(
            kept,
            vec![("requires Microsoft Azure", 2), ("requires AWS", 1)]
        );
    }

    #[test]
    fn one_finding_per_rule_and_subject_quoting_every_sentence_in_package_order() {
        let order = DocumentOrder {
            names: vec!["CCTP.pdf", "CCAP.pdf"],
        };
        let findings = merged(
            vec![
                finding("a.b", "requires X", ("CCTP.pdf", 50), Severity::Warning),
                finding("a.b", "requires Y", ("CCTP.pdf", 10), Severity::Warning),
                finding("a.b", "requires X", ("CCAP.pdf", 20), Severity::Error),
                finding("a.b", "requires X", ("CCTP.pdf", 50), Severity::Warning),
                finding("a.b", "requires X", ("CCAP.pdf", 50), Severity::Warning),
                finding("c.d", "requires X", ("CCTP.pdf", 30), Severity::Info),
            ],
            &order,
        );
        assert_eq!(findings.len(), 3);
        let x = findings
            .iter()
            .find(|f| f.rule == "a.b" && f.message == "requires X")
            .unwrap_or_else(|| panic!("{findings:?}"));
        assert_eq!(x.severity, Severity::Error);
        let places: Vec<(&str, usize)> = x
            .evidence
            .iter()
            .map(|e| (e.document.as_str(), e.start))
            .collect();
        assert_eq!(
            places,
            [("CCTP.pdf", 50), ("CCAP.pdf", 20), ("CCAP.pdf", 50)]
        );
    }

    #[test]
    fn a_finding_quotes_each_sentence_once_in_the_order_its_rule_gave() {
        let order = DocumentOrder {
            names: vec!["CCTP.pdf"],
        };
        let mut cut = finding("a.b", "cut", ("CCTP.pdf", 90), Severity::Info);
        let at = |start: usize, quote: &str| Evidence {
            start,
            end: start + 10,
            ..Evidence::quoting("CCTP.pdf", quote)
        };
        cut.evidence = vec![
            at(90, "the cut sentence"),
            at(10, "a hosting sentence"),
            at(90, "the cut sentence"),
            at(40, "- 3.1 Hosting"),
            at(60, "- 3.1 Hosting"),
        ];
        let findings = merged(vec![cut], &order);
        let places: Vec<usize> = findings[0].evidence.iter().map(|e| e.start).collect();
        assert_eq!(places, [90, 10, 40]);
    }
}
