//! The local file a deck was opened from, and the browser's handle to read
//! it again where it gives one (File System Access, Chromium: a file picked
//! with `showOpenFilePicker` or dropped, `getAsFileSystemHandle`). Other
//! browsers give only the `File`, which "Reload file" reads again.

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A file opened by picking or dropping it.
#[derive(Clone)]
pub struct Picked {
    /// The file as it was read.
    pub file: web_sys::File,
    /// A promise of its `FileSystemFileHandle`, where the browser has them
    /// (it may resolve to nothing, or to a folder's handle).
    pub handle: Option<Promise>,
}

thread_local! {
    /// The file opened last.
    static PICKED: RefCell<Option<Picked>> = const { RefCell::new(None) };
}

/// Remembers `file` (and its handle) as the file opened last.
pub fn remember(file: web_sys::File, handle: Option<Promise>) {
    PICKED.with(|p| *p.borrow_mut() = Some(Picked { file, handle }));
}

/// The file opened last, if its name is `name` (the deck on screen came
/// from it).
pub fn picked(name: &str) -> Option<Picked> {
    PICKED.with(|p| p.borrow().clone().filter(|p| p.file.name() == name))
}

/// Calls `object.method(...args)`, for the browser APIs web-sys does not
/// bind; `None` when there is no such method or it throws.
pub(super) fn call(object: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = Reflect::get(object, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    f.apply(object, &args.iter().collect::<Array>()).ok()
}

/// Awaits `object.method(...args)`, a promise.
pub(super) async fn call_async(
    object: &JsValue,
    method: &str,
    args: &[JsValue],
) -> Option<JsValue> {
    let promise = call(object, method, args)?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()
}

/// Catches the file of every drop on the window, and its handle where the
/// browser gives one, before the app opens it: a handle can only be asked
/// for while the drop event is being dispatched. Listens until dropped.
pub fn catch_drops() -> gloo_events::EventListener {
    let options = gloo_events::EventListenerOptions {
        phase: gloo_events::EventListenerPhase::Capture,
        passive: true,
    };
    gloo_events::EventListener::new_with_options(&window(), "drop", options, |ev| {
        let Some(transfer) = ev
            .dyn_ref::<web_sys::DragEvent>()
            .and_then(web_sys::DragEvent::data_transfer)
        else {
            return;
        };
        let Some(file) = transfer.files().and_then(|f| f.get(0)) else {
            return;
        };
        let handle = Reflect::get(&transfer, &"items".into())
            .ok()
            .and_then(|items| Reflect::get_u32(&items, 0).ok())
            .and_then(|item| call(&item, "getAsFileSystemHandle", &[]))
            .and_then(|p| p.dyn_into::<Promise>().ok());
        remember(file, handle);
    })
}

/// Whether the browser can pick a file with a handle to read it again
/// (`showOpenFilePicker`).
pub fn can_pick_with_handle() -> bool {
    Reflect::has(&window(), &"showOpenFilePicker".into()).unwrap_or(false)
}

/// Shows the browser's file picker for a Markdown file; the file picked,
/// remembered with its handle. `None` when the picker was closed.
pub async fn pick_with_handle() -> Option<web_sys::File> {
    let types = js_sys::JSON::parse(
        r#"{"types":[{"description":"Markdown","accept":{"text/markdown":[".md",".markdown"],"text/plain":[".txt"]}}]}"#,
    )
    .ok()?;
    let handles = call_async(&window(), "showOpenFilePicker", &[types]).await?;
    let handle = Reflect::get_u32(&handles, 0).ok()?;
    let file = call_async(&handle, "getFile", &[])
        .await?
        .dyn_into::<web_sys::File>()
        .ok()?;
    remember(file.clone(), Some(Promise::resolve(&handle)));
    Some(file)
}
