//! The data that flows through tenderlint: plain serde types, no logic beyond helpers. One file
//! per schema: the document as read, the facts read in it, the rules of a policy set, and the
//! report of what the rules found.

mod baseline;
mod diff;
mod document;
mod facts;
mod indicators;
mod notice;
mod policy_tests;
mod report;
mod rule;

pub use baseline::*;
pub use diff::*;
pub use document::*;
pub use facts::*;
pub use indicators::*;
pub use notice::*;
pub use policy_tests::*;
pub use report::*;
pub use rule::*;

/// The last component of a document's name ("CCTP.pdf" of "dce.zip/Annexes/CCTP.pdf"): how a
/// package's documents are told apart in messages and digests, and how a fingerprint names the
/// document or package a finding is in. A directory given with a trailing separator ("dce/") is
/// named by its last component too.
pub fn file_name(name: &str) -> &str {
    let name = name.trim_end_matches(['/', '\\']);
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// The JSON Schema (draft 2020-12) of a model type, as published in `schemas/` and in the
/// server's OpenAPI description.
pub fn json_schema<T: schemars::JsonSchema>() -> serde_json::Value {
    schemars::schema_for!(T).to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names the reports print are the names serde writes, for every kind of name (one
    /// word, several words).
    #[test]
    fn names_are_the_serialised_names() {
        fn same<T: serde::Serialize + Copy>(values: &[T], name: fn(T) -> &'static str) {
            for value in values {
                assert_eq!(
                    serde_json::to_value(value).ok(),
                    Some(serde_json::Value::from(name(*value)))
                );
            }
        }
        same(
            &[DataScope::Data, DataScope::TechnicalData],
            DataScope::name,
        );
        same(&[Modality::Required, Modality::NotRequired], Modality::name);
        same(
            &[
                BlockKind::Heading,
                BlockKind::ListItem,
                BlockKind::TableCell,
            ],
            BlockKind::name,
        );
        same(
            &[Sensitivity::Health, Sensitivity::ParticularSensitivity],
            Sensitivity::name,
        );
        same(
            &[TransferBasis::Dpf, TransferBasis::Adequacy],
            TransferBasis::name,
        );
        same(&[Format::Pdf, Format::Markdown], Format::name);
        same(
            &[DocumentRole::ContractTerms, DocumentRole::Answers],
            DocumentRole::name,
        );
        same(&[Severity::Info, Severity::Warning], Severity::name);
        assert_eq!(Severity::parse("warning"), Some(Severity::Warning));
        assert_eq!(Severity::parse("fatal"), None);
    }
}
