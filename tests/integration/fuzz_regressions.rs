//! Replays every input the fuzzer ever stopped on (`fuzz/regressions/<target>/`) and the seed
//! corpora (`fuzz/seeds/<target>/`) through the fuzz targets' own door (`fuzz/src/door.rs`,
//! included here word for word), with no AFL++ needed: no panic, no hang, and a clear outcome,
//! a document read or an error that names the file.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Duration;

#[path = "../../fuzz/src/door.rs"]
mod door;

use door::{Door, Outcome, Target};

/// Longer than any of these inputs needs in a debug build, and than the door's deadline per
/// document, which reports a hang as `Outcome::TimedOut` first.
const LIMIT: Duration = Duration::from_secs(60);

/// Inputs found by the fuzzer that still fail, each with what is wrong, until the code under
/// `src/` is fixed: listed so that the others keep being checked. Empty it as they are fixed.
const AWAITING_FIX: &[&str] = &[];

fn inputs(folder: &str) -> Vec<(Target, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder);
    let Ok(entries) = std::fs::read_dir(&root) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries {
        let dir = entry.expect("a readable folder").path();
        if !dir.is_dir() {
            continue;
        }
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let target = Target::ALL
            .into_iter()
            .find(|t| t.name() == name)
            .unwrap_or_else(|| panic!("{}: no fuzz target of that name", dir.display()));
        for file in std::fs::read_dir(&dir).expect("a readable folder") {
            found.push((target, file.expect("a readable folder").path()));
        }
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// What is wrong with the outcome of one input, if anything. A seed must also be read (or its
/// facts judged): a seed that fails would fuzz nothing but the error paths.
fn judge(door: &Arc<Door>, target: Target, path: &Path, seed: bool) -> Option<String> {
    let data = std::fs::read(path).expect("a readable file");
    let (sender, receiver) = mpsc::channel();
    let door = Arc::clone(door);
    // On its own thread so that a hang fails the test instead of stalling it.
    std::thread::spawn(move || {
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| door.run(target, &data)));
        let _ = sender.send(outcome);
    });
    match receiver.recv_timeout(LIMIT) {
        Err(_) => Some(format!("no outcome within {LIMIT:?}")),
        Ok(Err(_)) => Some("panicked (the message is above)".to_string()),
        Ok(Ok(Outcome::TimedOut(message))) => {
            Some(format!("a hang the deadline caught: {message}"))
        }
        Ok(Ok(outcome)) if seed && !matches!(outcome, Outcome::Read | Outcome::Judged) => {
            Some(format!("a seed that is not read: {outcome:?}"))
        }
        Ok(Ok(Outcome::Unreadable { name, message })) if !message.contains(&name) => {
            Some(format!("the error does not name the file: {message}"))
        }
        Ok(Ok(Outcome::Refused(message))) if message.trim().is_empty() => {
            Some("refused without a reason".to_string())
        }
        Ok(Ok(_)) => None,
    }
}

#[test]
fn every_fuzz_regression_and_seed_ends_cleanly() {
    let seeds = inputs("seeds");
    assert!(
        Target::ALL
            .iter()
            .all(|t| seeds.iter().any(|(target, _)| target == t)),
        "every fuzz target has seeds"
    );
    let door = Arc::new(Door::load());
    let mut failures = Vec::new();
    let mut awaiting = Vec::new();
    let seeds = seeds.into_iter().map(|(target, path)| (target, path, true));
    let regressions = inputs("regressions")
        .into_iter()
        .map(|(target, path)| (target, path, false));
    for (target, path, seed) in seeds.chain(regressions) {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if AWAITING_FIX.contains(&file) {
            awaiting.push(path.display().to_string());
            continue;
        }
        if let Some(problem) = judge(&door, target, &path, seed) {
            failures.push(format!("{} ({}): {problem}", path.display(), target.name()));
        }
    }
    if !awaiting.is_empty() {
        eprintln!("not replayed, awaiting a fix: {}", awaiting.join(", "));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
