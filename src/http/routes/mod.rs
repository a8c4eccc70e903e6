//! One module per route family. Each handler takes what the request says, asks the pipeline and
//! renders through the report module; none of them reads documents or judges facts itself.

pub(super) mod check;
pub(super) mod checks;
pub(super) mod facts;
pub(super) mod health;
pub(super) mod openapi;
pub(super) mod page;
pub(super) mod rules;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use strum::VariantNames;

use super::error::ApiError;
use crate::model::{Report, Severity};
use crate::pipeline::{Checker, DocumentError};
use crate::report::{self, Format, RenderOptions};

/// The format a query asks for; JSON when it asks for none.
fn format_of(asked: Option<&str>) -> Result<Format, ApiError> {
    match asked {
        None => Ok(Format::Json),
        Some(name) => name.parse().map_err(|_| {
            ApiError::bad_request(format!(
                "unknown format {name:?}: {}",
                Format::VARIANTS.join(", ")
            ))
        }),
    }
}

/// A report rendered in a format, with its media type. JUnit test cases fail from errors up.
fn rendered(report: &Report, checker: &Checker, format: Format) -> Result<Response, ApiError> {
    let options = RenderOptions {
        fail_on: Some(Severity::Error),
        ..RenderOptions::default()
    };
    let body =
        report::render(report, checker.rules(), format, options).map_err(ApiError::internal)?;
    Ok(([(header::CONTENT_TYPE, format.media_type())], body).into_response())
}

/// Refuses an upload when any of its documents could not be read, naming every one: 415 when
/// one is in a format tenderlint does not read, else 422. Nothing of a refused upload is kept.
fn refuse_unreadable<T>(results: &[Result<T, DocumentError>]) -> Result<(), ApiError> {
    let failures: Vec<&DocumentError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    if failures.is_empty() {
        return Ok(());
    }
    let message = failures
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ");
    Err(if failures.iter().any(|e| e.is_unsupported_format()) {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_format",
            message,
        )
    } else if failures.iter().any(|e| e.is_interrupted()) {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "timeout", message)
    } else {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unreadable_document",
            message,
        )
    })
}
