//! Which element an `.element` comment decorates.
//!
//! reveal.js gives the attributes to the comment's previous element
//! sibling that is not a `<br>`, else to its parent (the slide itself when
//! the comment is the slide's first node). This tracker follows the open
//! elements and each one's last closed child while the HTML is written, so
//! the answer is known when the comment is reached, without building a DOM.

use std::borrow::Cow;

/// Open elements followed at most; deeper ones count as empty elements.
/// Browsers cap nesting too, and the cap keeps end-tag lookups cheap on
/// hostile input (thousands of unclosed `<span>`s).
const MAX_DEPTH: usize = 256;

/// An element name, lower case (static for common tags).
pub(crate) type Name = Cow<'static, str>;

/// Where an `.element` comment's attributes go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// The slide's `<section>`.
    Slide,
    /// The start tag written at this output offset.
    Element(usize),
}

/// What the tracker needs to know about an element's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `<br>`: never a target.
    Br,
    /// `<li>`.
    Item,
    /// `<ul>` or `<ol>`.
    List,
    Other,
}

impl Kind {
    fn of(name: &str) -> Kind {
        match name {
            "br" => Kind::Br,
            "li" => Kind::Item,
            "ul" | "ol" => Kind::List,
            _ => Kind::Other,
        }
    }
}

/// A closed element.
#[derive(Debug, Clone)]
struct Child {
    kind: Kind,
    at: usize,
    /// For lists: where the last `<li>` starts.
    last_item: Option<usize>,
}

/// An open element.
#[derive(Debug)]
struct Frame {
    name: Name,
    kind: Kind,
    /// Output offset of the start tag (`None` for the slide itself).
    at: Option<usize>,
    /// Opened by a Markdown event (closed by its end event), not raw HTML.
    markdown: bool,
    last_child: Option<Child>,
    last_item: Option<usize>,
}

/// The open elements while a slide is rendered.
#[derive(Debug)]
pub(crate) struct Tracker {
    frames: Vec<Frame>,
}

impl Default for Tracker {
    fn default() -> Self {
        let mut frames = Vec::with_capacity(16);
        frames.push(Frame {
            name: Cow::Borrowed("section"),
            kind: Kind::Other,
            at: None,
            markdown: true,
            last_child: None,
            last_item: None,
        });
        Self { frames }
    }
}

impl Tracker {
    /// An element starts at output offset `at`.
    pub fn open(&mut self, name: Name, at: usize, markdown: bool) {
        if !markdown && self.frames.len() >= MAX_DEPTH {
            self.void(name, at);
            return;
        }
        self.frames.push(Frame {
            kind: Kind::of(&name),
            name,
            at: Some(at),
            markdown,
            last_child: None,
            last_item: None,
        });
    }

    /// An element without content (`<img>`, `<hr>`, inline code) at `at`.
    pub fn void(&mut self, name: Name, at: usize) {
        self.closed(Child {
            kind: Kind::of(&name),
            at,
            last_item: None,
        });
    }

    /// A Markdown element ends: it and any raw elements left open inside it close.
    pub fn close_markdown(&mut self) {
        while self.frames.len() > 1 {
            let markdown = self.pop();
            if markdown {
                break;
            }
        }
    }

    /// A raw end tag: closes the nearest open raw element of that name,
    /// unless a Markdown element is in the way (then it is a stray tag).
    pub fn close_raw(&mut self, name: &str) {
        let found = self
            .frames
            .iter()
            .rposition(|f| f.markdown || f.name.eq_ignore_ascii_case(name));
        if let Some(i) = found.filter(|&i| i > 0 && !self.frames[i].markdown) {
            while self.frames.len() > i {
                self.pop();
            }
        }
    }

    /// The target of an `.element` comment at the current position.
    /// `after_list_line`: the comment sits on the line right after a list
    /// (no blank line between), which targets that list's last item.
    pub fn target(&self, after_list_line: bool) -> Target {
        let top = self.frames.last().expect("the slide frame is never popped");
        match &top.last_child {
            Some(child) => match child.last_item {
                Some(item) if after_list_line => Target::Element(item),
                _ => Target::Element(child.at),
            },
            None => top.at.map_or(Target::Slide, Target::Element),
        }
    }

    /// Pops the top frame into its parent; returns whether it was Markdown's.
    fn pop(&mut self) -> bool {
        let frame = self.frames.pop().expect("checked by callers");
        if let Some(at) = frame.at {
            self.closed(Child {
                kind: frame.kind,
                at,
                last_item: frame.last_item,
            });
        }
        frame.markdown
    }

    fn closed(&mut self, child: Child) {
        if child.kind == Kind::Br {
            return;
        }
        let parent = self
            .frames
            .last_mut()
            .expect("the slide frame is never popped");
        if child.kind == Kind::Item && parent.kind == Kind::List {
            parent.last_item = Some(child.at);
        }
        parent.last_child = Some(child);
    }
}
