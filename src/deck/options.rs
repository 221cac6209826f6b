//! Typed `slideOptions` with HedgeDoc's defaults.
//!
//! Reading them from YAML (loosely, with warnings) lives in `options_read.rs`;
//! this file is the vocabulary shared by the parser and the viewer.

use std::collections::BTreeMap;

/// The reveal.js themes (reveal 6's set; HedgeDoc ships the first eleven).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// HedgeDoc's default.
    #[default]
    Black,
    White,
    League,
    Beige,
    Sky,
    Night,
    Serif,
    Simple,
    Solarized,
    Blood,
    Moon,
    Dracula,
    BlackContrast,
    WhiteContrast,
}

impl Theme {
    /// Every theme, in reveal.js's documentation order.
    pub const ALL: [Theme; 14] = [
        Theme::Black,
        Theme::White,
        Theme::League,
        Theme::Beige,
        Theme::Sky,
        Theme::Night,
        Theme::Serif,
        Theme::Simple,
        Theme::Solarized,
        Theme::Blood,
        Theme::Moon,
        Theme::Dracula,
        Theme::BlackContrast,
        Theme::WhiteContrast,
    ];

    /// The name used in `slideOptions.theme` and in CSS (`data-theme`).
    pub fn name(self) -> &'static str {
        match self {
            Theme::Black => "black",
            Theme::White => "white",
            Theme::League => "league",
            Theme::Beige => "beige",
            Theme::Sky => "sky",
            Theme::Night => "night",
            Theme::Serif => "serif",
            Theme::Simple => "simple",
            Theme::Solarized => "solarized",
            Theme::Blood => "blood",
            Theme::Moon => "moon",
            Theme::Dracula => "dracula",
            Theme::BlackContrast => "black-contrast",
            Theme::WhiteContrast => "white-contrast",
        }
    }

    /// True when a `theme` value is a stylesheet's address rather than a
    /// name: it ends in `.css` (before any `?`/`#`) or is an http(s) URL.
    pub fn is_stylesheet_address(value: &str) -> bool {
        let v = value.trim().to_ascii_lowercase();
        let path = v.split(['?', '#']).next().unwrap_or(&v);
        path.ends_with(".css") || v.starts_with("https://") || v.starts_with("http://")
    }

    /// Looks a theme up by its exact (lower-case) name.
    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }

    /// True for themes with a dark background (text is light).
    pub fn is_dark(self) -> bool {
        matches!(
            self,
            Theme::Black
                | Theme::League
                | Theme::Night
                | Theme::Blood
                | Theme::Moon
                | Theme::Dracula
                | Theme::BlackContrast
        )
    }
}

/// A slide transition style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Transition {
    /// HedgeDoc's default.
    #[default]
    None,
    Fade,
    Slide,
    Convex,
    Concave,
    Zoom,
}

impl Transition {
    /// Every transition.
    pub const ALL: [Transition; 6] = [
        Transition::None,
        Transition::Fade,
        Transition::Slide,
        Transition::Convex,
        Transition::Concave,
        Transition::Zoom,
    ];

    /// The name used in options, `data-transition` and CSS.
    pub fn name(self) -> &'static str {
        match self {
            Transition::None => "none",
            Transition::Fade => "fade",
            Transition::Slide => "slide",
            Transition::Convex => "convex",
            Transition::Concave => "concave",
            Transition::Zoom => "zoom",
        }
    }

    /// Parses a name, including reveal.js's aliases (`linear` = slide,
    /// `default` = convex).
    pub fn from_name(name: &str) -> Option<Transition> {
        match name {
            "linear" => Some(Transition::Slide),
            "default" => Some(Transition::Convex),
            _ => Transition::ALL.into_iter().find(|t| t.name() == name),
        }
    }
}

/// `transitionSpeed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TransitionSpeed {
    /// 800 ms.
    #[default]
    Default,
    /// 400 ms.
    Fast,
    /// 1200 ms.
    Slow,
}

impl TransitionSpeed {
    /// The name used in options and CSS.
    pub fn name(self) -> &'static str {
        match self {
            TransitionSpeed::Default => "default",
            TransitionSpeed::Fast => "fast",
            TransitionSpeed::Slow => "slow",
        }
    }

    /// Parses `default`, `fast` or `slow`.
    pub fn from_name(name: &str) -> Option<TransitionSpeed> {
        match name {
            "default" => Some(TransitionSpeed::Default),
            "fast" => Some(TransitionSpeed::Fast),
            "slow" => Some(TransitionSpeed::Slow),
            _ => None,
        }
    }

    /// Duration of a slide transition at this speed, in milliseconds.
    pub fn millis(self) -> u32 {
        match self {
            TransitionSpeed::Default => 800,
            TransitionSpeed::Fast => 400,
            TransitionSpeed::Slow => 1200,
        }
    }
}

/// `slideNumber`: off, or one of reveal.js's formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SlideNumber {
    /// No slide number.
    Off,
    /// `h.v` (what `true` means; HedgeDoc's default).
    #[default]
    HDotV,
    /// `h/v`.
    HSlashV,
    /// `c`: flattened count.
    C,
    /// `c/t`: flattened count / total.
    CSlashT,
}

/// `navigationMode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NavigationMode {
    /// Left/right between stacks, up/down within.
    #[default]
    Default,
    /// Every arrow steps through all slides in order.
    Linear,
    /// Up/down keep the vertical index when moving between stacks.
    Grid,
}

/// A canvas dimension: pixels or a percentage of the available space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// Pixels.
    Px(f64),
    /// Percent (0–100) of the available size.
    Percent(f64),
}

/// `slideOptions`, typed, with HedgeDoc's defaults.
///
/// Keys on HedgeDoc's whitelist that the viewer does not act on yet are kept
/// in [`SlideOptions::other`] rather than dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideOptions {
    /// `theme` (default black).
    pub theme: Theme,
    /// `theme` given as the address of a stylesheet (`https://…/my.css`,
    /// `themes/ours.css`): loaded over black, under the deck's own CSS,
    /// scoped like it.
    pub theme_url: Option<String>,
    /// `transition` (default none).
    pub transition: Transition,
    /// `transitionSpeed`.
    pub transition_speed: TransitionSpeed,
    /// `backgroundTransition` (default fade).
    pub background_transition: Transition,
    /// `controls`.
    pub controls: bool,
    /// `progress`.
    pub progress: bool,
    /// `slideNumber`.
    pub slide_number: SlideNumber,
    /// `history`: a browser history entry per slide.
    pub history: bool,
    /// `hash`: keep the URL hash in sync.
    pub hash: bool,
    /// `center`: centre slide content vertically.
    pub center: bool,
    /// `width` (default 960).
    pub width: Length,
    /// `height` (default 700).
    pub height: Length,
    /// `margin` (default 0.04).
    pub margin: f64,
    /// `minScale` (default 0.2).
    pub min_scale: f64,
    /// `maxScale` (default 2.0).
    pub max_scale: f64,
    /// `loop`.
    pub loop_slides: bool,
    /// `rtl` (also set by front matter `dir: rtl`).
    pub rtl: bool,
    /// `navigationMode`.
    pub navigation_mode: NavigationMode,
    /// `keyboard`.
    pub keyboard: bool,
    /// `touch`.
    pub touch: bool,
    /// `fragments`.
    pub fragments: bool,
    /// `fragmentInURL`.
    pub fragment_in_url: bool,
    /// `viewDistance` (default 3).
    pub view_distance: u32,
    /// `parallaxBackgroundImage`.
    pub parallax_background_image: Option<String>,
    /// `parallaxBackgroundSize`, as written (CSS `background-size`).
    pub parallax_background_size: Option<String>,
    /// `parallaxBackgroundHorizontal`: explicit px step per slide.
    pub parallax_background_horizontal: Option<f64>,
    /// `parallaxBackgroundVertical`: explicit px step per slide.
    pub parallax_background_vertical: Option<f64>,
    /// `autoSlide` in ms (0 = off).
    pub auto_slide: u32,
    /// `showNotes`.
    pub show_notes: bool,
    /// Whitelisted keys not typed above, as written.
    pub other: BTreeMap<String, serde_yaml::Value>,
}

impl Default for SlideOptions {
    fn default() -> Self {
        Self {
            theme: Theme::Black,
            theme_url: None,
            transition: Transition::None,
            transition_speed: TransitionSpeed::Default,
            background_transition: Transition::Fade,
            controls: true,
            progress: true,
            slide_number: SlideNumber::HDotV,
            history: true,
            hash: false,
            center: true,
            width: Length::Px(960.0),
            height: Length::Px(700.0),
            margin: 0.04,
            min_scale: 0.2,
            max_scale: 2.0,
            loop_slides: false,
            rtl: false,
            navigation_mode: NavigationMode::Default,
            keyboard: true,
            touch: true,
            fragments: true,
            fragment_in_url: false,
            view_distance: 3,
            parallax_background_image: None,
            parallax_background_size: None,
            parallax_background_horizontal: None,
            parallax_background_vertical: None,
            auto_slide: 0,
            show_notes: false,
            other: BTreeMap::new(),
        }
    }
}

/// HedgeDoc's whitelist of `slideOptions` keys; anything else is ignored
/// with a warning.
pub const KNOWN_KEYS: &[&str] = &[
    "autoPlayMedia",
    "autoSlide",
    "autoSlideStoppable",
    "backgroundTransition",
    "center",
    "controls",
    "controlsBackArrows",
    "controlsLayout",
    "controlsTutorial",
    "defaultTiming",
    "display",
    "embedded",
    "fragmentInURL",
    "fragments",
    "hash",
    "height",
    "help",
    "hideAddressBar",
    "hideCursorTime",
    "hideInactiveCursor",
    "history",
    "keyboard",
    "loop",
    "margin",
    "maxScale",
    "minScale",
    "minimumTimePerSlide",
    "mobileViewDistance",
    "mouseWheel",
    "navigationMode",
    "overview",
    "parallaxBackgroundHorizontal",
    "parallaxBackgroundImage",
    "parallaxBackgroundSize",
    "parallaxBackgroundVertical",
    "preloadIframes",
    "previewLinks",
    "progress",
    "rtl",
    "showNotes",
    "shuffle",
    "slideNumber",
    "theme",
    "totalTime",
    "touch",
    "transition",
    "transitionSpeed",
    "viewDistance",
    "width",
];

/// Keys HackMD/CodiMD know that HedgeDoc does not; accepted without a warning.
pub const HACKMD_KEYS: &[&str] = &["spotlight", "allottedMinutes", "allottedTime"];
