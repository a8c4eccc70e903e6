//! One deadline and one cancel flag travel with each document through reading, fact extraction
//! and judgement. Every loop over input asks [`Deadline::check`] whether to go on, so a document
//! that takes too long, or a check nobody waits for any more (a timed-out upload, a server
//! shutting down), stops using the CPU instead of finishing in the background.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A flag that stops the work that holds it. A child flag is also set when its parent is: the
/// server's flag stops every upload, an upload's flag stops only its own documents.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<Flag>);

#[derive(Debug, Default)]
struct Flag {
    set: AtomicBool,
    parent: Option<CancelFlag>,
}

impl CancelFlag {
    /// A flag nobody has set.
    pub fn new() -> Self {
        Self::default()
    }

    /// A flag that is set when this one is, and can also be set alone.
    pub fn child(&self) -> Self {
        CancelFlag(Arc::new(Flag {
            set: AtomicBool::new(false),
            parent: Some(self.clone()),
        }))
    }

    /// Stops the work that holds this flag or one of its children.
    pub fn cancel(&self) {
        self.0.set.store(true, Ordering::Relaxed);
    }

    /// Whether this flag or one of its ancestors was set.
    pub fn is_cancelled(&self) -> bool {
        self.0.set.load(Ordering::Relaxed) || self.0.parent.as_ref().is_some_and(Self::is_cancelled)
    }
}

/// Why work stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Interrupted {
    /// The document took longer than the time allowed to one document.
    #[error(
        "the document took longer than the limit of {} s to check (it may be hostile, or far larger than any tender)",
        .0.as_secs_f64()
    )]
    TimedOut(Duration),
    /// Whoever asked for the work stopped waiting for it (a server shutting down).
    #[error("the check was cancelled")]
    Cancelled,
}

/// When the work on one document must stop, and the flag that stops it sooner.
#[derive(Debug, Clone, Default)]
pub struct Deadline {
    /// The instant and the limit it came from, for the message.
    at: Option<(Instant, Duration)>,
    cancel: CancelFlag,
}

impl Deadline {
    /// No time limit, and a flag nobody else holds: the work always runs to its end.
    pub fn none() -> Self {
        Self::default()
    }

    /// `limit` from now (none when `None`), stopped sooner when `cancel` is set.
    pub fn after(limit: Option<Duration>, cancel: CancelFlag) -> Self {
        Deadline {
            at: limit.map(|limit| (Instant::now() + limit, limit)),
            cancel,
        }
    }

    /// An error once the time is up or the work was cancelled.
    pub fn check(&self) -> Result<(), Interrupted> {
        if self.cancel.is_cancelled() {
            return Err(Interrupted::Cancelled);
        }
        match self.at {
            Some((at, limit)) if Instant::now() >= at => Err(Interrupted::TimedOut(limit)),
            _ => Ok(()),
        }
    }
}

/// Checks a deadline every `EVERY` steps of a loop whose steps are too cheap to read the clock
/// at each one (glyphs, XML events, parser chunks).
#[derive(Debug, Clone)]
pub struct Pacer<'a, const EVERY: u32> {
    deadline: &'a Deadline,
    steps: u32,
}

impl<'a, const EVERY: u32> Pacer<'a, EVERY> {
    /// Starts counting steps against `deadline`.
    pub fn new(deadline: &'a Deadline) -> Self {
        Pacer { deadline, steps: 0 }
    }

    /// One more step; the deadline is asked once every `EVERY` steps.
    pub fn step(&mut self) -> Result<(), Interrupted> {
        self.steps += 1;
        if self.steps >= EVERY {
            self.steps = 0;
            self.deadline.check()
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parent_flag_stops_its_children_and_not_the_reverse() {
        let server = CancelFlag::new();
        let upload = server.child();
        let other = server.child();
        upload.cancel();
        assert!(upload.is_cancelled());
        assert!(!other.is_cancelled() && !server.is_cancelled());
        server.cancel();
        assert!(other.is_cancelled());
    }

    #[test]
    fn a_deadline_says_why_it_stopped() {
        assert_eq!(Deadline::none().check(), Ok(()));
        let past = Deadline::after(Some(Duration::ZERO), CancelFlag::new());
        assert_eq!(past.check(), Err(Interrupted::TimedOut(Duration::ZERO)));
        let flag = CancelFlag::new();
        let cancelled = Deadline::after(Some(Duration::from_secs(3600)), flag.clone());
        assert_eq!(cancelled.check(), Ok(()));
        flag.cancel();
        assert_eq!(cancelled.check(), Err(Interrupted::Cancelled));
    }

    #[test]
    fn a_pacer_reads_the_clock_once_every_so_many_steps() {
        let past = Deadline::after(Some(Duration::ZERO), CancelFlag::new());
        let mut pacer = Pacer::<4>::new(&past);
        let outcomes: Vec<bool> = (0..8).map(|_| pacer.step().is_err()).collect();
        assert_eq!(
            outcomes,
            [false, false, false, true, false, false, false, true]
        );
    }
}
