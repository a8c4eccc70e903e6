//! Compiling the constant regular expressions of the readers and the extractor.

use regex::Regex;

/// Compiles a pattern written in the source. Every such pattern is compiled by the test suite,
/// so a typo fails the tests, never a user's run.
#[allow(clippy::expect_used)]
pub fn constant(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant regex")
}
