//! URL query parameters override `slideOptions`.
//!
//! `?transition=zoom&controls=false&theme=white`: the same loose reading
//! and warnings as the front matter. Parameters that are not options
//! (`src`, `embed`, `print-pdf`, …) belong to the viewer and are skipped
//! silently.

use serde_yaml::Value;

use super::options_read::{apply_option, Origin};
use super::Deck;

/// Applies query parameters (already percent-decoded) to `deck.options`.
pub(crate) fn apply(deck: &mut Deck, query: &[(String, String)]) {
    for (key, value) in query {
        let value = Value::String(value.clone());
        // Unknown keys are the viewer's own parameters: nothing to say.
        let _ = apply_option(
            &mut deck.options,
            key,
            &value,
            Origin::Query,
            &mut deck.warnings,
        );
    }
}
