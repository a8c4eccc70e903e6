//! The guard around pdf-extract, which panics on some broken files: the document is read on a
//! worker thread under a time limit, every call into the parser runs inside `catch_unwind`,
//! and a page pdf-extract cannot read falls back to lopdf's simpler extraction.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc;
use std::time::Duration;

use super::glyphs::LineCollector;
use super::{Fallback, PageText, ReadPage};
use crate::deadline::Deadline;
use crate::ingest::{IngestError, IngestOptions};
use crate::model::Format;

/// The name of the worker threads, so a panic hook can keep their contained panics quiet.
pub const PDF_THREAD_NAME: &str = "tenderlint-pdf";

/// The message of a contained panic, to say in the error why the parser stopped.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

/// How often the waiting thread looks at the deadline while the reader works.
const POLL: Duration = Duration::from_millis(100);

/// Loads the PDF and reads every page, on the calling thread, until the deadline. Panics are
/// contained per page.
fn read_pages(bytes: &[u8], deadline: &Deadline) -> Result<Vec<ReadPage>, IngestError> {
    let loaded = catch_unwind(|| pdf_extract::Document::load_mem(bytes)).map_err(|p| {
        IngestError::ParserCrashed {
            detail: panic_message(p.as_ref()),
        }
    })?;
    let mut document = loaded.map_err(|e| match e {
        pdf_extract::Error::Decryption(_) => IngestError::Encrypted,
        other => IngestError::Corrupt {
            format: Format::Pdf,
            detail: other.to_string(),
        },
    })?;
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(IngestError::Encrypted);
    }
    // One reader for all pages: it decodes each font once for the document, not once per page.
    let mut reader = pdf_extract::PageReader::new(&document);
    let pages: Vec<(u32, pdf_extract::ObjectId)> =
        reader.pages().iter().map(|(n, id)| (*n, *id)).collect();
    if pages.is_empty() {
        return Err(IngestError::Corrupt {
            format: Format::Pdf,
            detail: "the document has no pages".to_string(),
        });
    }
    let mut out = Vec::with_capacity(pages.len());
    for (number, id) in pages {
        deadline.check()?;
        let draws_image = draws_image(&document, id);
        let mut collector = LineCollector::new(deadline);
        let primary = catch_unwind(AssertUnwindSafe(|| {
            reader.output_page(&mut collector, number)
        }));
        if let Some(interrupted) = collector.interrupted {
            return Err(interrupted.into());
        }
        if matches!(primary, Ok(Ok(()))) {
            out.push(ReadPage {
                number,
                text: collector.into_page(),
                fallback: None,
                draws_image,
            });
            continue;
        }
        let reason = match primary {
            Err(_) => Fallback::Panicked,
            Ok(_) => Fallback::Failed,
        };
        let text = match catch_unwind(AssertUnwindSafe(|| document.extract_text(&[number]))) {
            Ok(Ok(text)) => PageText::Plain(text),
            _ => PageText::Unreadable,
        };
        out.push(ReadPage {
            number,
            text,
            fallback: Some(reason),
            draws_image,
        });
    }
    Ok(out)
}

/// Whether a page draws an image of its own resources (inherited ones included): with almost
/// no text beside it, the page is a scan or a picture of text. A broken dictionary answers no.
fn draws_image(document: &pdf_extract::Document, page: pdf_extract::ObjectId) -> bool {
    let Ok((own, inherited)) = document.get_page_resources(page) else {
        return false;
    };
    let inherited = inherited
        .iter()
        .filter_map(|id| document.get_dictionary(*id).ok());
    own.into_iter().chain(inherited).any(|resources| {
        let Ok(xobjects) = resources
            .get(b"XObject")
            .and_then(|x| document.dereference(x))
            .and_then(|(_, x)| x.as_dict())
        else {
            return false;
        };
        xobjects.iter().any(|(_, xobject)| {
            document
                .dereference(xobject)
                .and_then(|(_, x)| x.as_stream())
                .and_then(|stream| stream.dict.get(b"Subtype"))
                .and_then(|subtype| subtype.as_name())
                .is_ok_and(|name| name == b"Image")
        })
    })
}

/// Runs [`read_pages`] on a worker thread, so that a panic outside the per-page guard (or a
/// parse stuck where the deadline is not asked, inside lopdf) cannot take the caller with it.
/// The reader stops by itself at the deadline; the caller stops waiting at it too.
pub(super) fn read_pages_with_limit(
    bytes: &[u8],
    options: &IngestOptions,
) -> Result<Vec<ReadPage>, IngestError> {
    let (sender, receiver) = mpsc::channel();
    let owned = bytes.to_vec();
    let deadline = options.deadline.clone();
    std::thread::Builder::new()
        .name(PDF_THREAD_NAME.to_string())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(|| read_pages(&owned, &deadline)));
            let _ = sender.send(result);
        })
        .map_err(IngestError::Io)?;
    loop {
        match receiver.recv_timeout(POLL) {
            Ok(Ok(result)) => return result,
            Ok(Err(payload)) => {
                return Err(IngestError::ParserCrashed {
                    detail: panic_message(payload.as_ref()),
                });
            }
            Err(mpsc::RecvTimeoutError::Timeout) => options.deadline.check()?,
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(IngestError::ParserCrashed {
                    detail: "the reader stopped without an answer".to_string(),
                });
            }
        }
    }
}
