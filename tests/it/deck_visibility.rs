//! `data-visibility`: hidden slides are removed (reveal.js ≥ 4.1),
//! uncounted ones stay (the viewer leaves them out of numbering).

use deckview::controllers::navigation::{counted_total, is_counted, total, Layout, Position};
use deckview::deck::parse;

fn titles(text: &str) -> Vec<Vec<String>> {
    parse(text)
        .columns
        .iter()
        .map(|c| {
            c.iter()
                .map(|s| s.title().map(str::to_owned).unwrap_or_default())
                .collect()
        })
        .collect()
}

#[test]
fn a_hidden_slide_is_removed() {
    let t =
        titles("# A\n\n---\n\n<!-- .slide: data-visibility=\"hidden\" -->\n# B\n\n---\n\n# C\n");
    assert_eq!(t, [vec!["A"], vec!["C"]]);
}

#[test]
fn a_hidden_slide_in_a_column_leaves_the_rest_of_the_column() {
    let t = titles(
        "# A\n\n----\n\n<!-- .slide: data-visibility=\"hidden\" -->\n# A2\n\n----\n\n# A3\n",
    );
    assert_eq!(t, [vec!["A", "A3"]]);
}

#[test]
fn an_uncounted_slide_stays_with_its_attribute() {
    let deck = parse("# A\n\n---\n\n<!-- .slide: data-visibility=\"uncounted\" -->\n# Backup\n");
    assert_eq!(deck.columns.len(), 2);
    assert_eq!(
        deck.columns[1][0].attribute("data-visibility"),
        Some("uncounted")
    );
}

#[test]
fn a_deck_whose_slides_are_all_hidden_shows_one_empty_slide() {
    let deck = parse("<!-- .slide: data-visibility=\"hidden\" -->\n# Secret\n");
    assert_eq!(deck.columns.len(), 1);
    assert!(deck.columns[0][0].html().is_empty());
}

#[test]
fn a_hidden_slide_takes_its_css_with_it() {
    let deck = parse("<style>kept{}</style>\n\n---\n\n<!-- .slide: data-visibility=\"hidden\" -->\n<style>gone{}</style>\n");
    assert_eq!(deck.styles, ["kept{}"]);
}

#[test]
fn the_layout_of_a_deck_knows_its_uncounted_slides() {
    let deck = parse(concat!(
        "# A\n\n---\n\n# B\n\n----\n\n",
        "<!-- .slide: data-visibility=\"uncounted\" -->\n# B2\n\n---\n\n",
        "<!-- .slide: data-visibility=\"uncounted\" -->\n# Backup\n",
    ));
    let layout = Layout::of_deck(&deck);
    assert_eq!((total(&layout), counted_total(&layout)), (4, 2));
    let counted: Vec<bool> = [(0, 0), (1, 0), (1, 1), (2, 0)]
        .map(|(h, v)| is_counted(&layout, Position::new(h, v)))
        .into();
    assert_eq!(counted, [true, true, false, false]);
}
