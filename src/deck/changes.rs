//! What changed between two versions of a deck: whether the new one can be
//! shown by updating some slides of the old one in place, or must be built
//! anew, and whether it looks like a half-written file whose slides should
//! not replace the last good ones. Used when a watched deck changes.

use super::{front_matter, Deck, Slide, Warning};

/// How to go from the deck on screen to a new version of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeckChange {
    /// Nothing on screen changes (its warnings may have).
    Same,
    /// Only these slides (column, row) changed: each is updated in place,
    /// every other slide stays as it is.
    Slides(Vec<(usize, usize)>),
    /// The deck's shape, options, metadata, CSS, backgrounds or slide ids
    /// changed: it is built again.
    Rebuild,
}

/// How `new` differs from `old` on screen. `filled(h, v)` says whether slide
/// (h, v) has its content in the page: only those are compared by what they
/// render to (rendering the others would cost time for nothing, since they
/// are filled from the new deck when they are first shown); every slide is
/// compared by its attributes, which every section carries from the start.
pub fn compare(old: &Deck, new: &Deck, filled: impl Fn(usize, usize) -> bool) -> DeckChange {
    if old.meta != new.meta || old.options != new.options || old.styles != new.styles {
        return DeckChange::Rebuild;
    }
    let shape = |d: &Deck| d.columns.iter().map(Vec::len).collect::<Vec<_>>();
    if shape(old) != shape(new) {
        return DeckChange::Rebuild;
    }
    let mut changed = Vec::new();
    for (h, (was, is)) in old.columns.iter().zip(&new.columns).enumerate() {
        for (v, (a, b)) in was.iter().zip(is).enumerate() {
            if a.background != b.background || a.attribute("id") != b.attribute("id") {
                return DeckChange::Rebuild;
            }
            if a.attributes != b.attributes || (filled(h, v) && !renders_alike(a, b)) {
                changed.push((h, v));
            }
        }
    }
    if changed.is_empty() {
        DeckChange::Same
    } else {
        DeckChange::Slides(changed)
    }
}

fn renders_alike(a: &Slide, b: &Slide) -> bool {
    a.html() == b.html() && a.notes_html() == b.notes_html()
}

/// Why the slides of `old_text` should stay on screen instead of those of
/// `new_text`, its next version: the new one has nothing to show (an editor
/// truncates a file before writing it), or looks half-written
/// ([`half_written`]) where the old one did not. `None` when the new
/// version should be shown.
pub fn keep_last_good(old_text: &str, new_text: &str) -> Option<Warning> {
    if !super::has_slide_text(new_text) {
        return Some(Warning {
            line: None,
            column: None,
            message:
                "this version of the deck has no slides; the slides shown are the last good version"
                    .into(),
        });
    }
    half_written(new_text).filter(|_| half_written(old_text).is_none())
}

/// Why `text` looks like a deck caught half-written (an editor saving, a
/// front matter being typed), so that the slides already on screen are
/// better kept than replaced by it: its front matter is never closed, or
/// cannot be read. `None` when it looks whole.
pub fn half_written(text: &str) -> Option<Warning> {
    let sections = front_matter::sections(text);
    let Some(front) = sections.front else {
        let first = text.trim_start_matches('\u{feff}').lines().next();
        return (first.map(|l| l.trim_end_matches([' ', '\t'])) == Some("---")).then(|| {
            Warning::at_line(
                1,
                "this version's front matter has no closing `---`; the slides shown are the last good version",
            )
        });
    };
    let mut warnings = Vec::new();
    let _ = front_matter::read_yaml(&front, &mut warnings);
    let first = warnings.into_iter().next()?;
    Some(Warning {
        message: format!(
            "{}; the slides shown are the last good version",
            first.message
        ),
        ..first
    })
}
