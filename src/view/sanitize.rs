//! The only way deck HTML enters the DOM: DOMPurify, configured with
//! HedgeDoc's whitelist, returning a DOM fragment that is inserted as is.
//!
//! Deck HTML is never serialised and parsed again after sanitising, which
//! closes the mutation-XSS gap of string-in/string-out sanitisers.

use crate::deck::UntrustedHtml;
use js_sys::{Array, Object, Reflect, RegExp};
use std::cell::{OnceCell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element};

// On deckview's own page, DOMPurify's minified build (`purify.min.js`,
// loaded by index.html as a classic script before the app) defines the
// global `DOMPurify`: 8 KB smaller (brotli) than the ES module build, and a
// classic script does not depend on a host serving `.mjs` with a JavaScript
// MIME type. On someone else's page (`<deck-view>`) deckview brings its own
// instance as a module ([`use_instance`]): the host page's global, if it
// has one, may be another version or carry the host's hooks.
#[wasm_bindgen]
extern "C" {
    /// A DOMPurify instance.
    #[derive(Clone)]
    pub type Purify;
    #[wasm_bindgen(method, js_name = sanitize)]
    fn sanitize_with(this: &Purify, dirty: &str, config: &JsValue) -> JsValue;
}

thread_local! {
    static INSTANCE: RefCell<Option<Purify>> = const { RefCell::new(None) };
}

/// Makes `purify` (DOMPurify's default export) the sanitiser of this page.
pub fn use_instance(purify: JsValue) {
    INSTANCE.with(|i| *i.borrow_mut() = Some(purify.unchecked_into()));
}

/// The instance given to [`use_instance`], else the global `DOMPurify`.
fn instance() -> Option<Purify> {
    INSTANCE.with(|i| i.borrow().clone()).or_else(|| {
        Reflect::get(&js_sys::global(), &JsValue::from_str("DOMPurify"))
            .ok()
            .filter(|v| v.is_object() || v.is_function())
            .map(JsCast::unchecked_into)
    })
}

/// Tags a deck may use: HedgeDoc's whitelist, plus what our Markdown
/// renderer emits (task-list checkboxes, footnote `sup`/`section`).
const ALLOWED_TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "bdi",
    "bdo",
    "big",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "video",
];

/// Attributes allowed on those tags (`data-*` are allowed separately).
const ALLOWED_ATTR: &[&str] = &[
    "id",
    "class",
    "style",
    "title",
    "lang",
    "dir",
    "href",
    "name",
    "target",
    "rel",
    "src",
    "alt",
    "width",
    "height",
    "align",
    "valign",
    "colspan",
    "rowspan",
    "span",
    "scope",
    "headers",
    "color",
    "size",
    "face",
    "start",
    "value",
    "reversed",
    "type",
    "checked",
    "disabled",
    "open",
    "controls",
    "loop",
    "muted",
    "autoplay",
    "poster",
    "preload",
    "playsinline",
    "allowfullscreen",
    "referrerpolicy",
    "datetime",
    "cite",
    "abbr",
    "border",
    "cellpadding",
    "cellspacing",
    "bgcolor",
    "shape",
    "coords",
    "frameborder",
];

/// Links may be http(s), mailto, tel, relative or `#…`; everything else
/// (javascript:, vbscript:, data: outside images, …) is dropped.
const ALLOWED_URI: &str = r"^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))";

/// Hosts whose iframes a deck may embed (HedgeDoc's embed shortcodes).
const IFRAME_HOSTS: &[&str] = &[
    "https://www.youtube-nocookie.com/",
    "https://www.youtube.com/embed/",
    "https://player.vimeo.com/",
    "https://www.slideshare.net/slideshow/embed_code/",
    "https://speakerdeck.com/player/",
];

thread_local! {
    static CONFIG: OnceCell<JsValue> = const { OnceCell::new() };
}

fn strings(list: &[&str]) -> Array {
    list.iter().map(|s| JsValue::from_str(s)).collect()
}

fn config() -> JsValue {
    CONFIG.with(|c| {
        c.get_or_init(|| {
            let cfg = Object::new();
            let set = |k: &str, v: &JsValue| {
                Reflect::set(&cfg, &JsValue::from_str(k), v).expect("set on a plain object");
            };
            set("ALLOWED_TAGS", &strings(ALLOWED_TAGS));
            set("ALLOWED_ATTR", &strings(ALLOWED_ATTR));
            set("ALLOW_DATA_ATTR", &JsValue::TRUE);
            set("ALLOW_ARIA_ATTR", &JsValue::TRUE);
            set("ALLOWED_URI_REGEXP", &RegExp::new(ALLOWED_URI, "i"));
            // Deck CSS reaches the page only through `deck_css`, scoped.
            set(
                "FORBID_TAGS",
                &strings(&["style", "script", "svg", "math", "form"]),
            );
            set("RETURN_DOM_FRAGMENT", &JsValue::TRUE);
            cfg.into()
        })
        .clone()
    })
}

thread_local! {
    static MATHML_CONFIG: OnceCell<JsValue> = const { OnceCell::new() };
}

/// MathML only: DOMPurify's MathML profile (its tags and attributes, no
/// HTML, no SVG, no `style`), for what the math module makes of a deck's
/// LaTeX (which it copies from `\text{…}` as it is).
fn mathml_config() -> JsValue {
    MATHML_CONFIG.with(|c| {
        c.get_or_init(|| {
            let cfg = Object::new();
            let profiles = Object::new();
            let _ = Reflect::set(&profiles, &"mathMl".into(), &JsValue::TRUE);
            let _ = Reflect::set(&cfg, &"USE_PROFILES".into(), &profiles);
            let _ = Reflect::set(&cfg, &"FORBID_ATTR".into(), &strings(&["style", "href"]));
            let _ = Reflect::set(&cfg, &"RETURN_DOM_FRAGMENT".into(), &JsValue::TRUE);
            cfg.into()
        })
        .clone()
    })
}

/// Sanitises MathML made from a deck's LaTeX; `None` without a sanitiser.
pub fn sanitize_mathml(mathml: &str) -> Option<DocumentFragment> {
    instance()?
        .sanitize_with(mathml, &mathml_config())
        .dyn_into()
        .ok()
}

thread_local! {
    static SVG_CONFIG: OnceCell<JsValue> = const { OnceCell::new() };
}

/// SVG only: DOMPurify's SVG profile (its tags and attributes, no HTML),
/// for what the diagram renderers draw from a deck's text. No
/// `foreignObject` (HTML inside SVG), no `<style>` and no `style`
/// attributes (the frame writes styles as presentation attributes), and
/// the address schemes of slide HTML ([`sanitize_svg`] then keeps only
/// http(s) links).
fn svg_config() -> JsValue {
    SVG_CONFIG.with(|c| {
        c.get_or_init(|| {
            let cfg = Object::new();
            let profiles = Object::new();
            let _ = Reflect::set(&profiles, &"svg".into(), &JsValue::TRUE);
            let _ = Reflect::set(&profiles, &"svgFilters".into(), &JsValue::TRUE);
            let _ = Reflect::set(&cfg, &"USE_PROFILES".into(), &profiles);
            let _ = Reflect::set(
                &cfg,
                &"FORBID_TAGS".into(),
                &strings(&["style", "foreignObject", "script"]),
            );
            let _ = Reflect::set(&cfg, &"FORBID_ATTR".into(), &strings(&["style"]));
            let _ = Reflect::set(
                &cfg,
                &"ALLOWED_URI_REGEXP".into(),
                &RegExp::new(ALLOWED_URI, "i"),
            );
            let _ = Reflect::set(&cfg, &"RETURN_DOM_FRAGMENT".into(), &JsValue::TRUE);
            cfg.into()
        })
        .clone()
    })
}

/// Sanitises a diagram's SVG; `None` without a sanitiser. Links that are
/// not to http(s) addresses lose their address (their text stays); the
/// others open in a new window without access to the viewer.
pub fn sanitize_svg(svg: &str) -> Option<DocumentFragment> {
    let fragment: DocumentFragment = instance()?
        .sanitize_with(svg, &svg_config())
        .dyn_into()
        .ok()?;
    for link in select(&fragment, "a") {
        let mut kept = false;
        for name in ["href", "xlink:href"] {
            match link.get_attribute(name) {
                Some(v) if is_web_address(&v) => kept = true,
                Some(_) => {
                    let _ = link.remove_attribute(name);
                }
                None => {}
            }
        }
        if kept {
            let _ = link.set_attribute("target", "_blank");
            let _ = link.set_attribute("rel", "noopener noreferrer");
        } else {
            let _ = link.remove_attribute("target");
        }
    }
    Some(fragment)
}

/// True for an absolute http(s) address.
fn is_web_address(value: &str) -> bool {
    let value = value.trim_start().to_ascii_lowercase();
    value.starts_with("http://") || value.starts_with("https://")
}

/// Sanitises deck HTML into a fragment ready to append.
pub fn sanitize(html: &UntrustedHtml) -> DocumentFragment {
    // Without a sanitiser nothing of the deck is shown, never unsanitised HTML.
    let fragment: DocumentFragment = instance()
        .map(|p| p.sanitize_with(html.as_untrusted_str(), &config()))
        .unwrap_or(JsValue::NULL)
        .dyn_into()
        .unwrap_or_else(|_| {
            web_sys::window()
                .and_then(|w| w.document())
                .map(|d| d.create_document_fragment())
                .expect("a document")
        });
    harden(&fragment);
    fragment
}

/// Rules DOMPurify's configuration cannot say: iframes only from embed
/// hosts and always sandboxed, checkboxes only as disabled checkboxes,
/// links that open a new window without access to the viewer.
fn harden(fragment: &DocumentFragment) {
    for iframe in select(fragment, "iframe") {
        let src = iframe.get_attribute("src").unwrap_or_default();
        if IFRAME_HOSTS.iter().any(|h| src.starts_with(h)) {
            // YouTube's own host sets cookies; its no-cookie twin (the one
            // the page's CSP allows) plays the same video.
            if let Some(rest) = src.strip_prefix("https://www.youtube.com/embed/") {
                let _ = iframe.set_attribute(
                    "src",
                    &format!("https://www.youtube-nocookie.com/embed/{rest}"),
                );
            }
            let _ = iframe.set_attribute(
                "sandbox",
                "allow-scripts allow-same-origin allow-presentation allow-popups",
            );
            // The players refuse to play without a referrer (YouTube's
            // "error 153"): they get the viewer's origin, never the page
            // address (which may hold the deck's own address).
            let _ = iframe.set_attribute("referrerpolicy", "strict-origin-when-cross-origin");
            let _ = iframe.set_attribute("loading", "lazy");
        } else {
            iframe.remove();
        }
    }
    for input in select(fragment, "input") {
        if input.get_attribute("type").as_deref() == Some("checkbox") {
            let _ = input.set_attribute("disabled", "");
        } else {
            input.remove();
        }
    }
    for link in select(fragment, "a[target]") {
        let _ = link.set_attribute("rel", "noopener noreferrer");
    }
    // `style="background: url(javascript:…)"`: the browser parsed it; drop
    // what is not a picture address.
    for styled in select(fragment, "[style]") {
        if let Some(el) = styled.dyn_ref::<web_sys::HtmlElement>() {
            super::deck_css::drop_unsafe_urls(&el.style());
        }
    }
}

fn select(fragment: &DocumentFragment, selector: &str) -> Vec<Element> {
    let Ok(list) = fragment.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}
