//! Reading uploads, and running pipeline work under the server's limits: one permit per upload
//! from a shared semaphore (waiting in a bounded queue, `guard::upload_permit`), a
//! worker thread of the server's own pool, a deadline per document and a cancel flag.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::Multipart;
use axum::http::StatusCode;

use super::error::ApiError;
use super::state::AppState;
use crate::deadline::CancelFlag;
use crate::pipeline::{CheckOptions, Input};

/// The files of a multipart upload, in order, as pipeline inputs (the bytes are shared, not
/// copied).
pub(super) async fn uploaded_files(mut multipart: Multipart) -> Result<Vec<Input>, ApiError> {
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => return Err(multipart_error(error)),
        };
        let name = field
            .file_name()
            .map(str::to_string)
            .or_else(|| field.name().map(str::to_string))
            .unwrap_or_else(|| format!("upload-{}", files.len() + 1));
        let bytes: Bytes = field.bytes().await.map_err(multipart_error)?;
        files.push(Input::Bytes { name, bytes });
    }
    if files.is_empty() {
        return Err(ApiError::bad_request(
            "no file in the upload (multipart/form-data with one or more files)",
        ));
    }
    Ok(files)
}

fn multipart_error(error: axum::extract::multipart::MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "The upload is over the size limit.",
        )
    } else {
        ApiError::bad_request(format!("malformed upload: {}", error.body_text()))
    }
}

/// Sets its flag when dropped: when the client goes away (axum drops the handler's future) or
/// the answer is given up on, the documents still being read stop using the CPU.
struct CancelOnDrop(CancelFlag);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// Runs pipeline work on `documents` documents under the server's limits: one permit of the
/// shared semaphore (waiting in a bounded queue), one of the server's worker threads, the time
/// limit of each document, and a cancel flag that stops the work when its time is up, when the
/// client leaves and when the server stops.
pub(super) async fn limited<T: Send + 'static>(
    state: &Arc<AppState>,
    options: CheckOptions,
    documents: usize,
    work: impl FnOnce(CheckOptions) -> T + Send + 'static,
) -> Result<T, ApiError> {
    let permit = super::guard::upload_permit(state).await?;
    let cancel = CancelOnDrop(state.shutdown.child());
    let options = CheckOptions {
        document_timeout: Some(state.limits.document_timeout),
        cancel: cancel.0.clone(),
        ..options
    };
    // The pipeline stops each document at its own deadline; this one only guards against work
    // that does not look at it (a parser stuck inside a dependency).
    let limit = state
        .limits
        .document_timeout
        .saturating_mul(u32::try_from(documents.max(1)).unwrap_or(u32::MAX))
        .saturating_add(BACKSTOP_GRACE);
    let (answer, task) = tokio::sync::oneshot::channel();
    state.workers.spawn(move || {
        // The permit is held as long as the work runs, even when the answer was given up on:
        // work past its time still counts against `--concurrent`.
        let _permit = permit;
        // A panic stays in this upload: it answers a server error, the worker lives on.
        let _ = answer.send(catch_unwind(AssertUnwindSafe(|| work(options))));
    });
    match tokio::time::timeout(limit, task).await {
        Err(_) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "timeout",
            format!(
                "the document took longer than the limit of {} s to check",
                state.limits.document_timeout.as_secs_f64()
            ),
        )),
        Ok(Ok(Ok(result))) => Ok(result),
        Ok(Ok(Err(_))) => Err(ApiError::internal("the check panicked")),
        Ok(Err(closed)) => Err(ApiError::internal(closed)),
    }
}

/// How long past the documents' own deadlines the server still waits for their work.
const BACKSTOP_GRACE: Duration = Duration::from_secs(5);

/// The files of an upload as one consultation file when the client asks (`?package=true`) and
/// sent several.
pub(super) fn as_package(inputs: Vec<Input>, package: bool) -> Vec<Input> {
    if !package || inputs.len() < 2 {
        return inputs;
    }
    vec![Input::package(None, inputs)]
}
