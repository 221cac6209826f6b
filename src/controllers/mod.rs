//! Input/output controllers: the viewer's behaviour, without the browser.
//!
//! Each concern is a pure module, compiled and tested natively; the view code
//! (wasm only) feeds them browser events and sizes and applies their answers.
//!
//! - [`navigation`]: the deck's shape, positions, and where each move goes.
//! - [`fragments`]: the order in which a slide's fragments appear.
//! - [`keyboard`]: which key press asks for what.
//! - [`location`]: the URL hash ↔ position.
//! - [`scale`]: fitting the slide canvas to the window.
//! - [`parallax`]: the parallax background's position.
//! - [`slide_number`]: the slide number text.
//! - [`touch`]: which swipe asks for which move.
//! - [`jump`]: which slide the jump-to-slide prompt's text names.
//! - [`autoslide`]: how long auto-sliding waits on a slide.
//! - [`announce`]: what screen readers hear on a slide change.
//! - [`help`]: the keyboard help's list of keys.
//! - [`presenter_options`]: untyped presenter options (cursor, help, auto-slide).
//! - [`overview`]: the slide overview's grid.
//! - [`print`]: the print layout's page size and pages (`?print-pdf`).
//! - [`pacing`]: the speaker view's plan per slide and ahead/behind.
//! - [`speaker_sync`]: messages between the presentation and the speaker view.

pub mod announce;
pub mod api;
pub mod autoslide;
pub mod export;
pub mod fragments;
pub mod help;
pub mod jump;
pub mod keyboard;
pub mod location;
pub mod navigation;
pub mod overview;
pub mod pacing;
pub mod parallax;
pub mod presenter_options;
pub mod print;
pub mod scale;
pub mod slide_number;
pub mod speaker_sync;
pub mod touch;

#[cfg(target_arch = "wasm32")]
pub mod web;
