//! The sanitiser, in a real browser: hostile deck HTML never runs, what
//! decks legitimately use survives.

use deckview::deck::UntrustedHtml;
use deckview::view::sanitize::sanitize;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::dompurify::load_dompurify;

/// Sanitises `html`, puts the result into the page, waits for anything
/// asynchronous (image errors, iframe loads) to fire, and returns the
/// inserted element and whether the sentinel was called.
async fn render(html: &str) -> (web_sys::Element, bool) {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    js_sys::Reflect::set(&window, &"__xss_hit".into(), &false.into()).unwrap();
    let sentinel = js_sys::Function::new_no_args("window.__xss_hit = true");
    js_sys::Reflect::set(&window, &"__xss".into(), &sentinel).unwrap();
    let host = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    load_dompurify();
    host.append_child(&sanitize(&UntrustedHtml::new(html)))
        .unwrap();
    gloo_timers::future::TimeoutFuture::new(150).await;
    let hit = js_sys::Reflect::get(&window, &"__xss_hit".into())
        .unwrap()
        .as_bool()
        .unwrap_or(true);
    (host, hit)
}

async fn assert_harmless(html: &str, must_not_contain: &[&str]) {
    let (host, hit) = render(html).await;
    let out = host.inner_html().to_lowercase();
    assert!(!hit, "sentinel fired for {html}");
    for needle in must_not_contain {
        assert!(
            !out.contains(needle),
            "{needle:?} survived in {out} (input {html})"
        );
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn script_elements_are_removed() {
    assert_harmless("<p>a</p><script>__xss()</script>", &["<script"]).await;
}

#[wasm_bindgen_test]
async fn event_handler_attributes_are_removed() {
    assert_harmless(
        r#"<img src="x" onerror="__xss()"><p onclick="__xss()" onmouseover="__xss()">t</p>"#,
        &["onerror", "onclick", "onmouseover"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn javascript_vbscript_and_data_html_links_are_emptied() {
    assert_harmless(
        r#"<a href="javascript:__xss()">a</a><a href="JaVaScRiPt&colon;__xss()">b</a>
           <a href="vbscript:msgbox(1)">c</a><a href="data:text/html,<script>__xss()</script>">d</a>
           <a href="&#106;avascript:__xss()">e</a>"#,
        &["javascript", "vbscript", "data:text/html"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn iframe_srcdoc_and_foreign_iframes_are_removed() {
    assert_harmless(
        r#"<iframe srcdoc="<script>parent.__xss()</script>"></iframe>
           <iframe src="https://evil.example/"></iframe>"#,
        &["srcdoc", "evil.example", "<iframe"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn svg_scripts_are_removed() {
    assert_harmless(
        r#"<svg><script>__xss()</script></svg><svg onload="__xss()"></svg>
           <svg><a xlink:href="javascript:__xss()"><text>x</text></a></svg>"#,
        &["<script", "onload", "javascript"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn mathml_namespace_confusion_does_not_run() {
    assert_harmless(
        r#"<math><mtext><table><mglyph><style><img src=x onerror="__xss()"></style></mglyph></table></mtext></math>
           <form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=__xss() src>">"#,
        &["onerror", "<math"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn base_meta_form_object_and_embed_are_removed() {
    assert_harmless(
        r#"<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">
           <form action="https://evil.example"><button formaction="javascript:__xss()">x</button></form>
           <object data="javascript:__xss()"></object><embed src="javascript:__xss()">"#,
        &["<base", "<meta", "<form", "<object", "<embed", "formaction", "evil.example"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn style_elements_never_reach_slides() {
    assert_harmless(
        "<style>@import url(https://evil.example/x.css); body{display:none}</style><p>x</p>",
        &["<style", "@import"],
    )
    .await;
}

#[wasm_bindgen_test]
async fn font_color_spans_survive() {
    let (host, _) =
        render(r##"<h1><font color="#50c3a5">Sovereign</font> <font color="#0f5fe1" size="12px">Cloud Stack</font></h1>"##)
            .await;
    let fonts = host.query_selector_all("font").unwrap();
    assert_eq!(fonts.length(), 2);
    let first: web_sys::Element = fonts.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.get_attribute("color").as_deref(), Some("#50c3a5"));
    assert_eq!(first.text_content().as_deref(), Some("Sovereign"));
    host.remove();
}

#[wasm_bindgen_test]
async fn images_tables_data_class_and_style_survive() {
    let (host, _) = render(
        r#"<img src="https://input.scs.community/a.png" alt="logo" title="t" width="100">
           <table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>
           <p class="fragment" data-fragment-index="2" style="color: red">x</p>
           <img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">"#,
    )
    .await;
    let img = host.query_selector("img[alt=logo]").unwrap().unwrap();
    assert_eq!(
        img.get_attribute("src").as_deref(),
        Some("https://input.scs.community/a.png")
    );
    assert_eq!(img.get_attribute("title").as_deref(), Some("t"));
    assert!(host.query_selector("table thead th").unwrap().is_some());
    let p = host.query_selector("p.fragment").unwrap().unwrap();
    assert_eq!(p.get_attribute("data-fragment-index").as_deref(), Some("2"));
    assert_eq!(p.get_attribute("style").as_deref(), Some("color: red"));
    let inline = host.query_selector("img[alt=inline]").unwrap().unwrap();
    assert!(inline
        .get_attribute("src")
        .unwrap()
        .starts_with("data:image/png"));
    host.remove();
}

#[wasm_bindgen_test]
async fn youtube_embeds_stay_and_are_sandboxed() {
    let (host, _) = render(
        r#"<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe>"#,
    )
    .await;
    let iframe = host.query_selector("iframe").unwrap().unwrap();
    assert!(iframe.get_attribute("sandbox").is_some());
    host.remove();
}

#[wasm_bindgen_test]
async fn youtube_embeds_move_to_the_no_cookie_host_and_send_only_the_origin() {
    let (host, _) =
        render(r#"<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>"#).await;
    let iframe = host.query_selector("iframe").unwrap().unwrap();
    assert_eq!(
        iframe.get_attribute("src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    );
    assert_eq!(
        iframe.get_attribute("referrerpolicy").as_deref(),
        Some("strict-origin-when-cross-origin")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn task_list_checkboxes_stay_disabled_and_other_inputs_go() {
    let (host, _) = render(
        r#"<ul><li><input type="checkbox" checked> done</li></ul><input type="text" value="x">"#,
    )
    .await;
    let boxes = host.query_selector_all("input").unwrap();
    assert_eq!(boxes.length(), 1);
    let cb: web_sys::Element = boxes.item(0).unwrap().dyn_into().unwrap();
    assert!(cb.has_attribute("disabled"));
    host.remove();
}

#[wasm_bindgen_test]
async fn links_opening_new_windows_get_noopener() {
    let (host, _) = render(r#"<a href="https://scs.community" target="_blank">x</a>"#).await;
    let a = host.query_selector("a").unwrap().unwrap();
    assert_eq!(
        a.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn style_attributes_lose_script_urls_and_keep_picture_urls() {
    let (host, fired) = render(
        r#"<p style="color: red; background-image: url('javascript:__xss()')">a</p><p style="background-image: url('https://example.org/bg.png')">b</p>"#,
    )
    .await;
    assert!(!fired);
    let first = host.query_selector("p").unwrap().unwrap();
    let style = first.get_attribute("style").unwrap_or_default();
    assert!(!style.contains("javascript"), "{style}");
    assert!(style.contains("red"), "{style}");
    let second = host.query_selector("p + p").unwrap().unwrap();
    assert!(second
        .get_attribute("style")
        .unwrap_or_default()
        .contains("https://example.org/bg.png"));
    host.remove();
}
