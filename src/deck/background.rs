//! Per-slide backgrounds: what a slide's `data-background*` attributes ask
//! for, read as reveal.js reads them, with every address checked.
//!
//! The viewer turns a [`Background`] into `.slide-background` elements; the
//! parts that are markup (a video, an iframe) leave this module only as
//! [`UntrustedHtml`], so the sanitiser decides what of them reaches the page
//! (iframes only from the embed hosts, sandboxed).

use super::attributes::escape_attribute;
use super::options::Transition;
use super::safe_url::{css_value_has_unsafe_url, is_page_address, is_safe_image_url};
use super::{Slide, UntrustedHtml, Warning};

/// Reads every slide's background; what is refused becomes a warning on
/// the slide's line.
pub(crate) fn attach(columns: &mut [Vec<Slide>], warnings: &mut Vec<Warning>) {
    for slide in columns.iter_mut().flatten() {
        if !slide
            .attributes
            .iter()
            .any(|(name, _)| name.starts_with("data-background"))
        {
            continue;
        }
        let (background, dropped) = Background::read(&slide.attributes);
        slide.background = background;
        for d in dropped {
            warnings.push(Warning::at_line(
                slide.line,
                format!("{} not used: {}", d.attribute, d.reason),
            ));
        }
    }
}

/// A slide's background.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Background {
    /// `data-background-color`.
    pub color: Option<String>,
    /// A `data-background` that is not a picture address: reveal.js sets it
    /// as the CSS `background` shorthand (`#f00`, `linear-gradient(…)`,
    /// `url(a.png) center / contain`).
    pub shorthand: Option<String>,
    /// `data-background-gradient` (a CSS image such as `radial-gradient(…)`).
    pub gradient: Option<String>,
    /// `data-background-image` (several separated by commas), or a
    /// `data-background` that is a picture address. As written: relative
    /// addresses are resolved by the viewer against the deck's address.
    pub images: Vec<String>,
    /// `data-background-size` (CSS `background-size`; for a video, `contain`
    /// letterboxes instead of cropping).
    pub size: Option<String>,
    /// `data-background-position`.
    pub position: Option<String>,
    /// `data-background-repeat`.
    pub repeat: Option<String>,
    /// `data-background-opacity`, 0–1: of the picture, video or iframe,
    /// not of the colour.
    pub opacity: Option<f64>,
    /// `data-background-video` (+ `-loop`, `-muted`).
    pub video: Option<Video>,
    /// `data-background-iframe` (+ `data-background-interactive`).
    pub iframe: Option<Frame>,
    /// `data-background-transition`: this slide's background enters and
    /// leaves with it instead of the deck's `backgroundTransition`.
    pub transition: Option<Transition>,
}

/// A video filling the slide's background.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Video {
    /// Source addresses, in the order written (the browser plays the first
    /// it can).
    pub sources: Vec<String>,
    /// `data-background-video-loop`.
    pub looped: bool,
    /// `data-background-video-muted`.
    pub muted: bool,
}

/// A web page filling the slide's background.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frame {
    /// The page's address.
    pub src: String,
    /// `data-background-interactive`: the page gets the pointer (the slide's
    /// own content stops taking clicks while it is shown).
    pub interactive: bool,
}

/// What a background's colour says about the text on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Brightness below 128: light text (`has-dark-background`).
    Dark,
    /// Brightness 128 or more: dark text (`has-light-background`).
    Light,
}

impl Tone {
    /// The class reveal.js gives a slide (and `.reveal`) of this tone.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Dark => "has-dark-background",
            Tone::Light => "has-light-background",
        }
    }

    /// The tone of a CSS colour in `#rgb`, `#rrggbb` (with or without
    /// alpha) or `rgb()`/`rgba()` form, as reveal.js judges it:
    /// (299·R + 587·G + 114·B) / 1000 below 128 is dark. `None` for a
    /// colour in another form (a name: the viewer asks the browser for its
    /// computed `rgb()`) and for a fully transparent one.
    pub fn of_color(css: &str) -> Option<Tone> {
        let (r, g, b, a) = parse_rgba(css)?;
        if a == 0.0 {
            return None;
        }
        Some(Tone::of_brightness(brightness(r, g, b)))
    }

    /// The tone of a gradient as the browser computes it (its colour stops
    /// written `rgb()`/`rgba()`, whatever the deck wrote: names, hex,
    /// `hsl()`): the mean brightness of its stops, each weighed by its
    /// alpha, so that a gradient from navy to teal is dark and one from
    /// white to pale yellow light. reveal.js gives a gradient no tone (it
    /// reads only colours); a presenter who puts text on one expects it to
    /// be readable. `None` when it is no gradient or every stop is
    /// transparent. Stops in other colour spaces (`color()`, `oklch()`)
    /// are not counted.
    pub fn of_gradient(computed: &str) -> Option<Tone> {
        if !computed.contains("gradient(") {
            return None;
        }
        let (mut sum, mut weight, mut rest) = (0.0, 0.0, computed);
        while let Some(start) = rest.find("rgb") {
            let colour = &rest[start..];
            let end = colour.find(')')? + 1;
            let (r, g, b, a) = parse_rgba(&colour[..end])?;
            sum += brightness(r, g, b) * a;
            weight += a;
            rest = &colour[end..];
        }
        (weight > 0.0).then(|| Tone::of_brightness(sum / weight))
    }

    /// Below 128 is dark, as reveal.js judges.
    fn of_brightness(brightness: f64) -> Tone {
        if brightness < 128.0 {
            Tone::Dark
        } else {
            Tone::Light
        }
    }
}

/// reveal.js's brightness of a colour: (299·R + 587·G + 114·B) / 1000.
fn brightness(r: f64, g: f64, b: f64) -> f64 {
    (299.0 * r + 587.0 * g + 114.0 * b) / 1000.0
}

/// A problem with a background attribute, for the deck's warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The attribute (`data-background-image`).
    pub attribute: &'static str,
    /// Why it is not used, for a person.
    pub reason: String,
}

impl Background {
    /// The background a slide's attributes ask for, if any, and what of
    /// them was refused (a `javascript:` image, a `url()` to a script).
    pub fn read(attributes: &[(String, String)]) -> (Option<Background>, Vec<Dropped>) {
        let get = |name: &str| {
            attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.trim())
        };
        let has = |name: &str| attributes.iter().any(|(n, _)| n == name);
        let mut dropped = Vec::new();
        let mut bg = Background::default();

        let mut image_list = get("data-background-image").filter(|v| !v.is_empty());
        if let Some(value) = get("data-background").filter(|v| !v.is_empty()) {
            if is_picture_address(value) {
                image_list = image_list.or(Some(value));
            } else if css_value_has_unsafe_url(value) {
                dropped.push(unsafe_url("data-background"));
            } else {
                bg.shorthand = Some(value.to_string());
            }
        }
        if let Some(list) = image_list {
            for url in split_addresses(list) {
                if is_safe_image_url(url) {
                    bg.images.push(url.to_string());
                } else {
                    dropped.push(unsafe_url("data-background-image"));
                }
            }
        }
        // CSS values, each kept unless it points `url()` at a script.
        let mut css = |attribute: &'static str| {
            let value = get(attribute).filter(|v| !v.is_empty())?;
            if css_value_has_unsafe_url(value) {
                dropped.push(unsafe_url(attribute));
                return None;
            }
            Some(value.to_string())
        };
        bg.color = css("data-background-color");
        bg.gradient = css("data-background-gradient");
        bg.size = css("data-background-size");
        bg.position = css("data-background-position");
        bg.repeat = css("data-background-repeat");
        bg.opacity = get("data-background-opacity")
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|o| o.is_finite())
            .map(|o| o.clamp(0.0, 1.0));
        if let Some(list) = get("data-background-video").filter(|v| !v.is_empty()) {
            let mut sources = Vec::new();
            for url in split_addresses(list) {
                if is_page_address(url) {
                    sources.push(url.to_string());
                } else {
                    dropped.push(unsafe_url("data-background-video"));
                }
            }
            if !sources.is_empty() {
                bg.video = Some(Video {
                    sources,
                    looped: has("data-background-video-loop"),
                    muted: has("data-background-video-muted"),
                });
            }
        }
        if let Some(src) = get("data-background-iframe").filter(|v| !v.is_empty()) {
            if is_page_address(src) {
                bg.iframe = Some(Frame {
                    src: src.to_string(),
                    interactive: has("data-background-interactive"),
                });
            } else {
                dropped.push(unsafe_url("data-background-iframe"));
            }
        }
        bg.transition = get("data-background-transition").and_then(Transition::from_name);

        let shows_something = bg.color.is_some()
            || bg.shorthand.is_some()
            || bg.gradient.is_some()
            || !bg.images.is_empty()
            || bg.video.is_some()
            || bg.iframe.is_some();
        (shows_something.then_some(bg), dropped)
    }

    /// The tone of the background's colour when this module can tell it
    /// (`data-background-color`, or a shorthand that is a plain colour).
    /// Gradients and colour names are told by the browser's computed
    /// style ([`Tone::of_gradient`], [`Tone::of_color`]).
    pub fn tone(&self) -> Option<Tone> {
        self.color
            .as_deref()
            .or(self.shorthand.as_deref())
            .and_then(Tone::of_color)
    }

    /// The markup of the video or iframe, for the sanitiser; `None` for a
    /// background of colours and pictures only. The video is muted when
    /// asked, never autoplays by itself (the viewer plays it while its slide
    /// is shown) and plays inline on phones.
    pub fn media_html(&self) -> Option<UntrustedHtml> {
        if let Some(video) = &self.video {
            let mut html = String::from("<video playsinline");
            if video.looped {
                html.push_str(" loop");
            }
            if video.muted {
                html.push_str(" muted");
            }
            html.push('>');
            for src in &video.sources {
                html.push_str("<source src=\"");
                html.push_str(&escape_attribute(src));
                html.push('"');
                if let Some(kind) = video_type(src) {
                    html.push_str(" type=\"");
                    html.push_str(kind);
                    html.push('"');
                }
                html.push('>');
            }
            html.push_str("</video>");
            return Some(UntrustedHtml::new(html));
        }
        let frame = self.iframe.as_ref()?;
        Some(UntrustedHtml::new(format!(
            "<iframe src=\"{}\" allowfullscreen></iframe>",
            escape_attribute(&frame.src)
        )))
    }
}

/// The media type reveal.js declares for a video source, from its
/// extension, so the browser skips the ones it cannot play.
fn video_type(src: &str) -> Option<&'static str> {
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "mp4" | "m4a" => Some("video/mp4"),
        "ogv" => Some("video/ogg"),
        "mpeg" => Some("video/mpeg"),
        "webm" => Some("video/webm"),
        _ => None,
    }
}

/// reveal.js's rule for `data-background`: an address (starting `http`,
/// `file` or `//`) or a name ending in a picture extension is an image;
/// anything else is CSS.
pub fn is_picture_address(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("http") || lower.starts_with("file") || lower.starts_with("//") {
        return true;
    }
    const EXTENSIONS: [&str; 7] = ["svg", "png", "jpg", "jpeg", "gif", "bmp", "webp"];
    lower.match_indices('.').any(|(i, _)| {
        let after = &lower[i + 1..];
        EXTENSIONS.iter().any(|ext| {
            after.strip_prefix(ext).is_some_and(|rest| {
                rest.chars()
                    .next()
                    .is_none_or(|c| matches!(c, '?' | '#') || c.is_whitespace())
            })
        })
    })
}

/// Addresses separated by commas, as reveal.js reads image and video
/// lists; a `data:` address (which holds a comma itself) is one address.
fn split_addresses(list: &str) -> Vec<&str> {
    if list.trim_start().to_ascii_lowercase().starts_with("data:") {
        return vec![list.trim()];
    }
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn unsafe_url(attribute: &'static str) -> Dropped {
    Dropped {
        attribute,
        reason: "only http(s), relative and data:image addresses are used".to_string(),
    }
}

/// Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` and `rgba(…)`
/// (commas or spaces, `/` before alpha, percentages) into 0–255 channels
/// and alpha 0–1.
fn parse_rgba(css: &str) -> Option<(f64, f64, f64, f64)> {
    let css = css.trim().to_ascii_lowercase();
    if let Some(hex) = css.strip_prefix('#') {
        let digits: Vec<f64> = hex
            .chars()
            .map(|c| c.to_digit(16).map(f64::from))
            .collect::<Option<_>>()?;
        return match digits.len() {
            3 | 4 => {
                let c = |i: usize| digits[i] * 17.0;
                let a = if digits.len() == 4 { c(3) / 255.0 } else { 1.0 };
                Some((c(0), c(1), c(2), a))
            }
            6 | 8 => {
                let c = |i: usize| digits[2 * i] * 16.0 + digits[2 * i + 1];
                let a = if digits.len() == 8 { c(3) / 255.0 } else { 1.0 };
                Some((c(0), c(1), c(2), a))
            }
            _ => None,
        };
    }
    let inner = css
        .strip_prefix("rgba(")
        .or_else(|| css.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inner
        .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    let channel = |s: &str| -> Option<f64> {
        match s.strip_suffix('%') {
            Some(p) => p.parse::<f64>().ok().map(|p| p * 2.55),
            None => s.parse::<f64>().ok(),
        }
    };
    let alpha = |s: &str| -> Option<f64> {
        match s.strip_suffix('%') {
            Some(p) => p.parse::<f64>().ok().map(|p| p / 100.0),
            None => s.parse::<f64>().ok(),
        }
    };
    match parts.as_slice() {
        [r, g, b] => Some((channel(r)?, channel(g)?, channel(b)?, 1.0)),
        [r, g, b, a] => Some((channel(r)?, channel(g)?, channel(b)?, alpha(a)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn read(list: &[(&str, &str)]) -> Option<Background> {
        Background::read(&attrs(list)).0
    }

    #[test]
    fn a_slide_without_background_attributes_has_no_background() {
        assert_eq!(read(&[("class", "x"), ("data-transition", "zoom")]), None);
    }

    #[test]
    fn a_colour_in_data_background_is_css() {
        let bg = read(&[("data-background", "#ff0000")]).unwrap();
        assert_eq!(bg.shorthand.as_deref(), Some("#ff0000"));
        assert!(bg.images.is_empty());
    }

    #[test]
    fn a_picture_address_in_data_background_is_an_image() {
        for value in [
            "https://example.com/a",
            "//cdn.example.com/x",
            "img/photo.jpg",
            "pic.PNG?v=2",
            "a.webp#frag",
        ] {
            let bg = read(&[("data-background", value)]).unwrap();
            assert_eq!(bg.images, vec![value.to_string()], "{value}");
            assert_eq!(bg.shorthand, None, "{value}");
        }
    }

    #[test]
    fn a_name_with_a_picture_extension_inside_is_not_an_image() {
        assert!(!is_picture_address("url(a.pngx)"));
        assert!(!is_picture_address("linear-gradient(red, blue)"));
    }

    #[test]
    fn several_images_are_read_in_order() {
        let bg = read(&[("data-background-image", "a.png, b.png")]).unwrap();
        assert_eq!(bg.images, vec!["a.png".to_string(), "b.png".to_string()]);
    }

    #[test]
    fn a_data_image_address_is_one_image_despite_its_comma() {
        let bg = read(&[("data-background-image", "data:image/png;base64,AAAA")]).unwrap();
        assert_eq!(bg.images, vec!["data:image/png;base64,AAAA".to_string()]);
    }

    #[test]
    fn script_addresses_are_dropped_with_a_reason() {
        let (bg, dropped) = Background::read(&attrs(&[
            ("data-background-image", "javascript:alert(1)"),
            ("data-background", "url(javascript:alert(1))"),
            ("data-background-video", "data:text/html,x"),
            ("data-background-iframe", "javascript:alert(1)"),
        ]));
        assert_eq!(bg, None);
        let names: Vec<_> = dropped.iter().map(|d| d.attribute).collect();
        assert_eq!(
            names,
            [
                "data-background",
                "data-background-image",
                "data-background-video",
                "data-background-iframe"
            ]
        );
    }

    #[test]
    fn image_settings_and_opacity_are_read() {
        let bg = read(&[
            ("data-background-image", "a.png"),
            ("data-background-size", "contain"),
            ("data-background-position", "top left"),
            ("data-background-repeat", "repeat"),
            ("data-background-opacity", "0.5"),
        ])
        .unwrap();
        assert_eq!(bg.size.as_deref(), Some("contain"));
        assert_eq!(bg.position.as_deref(), Some("top left"));
        assert_eq!(bg.repeat.as_deref(), Some("repeat"));
        assert_eq!(bg.opacity, Some(0.5));
    }

    #[test]
    fn opacity_is_kept_between_zero_and_one() {
        let bg = read(&[
            ("data-background-color", "red"),
            ("data-background-opacity", "7"),
        ]);
        assert_eq!(bg.unwrap().opacity, Some(1.0));
    }

    #[test]
    fn a_video_has_its_sources_loop_and_muted_flags() {
        let bg = read(&[
            ("data-background-video", "a.mp4,b.webm"),
            ("data-background-video-loop", ""),
            ("data-background-video-muted", ""),
        ])
        .unwrap();
        let video = bg.video.clone().unwrap();
        assert_eq!(video.sources, ["a.mp4", "b.webm"]);
        assert!(video.looped && video.muted);
        assert_eq!(
            bg.media_html().unwrap().as_untrusted_str(),
            r#"<video playsinline loop muted><source src="a.mp4" type="video/mp4"><source src="b.webm" type="video/webm"></video>"#
        );
    }

    #[test]
    fn an_iframe_address_is_escaped_into_its_markup() {
        let bg = read(&[
            (
                "data-background-iframe",
                "https://player.vimeo.com/video/1?a=1&b=\"x",
            ),
            ("data-background-interactive", ""),
        ])
        .unwrap();
        assert!(bg.iframe.as_ref().unwrap().interactive);
        assert_eq!(
            bg.media_html().unwrap().as_untrusted_str(),
            r#"<iframe src="https://player.vimeo.com/video/1?a=1&amp;b=&quot;x" allowfullscreen></iframe>"#
        );
    }

    #[test]
    fn a_background_transition_is_read_with_reveal_aliases() {
        let bg = read(&[
            ("data-background-color", "#000"),
            ("data-background-transition", "zoom"),
        ]);
        assert_eq!(bg.unwrap().transition, Some(Transition::Zoom));
        let bg = read(&[
            ("data-background-color", "#000"),
            ("data-background-transition", "linear"),
        ]);
        assert_eq!(bg.unwrap().transition, Some(Transition::Slide));
    }

    #[test]
    fn brightness_below_128_is_dark() {
        assert_eq!(Tone::of_color("#000"), Some(Tone::Dark));
        assert_eq!(Tone::of_color("#ffffff"), Some(Tone::Light));
        assert_eq!(Tone::of_color("rgb(0, 128, 0)"), Some(Tone::Dark));
        assert_eq!(Tone::of_color("rgb(255 255 0)"), Some(Tone::Light));
        // 299·127 + 587·128 + 114·128 = 127.7 → dark; one step up is light.
        assert_eq!(Tone::of_color("rgb(127,128,128)"), Some(Tone::Dark));
        assert_eq!(Tone::of_color("rgb(128,128,128)"), Some(Tone::Light));
    }

    #[test]
    fn transparent_and_unreadable_colours_have_no_tone() {
        assert_eq!(Tone::of_color("rgba(0, 0, 0, 0)"), None);
        assert_eq!(Tone::of_color("#0000"), None);
        assert_eq!(Tone::of_color("tomato"), None);
        assert_eq!(Tone::of_color("#12"), None);
    }

    #[test]
    fn the_tone_comes_from_the_colour_or_a_plain_colour_shorthand() {
        let bg = read(&[("data-background-color", "#fafafa")]).unwrap();
        assert_eq!(bg.tone(), Some(Tone::Light));
        let bg = read(&[("data-background", "#123")]).unwrap();
        assert_eq!(bg.tone(), Some(Tone::Dark));
        let bg = read(&[("data-background", "a.png")]).unwrap();
        assert_eq!(bg.tone(), None);
    }

    #[test]
    fn a_gradient_is_as_dark_as_the_mean_of_its_stops() {
        // As Chromium computes them: stops in rgb()/rgba(), whatever was written.
        let table: &[(&str, Option<Tone>)] = &[
            // to bottom, #283b95, #17b2c3
            (
                "linear-gradient(rgb(40, 59, 149), rgb(23, 178, 195))",
                Some(Tone::Dark),
            ),
            // #fff, #fafad2
            (
                "linear-gradient(rgb(255, 255, 255), rgb(250, 250, 210))",
                Some(Tone::Light),
            ),
            // black to white: brightness 127.5 on average, just dark.
            (
                "linear-gradient(90deg, rgb(0, 0, 0) 0%, rgb(255, 255, 255) 100%)",
                Some(Tone::Dark),
            ),
            (
                "linear-gradient(90deg, rgb(0, 0, 0), rgb(255, 255, 255), rgb(255, 255, 255))",
                Some(Tone::Light),
            ),
            (
                "radial-gradient(circle at 30% 40%, rgb(255, 255, 255), rgb(200, 200, 180) 70%)",
                Some(Tone::Light),
            ),
            (
                "repeating-linear-gradient(45deg, rgb(17, 17, 17) 0px, rgb(51, 51, 51) 10px 20px)",
                Some(Tone::Dark),
            ),
            (
                "conic-gradient(from 90deg at 50% 50%, rgb(255, 255, 0), rgb(0, 255, 0))",
                Some(Tone::Light),
            ),
            (
                "linear-gradient(in oklab to right, rgb(0, 0, 17), rgb(0, 17, 51))",
                Some(Tone::Dark),
            ),
            // midnightblue, black (named stops, computed)
            (
                "linear-gradient(rgb(25, 25, 112), rgb(0, 0, 0))",
                Some(Tone::Dark),
            ),
            // Transparent stops weigh nothing: the colour that shows decides.
            (
                "linear-gradient(rgba(0, 0, 0, 0), rgb(255, 255, 255))",
                Some(Tone::Light),
            ),
            (
                "linear-gradient(rgba(0, 0, 0, 0.1), rgb(238, 238, 238))",
                Some(Tone::Light),
            ),
            // A picture layer over it changes nothing.
            (
                "url(\"a.png\"), linear-gradient(rgb(0, 0, 128), rgb(0, 128, 128))",
                Some(Tone::Dark),
            ),
            // Nothing to tell.
            ("linear-gradient(rgba(0, 0, 0, 0), rgba(0, 0, 0, 0))", None),
            (
                "linear-gradient(color(display-p3 1 1 1), color(display-p3 1 1 1))",
                None,
            ),
            ("url(\"a.png\")", None),
            ("rgb(255, 255, 255)", None),
            ("none", None),
            ("linear-gradient(rgb(255, 255, 255", None),
            ("", None),
        ];
        for (css, tone) in table {
            assert_eq!(Tone::of_gradient(css), *tone, "{css}");
        }
    }

    #[test]
    fn identical_attributes_give_equal_backgrounds() {
        let a = read(&[("data-background", "#f00")]);
        let b = read(&[("data-background", "#f00")]);
        let c = read(&[("data-background", "#0f0")]);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
