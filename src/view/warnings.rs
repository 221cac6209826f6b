//! Deck warnings: a discreet, dismissible badge, never in the way.

use super::state::AppState;
use leptos::prelude::*;

/// A badge with the number of warnings; opens a list; can be dismissed.
#[component]
pub fn WarningsBadge() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let dismissed = RwSignal::new(None::<u32>);
    let warnings = move || {
        let (generation, mut list) = state
            .shown
            .with(|s| s.as_ref().map(|s| (s.generation, s.deck.warnings.clone())))?;
        state.late_warnings.with(|late| {
            list.extend(
                late.iter()
                    .filter(|(g, _)| *g == generation)
                    .map(|(_, w)| w.clone()),
            );
        });
        Some((generation, list))
    };
    move || {
        let (generation, list) = warnings()?;
        if list.is_empty() || dismissed.get() == Some(generation) {
            return None;
        }
        let count = list.len();
        let label = if count == 1 {
            "1 warning".to_string()
        } else {
            format!("{count} warnings")
        };
        Some(view! {
            <div class="dv-warnings">
                <button
                    type="button"
                    class="dv-warnings-toggle"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {format!("⚠ {label}")}
                </button>
                <button
                    type="button"
                    class="dv-warnings-dismiss"
                    aria-label="Dismiss warnings"
                    on:click=move |_| dismissed.set(Some(generation))
                >
                    "×"
                </button>
                <Show when=move || open.get()>
                    <ul class="dv-warnings-list">
                        {list.iter().map(|w| view! { <li>{w.to_string()}</li> }).collect_view()}
                    </ul>
                </Show>
            </div>
        })
    }
}
