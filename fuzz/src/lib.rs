//! The fuzz targets of tenderlint: one binary per reader and one for the facts JSON of
//! `POST /v1/check`, all through [`door`], the library's public door.

pub mod door;

use std::panic::AssertUnwindSafe;

use door::{Door, Target};

/// The body of every target: the policies are loaded once, before AFL++'s fork server starts,
/// then each input goes through the door. The panic hook is left alone (`hook: false`): the
/// PDF reader contains pdf-extract's panics by design, and only a panic that escapes the
/// library is a crash (the harness then aborts). The door is never used after a panic, so it
/// may cross `catch_unwind` as it is.
pub fn fuzz(target: Target) {
    let door = AssertUnwindSafe(Door::load());
    afl::fuzz(false, |data: &[u8]| {
        door.run(target, data);
    });
}
