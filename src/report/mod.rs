//! Renderers: they format what earlier stages produced and compute nothing.

pub mod check;
pub mod document;
pub mod facts;
pub mod rules;
pub mod tests;
pub mod xml;
