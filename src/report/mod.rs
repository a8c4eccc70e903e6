//! Renderers: they format what earlier stages produced and compute nothing.

pub mod document;
pub mod facts;
