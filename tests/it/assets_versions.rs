//! The code highlighter is copied into the app folder's
//! `highlight-<version>/` by scripts/build.mjs (the version read from
//! package.json) and loaded from there by src/view/loaders.rs: the
//! loader must name the version package.json pins, or decks with code stay
//! plain.

fn read(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_owned() + path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The version package.json pins for `package`.
fn pinned(package: &str) -> String {
    let json = read("package.json");
    let key = format!("\"{package}\": \"");
    let start = json
        .find(&key)
        .unwrap_or_else(|| panic!("{package} is not in package.json"))
        + key.len();
    json[start..][..json[start..].find('"').unwrap()].to_owned()
}

#[test]
fn the_highlighter_loader_names_the_pinned_version() {
    let folder = format!("highlight-{}", pinned("@highlightjs/cdn-assets"));
    assert!(
        read("src/view/loaders.rs").contains(&format!("const HIGHLIGHT = '../../{folder}/';")),
        "src/view/loaders.rs loads from {folder}/"
    );
}
