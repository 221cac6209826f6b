//! Deck CSS (`<style>` blocks), applied to the deck only.
//!
//! The browser's own CSS parser reads the deck's CSS into a constructed
//! stylesheet (which drops `@import` by specification), then every selector
//! is rewritten to start at the deck's root `.dv-deck`. The app's own UI
//! lives outside that root, so a deck cannot restyle or hide it. Prefixing
//! was chosen over a shadow root because deck CSS written for HedgeDoc
//! targets reveal.js's light-DOM names (`.reveal .slides h1`) and must keep
//! matching them; and over `@scope` because `@scope` still lets `:root`,
//! `html` and `body` rules escape.

use super::css_scope::scope_selector_list;
use crate::deck::safe_url::css_value_has_unsafe_url;
use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};

/// Scopes the deck's CSS; returns the CSS text to put into the deck's
/// `<style>` element. Unparsable parts are dropped by the browser's parser.
pub fn scope_css(css: &str) -> String {
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return String::new();
    };
    // replaceSync ignores @import rules: remote CSS never loads.
    if sheet.replace_sync(css).is_err() {
        return String::new();
    }
    let mut out = String::new();
    if let Ok(rules) = sheet.css_rules() {
        rewrite_rules(&rules.into(), &mut out);
    }
    out
}

/// Removes the declarations of `style` whose `url()` is not a picture
/// address (`url(javascript:…)`): see [`crate::deck::safe_url`]. Used for
/// deck stylesheets and for `style="…"` attributes.
pub fn drop_unsafe_urls(style: &web_sys::CssStyleDeclaration) {
    let names: Vec<String> = (0..style.length()).map(|i| style.item(i)).collect();
    for name in names {
        let value = style.get_property_value(&name).unwrap_or_default();
        if css_value_has_unsafe_url(&value) {
            let _ = style.remove_property(&name);
        }
    }
}

fn rewrite_rules(rules: &JsValue, out: &mut String) {
    let length = Reflect::get(rules, &"length".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0) as u32;
    for i in 0..length {
        let Ok(rule) = Reflect::get(rules, &JsValue::from(i)) else {
            continue;
        };
        if let Some(selector) = Reflect::get(&rule, &"selectorText".into())
            .ok()
            .and_then(|v| v.as_string())
        {
            let scoped = scope_selector_list(&selector);
            let _ = Reflect::set(&rule, &"selectorText".into(), &scoped.into());
            if let Ok(style) = Reflect::get(&rule, &"style".into()) {
                drop_unsafe_urls(&style.unchecked_into());
            }
        } else if let Ok(inner) = Reflect::get(&rule, &"cssRules".into()) {
            // @media / @supports / @layer blocks: rewrite what is inside.
            if !inner.is_undefined() && !inner.is_null() {
                rewrite_rules(&inner, &mut String::new());
            }
        }
        if let Ok(css_rule) = rule.dyn_into::<web_sys::CssRule>() {
            out.push_str(&css_rule.css_text());
            out.push('\n');
        }
    }
}
