//! tenderlint: checks public procurement tenders against digital-sovereignty criteria.
//!
//! The pipeline runs one way: bytes are read into a [`model::Document`] by [`ingest`]; later
//! stages turn documents into facts, judge them with Rego policies and render reports.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod cli;
pub mod diff;
pub mod extract;
pub mod http;
pub mod ingest;
pub mod model;
mod patterns;
pub mod pipeline;
pub mod policy;
pub mod report;
