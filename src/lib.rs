//! tenderlint: checks public procurement tenders against digital-sovereignty criteria.
//!
//! The pipeline runs one way: bytes are read into a [`model::Document`] by [`ingest`], facts
//! are read in it by [`extract`], judged by the Rego policies of [`policy`], and rendered by
//! [`report`]. [`pipeline`] is the one door the surfaces ([`cli`], [`http`]) go through;
//! `ARCHITECTURE.md` maps the modules.

#![warn(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod cli;
pub mod deadline;
mod digest;
pub mod extract;
pub mod http;
pub mod indicators;
pub mod ingest;
pub mod model;
mod patterns;
pub mod pipeline;
pub mod policy;
pub mod report;
