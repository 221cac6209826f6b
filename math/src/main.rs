//! LaTeX math → MathML for deckview, as a wasm module of its own (see
//! Cargo.toml). The viewer calls [`tex_to_mathml`] for each `$…$` and
//! `$$…$$` of a deck and sanitises what comes back before showing it.

use pulldown_latex::config::DisplayMode;
use pulldown_latex::{push_mathml, Parser, RenderConfig, Storage};

/// The `<math>` element for `tex`; `display` for `$$…$$`. Mistakes in the
/// LaTeX come back as `Err` with the message, so the viewer can show the
/// source with an error mark instead of a half-drawn formula.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen::prelude::wasm_bindgen)]
pub fn tex_to_mathml(tex: &str, display: bool) -> Result<String, String> {
    // pulldown-latex copies `\text{…}` into the MathML as it is: a `<`
    // there would be markup. As `\lt`/`\gt` they are the same operators in
    // math and a mistake (shown as source) in text. The viewer sanitises
    // the result too.
    let tex = tex.replace('<', r"\lt ").replace('>', r"\gt ");
    let storage = Storage::new();
    let parser = Parser::new(&tex, &storage);
    let config = RenderConfig {
        display_mode: if display {
            DisplayMode::Block
        } else {
            DisplayMode::Inline
        },
        ..Default::default()
    };
    let mut mathml = String::new();
    push_mathml(&mut mathml, parser, config).map_err(|e| e.to_string())?;
    match error_message(&mathml) {
        Some(message) => Err(message),
        None => Ok(mathml),
    }
}

/// The text of the first `<merror>` pulldown-latex wrote, if any.
fn error_message(mathml: &str) -> Option<String> {
    let start = mathml.find("<merror")?;
    let text_start = mathml[start..].find("<mtext>")? + start + "<mtext>".len();
    let text_end = mathml[text_start..].find("</mtext>")? + text_start;
    Some(mathml[text_start..text_end].to_owned())
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fraction_is_an_mfrac() {
        let out = tex_to_mathml(r"\frac{a}{b}", false).unwrap();
        assert!(out.starts_with("<math"), "{out}");
        assert!(out.contains("<mfrac>"), "{out}");
    }

    #[test]
    fn display_math_is_a_block() {
        assert!(tex_to_mathml("x^2", true)
            .unwrap()
            .contains("display=\"block\""));
    }

    #[test]
    fn wrong_latex_is_an_error_with_a_message() {
        let err = tex_to_mathml(r"\frac{a}", false).unwrap_err();
        assert!(!err.is_empty());
        assert!(tex_to_mathml(r"\notacommand", false).is_err());
    }

    #[test]
    fn markup_in_text_never_comes_out_as_markup() {
        let out = tex_to_mathml(r"\text{<img src=x onerror=alert(1)>}", false);
        let out = out.unwrap_or_else(|e| e);
        assert!(!out.contains("<img"), "{out}");
    }

    #[test]
    fn less_and_greater_than_stay_operators() {
        // (pulldown-latex writes them unescaped; the viewer's parser reads
        // `<mo><</mo>` as the text `<`, and sanitises the result.)
        let out = tex_to_mathml("a < b > c", false).unwrap();
        assert_eq!(out.matches("<mo>").count(), 2, "{out}");
    }
}
