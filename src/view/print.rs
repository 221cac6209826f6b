//! The print layout (`?print-pdf`): every slide on its own page, reveal.js's
//! way, ready for the browser's Print → Save as PDF.
//!
//! Unlike the presentation, which fills only the slides near the current
//! one, printing needs every slide: all pages are built once, into a
//! detached fragment, and attached in one go, so a deck of thousands of
//! slides costs one layout, not one per slide. Vertical centring is left to
//! CSS (`justify-content: safe center`), so no slide is measured and images
//! that load later stay centred.

use super::sanitize::sanitize;
use super::slides::{apply_attributes, collect_fragments, resolve_relative};
use super::state::AppState;
use crate::controllers::fragments;
use crate::controllers::print::{self, PrintRequest};
use crate::deck::{Deck, Slide};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Class on `<html>` while the print layout is shown: lets the page scroll
/// (the presentation pins it to the window) and lets print CSS apply.
const DOCUMENT_CLASS: &str = "dv-print";

/// Space between the notes box and the page edges, as reveal.js leaves it.
const NOTES_INSET_PX: u32 = 8;

/// How the pages are cut and what goes on them.
#[derive(Clone, Copy)]
struct PageSetup {
    /// Page size in CSS pixels.
    page: (u32, u32),
    /// Slide canvas in CSS pixels.
    canvas: (f64, f64),
    /// Centre each slide vertically (`center`).
    center: bool,
    /// One page per fragment step.
    separate_fragments: bool,
    /// Print the speaker notes (`showNotes`).
    notes: bool,
}

/// The whole deck laid out one slide per page, with an on-screen hint
/// (never printed) that explains how to save it as a PDF.
#[component]
pub fn PrintDeck(deck: Arc<Deck>, request: PrintRequest) -> impl IntoView {
    let app = expect_context::<AppState>();
    let options = &deck.options;
    let canvas = print::canvas_size(options.width, options.height);
    let setup = PageSetup {
        page: print::page_size(canvas),
        canvas,
        center: options.center,
        // `fragments: false` shows every fragment at once, on paper too.
        separate_fragments: request.separate_fragments && options.fragments,
        notes: options.show_notes,
    };
    let base_url = app.deck_base_url();
    let theme_url = options.theme_url.clone();
    let theme_base = base_url.clone();

    // Print mode comes from the address and lasts as long as the page, so
    // the class is never taken off (a deck opened after this one prints too).
    set_document_class();

    let slides_ref = NodeRef::<html::Div>::new();
    let page_count = RwSignal::new(None::<usize>);
    {
        let deck = deck.clone();
        Effect::new(move |built: Option<bool>| {
            if built == Some(true) {
                return true;
            }
            let Some(container) = slides_ref.get() else {
                return false;
            };
            let count = build_pages(&container, &deck, setup, base_url.as_deref());
            super::on_demand::enhance(container.clone().into());
            page_count.set(Some(count));
            true
        });
    }

    let (page_w, page_h) = setup.page;
    let page_rule = format!("@page{{size:{page_w}px {page_h}px;margin:0}}");
    let mut reveal_class = String::from("reveal print-pdf");
    if options.center {
        reveal_class.push_str(" center");
    }
    if options.rtl {
        reveal_class.push_str(" rtl");
    }
    let theme = options.theme.name();
    let lang = deck.meta.lang.clone();
    let dir = options.rtl.then_some("rtl");
    let scoped_css = super::deck_css::scope_css(&deck.styles.join("\n"));
    let status = move || match page_count.get() {
        None => "Preparing the pages…".to_string(),
        Some(1) => format!("Print layout: 1 page of {page_w} × {page_h} px."),
        Some(n) => format!("Print layout: {n} pages of {page_w} × {page_h} px."),
    };

    view! {
        <style>{page_rule}</style>
        <div class="dv-chrome dv-print-hint" role="note">
            <p>
                <strong>{status}</strong>
                " To save a PDF, use your browser's Print and choose “Save as PDF”, "
                "margins “None”, with background graphics on."
            </p>
            <button type="button" class="dv-print-button" on:click=move |_| print_page()>
                "Print…"
            </button>
        </div>
        <div class=format!("dv-deck theme-{theme} dv-print-deck") data-theme=theme lang=lang dir=dir>
            {theme_url.map(|address| view! { <super::theme_sheet::ThemeSheet address base_url=theme_base /> })}
            <style>{scoped_css}</style>
            <div
                class=reveal_class
                role="region"
                aria-roledescription="slide deck"
                data-print-pages=move || page_count.get().map(|n| n.to_string())
            >
                <div class="slides" node_ref=slides_ref></div>
            </div>
        </div>
    }
}

/// Builds every page into `container` and returns how many there are.
fn build_pages(container: &Element, deck: &Deck, setup: PageSetup, base: Option<&str>) -> usize {
    let Some(document) = container.owner_document() else {
        return 0;
    };
    let pages = document.create_document_fragment();
    let mut count = 0;
    let rows: Vec<usize> = deck.columns.iter().map(Vec::len).collect();
    for (h, v) in print::print_order(&rows) {
        let Some(slide) = deck.columns.get(h).and_then(|c| c.get(v)) else {
            continue;
        };
        let section = slide_section(&document, slide, h, v, base);
        let found = collect_fragments(&section);
        let steps = fragments::step_count(&found.iter().map(|(_, s)| *s).collect::<Vec<_>>());
        let states = print::fragment_pages(steps, setup.separate_fragments);
        let notes = setup
            .notes
            .then(|| notes_box(&document, slide, base))
            .flatten();
        for (i, shown) in states.iter().enumerate() {
            show_fragments(&found, *shown);
            // Every page but the last gets a copy taken in this state; the
            // last keeps the original. Copies are of sanitised DOM: deck
            // HTML is never parsed again.
            let last = i + 1 == states.len();
            let this_section = if last {
                section.clone()
            } else {
                clone_element(&section)
            };
            let this_notes = notes
                .as_ref()
                .map(|n| if last { n.clone() } else { clone_element(n) });
            let page = page_element(&document, setup, h, v, *shown);
            let _ = page.append_child(&this_section);
            if let Some(bg) = &slide.background {
                super::backgrounds::print_background(&page, bg, base);
            }
            if let Some(n) = this_notes {
                let _ = page.append_child(&n);
            }
            let _ = pages.append_child(&page);
            count += 1;
        }
    }
    let _ = container.append_child(&pages);
    super::backgrounds::mark_print_tones(container);
    count
}

/// A slide's `<section>` with its attributes and sanitised content.
fn slide_section(
    document: &Document,
    slide: &Slide,
    h: usize,
    v: usize,
    base: Option<&str>,
) -> Element {
    let section = document.create_element("section").expect("create section");
    let _ = section.set_attribute("data-index-h", &h.to_string());
    let _ = section.set_attribute("data-index-v", &v.to_string());
    apply_attributes(document, &section, slide);
    let _ = section.class_list().add_1("present");
    let content = sanitize(slide.html());
    if let Some(base) = base {
        resolve_relative(&content, base);
    }
    let _ = section.append_child(&content);
    section
}

/// The speaker-notes box printed over the bottom of a page, or `None` for
/// a slide without notes.
fn notes_box(document: &Document, slide: &Slide, base: Option<&str>) -> Option<Element> {
    let notes = slide.notes_html()?;
    let el = document.create_element("div").ok()?;
    el.set_class_name("speaker-notes-pdf");
    let _ = el.set_attribute("aria-label", "Speaker notes");
    let _ = el.set_attribute(
        "style",
        &format!("left:{NOTES_INSET_PX}px;right:{NOTES_INSET_PX}px;bottom:{NOTES_INSET_PX}px"),
    );
    let content = sanitize(notes);
    if let Some(base) = base {
        resolve_relative(&content, base);
    }
    let _ = el.append_child(&content);
    Some(el)
}

/// One page, sized to the `@page` rule.
fn page_element(
    document: &Document,
    setup: PageSetup,
    h: usize,
    v: usize,
    shown: Option<usize>,
) -> Element {
    let page = document.create_element("div").expect("create page");
    page.set_class_name("pdf-page");
    let (w, h_px) = setup.page;
    let mut style = format!(
        "width:{w}px;height:{h_px}px;--dv-slide-width:{}px",
        setup.canvas.0
    );
    if !setup.center {
        let (_, top) = print::slide_offset(setup.page, setup.canvas);
        style.push_str(&format!(";padding-top:{top}px"));
    }
    let _ = page.set_attribute("style", &style);
    let _ = page.set_attribute("data-index-h", &h.to_string());
    let _ = page.set_attribute("data-index-v", &v.to_string());
    if let Some(step) = shown.filter(|s| *s != usize::MAX) {
        let _ = page.set_attribute("data-fragment", &step.to_string());
    }
    page
}

/// Puts a slide's fragments into the state of step `shown`, as the
/// presentation would show it.
fn show_fragments(found: &[(Element, usize)], shown: Option<usize>) {
    for (el, step) in found {
        let classes = el.class_list();
        let _ = classes.toggle_with_force("visible", fragments::is_visible(*step, shown));
        let _ = classes.toggle_with_force("current-fragment", shown == Some(*step));
    }
}

fn clone_element(el: &Element) -> Element {
    el.clone_node_with_deep(true)
        .ok()
        .and_then(|n| n.dyn_into::<Element>().ok())
        .unwrap_or_else(|| el.clone())
}

fn set_document_class() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1(DOCUMENT_CLASS);
    }
}

fn print_page() {
    // Printing can be blocked (sandboxed iframe): nothing useful to add then.
    let _ = window().print();
}

/// The print layout as the app's body (the page-views module's), for
/// `?print-pdf`: the request's options are read from the query again.
pub const PRINT_BODY: super::app::DeckBody = super::app::DeckBody::new(
    |deck| {
        let request = super::page_query::page_query().print.unwrap_or_default();
        view! { <PrintDeck deck request /> }.into_any()
    },
    false,
);
