//! What screen readers hear when the slide changes.

use super::navigation::{flat_index, total, Layout, Position};

/// "Slide 3 of 32: Title": the slide's 1-based place among all slides
/// (vertical ones counted one by one), and its title, or "untitled" when
/// it has no heading.
pub fn announcement(layout: &Layout, pos: Position, title: Option<&str>) -> String {
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    format!(
        "Slide {} of {}: {}",
        flat_index(layout, pos) + 1,
        total(layout),
        title.unwrap_or("untitled")
    )
}
