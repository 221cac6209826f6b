//! deckview: a HedgeDoc/reveal.js-compatible slide-deck viewer.
//!
//! The data flow is the architecture:
//! [`source`] (URL, file, text) → [`deck`] (pure parse, no web APIs) →
//! `view` (Leptos components and the sanitiser, wasm only) →
//! [`controllers`] (keyboard, touch, location, scale, parallax).
//!
//! Everything that needs no browser compiles and is tested natively; the
//! browser glue lives behind `cfg(target_arch = "wasm32")`.

pub mod controllers;
pub mod deck;
pub mod source;

pub mod view;
