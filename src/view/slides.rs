//! The `<section>` elements of a deck, kept in reveal.js's state classes.
//!
//! Built imperatively, once per deck: a 1800-slide deck gets 1800 empty
//! sections at start (every slide has its `<section>` in the DOM), and only
//! slides within `viewDistance` of the current one get their content
//! (sanitised on first show) and are laid out. Moving from slide A to B
//! touches only the sections whose state changes, so navigation cost does
//! not grow with the deck.

use super::sanitize::sanitize;
use crate::controllers::fragments::{self, FragmentsShown};
use crate::controllers::navigation::Position;
use crate::deck::{Deck, Slide};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

const STATES: [&str; 3] = ["past", "present", "future"];

/// A deck's sections and what is currently shown.
pub struct SlidesDom {
    deck: Arc<Deck>,
    document: Document,
    /// One outer section per column.
    columns: Vec<Element>,
    /// The inner sections of each column (empty for single slides).
    stacks: Vec<Vec<Element>>,
    /// Which slides already hold their content.
    filled: HashSet<(usize, usize)>,
    /// The fragments of each filled slide with the step each appears at.
    fragments: HashMap<(usize, usize), Vec<(Element, usize)>>,
    /// `fragments: false` shows every fragment at once.
    fragments_on: bool,
    /// Which slides are currently laid out (not `hidden`).
    visible: HashSet<(usize, usize)>,
    /// The vertical index last shown in each column.
    column_v: Vec<usize>,
    current: Option<Position>,
    view_distance: usize,
    /// Columns laid out whatever the current slide (the overview's window).
    pinned: std::ops::Range<usize>,
    /// Base for relative links and images: the deck's own address.
    base_url: Option<String>,
    /// Slides filled from now on get their code highlighted and their
    /// math drawn (see [`Self::enhance_from_now`]).
    enhancing: bool,
}

impl SlidesDom {
    /// Creates the sections of `deck` inside `container` (the `.slides` div).
    ///
    /// The empty sections are written as one piece of markup made only of
    /// our own names and numbers, so a deck of 100 000 slides costs one
    /// call into the page instead of several per slide; the deck's own
    /// `.slide` attributes go on afterwards, one by one, through
    /// [`apply_attributes`]. Every section starts as `future` (the first of
    /// a stack as its `present`): [`Self::show`] then touches only the
    /// columns up to the current one.
    pub fn build(container: &Element, deck: Arc<Deck>, base_url: Option<String>) -> Self {
        let document = container.owner_document().expect("attached to a document");
        let rows: Vec<usize> = deck.columns.iter().map(Vec::len).collect();
        let _ = container.insert_adjacent_html("beforeend", &super::skeleton::sections(&rows));
        let outer = container.children();
        let first = outer.length().saturating_sub(rows.len() as u32);
        let mut columns = Vec::with_capacity(rows.len());
        let mut stacks = Vec::with_capacity(rows.len());
        for (h, column) in deck.columns.iter().enumerate() {
            let Some(section) = outer.item(first + h as u32) else {
                break;
            };
            let mut inner = Vec::new();
            if column.len() > 1 {
                let list = section.children();
                for (v, slide) in column.iter().enumerate() {
                    if let Some(el) = list.item(v as u32) {
                        apply_attributes(&document, &el, slide);
                        inner.push(el);
                    }
                }
            } else if let Some(slide) = column.first() {
                apply_attributes(&document, &section, slide);
            }
            columns.push(section);
            stacks.push(inner);
        }
        let view_distance = deck.options.view_distance.max(1) as usize;
        let fragments_on = deck.options.fragments;
        Self {
            column_v: vec![0; columns.len()],
            deck,
            document,
            columns,
            stacks,
            filled: HashSet::new(),
            fragments: HashMap::new(),
            fragments_on,
            visible: HashSet::new(),
            current: None,
            view_distance,
            pinned: 0..0,
            base_url,
            enhancing: false,
        }
    }

    /// Highlights the code and draws the math of the slides filled so far
    /// and of every slide filled from now on ([`super::on_demand::enhance`]).
    /// Called once the first slide is painted: what that takes must not
    /// delay it.
    pub fn enhance_from_now(&mut self) {
        self.enhancing = true;
        for &(h, v) in &self.filled {
            if let Some(el) = self.slide_element(h, v) {
                super::on_demand::enhance(el.clone());
            }
        }
    }

    /// The element of slide (h, v).
    pub fn slide_element(&self, h: usize, v: usize) -> Option<&Element> {
        match self.stacks.get(h) {
            Some(inner) if !inner.is_empty() => inner.get(v),
            _ => self.columns.get(h),
        }
    }

    /// Shows `pos`: state classes, visibility and content of nearby slides.
    pub fn show(&mut self, pos: Position) {
        let previous = self.current.replace(pos);
        let columns = self.columns.len();
        if columns == 0 {
            return;
        }
        // Columns whose past/present/future state may change.
        // The skeleton starts every column as `future`.
        let range = match previous {
            None => 0..(pos.h + 1).min(columns),
            Some(p) => p.h.min(pos.h)..(p.h.max(pos.h) + 1).min(columns),
        };
        for h in range {
            set_state(&self.columns[h], state_of(h, pos.h));
        }
        if previous.is_none() && pos.v == 0 {
            // Already as the skeleton wrote it.
        } else {
            self.set_column_v(pos.h, pos.v);
        }
        self.update_visibility(pos);
        self.update_fragments(pos);
    }

    /// Shows the fragments of `pos` up to its step; slides before it show
    /// all theirs, slides after it none (so transitions look right).
    fn update_fragments(&self, pos: Position) {
        for &(h, v) in &self.visible {
            let shown = if (h, v) == (pos.h, pos.v) {
                pos.f
            } else if (h, v) < (pos.h, pos.v) {
                Some(usize::MAX)
            } else {
                None
            };
            self.apply_fragments(h, v, shown);
        }
    }

    fn apply_fragments(&self, h: usize, v: usize, shown: Option<usize>) {
        let Some(list) = self.fragments.get(&(h, v)) else {
            return;
        };
        let shown = if self.fragments_on {
            shown
        } else {
            Some(usize::MAX)
        };
        for (el, step) in list {
            let classes = el.class_list();
            let _ = classes.toggle_with_force("visible", fragments::is_visible(*step, shown));
            let _ = classes.toggle_with_force("current-fragment", shown == Some(*step));
        }
    }

    /// How many fragment steps slide (h, v) has (0 when fragments are off).
    pub fn fragment_count(&mut self, h: usize, v: usize) -> usize {
        if !self.fragments_on {
            return 0;
        }
        self.fill(h, v);
        self.fragments.get(&(h, v)).map_or(0, |list| {
            fragments::step_count(&list.iter().map(|(_, s)| *s).collect::<Vec<_>>())
        })
    }

    /// How many of slide (h, v)'s fragment elements step `shown` shows,
    /// out of how many; every one when fragments are off, as reveal.js
    /// then shows them all.
    pub fn fragments_shown(&mut self, h: usize, v: usize, shown: Option<usize>) -> FragmentsShown {
        self.fill(h, v);
        let steps: Vec<usize> = self
            .fragments
            .get(&(h, v))
            .map(|list| list.iter().map(|(_, s)| *s).collect())
            .unwrap_or_default();
        let shown = if self.fragments_on {
            shown
        } else {
            Some(usize::MAX)
        };
        FragmentsShown::at(&steps, shown)
    }

    fn set_column_v(&mut self, h: usize, v: usize) {
        self.column_v[h] = v;
        for (j, section) in self.stacks[h].iter().enumerate() {
            set_state(section, state_of(j, v));
        }
    }

    /// Lays out and fills the slides near `pos`; hides the ones that left.
    fn update_visibility(&mut self, pos: Position) {
        let d = self.view_distance;
        let mut now = HashSet::new();
        let lo = pos.h.saturating_sub(d - 1);
        let hi = (pos.h + d).min(self.columns.len());
        for h in lo..hi {
            let dh = h.abs_diff(pos.h);
            let rows = self.layout_rows(h);
            let v_here = if h == pos.h { pos.v } else { self.column_v[h] };
            for v in 0..rows {
                if dh + v.abs_diff(v_here) < d {
                    now.insert((h, v));
                }
            }
        }
        for h in self.pinned.clone() {
            for v in 0..self.layout_rows(h) {
                now.insert((h, v));
            }
        }
        let leaving: Vec<_> = self.visible.difference(&now).copied().collect();
        let entering: Vec<_> = now.difference(&self.visible).copied().collect();
        for &(h, v) in &leaving {
            self.set_hidden(h, v, true);
        }
        for &(h, v) in &entering {
            self.fill(h, v);
            self.set_hidden(h, v, false);
        }
        // A stack is laid out while any of its slides is.
        let touched: HashSet<usize> = leaving.iter().chain(&entering).map(|&(h, _)| h).collect();
        for h in touched {
            if !self.stacks[h].is_empty() {
                let any = now.iter().any(|&(c, _)| c == h);
                toggle_hidden(&self.columns[h], !any);
            }
        }
        self.visible = now;
    }

    fn layout_rows(&self, h: usize) -> usize {
        self.deck.columns.get(h).map_or(1, Vec::len).max(1)
    }

    fn set_hidden(&self, h: usize, v: usize, hidden: bool) {
        if let Some(el) = self.slide_element(h, v) {
            toggle_hidden(el, hidden);
        }
    }

    fn fill(&mut self, h: usize, v: usize) {
        if !self.filled.insert((h, v)) {
            return;
        }
        let Some(slide) = self.deck.columns.get(h).and_then(|c| c.get(v)) else {
            return;
        };
        let Some(el) = self.slide_element(h, v).cloned() else {
            return;
        };
        let content = sanitize(slide.html());
        if let Some(base) = &self.base_url {
            resolve_relative(&content, base);
        }
        let _ = el.append_child(&content);
        self.fragments.insert((h, v), collect_fragments(&el));
        if let Some(notes) = slide.notes_html() {
            if let Ok(aside) = self.document.create_element("aside") {
                aside.set_class_name("notes");
                let _ = aside.append_child(&sanitize(notes));
                let _ = el.append_child(&aside);
            }
        }
        if self.enhancing {
            super::on_demand::enhance(el);
        }
    }

    /// Lays out and fills every slide of `columns` as well as those near the
    /// current one, and keeps doing so as the current slide moves (the
    /// overview's window), until [`Self::restore_visibility`].
    pub fn reveal_columns(&mut self, columns: std::ops::Range<usize>) {
        let len = self.columns.len();
        self.pinned = columns.start.min(len)..columns.end.min(len);
        if let Some(pos) = self.current {
            self.update_visibility(pos);
        }
    }

    /// Back to laying out only the slides near the current one.
    pub fn restore_visibility(&mut self) {
        self.pinned = 0..0;
        if let Some(pos) = self.current {
            self.update_visibility(pos);
        }
    }

    /// Whether slide (h, v) holds its content.
    pub fn is_filled(&self, h: usize, v: usize) -> bool {
        self.filled.contains(&(h, v))
    }

    /// Takes `deck`, a new version of the deck of the same shape, keeping
    /// every section but those of the `changed` slides: each of those is
    /// replaced by a new section with the slide's new attributes, in the
    /// state of the one it replaces, filled again if it is laid out. The
    /// others keep their element, content and state (a playing video
    /// plays on).
    pub fn renew(&mut self, deck: Arc<Deck>, changed: &[(usize, usize)]) {
        self.deck = deck;
        for &(h, v) in changed {
            let Some(old) = self.slide_element(h, v).cloned() else {
                continue;
            };
            let Some(slide) = self.deck.columns.get(h).and_then(|c| c.get(v)) else {
                continue;
            };
            let Ok(fresh) = self.document.create_element("section") else {
                continue;
            };
            for state in STATES {
                if old.class_list().contains(state) {
                    let _ = fresh.class_list().add_1(state);
                }
            }
            for name in ["hidden", "aria-hidden"] {
                if let Some(value) = old.get_attribute(name) {
                    let _ = fresh.set_attribute(name, &value);
                }
            }
            apply_attributes(&self.document, &fresh, slide);
            let _ = old.replace_with_with_node_1(&fresh);
            match self.stacks.get_mut(h) {
                Some(inner) if !inner.is_empty() => inner[v] = fresh,
                _ => self.columns[h] = fresh,
            }
            self.filled.remove(&(h, v));
            self.fragments.remove(&(h, v));
            if self.visible.contains(&(h, v)) {
                self.fill(h, v);
            }
        }
        if let Some(pos) = self.current {
            self.update_fragments(pos);
        }
    }

    /// The number of columns (horizontal slides).
    pub fn column_count(&self) -> usize {
        self.columns.len()
    }

    /// Vertically centres the laid-out slides (reveal's `center`).
    pub fn center(&self, slide_height: f64) {
        // Every height is read before any `top` is written: a read after a
        // write forces a fresh layout of the page, once per slide.
        let measured: Vec<(&HtmlElement, f64)> = self
            .visible
            .iter()
            .filter_map(|&(h, v)| self.slide_element(h, v)?.dyn_ref::<HtmlElement>())
            .map(|el| (el, f64::from(el.scroll_height())))
            .collect();
        for (el, content) in measured {
            let top = crate::controllers::scale::center_offset(slide_height, content);
            let _ = el.style().set_property("top", &format!("{top}px"));
        }
    }
}

/// The slide's fragments (not those in a nested slide or in the notes),
/// each with its step, and `data-fragment-index` renumbered as reveal.js
/// does so that deck CSS and scripts see the same indices.
pub(super) fn collect_fragments(slide: &Element) -> Vec<(Element, usize)> {
    let Ok(list) = slide.query_selector_all(".fragment") else {
        return Vec::new();
    };
    let elements: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .filter(|el| el.closest("aside.notes").ok().flatten().is_none())
        .collect();
    let indices: Vec<Option<String>> = elements
        .iter()
        .map(|el| el.get_attribute("data-fragment-index"))
        .collect();
    let steps = fragments::steps(&indices.iter().map(|i| i.as_deref()).collect::<Vec<_>>());
    elements
        .into_iter()
        .zip(steps)
        .map(|(el, step)| {
            let _ = el.set_attribute("data-fragment-index", &step.to_string());
            (el, step)
        })
        .collect()
}

/// reveal.js's state of slide `index` when `current` is shown.
pub(super) fn state_of(index: usize, current: usize) -> &'static str {
    match index.cmp(&current) {
        std::cmp::Ordering::Less => "past",
        std::cmp::Ordering::Equal => "present",
        std::cmp::Ordering::Greater => "future",
    }
}

fn set_state(el: &Element, state: &str) {
    let list = el.class_list();
    for s in STATES {
        if s != state {
            let _ = list.remove_1(s);
        }
    }
    let _ = list.add_1(state);
    if state == "present" {
        let _ = el.remove_attribute("aria-hidden");
    } else {
        let _ = el.set_attribute("aria-hidden", "true");
    }
}

fn toggle_hidden(el: &Element, hidden: bool) {
    if hidden {
        let _ = el.set_attribute("hidden", "");
    } else {
        let _ = el.remove_attribute("hidden");
    }
}

/// Puts a slide's `.slide` attributes on its section. The parser lets only
/// `data-*`, `class`, `id` and `style` through; an `id` that would shadow a
/// property of `document` (DOM clobbering) is dropped here.
pub(super) fn apply_attributes(document: &Document, section: &Element, slide: &Slide) {
    for (name, value) in &slide.attributes {
        let allowed =
            name.starts_with("data-") || matches!(name.as_str(), "class" | "id" | "style");
        if !allowed || name.starts_with("data-index-") {
            continue;
        }
        match name.as_str() {
            "class" => {
                for class in value.split_whitespace() {
                    if !STATES.contains(&class) {
                        let _ = section.class_list().add_1(class);
                    }
                }
            }
            "id" if js_sys::Reflect::has(document, &value.into()).unwrap_or(true) => {}
            _ => {
                let _ = section.set_attribute(name, value);
            }
        }
    }
}

/// Relative images and links in a deck fetched from elsewhere point at the
/// deck's host, as its author saw them, not at the viewer's.
pub(super) fn resolve_relative(content: &web_sys::DocumentFragment, base: &str) {
    let Ok(list) =
        content.query_selector_all("img[src], video[src], audio[src], source[src], a[href]")
    else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let attr = if el.tag_name() == "A" { "href" } else { "src" };
        let Some(value) = el.get_attribute(attr) else {
            continue;
        };
        if value.starts_with('#') || value.contains("://") || value.starts_with("data:") {
            continue;
        }
        if let Ok(url) = web_sys::Url::new_with_base(&value, base) {
            let _ = el.set_attribute(attr, &url.href());
        }
    }
}
