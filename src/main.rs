use std::process::ExitCode;

use clap::Parser;
use tenderlint::cli::{Cli, run};
use tenderlint::ingest::PDF_THREAD_NAME;

fn main() -> anyhow::Result<ExitCode> {
    quiet_contained_panics();
    let cli = Cli::parse();
    // Unlocked handles: the server logs to standard error from its worker threads, and a lock
    // held here for the whole run would block them.
    match run(cli, &mut std::io::stdout(), &mut std::io::stderr()) {
        Ok(code) => Ok(ExitCode::from(code)),
        // A reader that stops early (`check --format jsonl DIR | head`): no backtrace or
        // message for it, but the run did not finish, so not a success either.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            Ok(ExitCode::from(tenderlint::cli::exit::ERROR))
        }
        Err(error) => Err(error.into()),
    }
}

/// The PDF reader's panics are caught and reported as errors naming the file; keep the default
/// hook's backtrace text off the terminal for those, and only those.
fn quiet_contained_panics() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(PDF_THREAD_NAME) {
            default_hook(info);
        }
    }));
}
