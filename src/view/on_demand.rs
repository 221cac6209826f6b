//! What slides show with code loaded only when a deck needs it: code
//! highlighting ([`super::highlight`]), math ([`super::math`]) and
//! diagrams ([`super::diagrams`]). Each
//! place that puts slide content into the page (the slides as they fill,
//! the print layout, speaker notes) calls [`enhance`] once it is there.
//! The emoji table ([`super::emoji`]) is loaded the same way, before the
//! deck is shown; the loaders are in [`super::loaders`].

use web_sys::Element;

/// Highlights the code and draws the math and the diagrams inside `root`,
/// loading what that takes the first time a deck needs it. Returns at once.
pub fn enhance(root: Element) {
    super::highlight::highlight_within(root.clone());
    super::math::render_within(root.clone());
    super::diagrams::draw_within(root);
}
