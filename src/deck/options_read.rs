//! Reading `slideOptions` (and URL query overrides) into [`SlideOptions`].
//!
//! Values are read loosely (see [`super::loose`]). A value that cannot be
//! used leaves the option as it was (HedgeDoc's default, when reading the
//! front matter) and adds a warning; nothing here fails.

use super::safe_url::is_safe_image_url;
use serde_yaml::Value;

use super::loose::{as_bool, as_f64, as_length, as_text, as_u32, clip, describe};
use super::options::{
    NavigationMode, SlideNumber, SlideOptions, Theme, Transition, TransitionSpeed, HACKMD_KEYS,
    KNOWN_KEYS,
};
use super::yaml_lines::KeyLines;
use super::Warning;

/// Where an option value came from, for warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// `slideOptions` in the front matter, written on this deck line.
    FrontMatter { line: usize },
    /// A URL query parameter.
    Query,
}

impl Origin {
    fn warning(self, key: &str, message: impl std::fmt::Display) -> Warning {
        match self {
            Origin::FrontMatter { line } => {
                Warning::at_line(line, format!("slideOptions `{key}`: {message}"))
            }
            Origin::Query => Warning {
                line: None,
                column: None,
                message: format!("URL parameter `{key}`: {message}"),
            },
        }
    }
}

/// Whether a key was an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// On HedgeDoc's whitelist or HackMD's extras: read (or warned about).
    Known,
    /// Not an option at all; nothing was done.
    Unknown,
}

/// Reads the front matter's `slideOptions` value into `options`.
pub(crate) fn read_slide_options(
    value: &Value,
    lines: &KeyLines,
    options: &mut SlideOptions,
    warnings: &mut Vec<Warning>,
) {
    let map = match value {
        Value::Null => return,
        Value::Mapping(map) => map,
        other => {
            warnings.push(Warning::at_line(
                lines.top("slideOptions"),
                format!(
                    "slideOptions should be indented `key: value` lines, not {}; ignored",
                    describe(other)
                ),
            ));
            return;
        }
    };
    for (key, value) in map {
        let Some(key) = as_text(key) else { continue };
        let line = lines.option(&key);
        if apply_option(options, &key, value, Origin::FrontMatter { line }, warnings)
            == Outcome::Unknown
        {
            warnings.push(Warning::at_line(line, unknown_key_message(&key)));
        }
    }
}

fn unknown_key_message(key: &str) -> String {
    let key = clip(key);
    match KNOWN_KEYS.iter().find(|k| k.eq_ignore_ascii_case(&key)) {
        Some(known) => {
            format!("slideOptions `{key}` is not an option; did you mean `{known}`? Ignored")
        }
        None => format!("slideOptions `{key}` is not an option HedgeDoc knows; ignored"),
    }
}

/// Applies one option. Values that cannot be used leave `options` as it
/// was and add a warning.
pub(crate) fn apply_option(
    options: &mut SlideOptions,
    key: &str,
    value: &Value,
    origin: Origin,
    warnings: &mut Vec<Warning>,
) -> Outcome {
    let mut r = Reader {
        key,
        value,
        origin,
        warnings,
    };
    let o = options;
    match key {
        "theme" => match as_text(value).filter(|t| Theme::is_stylesheet_address(t)) {
            Some(address) => r.theme_address(o, address.trim()),
            None => {
                o.theme_url = None;
                o.theme = r.named("theme", o.theme, Theme::from_name, Theme::name, &Theme::ALL);
            }
        },
        "transition" => o.transition = r.transition(o.transition),
        "backgroundTransition" => o.background_transition = r.transition(o.background_transition),
        "transitionSpeed" => {
            o.transition_speed = r.named(
                "speed",
                o.transition_speed,
                TransitionSpeed::from_name,
                TransitionSpeed::name,
                &[
                    TransitionSpeed::Default,
                    TransitionSpeed::Fast,
                    TransitionSpeed::Slow,
                ],
            )
        }
        "navigationMode" => {
            o.navigation_mode = r.named(
                "navigation mode",
                o.navigation_mode,
                navigation_mode,
                navigation_mode_name,
                &[
                    NavigationMode::Default,
                    NavigationMode::Linear,
                    NavigationMode::Grid,
                ],
            )
        }
        "slideNumber" => o.slide_number = r.slide_number(o.slide_number),
        "controls" => o.controls = r.boolean(o.controls),
        "progress" => o.progress = r.boolean(o.progress),
        "history" => o.history = r.boolean(o.history),
        "hash" => o.hash = r.boolean(o.hash),
        "center" => o.center = r.boolean(o.center),
        "loop" => o.loop_slides = r.boolean(o.loop_slides),
        "rtl" => o.rtl = r.boolean(o.rtl),
        "touch" => o.touch = r.boolean(o.touch),
        "fragments" => o.fragments = r.boolean(o.fragments),
        "fragmentInURL" => o.fragment_in_url = r.boolean(o.fragment_in_url),
        "showNotes" => o.show_notes = r.boolean(o.show_notes),
        "keyboard" => {
            // reveal.js also takes a map of custom key bindings: keep it for later.
            if value.is_mapping() {
                o.other.insert(key.to_owned(), value.clone());
            } else {
                o.keyboard = r.boolean(o.keyboard);
            }
        }
        "width" => {
            o.width = r.parsed(
                o.width,
                "a size such as 960, \"960px\" or \"100%\"",
                as_length,
            )
        }
        "height" => {
            o.height = r.parsed(
                o.height,
                "a size such as 700, \"700px\" or \"100%\"",
                as_length,
            )
        }
        "margin" => o.margin = r.parsed(o.margin, "a number such as 0.04", non_negative),
        "minScale" => o.min_scale = r.parsed(o.min_scale, "a number above 0", positive),
        "maxScale" => o.max_scale = r.parsed(o.max_scale, "a number above 0", positive),
        "viewDistance" => o.view_distance = r.parsed(o.view_distance, "a whole number", as_u32),
        "autoSlide" => o.auto_slide = r.parsed(o.auto_slide, "milliseconds or false", auto_slide),
        "parallaxBackgroundImage" => {
            o.parallax_background_image = r.parsed(
                o.parallax_background_image.clone(),
                "an http(s), relative or data:image URL",
                |v| optional_text(v).filter(|u| u.as_deref().is_none_or(is_safe_image_url)),
            )
        }
        "parallaxBackgroundSize" => {
            o.parallax_background_size = r.parsed(
                o.parallax_background_size.clone(),
                "a CSS size such as \"1920px 1080px\"",
                optional_text,
            )
        }
        "parallaxBackgroundHorizontal" => {
            o.parallax_background_horizontal = r.parsed(
                o.parallax_background_horizontal,
                "a number of pixels",
                optional_number,
            )
        }
        "parallaxBackgroundVertical" => {
            o.parallax_background_vertical = r.parsed(
                o.parallax_background_vertical,
                "a number of pixels",
                optional_number,
            )
        }
        _ if KNOWN_KEYS.contains(&key) || HACKMD_KEYS.contains(&key) => {
            o.other.insert(key.to_owned(), value.clone());
        }
        _ => return Outcome::Unknown,
    }
    Outcome::Known
}

/// Reads one value, warning about what it cannot use.
struct Reader<'v, 'w> {
    key: &'v str,
    value: &'v Value,
    origin: Origin,
    warnings: &'w mut Vec<Warning>,
}

impl Reader<'_, '_> {
    fn warn(&mut self, message: impl std::fmt::Display) {
        self.warnings.push(self.origin.warning(self.key, message));
    }

    /// A value converted by `read`, or `current` with a warning.
    fn parsed<T: Clone>(
        &mut self,
        current: T,
        expected: &str,
        read: impl Fn(&Value) -> Option<T>,
    ) -> T {
        match read(self.value) {
            Some(v) => v,
            None => {
                self.warn(format_args!(
                    "expected {expected}, got {}; ignored",
                    describe(self.value)
                ));
                current
            }
        }
    }

    /// A stylesheet address as the theme: http(s) or relative only; the
    /// theme underneath is black, as for an unknown name.
    fn theme_address(&mut self, o: &mut SlideOptions, address: &str) {
        if crate::deck::safe_url::is_page_address(address) {
            o.theme = Theme::Black;
            o.theme_url = Some(address.to_string());
        } else {
            self.warn(format_args!(
                "theme stylesheet `{}` is not an http(s) or relative address; using `{}`",
                clip(address),
                o.theme.name()
            ));
        }
    }

    fn boolean(&mut self, current: bool) -> bool {
        self.parsed(current, "true or false", as_bool)
    }

    fn transition(&mut self, current: Transition) -> Transition {
        self.named(
            "transition",
            current,
            Transition::from_name,
            Transition::name,
            &Transition::ALL,
        )
    }

    /// One of a set of names; a name in the wrong case is accepted with a
    /// warning, an unknown one keeps `current`.
    fn named<T: Copy>(
        &mut self,
        what: &str,
        current: T,
        lookup: impl Fn(&str) -> Option<T>,
        name: impl Fn(T) -> &'static str,
        all: &[T],
    ) -> T {
        let Some(text) = as_text(self.value) else {
            self.warn(format_args!(
                "expected a {what} name, got {}; using `{}`",
                describe(self.value),
                name(current)
            ));
            return current;
        };
        let text = text.trim();
        if let Some(found) = lookup(text) {
            return found;
        }
        if let Some(found) = lookup(&text.to_ascii_lowercase()) {
            self.warn(format_args!(
                "{what} names are lower case: write `{}` (used anyway)",
                name(found)
            ));
            return found;
        }
        let known: Vec<&str> = all.iter().map(|t| name(*t)).collect();
        self.warn(format_args!(
            "unknown {what} `{}` (known: {}); using `{}`",
            clip(text),
            known.join(", "),
            name(current)
        ));
        current
    }

    fn slide_number(&mut self, current: SlideNumber) -> SlideNumber {
        let read = |v: &Value| match as_bool(v) {
            Some(true) => Some(SlideNumber::HDotV),
            Some(false) => Some(SlideNumber::Off),
            None => match as_text(v)?.trim() {
                "h.v" => Some(SlideNumber::HDotV),
                "h/v" => Some(SlideNumber::HSlashV),
                "c" => Some(SlideNumber::C),
                "c/t" => Some(SlideNumber::CSlashT),
                _ => None,
            },
        };
        self.parsed(
            current,
            "true, false, \"h.v\", \"h/v\", \"c\" or \"c/t\"",
            read,
        )
    }
}

fn navigation_mode(name: &str) -> Option<NavigationMode> {
    match name {
        "default" => Some(NavigationMode::Default),
        "linear" => Some(NavigationMode::Linear),
        "grid" => Some(NavigationMode::Grid),
        _ => None,
    }
}

fn navigation_mode_name(mode: NavigationMode) -> &'static str {
    match mode {
        NavigationMode::Default => "default",
        NavigationMode::Linear => "linear",
        NavigationMode::Grid => "grid",
    }
}

fn non_negative(v: &Value) -> Option<f64> {
    as_f64(v).filter(|n| *n >= 0.0)
}

fn positive(v: &Value) -> Option<f64> {
    as_f64(v).filter(|n| *n > 0.0)
}

/// `autoSlide`: milliseconds, with `false` meaning off.
fn auto_slide(v: &Value) -> Option<u32> {
    match as_bool(v) {
        Some(false) => Some(0),
        Some(true) => None,
        None => as_u32(v),
    }
}

/// Text, where nothing or an empty text means "not set".
fn optional_text(v: &Value) -> Option<Option<String>> {
    match v {
        Value::Null => Some(None),
        _ => as_text(v).map(|t| Some(t.trim().to_owned()).filter(|t| !t.is_empty())),
    }
}

/// A number, where nothing means "not set".
fn optional_number(v: &Value) -> Option<Option<f64>> {
    match v {
        Value::Null => Some(None),
        _ => as_f64(v).map(Some),
    }
}
