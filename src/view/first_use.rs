//! UI whose code is a chunk of the wasm of its own (a Leptos `#[lazy]`
//! function), fetched the first time it is shown and kept mounted after.

use leptos::prelude::*;
use std::future::Future;

/// Shows what `load` makes the first time `open` is true, and keeps it
/// mounted from then on (it hides itself while `open` is false, keeping
/// its state). `load` is a `#[lazy]` function: its chunk is fetched then.
pub fn on_first_use<F, Fut>(
    open: impl Fn() -> bool + Send + Sync + 'static,
    load: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let wanted = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open());
    view! { <Show when=move || wanted.get()>{Suspend::new(load())}</Show> }
}
