//! The code highlighter is copied into `dist/highlight-<version>/` by
//! index.html and loaded from there by src/view/on_demand.rs: both must
//! name the version package.json pins, or decks with code stay plain.

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
fn the_highlighter_folder_names_the_pinned_version_everywhere() {
    let folder = format!("highlight-{}", pinned("@highlightjs/cdn-assets"));
    let index = read("index.html");
    assert_eq!(
        index
            .matches(&format!("data-target-path=\"{folder}\""))
            .count(),
        2,
        "index.html copies highlight.min.js and dockerfile.min.js into {folder}/"
    );
    assert!(
        read("src/view/on_demand.rs").contains(&format!("const HIGHLIGHT = '../../{folder}/';")),
        "src/view/on_demand.rs loads from {folder}/"
    );
}
