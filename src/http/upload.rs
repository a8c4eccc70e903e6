//! Reading uploads, and running pipeline work under the server's limits: one permit per upload
//! from a shared semaphore (waiting in a bounded queue, `guard::upload_permit`), a blocking
//! thread, and a time limit.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::Multipart;
use axum::http::StatusCode;

use super::error::ApiError;
use super::state::AppState;
use crate::pipeline::Input;

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

/// Runs blocking work on `documents` documents under the server's concurrency and time limits
/// (the time limit is per document).
pub(super) async fn limited<T: Send + 'static>(
    state: &Arc<AppState>,
    documents: usize,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let _permit = super::guard::upload_permit(state).await?;
    let limit = state
        .limits
        .document_timeout
        .saturating_mul(u32::try_from(documents.max(1)).unwrap_or(u32::MAX));
    let task = tokio::task::spawn_blocking(work);
    match tokio::time::timeout(limit, task).await {
        Err(_) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "timeout",
            format!(
                "the document took longer than {:?} to check",
                state.limits.document_timeout
            ),
        )),
        Ok(result) => result.map_err(ApiError::internal),
    }
}
