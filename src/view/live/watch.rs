//! The watcher, a chunk of the wasm of its own: asks a deck's server for
//! it again (conditionally, backing off while it fails), or reads a local
//! file's modification time through its handle, and hands each new text
//! to [`super::update::take_version`]. Works only while the tab is visible.

use super::files::call_async;
use super::{Live, Source};
use crate::source::fetch::{self, file_stamp, Polled};
use crate::source::watch::{self, file_changed, Validators};
use crate::view::nav::Nav;
use crate::view::state::AppState;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Watches the deck on screen while it is mounted (see the module).
#[component]
pub fn Watcher() -> impl IntoView {
    let live = expect_context::<Live>();
    let app = expect_context::<AppState>();
    let nav = expect_context::<Nav>();
    // Disposed with the component: the loops end when it is gone.
    let alive = StoredValue::new(());
    let seen = app
        .shown
        .with_untracked(|s| s.as_ref().map(|s| s.text.clone()));
    let (Some(source), Some(seen)) = (live.source.try_get_value(), seen) else {
        return;
    };
    let ctx = Watch {
        live,
        app,
        nav,
        alive,
    };
    match source {
        Source::Url(input) => spawn_local(poll_address(ctx, input, seen)),
        Source::File(picked) => {
            if let Some(handle) = picked.handle.clone() {
                spawn_local(watch_file(ctx, handle, file_stamp(&picked.file), seen));
            }
            // "Reload file": the file read again on each click.
            Effect::new(move |_| {
                if live.reloads.get() > 0 {
                    let file = picked.file.clone();
                    spawn_local(async move {
                        match fetch::read_file(&file).await {
                            Ok(text) => ctx.take(text.into()),
                            Err(_) => live.note.set(Some(
                                "The browser did not read the file again: open it again".into(),
                            )),
                        }
                    });
                }
            });
        }
    }
}

/// What a watching loop works with.
#[derive(Clone, Copy)]
struct Watch {
    live: Live,
    app: AppState,
    nav: Nav,
    alive: StoredValue<()>,
}

impl Watch {
    /// Whether the watcher is still mounted.
    fn alive(&self) -> bool {
        self.alive.try_get_value().is_some()
    }

    /// Whether to look now: watching is on and the tab is visible.
    fn looking(&self) -> bool {
        self.live.on.try_get_untracked() == Some(true) && !document().hidden()
    }

    /// Shows a new text of the deck.
    fn take(&self, text: Arc<str>) {
        self.live.note.set(None);
        super::update::take_version(self.app, self.nav, self.live, text);
    }

    /// Says since when the deck shown has not been updated, once.
    fn out_of_date(&self, since: &str) {
        if self.live.note.get_untracked().is_none() {
            self.live
                .note
                .set(Some(format!("Not updated since {since}")));
        }
    }
}

/// Asks the deck's server for it every second (near) or five (far),
/// backing off while it fails; a failure keeps the deck on screen.
async fn poll_address(w: Watch, input: String, mut seen: Arc<str>) {
    let Ok(resolved) = crate::source::url::resolve(&input) else {
        return;
    };
    let location = window().location();
    let (href, origin) = (
        location.href().unwrap_or_default(),
        location.origin().unwrap_or_default(),
    );
    let Ok(url) = web_sys::Url::new_with_base(&resolved.fetch_url, &href) else {
        return;
    };
    let (target, same_origin) = (url.href(), url.origin() == origin);
    let near = watch::is_near(&target, &origin);
    let mut validators = Validators::default();
    let mut failures = 0;
    let mut last_read = clock_time();
    loop {
        TimeoutFuture::new(watch::poll_delay_ms(near, failures)).await;
        if !w.alive() {
            return;
        }
        if !w.looking() {
            continue;
        }
        let polled = fetch::poll_deck(&target, &validators, same_origin).await;
        if !w.alive() {
            return;
        }
        match polled {
            Ok(polled) => {
                failures = 0;
                last_read = clock_time();
                w.live.note.set(None);
                if let Polled::Text(text, now) = polled {
                    validators = now;
                    if *text != *seen {
                        seen = text.into();
                        w.take(seen.clone());
                    }
                }
            }
            Err(_) => {
                failures += 1;
                w.out_of_date(&last_read);
            }
        }
    }
}

/// Reads the file's modification time through its handle every
/// [`watch::FILE_MS`], and the file when it changed.
async fn watch_file(w: Watch, handle: js_sys::Promise, mut stamp: (f64, f64), mut seen: Arc<str>) {
    let handle = wasm_bindgen_futures::JsFuture::from(handle).await.ok();
    let Some(handle) = handle.filter(|h| {
        js_sys::Reflect::get(h, &"kind".into())
            .ok()
            .and_then(|k| k.as_string())
            .as_deref()
            == Some("file")
    }) else {
        // No handle after all: "Reload file" instead.
        w.live.watchable.set(false);
        w.live.on.set(false);
        return;
    };
    let mut last_read = clock_time();
    loop {
        TimeoutFuture::new(watch::FILE_MS).await;
        if !w.alive() {
            return;
        }
        if !w.looking() {
            continue;
        }
        let file = call_async(&handle, "getFile", &[])
            .await
            .and_then(|f| f.dyn_into::<web_sys::File>().ok());
        let Some(file) = file else {
            w.out_of_date(&last_read);
            continue;
        };
        let now = file_stamp(&file);
        if !file_changed(stamp, now) {
            continue;
        }
        match fetch::read_file(&file).await {
            Ok(text) => {
                stamp = now;
                last_read = clock_time();
                if !w.alive() {
                    return;
                }
                w.live.note.set(None);
                if *text != *seen {
                    seen = text.into();
                    w.take(seen.clone());
                }
            }
            Err(_) => w.out_of_date(&last_read),
        }
    }
}

/// The time of day now, `HH:MM:SS`.
fn clock_time() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}
