//! What address is fetched for what a user pastes.

use deckview::source::url::{resolve, UrlKind};
use deckview::source::LoadError;

fn fetch_url(input: &str) -> String {
    resolve(input).expect("accepted").fetch_url
}

#[test]
fn hedgedoc_note_address_is_rewritten_to_download() {
    assert_eq!(
        fetch_url("https://input.scs.community/2023-scs-sig-community"),
        "https://input.scs.community/2023-scs-sig-community/download"
    );
}

#[test]
fn hedgedoc_note_address_loses_query_and_fragment() {
    assert_eq!(
        fetch_url("https://input.scs.community/Third-Community-Hackathon---SCS?both#"),
        "https://input.scs.community/Third-Community-Hackathon---SCS/download"
    );
}

#[test]
fn hedgedoc_published_address_keeps_its_s_prefix() {
    assert_eq!(
        fetch_url("https://demo.hedgedoc.org/s/abc123#slide"),
        "https://demo.hedgedoc.org/s/abc123/download"
    );
}

#[test]
fn hedgedoc_slide_mode_address_maps_to_the_note_download() {
    assert_eq!(
        fetch_url("https://demo.hedgedoc.org/p/abc123#/2"),
        "https://demo.hedgedoc.org/abc123/download"
    );
}

#[test]
fn hackmd_user_slug_address_is_rewritten() {
    let r = resolve("https://hackmd.io/@team/my-talk").unwrap();
    assert_eq!(r.fetch_url, "https://hackmd.io/@team/my-talk/download");
    assert_eq!(r.kind, UrlKind::HedgeDocNote);
}

#[test]
fn download_address_is_kept() {
    assert_eq!(
        fetch_url("https://demo.hedgedoc.org/abc/download"),
        "https://demo.hedgedoc.org/abc/download"
    );
}

#[test]
fn github_blob_page_is_rewritten_to_raw() {
    let r =
        resolve("https://github.com/SovereignCloudStack/docs/blob/main/slides/call.md").unwrap();
    assert_eq!(
        r.fetch_url,
        "https://raw.githubusercontent.com/SovereignCloudStack/docs/main/slides/call.md"
    );
    assert_eq!(r.kind, UrlKind::GitHubBlob);
}

#[test]
fn file_address_with_extension_is_fetched_as_given() {
    let r = resolve("https://example.org/talks/deck.md?v=2").unwrap();
    assert_eq!(r.fetch_url, "https://example.org/talks/deck.md?v=2");
    assert_eq!(r.kind, UrlKind::Plain);
}

#[test]
fn relative_path_is_fetched_from_the_viewers_host() {
    assert_eq!(fetch_url("decks/talk.md"), "decks/talk.md");
    assert_eq!(fetch_url("/fixtures/a.md"), "/fixtures/a.md");
}

#[test]
fn host_and_port_without_scheme_is_not_taken_for_a_scheme() {
    assert_eq!(
        fetch_url("localhost:8080/deck.md"),
        "localhost:8080/deck.md"
    );
}

#[test]
fn javascript_scheme_is_refused() {
    assert!(matches!(
        resolve("javascript:alert(1)"),
        Err(LoadError::BadUrl { .. })
    ));
    assert!(matches!(
        resolve("  JavaScript:alert(1)"),
        Err(LoadError::BadUrl { .. })
    ));
}

#[test]
fn data_and_file_schemes_are_refused() {
    assert!(resolve("data:text/markdown,# hi").is_err());
    assert!(resolve("file:///etc/passwd").is_err());
}

#[test]
fn empty_input_is_refused() {
    assert!(resolve("   ").is_err());
}

#[test]
fn control_characters_are_refused() {
    assert!(resolve("https://exa\nmple.org/x.md").is_err());
}
