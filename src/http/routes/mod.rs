//! One module per route family. Each handler takes what the request says, asks the pipeline and
//! renders through the report module; none of them reads documents or judges facts itself.

pub(super) mod check;
pub(super) mod checks;
pub(super) mod facts;
pub(super) mod health;
pub(super) mod openapi;
pub(super) mod page;
pub(super) mod rules;

use axum::http::{HeaderMap, StatusCode, header};
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

/// The language a reader asks for: `?lang=` when given, else the first language of
/// `Accept-Language` (in the order written; weights are rarely out of order) that one of
/// `languages` starts, else `None`.
fn asked_language(query: Option<&str>, headers: &HeaderMap, languages: &[&str]) -> Option<String> {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    query
        .into_iter()
        .chain(
            accepted
                .split(',')
                .map(|part| part.split(';').next().unwrap_or_default()),
        )
        .map(|tag| tag.trim().to_ascii_lowercase())
        .find_map(|tag| {
            languages
                .iter()
                .find(|lang| tag.split(['-', '_']).next() == Some(**lang))
                .map(|lang| (*lang).to_string())
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_query_then_accept_language() {
        let mut headers = HeaderMap::new();
        let languages = ["de", "en", "fr"];
        headers.insert(
            header::ACCEPT_LANGUAGE,
            axum::http::HeaderValue::from_static("it-IT,de-CH;q=0.8,en;q=0.5"),
        );
        assert_eq!(
            asked_language(None, &headers, &languages).as_deref(),
            Some("de")
        );
        assert_eq!(
            asked_language(Some("fr"), &headers, &languages).as_deref(),
            Some("fr")
        );
        assert_eq!(asked_language(None, &HeaderMap::new(), &languages), None);
    }
}
