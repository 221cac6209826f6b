//! Which picture URLs a deck may use (parallax image, CSS `url()`).

use deckview::deck::safe_url::{css_value_has_unsafe_url, is_safe_image_url};
use deckview::deck::{parse, Warning};

#[test]
fn http_https_relative_and_data_images_are_safe() {
    for url in [
        "https://example.org/a.png",
        "http://example.org/a.png",
        "img/a.png",
        "/a.png",
        "//cdn.example.org/a.png",
        "data:image/png;base64,AAAA",
        "a.png?x=1:2",
    ] {
        assert!(is_safe_image_url(url), "{url}");
    }
}

#[test]
fn script_and_document_schemes_are_not_even_when_disguised() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:image/svg+xml",
    ] {
        let expected_safe = url.starts_with("data:image/");
        assert_eq!(is_safe_image_url(url), expected_safe, "{url}");
    }
}

#[test]
fn css_values_with_script_urls_are_found_in_url_and_image_set() {
    assert!(css_value_has_unsafe_url(r#"url("javascript:alert(1)")"#));
    assert!(css_value_has_unsafe_url(
        "url(javascript:alert(1)) no-repeat"
    ));
    assert!(css_value_has_unsafe_url(
        r#"image-set("javascript:alert(1)" 1x, url("a.png") 2x)"#
    ));
    assert!(css_value_has_unsafe_url(
        r#"-webkit-image-set('vbscript:x' 1x)"#
    ));
}

#[test]
fn css_values_with_picture_urls_or_no_urls_are_kept() {
    assert!(!css_value_has_unsafe_url(
        r#"url("https://example.org/bg.jpg") center / cover"#
    ));
    assert!(!css_value_has_unsafe_url("linear-gradient(red, blue)"));
    assert!(!css_value_has_unsafe_url(r#""note: hi""#));
    assert!(!css_value_has_unsafe_url(
        r#"image-set("a.png" 1x, "b.png" 2x)"#
    ));
}

#[test]
fn a_script_parallax_image_is_refused_with_a_warning() {
    let deck = parse(
        "---\nslideOptions:\n  parallaxBackgroundImage: \"javascript:alert(1)\"\n---\n\n# A\n",
    );
    assert_eq!(deck.options.parallax_background_image, None);
    assert!(deck
        .warnings
        .iter()
        .any(|w: &Warning| w.message.contains("parallaxBackgroundImage")));
}

#[test]
fn an_https_parallax_image_is_kept() {
    let deck = parse(
        "---\nslideOptions:\n  parallaxBackgroundImage: \"https://example.org/bg.jpg\"\n---\n\n# A\n",
    );
    assert_eq!(
        deck.options.parallax_background_image.as_deref(),
        Some("https://example.org/bg.jpg")
    );
}

#[test]
fn page_addresses_are_http_or_relative_but_never_data_documents() {
    use deckview::deck::safe_url::is_page_address;
    for ok in [
        "https://player.vimeo.com/video/1",
        "http://example.org/t.css",
        "clip.webm",
        "../themes/x.css",
    ] {
        assert!(is_page_address(ok), "{ok}");
    }
    for refused in [
        "javascript:alert(1)",
        "data:text/html,x",
        " DATA:image/png;base64,AA",
        "vbscript:x",
    ] {
        assert!(!is_page_address(refused), "{refused}");
    }
}
