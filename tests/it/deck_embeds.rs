//! HedgeDoc's embed shortcodes (issue #8): videos as no-tracking player
//! iframes, everything else as links.

use deckview::deck::parse;

fn html(text: &str) -> String {
    parse(text).columns[0][0]
        .html()
        .as_untrusted_str()
        .to_owned()
}

#[test]
fn youtube_is_a_nocookie_player() {
    assert_eq!(
        html("{%youtube dQw4w9WgXcQ %}\n"),
        "<p><iframe class=\"youtube\" src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" \
         title=\"YouTube video dQw4w9WgXcQ\" width=\"560\" height=\"315\" allowfullscreen></iframe></p>\n"
    );
}

#[test]
fn vimeo_is_a_do_not_track_player() {
    assert!(html("{%vimeo 123456789 %}\n")
        .contains("src=\"https://player.vimeo.com/video/123456789?dnt=1\""));
}

#[test]
fn spaces_around_the_id_are_optional() {
    assert!(html("{%youtube    dQw4w9WgXcQ%}\n").contains("embed/dQw4w9WgXcQ\""));
}

#[test]
fn a_gist_is_a_link_to_it() {
    assert!(html("{%gist octo-cat/aa5a315d61ae9438b18d %}\n").contains(
        "<a class=\"embed-link gist\" target=\"_blank\" href=\"https://gist.github.com/octo-cat/aa5a315d61ae9438b18d\">Gist octo-cat/aa5a315d61ae9438b18d on GitHub</a>"
    ));
}

#[test]
fn slides_on_slideshare_and_speakerdeck_are_links() {
    assert!(html("{%slideshare hedgedoc/intro-2023 %}\n")
        .contains("href=\"https://www.slideshare.net/hedgedoc/intro-2023\""));
    assert!(html("{%speakerdeck jon/my-talk %}\n")
        .contains("href=\"https://speakerdeck.com/jon/my-talk\""));
}

#[test]
fn a_pdf_is_a_link_to_it() {
    assert!(html("{%pdf https://example.org/a.pdf %}\n").contains(
        "<a class=\"embed-link pdf\" target=\"_blank\" href=\"https://example.org/a.pdf\">PDF: https://example.org/a.pdf</a>"
    ));
}

#[test]
fn a_pdf_that_is_not_a_web_address_stays_text() {
    assert_eq!(
        html("{%pdf javascript:alert(1) %}\n"),
        "<p>{%pdf javascript:alert(1) %}</p>\n"
    );
}

#[test]
fn ids_that_do_not_fit_stay_text() {
    for text in [
        "{%youtube short %}",
        "{%youtube dQw4w9WgXcQ\" onload=\"x %}",
        "{%vimeo 12ab56 %}",
        "{%gist nouser %}",
        "{%twitter abc %}",
    ] {
        let out = html(&format!("{text}\n"));
        assert!(
            !out.contains("<iframe") && !out.contains("<a "),
            "{text}: {out}"
        );
    }
}

#[test]
fn shortcodes_sit_among_text_and_links() {
    let out = html("See {%youtube dQw4w9WgXcQ %} and https://example.org\n");
    assert!(out.starts_with("<p>See <iframe"), "{out}");
    assert!(
        out.contains("</iframe> and <a href=\"https://example.org\">"),
        "{out}"
    );
}

#[test]
fn shortcodes_in_code_stay_text() {
    assert!(html("`{%youtube dQw4w9WgXcQ %}`\n").contains("<code>{%youtube dQw4w9WgXcQ %}</code>"));
}

#[test]
fn braces_sharing_one_percent_sign_stay_text() {
    // `{%}`: the `%` of the opening `{%` is not also the closing `%}`.
    assert_eq!(html("a {%} b\n"), "<p>a {%} b</p>\n");
    assert!(html("{%} {%youtube dQw4w9WgXcQ %}\n").contains("<iframe"));
}
