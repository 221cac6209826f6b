//! The native integration tests, linked as one test binary (`cargo test
//! --test it`) instead of one per file: each former `tests/<name>.rs` is
//! the module `<name>` here, so `cargo test <name>::` runs one of them.
//! Fixtures stay in `tests/fixtures/`, insta snapshots are in
//! `tests/it/snapshots/` (named `it__<module>__<snapshot>.snap`), and a
//! module's proptest regressions sit next to it
//! (`tests/it/<module>.proptest-regressions`).
//!
//! What needs a browser is tested in the built app by the Playwright suite
//! (`browser-tests/`).

mod assets_versions;
mod controllers_announce;
mod controllers_api;
mod controllers_autoslide;
mod controllers_export;
mod controllers_fragments;
mod controllers_help;
mod controllers_jump;
mod controllers_keyboard;
mod controllers_location;
mod controllers_navigation;
mod controllers_overview;
mod controllers_pacing;
mod controllers_parallax;
mod controllers_presenter_options;
mod controllers_print;
mod controllers_scale;
mod controllers_slide_number;
mod controllers_speaker_sync;
mod deck_attributes;
mod deck_changes;
mod deck_code_lines;
mod deck_embeds;
mod deck_front_matter;
mod deck_heading_ids;
mod deck_hedgedoc_tags;
mod deck_inline_extensions;
mod deck_markdown;
mod deck_math;
mod deck_notes;
mod deck_on_demand;
mod deck_options;
mod deck_properties;
mod deck_query;
mod deck_real;
mod deck_robustness;
mod deck_safe_url;
mod deck_scs;
mod deck_split;
mod deck_styles;
mod deck_visibility;
mod embed_element_script;
mod source_decode;
mod source_url;
mod source_watch;
mod style_selectors;
mod view_css_scope;
mod view_page_query;
mod view_skeleton;
