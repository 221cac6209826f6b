//! The empty sections a deck starts with, written into the page in one piece.

use deckview::view::skeleton::sections;

#[test]
fn single_slides_are_hidden_future_sections_numbered_by_column() {
    assert_eq!(
        sections(&[1, 1]),
        concat!(
            r#"<section hidden class="future" aria-hidden="true" data-index-h="0"></section>"#,
            r#"<section hidden class="future" aria-hidden="true" data-index-h="1"></section>"#,
        )
    );
}

#[test]
fn a_stack_wraps_its_slides_and_its_first_slide_is_its_present_one() {
    assert_eq!(
        sections(&[3]),
        concat!(
            r#"<section hidden class="stack future" aria-hidden="true" data-index-h="0">"#,
            r#"<section hidden class="present" data-index-v="0"></section>"#,
            r#"<section hidden class="future" aria-hidden="true" data-index-v="1"></section>"#,
            r#"<section hidden class="future" aria-hidden="true" data-index-v="2"></section>"#,
            "</section>",
        )
    );
}

#[test]
fn every_section_is_closed_and_has_one_class_attribute() {
    let html = sections(&[1, 4, 1, 2]);
    assert_eq!(html.matches("<section").count(), 1 + 5 + 1 + 3);
    assert_eq!(html.matches("</section>").count(), 1 + 5 + 1 + 3);
    for tag in html.split("<section").skip(1) {
        let open = &tag[..tag.find('>').unwrap()];
        assert_eq!(open.matches("class=").count(), 1, "{open}");
    }
}

#[test]
fn no_deck_no_sections() {
    assert_eq!(sections(&[]), "");
}

#[test]
fn columns_are_numbered_in_decimal_from_zero() {
    let html = sections(&[1; 12]);
    assert!(html.contains(r#"data-index-h="0""#));
    assert!(html.contains(r#"data-index-h="9""#));
    assert!(html.ends_with(r#"data-index-h="11"></section>"#));
}
