//! A list of words and phrases matched case-insensitively on word boundaries, behind a gate of
//! literal anchors.
//!
//! Most sentences hold none of the words of most lists, yet a regex of a long case-insensitive
//! list scans every byte of the text in its lazy DFA (about 300 MB/s) and costs milliseconds to
//! compile. Every match of a list starts with one of a few literal prefixes ("héberg", "host",
//! "betrieb"…), or, when matches may start anywhere, holds one in a part it cannot do without.
//! They are read from the patterns once, and the regex is compiled and run only when one is
//! there. The gate never changes an answer: it only skips texts where the regex cannot match.
//!
//! The lists of the lexicons are asked about the same sentence a hundred times over (1,700
//! questions a page), and one Aho-Corasick pass per question was a third of the cost of facts.
//! So the anchors of every registered list are gathered in one automaton, and a block of the
//! document is scanned once ([`scan`]): while the scan is in force, a question about a text
//! inside the block is answered from the anchors found there, by position. Other texts (a copy
//! with brand names blanked, a heading) use the list's own automaton, built on first need.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, LazyLock, Mutex, OnceLock, RwLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex_automata::meta;
use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange, Hir, HirKind};

use crate::patterns::LAZY_DFA_BYTES;

/// Case variants a single anchor may take through its letters outside ASCII ("é", "É"); past
/// this the anchor is cut before the letter, which keeps it a prefix of every match.
const MAX_VARIANTS_PER_ANCHOR: usize = 16;

/// Anchors found in one block past which the block is not indexed (its questions go to each
/// list's own automaton): bounds the memory of a hostile block made of one short word repeated.
const MAX_HITS_PER_BLOCK: usize = 100_000;

/// The letters and digits of the Latin script, in which the six languages of the lists are
/// written: a word character (`\w` in a pattern) and what a word boundary is not. Unicode's
/// classes of all letters compile to automata tens of times larger, for scripts no word of the
/// lists is written in; a letter of another script counts as a boundary. The class holds both
/// cases already, so it is written outside case folding (`(?-i:…)`), which would only add the
/// Kelvin and Ångström signs (gone after NFC) and costs a fifth of compiling a list.
const LETTERS_AND_DIGITS: &str = letters_and_digits!();

macro_rules! letters_and_digits {
    () => {
        r"0-9A-Za-z\x{00C0}-\x{024F}\x{1E00}-\x{1EFF}"
    };
}
use letters_and_digits;

/// The character that ends a word inside a clause, where a pattern needs a word boundary
/// within it: neither a letter or digit of the Latin script, nor `_`, nor the full stop or
/// semicolon that close a clause ("offres[^.;]{0,49}{WORD_END_IN_CLAUSE}signées"). Patterns
/// consume it instead of writing `\b`: a Unicode word boundary makes the lazy DFA give up at the
/// first letter outside ASCII, and every sentence of French or German text was searched again by
/// the PikeVM (a tenth of the facts of a long tender).
pub const WORD_END_IN_CLAUSE: &str = concat!("(?-i:[^.;", letters_and_digits!(), "_])");

/// A compiled list of alternatives.
#[derive(Debug)]
pub struct WordList {
    pattern: String,
    /// The alternatives as the regex reads them.
    alternatives: Vec<String>,
    /// The alternatives as the regex reads them, joined, for the test that keeps
    /// [`KNOWN_ANCHORS`].
    #[cfg(test)]
    body: String,
    /// The literal prefixes of every match, in any case; `None` when the patterns start with
    /// something that is not a short list of literals (`\w`, `[^.;]`), and the regex always runs.
    anchors: Option<Vec<String>>,
    /// The list's place in the registry of the shared automaton.
    id: usize,
    /// The list's own automaton of anchors, for texts outside a scanned block, built once the
    /// list has been asked [`ASKED_BEFORE_AN_AUTOMATON`] times.
    gate: OnceLock<Option<AhoCorasick>>,
    /// How many times the list was asked about a text outside a scanned block.
    asked: AtomicU32,
    regex: OnceLock<meta::Regex>,
    /// The anchors of each alternative, read once a part of the list is first compiled.
    alternative_anchors: OnceLock<Vec<Option<Vec<String>>>>,
    /// Regexes of the alternatives a text's anchors leave possible, compiled before the whole.
    parts: Mutex<CompiledParts>,
    /// How many questions parts answered.
    asked_in_parts: AtomicU32,
}

/// The regexes of parts of a list compiled so far: a sentence holds the anchors of one or two
/// of a list's hundred alternatives, and compiling those costs a hundredth of the whole.
#[derive(Debug, Default)]
struct CompiledParts {
    /// The alternatives (by index) of each part, with its regex.
    compiled: Vec<(Vec<usize>, Arc<meta::Regex>)>,
    /// The bytes of pattern compiled in parts: past the whole list's, the whole is compiled.
    bytes: usize,
}

/// Parts compiled at most before the whole list is: a long document asks about many.
const MAX_COMPILED_PARTS: usize = 8;

/// Questions answered by parts at most before the whole list is compiled.
const MAX_QUESTIONS_IN_PARTS: u32 = 16;

/// The most anchors times bytes of text searched one by one to choose a part; past this, the
/// whole list is compiled.
const PART_SEARCH_BYTES: usize = 256 * 1024;

/// The regex that answers about one text: the whole list's, or a part's.
enum Answering<'a> {
    Whole(&'a meta::Regex),
    Part(Arc<meta::Regex>),
}

impl std::ops::Deref for Answering<'_> {
    type Target = meta::Regex;

    fn deref(&self) -> &meta::Regex {
        match self {
            Answering::Whole(regex) => regex,
            Answering::Part(regex) => regex,
        }
    }
}

/// A match of a list: where it lies in the text searched.
#[derive(Clone, Copy, Debug)]
pub struct Found<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Found<'h> {
    fn of(haystack: &'h str, span: regex_automata::Span) -> Self {
        Found {
            haystack,
            start: span.start,
            end: span.end,
        }
    }

    /// Where the match starts, in bytes.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends, in bytes.
    pub fn end(&self) -> usize {
        self.end
    }

    /// Where the match lies, in bytes.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text matched.
    pub fn as_str(&self) -> &'h str {
        // Matches of a UTF-8 pattern end on character boundaries; `get` only keeps the
        // guarantee from being a panic.
        self.haystack.get(self.start..self.end).unwrap_or_default()
    }
}

impl WordList {
    /// Compiles alternatives into one case-insensitive list matching on word boundaries, and
    /// registers its anchors for the shared automaton. An apostrophe in a pattern matches both
    /// ' and ’.
    pub fn new(alternatives: &[&str]) -> Self {
        let alternatives: Vec<String> = alternatives.iter().map(|a| in_syntax(a)).collect();
        let body = alternatives.join("|");
        let anchors = known_anchors(&body).unwrap_or_else(|| anchors(&body));
        WordList {
            pattern: pattern_of(&body),
            alternatives,
            #[cfg(test)]
            body,
            id: register(anchors.as_deref()),
            anchors,
            gate: OnceLock::new(),
            asked: AtomicU32::new(0),
            regex: OnceLock::new(),
            alternative_anchors: OnceLock::new(),
            parts: Mutex::default(),
            asked_in_parts: AtomicU32::new(0),
        }
    }

    /// The list's rows of [`KNOWN_ANCHORS`], for the whole and for each alternative, their
    /// anchors read from the patterns afresh.
    #[cfg(test)]
    pub(super) fn known_anchors_rows(&self) -> Vec<String> {
        std::iter::once((anchors_key(&self.body), anchors(&self.body)))
            .chain(
                self.alternatives
                    .iter()
                    .map(|a| (alternative_key(a), alternative_anchors(a))),
            )
            .map(|(key, anchors)| match anchors {
                None => format!("{key}\tnone"),
                Some(anchors) if anchors.iter().any(|a| a.contains(['\t', '\n'])) => {
                    format!("{key}\tread")
                }
                Some(anchors) => format!("{key}\tgate\t{}", anchors.join("\t")),
            })
            .collect()
    }

    /// Whether a text without any of the list's anchors is turned away before its regex runs;
    /// if not, the pattern (for a test's message).
    #[cfg(test)]
    pub(super) fn ungated(&self) -> Option<&str> {
        self.anchors.is_none().then_some(self.pattern.as_str())
    }

    /// Whether the lazy DFA would give up on the list's pattern at a letter outside ASCII (a
    /// Unicode word boundary `\b`, which it follows only in ASCII text), for the PikeVM to
    /// search the text again; if so, the pattern (for a test's message).
    #[cfg(test)]
    pub(super) fn quits_the_lazy_dfa(&self) -> Option<&str> {
        // Without Unicode word boundaries enabled, the lazy DFA refuses to build a pattern it
        // would have to quit on.
        use regex_automata::hybrid;
        hybrid::regex::Regex::builder()
            .dfa(hybrid::dfa::Config::new().cache_capacity(LAZY_DFA_BYTES))
            .build(&self.pattern)
            .is_err()
            .then_some(self.pattern.as_str())
    }

    /// Every match of the regex, the anchors not asked.
    #[cfg(test)]
    pub(super) fn unguarded_find_iter<'h>(
        &self,
        text: &'h str,
    ) -> impl Iterator<Item = Found<'h>> + use<'_, 'h> {
        self.regex()
            .find_iter(text)
            .map(move |m| Found::of(text, m.span()))
    }

    /// The regex, compiled on first need.
    fn regex(&self) -> &meta::Regex {
        self.regex.get_or_init(|| compile(&self.pattern))
    }

    /// The regex to ask about `text`: the whole list's once compiled, else that of the
    /// alternatives whose anchors `text` holds, in their order. Every match in `text` is one
    /// of theirs (an alternative matches nowhere its anchors are not), and the order keeps
    /// the leftmost-first choice, so both answer alike.
    fn regex_for(&self, text: &str) -> Answering<'_> {
        if let Some(whole) = self.regex.get() {
            return Answering::Whole(whole);
        }
        self.part_for(text)
            .map_or_else(|| Answering::Whole(self.regex()), Answering::Part)
    }

    /// The regex of the part of the list `text` leaves possible, compiled if new; `None` when
    /// the whole list is to be compiled instead.
    fn part_for(&self, text: &str) -> Option<Arc<meta::Regex>> {
        if !IN_PARTS.get() {
            return None;
        }
        self.anchors.as_ref()?;
        // Choosing a part searches every alternative's anchors: a list asked often (a long
        // document) is compiled whole instead.
        if self.asked_in_parts.fetch_add(1, Ordering::Relaxed) >= MAX_QUESTIONS_IN_PARTS {
            return None;
        }
        let anchors = self.alternative_anchors.get_or_init(|| {
            self.alternatives
                .iter()
                .map(|a| known_alternative_anchors(a).unwrap_or_else(|| alternative_anchors(a)))
                .collect()
        });
        let searched: usize = anchors.iter().flatten().map(Vec::len).sum::<usize>() * text.len();
        if searched > PART_SEARCH_BYTES {
            return None;
        }
        let possible: Vec<usize> = anchors
            .iter()
            .enumerate()
            .filter(|(_, anchors)| {
                anchors.as_ref().is_none_or(|anchors| {
                    anchors
                        .iter()
                        .any(|anchor| contains_ignoring_ascii_case(text, anchor))
                })
            })
            .map(|(index, _)| index)
            .collect();
        let mut parts = self.parts.lock().ok()?;
        if let Some((_, regex)) = parts.compiled.iter().find(|(part, _)| *part == possible) {
            return Some(Arc::clone(regex));
        }
        let body = possible
            .iter()
            .filter_map(|&index| self.alternatives.get(index).map(String::as_str))
            .collect::<Vec<_>>()
            .join("|");
        if parts.compiled.len() >= MAX_COMPILED_PARTS
            || parts.bytes + body.len() > self.pattern.len()
        {
            return None;
        }
        // No alternative possible: a pattern that matches nothing answers as the list would.
        let pattern = if possible.is_empty() {
            r"[^\s\S]".to_string()
        } else {
            pattern_of(&body)
        };
        let regex = Arc::new(compile(&pattern));
        parts.bytes += body.len();
        parts.compiled.push((possible, Arc::clone(&regex)));
        Some(regex)
    }

    /// Whether the regex may match in `text`: false only when no anchor is there.
    fn may_match(&self, text: &str) -> bool {
        let Some(anchors) = &self.anchors else {
            return true;
        };
        if let Some(found) = SCANNED.with_borrow(|scanned| scanned.anchor_within(self.id, text)) {
            return found;
        }
        if let Some(gate) = self.gate.get() {
            return gate.as_ref().is_none_or(|a| a.is_match(text));
        }
        // Building an automaton costs what hundreds of plain searches of a sentence do: a
        // list asked a few times about short texts (a one-page check asks most lists once or
        // twice) searches for its anchors one by one.
        if anchors.len() * text.len() <= PLAIN_SEARCH_BYTES
            && self.asked.fetch_add(1, Ordering::Relaxed) < ASKED_BEFORE_AN_AUTOMATON
        {
            return anchors
                .iter()
                .any(|anchor| contains_ignoring_ascii_case(text, anchor));
        }
        self.gate
            .get_or_init(|| automaton(anchors))
            .as_ref()
            .is_none_or(|a| a.is_match(text))
    }

    /// Whether a word of the list is in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.may_match(text) && self.regex_for(text).is_match(text)
    }

    /// The first match (with the boundary characters around the words).
    pub fn find<'h>(&self, text: &'h str) -> Option<Found<'h>> {
        if !self.may_match(text) {
            return None;
        }
        self.regex_for(text)
            .find(text)
            .map(|m| Found::of(text, m.span()))
    }

    /// Every match, left to right.
    pub fn find_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Found<'h>> + use<'h> {
        let found: Vec<Found<'h>> = if self.may_match(text) {
            self.regex_for(text)
                .find_iter(text)
                .map(|m| Found::of(text, m.span()))
                .collect()
        } else {
            Vec::new()
        };
        found.into_iter()
    }

    /// The groups of every match (the match itself left out, a group that took no part
    /// `None`), left to right.
    pub fn groups_iter<'h>(
        &self,
        text: &'h str,
    ) -> impl Iterator<Item = Vec<Option<Found<'h>>>> + use<'_, 'h> {
        self.may_match(text)
            .then(|| self.regex().captures_iter(text))
            .into_iter()
            .flatten()
            .map(move |groups| {
                (1..groups.group_len())
                    .map(|i| groups.get_group(i).map(|span| Found::of(text, span)))
                    .collect()
            })
    }

    /// `text` with every match replaced by `with`.
    pub fn replace_all<'h>(&self, text: &'h str, with: &str) -> Cow<'h, str> {
        let mut matches = self.find_iter(text).peekable();
        if matches.peek().is_none() {
            return Cow::Borrowed(text);
        }
        let mut replaced = String::with_capacity(text.len());
        let mut from = 0;
        for found in matches {
            replaced.push_str(&text[from..found.start()]);
            replaced.push_str(with);
            from = found.end();
        }
        replaced.push_str(&text[from..]);
        Cow::Owned(replaced)
    }
}

/// The anchors of every list made so far, by id (`None` for a list without a gate).
static REGISTRY: Mutex<Vec<Option<Vec<String>>>> = Mutex::new(Vec::new());

/// Registers a list's anchors and gives its id.
fn register(anchors: Option<&[String]>) -> usize {
    let mut registry = REGISTRY
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    registry.push(anchors.map(<[String]>::to_vec));
    registry.len() - 1
}

/// One automaton for the anchors of the lists registered when it was built.
struct SharedAutomaton {
    automaton: AhoCorasick,
    /// The lists each pattern of the automaton anchors: `lists[owners[p]..owners[p + 1]]`.
    owners: Vec<usize>,
    lists: Vec<u32>,
    /// Lists with an id below this are in the automaton.
    covered: usize,
}

/// The shared automaton, rebuilt by [`refresh`].
static SHARED: RwLock<Option<Arc<SharedAutomaton>>> = RwLock::new(None);

/// Rebuilds the shared automaton if lists were registered since it was built. Called before
/// each document, never within one: a list made while a document is read answers through its
/// own automaton until the next.
pub fn refresh() {
    let registered = REGISTRY.lock().map_or(0, |r| r.len());
    let current = SHARED
        .read()
        .ok()
        .and_then(|guard| guard.as_ref().map(|s| s.covered));
    if current == Some(registered) {
        return;
    }
    if let (Some(built), Ok(mut guard)) = (build_shared(), SHARED.write()) {
        // Another thread may have built a larger one meanwhile.
        if guard.as_ref().is_none_or(|s| s.covered < built.covered) {
            *guard = Some(Arc::new(built));
        }
    }
}

fn build_shared() -> Option<SharedAutomaton> {
    let registry = REGISTRY.lock().ok()?;
    // Each distinct anchor once, with the lists it belongs to.
    let mut by_anchor: std::collections::BTreeMap<&str, Vec<u32>> = Default::default();
    for (id, anchors) in registry.iter().enumerate() {
        for anchor in anchors.iter().flatten() {
            by_anchor
                .entry(anchor)
                .or_default()
                .push(u32::try_from(id).ok()?);
        }
    }
    let mut owners = vec![0];
    let mut lists = Vec::new();
    for ids in by_anchor.values() {
        lists.extend(ids);
        owners.push(lists.len());
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(by_anchor.keys())
        .ok()?;
    Some(SharedAutomaton {
        automaton,
        owners,
        lists,
        covered: registry.len(),
    })
}

/// The anchors found in the block being read, in force while a [`Scan`] lives.
#[derive(Default)]
struct Scanned {
    /// Where the block lies in memory; empty when no block is scanned.
    start: usize,
    end: usize,
    covered: usize,
    /// (list, start, end) of every anchor found, as addresses, sorted.
    hits: Vec<(u32, usize, usize)>,
}

impl Scanned {
    /// Whether an anchor of list `id` lies wholly within `text`, when `text` is inside the
    /// scanned block and the list was in the automaton; `None` otherwise.
    fn anchor_within(&self, id: usize, text: &str) -> Option<bool> {
        let (start, end) = (text.as_ptr() as usize, text.as_ptr() as usize + text.len());
        if id >= self.covered || start < self.start || end > self.end || self.start == self.end {
            return None;
        }
        let id = u32::try_from(id).ok()?;
        let first = self
            .hits
            .partition_point(|&(list, at, _)| (list, at) < (id, start));
        Some(
            self.hits[first..]
                .iter()
                .take_while(|&&(list, at, _)| list == id && at < end)
                .any(|&(_, _, until)| until <= end),
        )
    }
}

thread_local! {
    static SCANNED: RefCell<Scanned> = RefCell::default();
    /// Whether lists not yet compiled whole answer by parts ([`in_parts`]).
    static IN_PARTS: Cell<bool> = const { Cell::new(false) };
}

/// While the returned guard lives, a list not yet compiled whole compiles only the
/// alternatives a text leaves possible (when `short`): a short document asks each list a few
/// times, and a one-page check compiled lists whole for a tenth of a second. A long one asks
/// most lists often, and compiling parts then the whole would cost more.
pub fn in_parts(short: bool) -> InParts {
    InParts {
        previous: IN_PARTS.replace(short),
    }
}

/// Restores the way lists answered before [`in_parts`].
pub struct InParts {
    previous: bool,
}

impl Drop for InParts {
    fn drop(&mut self) {
        IN_PARTS.set(self.previous);
    }
}

/// The anchors of a block are in force while this lives; the block outlives it.
pub struct Scan<'a> {
    previous: Scanned,
    block: PhantomData<&'a str>,
}

/// Finds the anchors of every list in the shared automaton in `block`, in one pass: until the
/// returned guard is dropped, the lists answer about texts inside `block` from them. Nothing is
/// scanned before the automaton is first built ([`refresh`]).
pub fn scan(block: &str) -> Scan<'_> {
    let mut scanned = Scanned::default();
    let shared = SHARED.read().ok().and_then(|guard| guard.clone());
    if let Some(shared) = shared {
        let base = block.as_ptr() as usize;
        let mut hits = Vec::new();
        let mut complete = true;
        for found in shared.automaton.find_overlapping_iter(block) {
            let pattern = found.pattern().as_usize();
            let (Some(&from), Some(&to)) =
                (shared.owners.get(pattern), shared.owners.get(pattern + 1))
            else {
                continue;
            };
            hits.extend(
                shared.lists[from..to]
                    .iter()
                    .map(|&list| (list, base + found.start(), base + found.end())),
            );
            if hits.len() > MAX_HITS_PER_BLOCK {
                complete = false;
                break;
            }
        }
        if complete {
            hits.sort_unstable();
            scanned = Scanned {
                start: base,
                end: base + block.len(),
                covered: shared.covered,
                hits,
            };
        }
    }
    Scan {
        previous: SCANNED.replace(scanned),
        block: PhantomData,
    }
}

impl Drop for Scan<'_> {
    fn drop(&mut self) {
        SCANNED.set(std::mem::take(&mut self.previous));
    }
}

/// Questions a list answers by searching for its anchors one by one before it builds its own
/// automaton.
const ASKED_BEFORE_AN_AUTOMATON: u32 = 16;

/// The most bytes of text one question searches plainly, over all the list's anchors.
const PLAIN_SEARCH_BYTES: usize = 8_192;

/// Whether `needle` is in `text`, ASCII letters in either case, as the automata match it.
fn contains_ignoring_ascii_case(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    text.len() >= needle.len()
        && (0..=text.len() - needle.len()).any(|at| {
            text[at].eq_ignore_ascii_case(&first)
                && text[at..at + needle.len()].eq_ignore_ascii_case(needle)
        })
}

/// A list's own automaton of its anchors.
fn automaton(anchors: &[String]) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(anchors)
        .ok()
}

/// The pattern of alternatives: case-insensitive, on word boundaries.
fn pattern_of(body: &str) -> String {
    format!(r"(?i)(?:^|(?-i:[^{LETTERS_AND_DIGITS}]))(?:{body})(?:$|(?-i:[^{LETTERS_AND_DIGITS}]))")
}

/// Compiles a list's pattern. No prefilter is built: the anchors already turn away the texts
/// without a match, and extracting the regex's own literals from a long list was a third of its
/// compile time (the `regex` crate, otherwise the same engine, always builds one).
// Every pattern is written in the source and compiled by the test suite: a typo fails the
// tests, never a user's run.
#[allow(clippy::expect_used)]
fn compile(pattern: &str) -> meta::Regex {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .auto_prefilter(false)
                .hybrid_cache_capacity(LAZY_DFA_BYTES),
        )
        .build(pattern)
        .expect("word list pattern")
}

/// An alternative as the regex reads it: an apostrophe matches both ' and ’, and `\w` is a
/// letter or digit of the Latin script.
fn in_syntax(alternative: &str) -> String {
    alternative
        .replace('\'', "['’]")
        .replace(r"\w", &format!("(?-i:[{LETTERS_AND_DIGITS}_])"))
}

/// The anchors of the lists of the lexicons, read from their patterns by the test suite
/// (`TENDERLINT_WRITE_ANCHORS=1 cargo test every_list_has_its_anchors_known`, which fails when
/// the table is not what [`anchors`] reads today): reading them when a list is first used
/// (parsing its pattern, extracting literals, spelling case variants) was a fifth of a one-page
/// check's start. One row per list: the key of its alternatives, then `gate` and its anchors,
/// `none` (no gate), or `read` (anchors the table cannot hold, read at run time). A list not in
/// the table, such as one changed since, has its anchors read as before: the table makes a list
/// faster to make, never different.
const KNOWN_ANCHORS: &str = include_str!("anchors.tsv");

/// The table of [`KNOWN_ANCHORS`], by key.
static KNOWN: LazyLock<HashMap<&'static str, Option<Vec<&'static str>>>> = LazyLock::new(|| {
    KNOWN_ANCHORS
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let key = fields.next()?;
            match fields.next()? {
                "gate" => Some((key, Some(fields.collect()))),
                "none" => Some((key, None)),
                _ => None,
            }
        })
        .collect()
});

/// The anchors the table holds for a list's alternatives: `None` when it has no row.
fn known_anchors(body: &str) -> Option<Option<Vec<String>>> {
    known_anchors_at(&anchors_key(body))
}

/// The anchors the table holds for one alternative: `None` when it has no row.
fn known_alternative_anchors(body: &str) -> Option<Option<Vec<String>>> {
    known_anchors_at(&alternative_key(body))
}

/// An alternative's key in the table: its own kind of anchors, apart from a list's of the same
/// text.
fn alternative_key(body: &str) -> String {
    anchors_key(body) + "+"
}

fn known_anchors_at(key: &str) -> Option<Option<Vec<String>>> {
    KNOWN.get(key).map(|anchors| {
        anchors
            .as_ref()
            .map(|a| a.iter().map(|s| s.to_string()).collect())
    })
}

/// A list's key in the table: the FNV-1a hash of its alternatives and their length, stable
/// across builds and machines.
fn anchors_key(body: &str) -> String {
    let hash = body.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}-{}", body.len())
}

/// The anchors of a pattern: literals of which every string it matches contains one, with their
/// case variants outside ASCII (ASCII case is folded by the automata). `None` when they cannot
/// be listed. Case is folded by Unicode's simple folding, as the regex folds it, except that the
/// archaic long s (ſ) is not an "s" here; the Kelvin and Ångström signs are gone after NFC.
fn anchors(body: &str) -> Option<Vec<String>> {
    anchors_of(body, false)
}

/// The anchors of one alternative of a list: the fewest of its prefixes and of the literals it
/// requires, searched one by one in a text to choose the alternatives to compile.
fn alternative_anchors(body: &str) -> Option<Vec<String>> {
    anchors_of(body, true)
}

/// The anchors of a pattern: its prefixes when they can be listed, else the literals it
/// requires, or (`fewest`) whichever are fewer.
fn anchors_of(body: &str, fewest: bool) -> Option<Vec<String>> {
    let hir = regex_syntax::Parser::new().parse(body).ok()?;
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_class(16)
        .limit_repeat(4)
        .limit_literal_len(16)
        .limit_total(2000);
    let literals = if fewest {
        // An alternative's prefixes may be a thousand names where a word it cannot do without
        // is one.
        [
            literals_of(extractor.extract(&hir)),
            required(&hir, &extractor),
        ]
        .into_iter()
        .flatten()
        .min_by_key(|literals| cost(literals))?
    } else {
        literals_of(extractor.extract(&hir)).or_else(|| required(&hir, &extractor))?
    };
    let mut patterns = Vec::new();
    for literal in literals {
        let mut bytes = literal.as_slice();
        // A literal cut by the length limit may end inside a character: keep the whole ones.
        while bytes
            .first()
            .is_some_and(|b| b & 0b1100_0000 == 0b1000_0000)
        {
            bytes = &bytes[1..];
        }
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => std::str::from_utf8(&bytes[..error.valid_up_to()]).ok()?,
        };
        let variants = case_variants(text);
        if variants.iter().any(String::is_empty) {
            // An empty literal: the list may match anywhere.
            return None;
        }
        patterns.extend(variants);
    }
    patterns.sort();
    patterns.dedup();
    Some(patterns)
}

/// The literals of a finite sequence with none empty.
fn literals_of(sequence: Seq) -> Option<Vec<Vec<u8>>> {
    let literals = sequence.literals()?;
    (!literals.iter().any(|l| l.as_bytes().is_empty()))
        .then(|| literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Literals of which every match of `hir` contains one, when its matches may start anywhere (an
/// optional article before a hundred names of the buyer, a Dutch compound's first half): the
/// prefixes of a part it cannot match without — a part of a sequence, a repeated part, every
/// branch of an alternation —, the fewest and longest found.
fn required(hir: &Hir, extractor: &Extractor) -> Option<Vec<Vec<u8>>> {
    let inner = match hir.kind() {
        HirKind::Concat(parts) => parts
            .iter()
            .filter_map(|part| required(part, extractor))
            .min_by_key(|literals| cost(literals)),
        HirKind::Capture(capture) => required(&capture.sub, extractor),
        HirKind::Repetition(repetition) if repetition.min >= 1 => {
            required(&repetition.sub, extractor)
        }
        HirKind::Alternation(branches) => branches
            .iter()
            .map(|branch| required(branch, extractor))
            .collect::<Option<Vec<_>>>()
            .map(|all| all.concat()),
        _ => None,
    };
    [literals_of(extractor.extract(hir)), inner]
        .into_iter()
        .flatten()
        .min_by_key(|literals| cost(literals))
}

/// How much a set of anchors lets through: short literals first, then many.
fn cost(literals: &[Vec<u8>]) -> (bool, usize) {
    let shortest = literals.iter().map(Vec::len).min().unwrap_or(0);
    (shortest < 3, literals.len())
}

/// The spellings of `text` in every case of its letters outside ASCII, cut before the letter
/// that would make more than [`MAX_VARIANTS_PER_ANCHOR`].
fn case_variants(text: &str) -> Vec<String> {
    let mut variants = vec![String::new()];
    for c in text.chars() {
        let folds = simple_folds(c);
        if variants.len() * folds.len() > MAX_VARIANTS_PER_ANCHOR {
            break;
        }
        variants = variants
            .iter()
            .flat_map(|v| {
                folds.iter().map(move |f| {
                    let mut longer = v.clone();
                    longer.push(*f);
                    longer
                })
            })
            .collect();
    }
    variants
}

/// The characters `c` matches under simple case folding; an ASCII letter only itself (the
/// automaton folds ASCII case).
fn simple_folds(c: char) -> Vec<char> {
    if c.is_ascii() {
        return vec![c];
    }
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    class
        .iter()
        .flat_map(|range| range.start()..=range.end())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(alternatives: &[&str]) -> WordList {
        WordList::new(alternatives)
    }

    #[test]
    fn matches_words_in_any_case_on_boundaries() {
        let hosting = list(&["héberg\\w*", "SaaS", "host(?:s|ed|ing)?"]);
        assert!(hosting.is_match("L'HÉBERGEMENT des données"));
        assert!(hosting.is_match("une offre saas"));
        assert!(hosting.is_match("Hosting: EU only"));
        assert!(!hosting.is_match("ghosting and posthosting"));
        assert!(!hosting.is_match("| AWS | Azure | Google |"));
    }

    #[test]
    fn the_gate_lets_through_every_text_the_regex_matches() {
        let lists: &[&[&str]] = &[
            &[
                "h[ée]bergement[^.;]{0,40}(?:n'est pas|est exclu)",
                "(?:no|not) hosting",
            ],
            &[
                "(?:l'|la |the )?(?:acheteur|buyer)",
                "Auftraggeber(?:in|s)?",
            ],
            &["Straße", "Übertragung", "ÆØÅ"],
            &["d[ée]commissionn\\w*", "z\\. ?B\\."],
            // Alternatives that may start anywhere, anchored on a part they need.
            &[
                "\\w*sleutels?",
                "(?:la |le |les )?(?:acheteur|collectivité)[^.;]{0,30}h[ée]berge",
            ],
        ];
        let texts = [
            "L’hébergement du site n’est pas compris",
            "There is NO HOSTING here",
            "the Buyer hosts it",
            "Die AUFTRAGGEBERIN betreibt",
            "STRASSE und STRAẞE, ÜBERTRAGUNG",
            "æøå",
            "Le système sera DÉCOMMISSIONNÉ",
            "z. B. Azure",
            "nothing to see",
            "De ENCRYPTIESLEUTELS blijven bij de gemeente",
            "La Collectivité HÉBERGE elle-même",
            "l'acheteur ne l'héberge pas",
        ];
        for alternatives in lists {
            let words = list(alternatives);
            // Each list has a gate, or this test would compare the regex with itself.
            assert!(words.anchors.is_some(), "{alternatives:?}");
            // Asked often enough to answer first by plain searches, then by its automaton.
            for text in texts.iter().cycle().take(3 * texts.len()) {
                assert_eq!(
                    words.is_match(text),
                    words.regex().is_match(text),
                    "{alternatives:?} on {text:?}"
                );
            }
            assert!(words.gate.get().is_some());
        }
    }

    #[test]
    fn parts_of_a_list_answer_as_the_whole_list() {
        let alternatives: &[&str] = &[
            "cloud",
            "cloud services?",
            "héberg\\w*",
            "(?:services?|solutions?) (?:de )?cloud",
            "Rechenzentr\\w*",
            "data cent(?:re|er)s?",
            "\\w+website\\w*",
        ];
        let texts = [
            "Les services cloud et l'HÉBERGEMENT sont fournis.",
            "cloud services in the data centre, a cloud",
            "Das Rechenzentrum des Auftraggebers.",
            "Our citywebsites are hosted elsewhere.",
            "Nothing here.",
            "",
        ];
        let parts = list(alternatives);
        let whole = list(alternatives);
        let _in_parts = in_parts(true);
        for text in texts {
            let spans = |l: &WordList| l.find_iter(text).map(|f| f.range()).collect::<Vec<_>>();
            let wholly = whole.regex();
            assert_eq!(parts.is_match(text), wholly.is_match(text), "{text:?}");
            assert_eq!(
                parts.find(text).map(|f| f.range()),
                wholly.find(text).map(|m| m.range()),
                "{text:?}"
            );
            assert_eq!(
                spans(&parts),
                wholly
                    .find_iter(text)
                    .map(|m| m.range())
                    .collect::<Vec<_>>(),
                "{text:?}"
            );
        }
        // The whole list is never compiled for these few texts: parts answered.
        assert!(parts.regex.get().is_none());
        assert!(!parts.parts.lock().unwrap().compiled.is_empty());
    }

    #[test]
    fn a_scanned_block_answers_as_each_list_would() {
        let lists = [
            list(&["héberg\\w*", "(?:no|not) hosting"]),
            list(&["Auftraggeber(?:in|s)?", "la collectivité"]),
            list(&["réversibilité", "exit plan"]),
        ];
        refresh();
        let block = "L'HÉBERGEMENT est fourni. La Collectivité garde la main. No hosting abroad; \
                     die Auftraggeberin prüft den Exit Plan.";
        let _scan = scan(block);
        let boundaries: Vec<usize> = (0..=block.len())
            .filter(|&i| block.is_char_boundary(i))
            .step_by(7)
            .collect();
        for list in &lists {
            for (i, &from) in boundaries.iter().enumerate() {
                for &to in &boundaries[i..] {
                    let text = &block[from..to];
                    // Answered from the scan, not from the list's own automaton.
                    let id = list.id;
                    assert!(SCANNED.with_borrow(|s| s.anchor_within(id, text)).is_some());
                    assert_eq!(list.is_match(text), list.regex().is_match(text), "{text:?}");
                }
            }
        }
        // A copy of the text is outside the block: the list's own automaton answers.
        let copy = block.to_string();
        assert!(
            SCANNED
                .with_borrow(|s| s.anchor_within(lists[0].id, &copy))
                .is_none()
        );
        assert!(lists[0].is_match(&copy));
    }

    #[test]
    fn a_word_boundary_quits_the_lazy_dfa_and_a_word_end_does_not() {
        assert!(
            list(&["offres?[^.;]{0,49}\\bsign\\w*"])
                .quits_the_lazy_dfa()
                .is_some()
        );
        let ended = list(&[&format!("offres?[^.;]{{0,49}}{WORD_END_IN_CLAUSE}sign\\w*")]);
        assert!(ended.quits_the_lazy_dfa().is_none());
        assert!(ended.is_match("Les offres remises et signées"));
        assert!(ended.is_match("les offres (signées)"));
        assert!(!ended.is_match("les offres désignées"));
        assert!(!ended.is_match("les offres. Signées"));
    }

    #[test]
    fn a_list_with_an_alternative_of_any_letters_has_no_gate() {
        assert!(list(&["\\w+", "hosting"]).anchors.is_none());
        assert!(list(&["\\w+ist\\w*", "hosting"]).anchors.is_some());
        assert!(list(&["hosting", "cloud"]).anchors.is_some());
    }

    #[test]
    fn letters_outside_ascii_match_in_both_cases() {
        assert_eq!(case_variants("hé"), vec!["hÉ", "hé"]);
        assert!(simple_folds('ß').contains(&'ẞ'));
    }
}
