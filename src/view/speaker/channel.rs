//! The `BroadcastChannel` both windows talk over, carrying
//! [`speaker_sync`](crate::controllers::speaker_sync) messages as plain
//! objects.

use crate::controllers::speaker_sync::{self, Field, Message};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// Bound here rather than through web-sys, whose BroadcastChannel feature
// the crate does not enable: four members are all the link needs.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = BroadcastChannel)]
    type JsChannel;

    #[wasm_bindgen(constructor, catch, js_class = "BroadcastChannel")]
    fn new(name: &str) -> Result<JsChannel, JsValue>;

    #[wasm_bindgen(method, catch, js_name = postMessage)]
    fn post_message(this: &JsChannel, message: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn close(this: &JsChannel);

    #[wasm_bindgen(method, setter)]
    fn set_onmessage(this: &JsChannel, handler: Option<&js_sys::Function>);
}

/// One window's end of the channel; closed when dropped.
pub struct Link {
    channel: JsChannel,
    _on_message: Closure<dyn FnMut(JsValue)>,
}

impl Link {
    /// Joins the channel of `id`, handing every valid message to
    /// `on_message`. `None` when the id is not valid or the browser has no
    /// `BroadcastChannel`.
    pub fn open(id: &str, mut on_message: impl FnMut(Message) + 'static) -> Option<Link> {
        let name = speaker_sync::channel_name(id)?;
        let channel = JsChannel::new(&name).ok()?;
        let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let data = js_sys::Reflect::get(&event, &"data".into()).unwrap_or_default();
            if let Some(message) = read(&data) {
                on_message(message);
            }
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Link {
            channel,
            _on_message: on_message,
        })
    }

    /// Posts `message` to the other windows on the channel.
    pub fn send(&self, message: &Message) {
        let object = js_sys::Object::new();
        for (name, field) in speaker_sync::fields(message) {
            let value = match field {
                Field::Number(n) => JsValue::from_f64(n),
                Field::Text(s) => JsValue::from_str(&s),
                Field::Null | Field::Missing | Field::Other => JsValue::NULL,
            };
            let _ = js_sys::Reflect::set(&object, &name.into(), &value);
        }
        // Fails only once the channel is closed: nobody to tell then.
        let _ = self.channel.post_message(&object);
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// A received message, if it is one of ours (anything else reads as
/// `None`: strings, arrays, objects of other shapes).
fn read(data: &JsValue) -> Option<Message> {
    if !data.is_object() {
        return None;
    }
    speaker_sync::read_message(|name| {
        let Ok(value) = js_sys::Reflect::get(data, &name.into()) else {
            return Field::Other;
        };
        if value.is_undefined() {
            Field::Missing
        } else if value.is_null() {
            Field::Null
        } else if let Some(n) = value.as_f64() {
            Field::Number(n)
        } else if let Some(s) = value.as_string() {
            Field::Text(s)
        } else {
            Field::Other
        }
    })
}
