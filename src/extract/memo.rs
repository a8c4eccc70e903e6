//! Answers remembered for the texts of the sentences being read. A sentence that names forty
//! providers asks the same question of the same clause forty times; without this, a table read
//! as one long sentence would cost the square of its length in regex scans.

use std::cell::RefCell;
use std::collections::HashMap;
use std::thread::LocalKey;

/// Texts remembered per question and thread; past this the memory is emptied, so it stays
/// bounded whatever the document.
const CAPACITY: usize = 256;

/// The answers to one question, by text.
pub type Memo<T> = RefCell<HashMap<Box<str>, T>>;

/// The answer `compute` gives for `text`, computed once per text while it is remembered.
pub fn remembered<T: Clone + 'static>(
    memo: &'static LocalKey<Memo<T>>,
    text: &str,
    compute: impl FnOnce(&str) -> T,
) -> T {
    if let Some(answer) = memo.with_borrow(|answers| answers.get(text).cloned()) {
        return answer;
    }
    let answer = compute(text);
    memo.with_borrow_mut(|answers| {
        if answers.len() >= CAPACITY {
            answers.clear();
        }
        answers.insert(text.into(), answer.clone());
    });
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: Memo<usize> = RefCell::default();
    }

    #[test]
    fn computes_once_per_text_and_stays_bounded() {
        let mut calls = 0;
        for _ in 0..3 {
            assert_eq!(
                remembered(&LENGTHS, "abc", |t| {
                    calls += 1;
                    t.len()
                }),
                3
            );
        }
        assert_eq!(calls, 1);
        for i in 0..CAPACITY * 2 {
            remembered(&LENGTHS, &i.to_string(), str::len);
        }
        assert!(LENGTHS.with_borrow(HashMap::len) <= CAPACITY);
    }
}
