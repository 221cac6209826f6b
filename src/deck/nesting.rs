//! A Markdown stage that caps how deeply block quotes and lists nest.
//!
//! `> > > …` or `- - - …` ten thousand times is a few kilobytes of text but
//! ten thousand nested elements. pulldown-cmark handles that without
//! recursion, but the browser does not: parsing and laying out such a tree
//! froze the viewer for seconds (and its HTML parser flattens anything
//! deeper than 512 elements anyway). markdown-it, HedgeDoc's renderer,
//! stops at a nesting level of 100 (its `maxNesting`) and drops the rest of
//! the text; we keep the text and leave out only the containers beyond
//! [`MAX_CONTAINER_DEPTH`], so the innermost text lands in the deepest kept
//! container.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::passes::Spanned;

/// Block quotes, lists and list items kept around any piece of a slide.
/// One nested list level is two of them (`<ul>` and `<li>`).
pub(crate) const MAX_CONTAINER_DEPTH: usize = 100;

/// Drops the start and end events of containers nested deeper than
/// [`MAX_CONTAINER_DEPTH`]; every other event passes unchanged.
pub(crate) struct CapNesting<I> {
    inner: I,
    /// Containers open, kept or not.
    open: usize,
}

impl<I> CapNesting<I> {
    /// Caps the nesting of `inner`'s containers.
    pub fn new(inner: I) -> Self {
        Self { inner, open: 0 }
    }
}

/// Block quotes, lists and list items: the elements Markdown nests.
fn opens_container(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item)
    )
}

fn closes_container(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item)
    )
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for CapNesting<I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        loop {
            let (event, range) = self.inner.next()?;
            // Events arrive well nested, so the depth alone tells whether
            // an end event belongs to a kept container.
            let too_deep = if opens_container(&event) {
                self.open += 1;
                self.open > MAX_CONTAINER_DEPTH
            } else if closes_container(&event) {
                self.open = self.open.saturating_sub(1);
                self.open >= MAX_CONTAINER_DEPTH
            } else {
                false
            };
            if !too_deep {
                return Some((event, range));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::markdown::render;
    use super::MAX_CONTAINER_DEPTH;

    fn count(html: &str, needle: &str) -> usize {
        html.matches(needle).count()
    }

    #[test]
    fn block_quotes_nested_beyond_the_cap_are_flattened_and_keep_their_text() {
        let html = render(
            &format!("{}deep\n", "> ".repeat(10_000)),
            true,
            &mut Default::default(),
        )
        .html;
        assert_eq!(count(&html, "<blockquote>"), MAX_CONTAINER_DEPTH);
        assert_eq!(count(&html, "</blockquote>"), MAX_CONTAINER_DEPTH);
        assert!(
            html.contains("<p>deep</p>"),
            "{}",
            &html[html.len() - 200..]
        );
    }

    #[test]
    fn lists_nested_beyond_the_cap_are_flattened_and_keep_their_text() {
        let html = render(
            &format!("{}deep\n", "- ".repeat(10_000)),
            true,
            &mut Default::default(),
        )
        .html;
        assert_eq!(count(&html, "<ul>"), MAX_CONTAINER_DEPTH / 2);
        assert_eq!(count(&html, "<li>"), MAX_CONTAINER_DEPTH / 2);
        assert_eq!(count(&html, "</li>"), MAX_CONTAINER_DEPTH / 2);
        assert!(html.contains("deep"));
    }

    #[test]
    fn nesting_up_to_the_cap_is_rendered_unchanged() {
        let depth = MAX_CONTAINER_DEPTH;
        let html = render(
            &format!("{}inside\n", "> ".repeat(depth)),
            true,
            &mut Default::default(),
        )
        .html;
        assert_eq!(count(&html, "<blockquote>"), depth);
    }

    #[test]
    fn text_after_a_capped_container_is_outside_it_again() {
        let text = format!("{}deep\n\nafter\n", "> ".repeat(MAX_CONTAINER_DEPTH + 5));
        let html = render(&text, true, &mut Default::default()).html;
        assert!(
            html.trim_end().ends_with("</blockquote>\n<p>after</p>"),
            "{}",
            &html[html.len() - 80..]
        );
    }
}
