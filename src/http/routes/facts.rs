//! `POST /v1/facts`: the facts of uploaded documents, read with the policy set's reference data
//! (the same as `check` uses).

use std::sync::Arc;

use axum::extract::{Multipart, Query, State};
use axum::response::{IntoResponse, Response};

use super::super::error::ApiError;
use super::super::state::AppState;
use super::super::upload::{as_package, limited, uploaded_files};
use super::refuse_unreadable;
use crate::pipeline::CheckOptions;

/// The query of `POST /v1/facts`.
#[derive(Debug, serde::Deserialize, Default)]
pub(in crate::http) struct FactsQuery {
    /// The files of the upload are one consultation file: their facts are merged.
    #[serde(default)]
    package: bool,
}

/// The handler.
pub(in crate::http) async fn facts(
    State(state): State<Arc<AppState>>,
    Query(query): Query<FactsQuery>,
    multipart: Multipart,
) -> Result<Response, ApiError> {
    let files = uploaded_files(multipart).await?;
    let count = files.len();
    let inputs = as_package(files, query.package);
    let checker = state.checker();
    let options = CheckOptions {
        jobs: 1,
        ..CheckOptions::default()
    };
    let results = limited(&state, options, count, move |options| {
        checker.facts(&inputs, &options)
    })
    .await?
    .map_err(ApiError::internal)?;
    refuse_unreadable(&results)?;
    // A package's unread documents are named in its facts' notes; the others are answered.
    let facts: Vec<_> = results
        .into_iter()
        .flatten()
        .map(|read| read.facts)
        .collect();
    Ok(axum::Json(facts).into_response())
}
