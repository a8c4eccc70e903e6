//! Shapes of input shared by the tests and the benchmarks (included by `#[path]`, so that
//! both measure and check the same text).

/// Words of tender vocabulary without a full stop, about `bytes` long: the densest text the
/// extractor reads (names, places and cue words in every clause).
pub fn endless_sentence(bytes: usize) -> String {
    const WORDS: [&str; 17] = [
        "the",
        "service",
        "shall",
        "be",
        "hosted",
        "by",
        "AWS",
        "in",
        "eu-west-1",
        "and",
        "data",
        "may",
        "be",
        "stored",
        "anywhere",
        "with",
        "support",
    ];
    let mut text = String::with_capacity(bytes + 16);
    for word in WORDS.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(word);
        text.push(' ');
    }
    text
}
