//! Compiling the constant regular expressions of the readers and the extractor.

use regex::{Regex, RegexBuilder};

/// The cache of the lazy DFA of each regex. The default (2 MiB) is too small for our long,
/// case-insensitive word lists: the cache fills, the DFA gives up and the regex falls back to
/// the PikeVM, several times slower on every sentence. Measured on 1.5 MB of real tenders: 2.9 s
/// at the default, 1.0 s at 8 MiB, no faster above.
pub const LAZY_DFA_BYTES: usize = 8 << 20;

/// Compiles a pattern written in the source. Every such pattern is compiled by the test suite,
/// so a typo fails the tests, never a user's run.
#[allow(clippy::expect_used)]
pub fn constant(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .dfa_size_limit(LAZY_DFA_BYTES)
        .build()
        .expect("constant regex")
}
