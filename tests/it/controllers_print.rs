//! Printing (`?print-pdf`): page size, slide placement, pages per slide.

use deckview::controllers::print::{
    canvas_size, fragment_pages, page_size, print_order, slide_offset, PrintRequest,
};
use deckview::deck::{parse, Length};

fn query(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn canvas_of(yaml: &str) -> (f64, f64) {
    let deck = parse(&format!("---\nslideOptions:\n{yaml}\n---\n\n# One\n"));
    canvas_size(deck.options.width, deck.options.height)
}

#[test]
fn print_pdf_alone_asks_for_the_print_layout() {
    assert_eq!(
        PrintRequest::from_query(&query(&[("print-pdf", "")])),
        Some(PrintRequest {
            separate_fragments: false
        })
    );
}

#[test]
fn print_pdf_among_other_parameters_still_asks_for_it() {
    let request = PrintRequest::from_query(&query(&[
        ("src", "https://example.org/deck.md"),
        ("print-pdf", ""),
        ("theme", "white"),
    ]));
    assert!(request.is_some());
}

#[test]
fn without_print_pdf_there_is_no_print_layout() {
    assert_eq!(
        PrintRequest::from_query(&query(&[("src", "a.md"), ("print", "pdf")])),
        None
    );
}

#[test]
fn fragments_separate_asks_for_a_page_per_fragment_step() {
    let request = PrintRequest::from_query(&query(&[("print-pdf", ""), ("fragments", "separate")]));
    assert_eq!(request.map(|r| r.separate_fragments), Some(true));
}

#[test]
fn reveals_pdf_separate_fragments_parameter_is_understood_too() {
    let request = PrintRequest::from_query(&query(&[
        ("print-pdf", ""),
        ("pdfSeparateFragments", "true"),
    ]));
    assert_eq!(request.map(|r| r.separate_fragments), Some(true));
}

#[test]
fn pdf_separate_fragments_false_keeps_one_page_per_slide() {
    let request = PrintRequest::from_query(&query(&[
        ("print-pdf", ""),
        ("pdfSeparateFragments", "false"),
    ]));
    assert_eq!(request.map(|r| r.separate_fragments), Some(false));
}

#[test]
fn the_default_canvas_prints_on_998_by_728_pages() {
    assert_eq!(page_size(canvas_of("  theme: white")), (998, 728));
}

#[test]
fn the_page_is_the_decks_own_size_plus_four_percent_rounded_down() {
    let canvas = canvas_of("  width: 1280\n  height: 720");
    assert_eq!(canvas, (1280.0, 720.0));
    assert_eq!(page_size(canvas), (1331, 748));
}

#[test]
fn a_percentage_size_prints_at_960_by_700() {
    let canvas = canvas_of("  width: \"100%\"\n  height: \"100%\"");
    assert_eq!(canvas, (960.0, 700.0));
}

#[test]
fn an_unusable_pixel_size_falls_back_to_the_default_canvas() {
    assert_eq!(
        canvas_size(Length::Px(f64::NAN), Length::Px(-5.0)),
        (960.0, 700.0)
    );
}

#[test]
fn a_slide_sits_in_the_middle_of_the_pages_spare_room() {
    assert_eq!(slide_offset((998, 728), (960.0, 700.0)), (19.0, 14.0));
}

#[test]
fn without_separation_one_page_shows_every_fragment() {
    assert_eq!(fragment_pages(3, false), vec![Some(usize::MAX)]);
}

#[test]
fn separated_fragments_give_a_page_before_any_and_one_per_step() {
    assert_eq!(fragment_pages(2, true), vec![None, Some(0), Some(1)]);
}

#[test]
fn a_slide_without_fragments_prints_once_even_when_separating() {
    assert_eq!(fragment_pages(0, true), vec![None]);
}

#[test]
fn vertical_slides_print_after_their_column_head_in_order() {
    assert_eq!(
        print_order(&[1, 3, 1]),
        vec![(0, 0), (1, 0), (1, 1), (1, 2), (2, 0)]
    );
}
