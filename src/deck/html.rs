//! HTML produced from a deck: untrusted by construction.

/// HTML that came from a deck author and may be hostile.
///
/// There is deliberately no `Display`, `Deref` or `AsRef<str>`: the only way
/// to put it into a page is the sanitiser (`view::sanitize`), which reads it
/// through [`UntrustedHtml::as_untrusted_str`] and hands back a DOM fragment.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UntrustedHtml(String);

impl UntrustedHtml {
    /// Wraps markup produced by the parser.
    pub fn new(html: impl Into<String>) -> Self {
        Self(html.into())
    }

    /// The raw markup, for the sanitiser and for tests. The name is a warning.
    pub fn as_untrusted_str(&self) -> &str {
        &self.0
    }

    /// True when there is no markup at all.
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl std::fmt::Debug for UntrustedHtml {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("UntrustedHtml").field(&self.0).finish()
    }
}
