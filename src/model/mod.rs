//! The data that flows through tenderlint: plain serde types, no logic beyond helpers. One file
//! per schema: the document as read, the facts read in it, the rules of a policy set, and the
//! report of what the rules found.

mod diff;
mod document;
mod facts;
mod policy_tests;
mod report;
mod rule;

pub use diff::*;
pub use document::*;
pub use facts::*;
pub use policy_tests::*;
pub use report::*;
pub use rule::*;

/// The JSON Schema (draft 2020-12) of a model type, as published in `schemas/` and in the
/// server's OpenAPI description.
pub fn json_schema<T: schemars::JsonSchema>() -> serde_json::Value {
    schemars::schema_for!(T).to_value()
}
