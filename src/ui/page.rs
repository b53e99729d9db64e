//! The one shape every screen takes: a title bar with the language button, a status
//! line, text, a list of options, an optional text field, a row of buttons and a help
//! line. [`layout`](crate::ui::layout::layout) places it; drawing and tapping both use that placement, so what a
//! client sees is exactly what they can touch.

use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

/// How a paragraph is emphasised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Ordinary text.
    Normal,
    /// Examples and hints.
    Dim,
    /// Something to notice, like the client code.
    Strong,
    /// A problem the client must act on.
    Warn,
    /// Good news.
    Ok,
}

/// One paragraph of a page's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    /// The words; `\n` starts a new line.
    pub text: String,
    /// Its emphasis.
    pub tone: Tone,
}

impl Para {
    /// A paragraph in `tone`.
    pub fn new(text: impl Into<String>, tone: Tone) -> Self {
        Self {
            text: text.into(),
            tone,
        }
    }
}

/// Something a client can choose or press; `A` is what pressing it means to the
/// program using the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Control<A> {
    /// What it says.
    pub label: String,
    /// What choosing it does.
    pub action: A,
    /// Whether it is currently chosen (a ticked box, the current language).
    pub chosen: bool,
}

impl<A> Control<A> {
    /// A control with `label` doing `action`.
    pub fn new(label: impl Into<String>, action: A) -> Self {
        Self {
            label: label.into(),
            action,
            chosen: false,
        }
    }

    /// The same control, marked as chosen or not.
    pub fn chosen(mut self, chosen: bool) -> Self {
        self.chosen = chosen;
        self
    }
}

/// The title bar and status line of a full-screen page.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The button that opens the language picker, e.g. "F2 Sprache: Deutsch".
    pub language_button: String,
    /// The button that switches the two-language view, e.g. "F3 Zwei Sprachen".
    pub bilingual_button: String,
    /// Overall progress `(answered, total)` and its label, while a client is working.
    pub progress: Option<(usize, usize, String)>,
    /// Whether the last change is saved, e.g. "✓ Gespeichert".
    pub save_status: Option<(String, Tone)>,
}

/// A text field on a page: the editor state and how many lines it shows.
pub struct Field<'a> {
    /// The editor.
    pub area: &'a TextArea<'static>,
    /// Lines of text visible (1 for a one-line field).
    pub lines: u16,
    /// The field's label, drawn in its border.
    pub label: String,
}

/// A QR code to show beside the text: its modules (dark = `true`) with the quiet
/// zone, and what to say instead when the screen is too small for it.
#[derive(Debug, Clone, PartialEq)]
pub struct QrBlock {
    /// Rows of modules, quiet zone included.
    pub modules: Vec<Vec<bool>>,
    /// Shown below the text when the code does not fit.
    pub fallback: Vec<Para>,
}

impl QrBlock {
    /// Cells it takes: one column per module, two modules per row (half blocks).
    pub fn size(&self) -> (u16, u16) {
        let w = self.modules.first().map_or(0, Vec::len) as u16;
        let h = self.modules.len().div_ceil(2) as u16;
        (w, h)
    }
}

/// Everything one screen shows.
pub struct Page<'a, A> {
    /// The screen's title.
    pub title: String,
    /// Title bar contents; `None` for a pop-up.
    pub header: Option<Header>,
    /// Text above the options.
    pub text: Vec<Para>,
    /// How many lines the text is scrolled.
    pub text_scroll: usize,
    /// The options, one per line.
    pub options: Vec<Control<A>>,
    /// A text field below the options (above them when `field_first`).
    pub field: Option<Field<'a>>,
    /// Whether the field comes before the options (a search field and its results).
    pub field_first: bool,
    /// A short message below the field (e.g. "only the first 2000 characters were kept").
    pub notice: Option<Para>,
    /// The buttons, side by side.
    pub buttons: Vec<Control<A>>,
    /// Which control has the focus: options first, then the field, then buttons.
    pub focus: usize,
    /// The keys that work here, in the client's language.
    pub help: String,
    /// A QR code left of the text and buttons (the end screen).
    pub qr: Option<QrBlock>,
    /// Right-to-left language: the layout is mirrored and text right-aligned.
    pub rtl: bool,
    /// The kiosk shapes and reorders right-to-left text itself (`display.rtl = "app"`).
    pub reorder: bool,
}

/// What sits at a point of the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// The control with this focus index.
    Control(usize),
    /// The language button.
    Language,
    /// The two-language button.
    Bilingual,
}

/// Where each part of a page goes on the screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageLayout {
    /// The whole page (a pop-up is smaller than the screen).
    pub outer: Rect,
    /// The title bar.
    pub title: Rect,
    /// The language button in the title bar.
    pub language: Rect,
    /// The two-language button in the title bar.
    pub bilingual: Rect,
    /// The status line.
    pub status: Rect,
    /// The text.
    pub text: Rect,
    /// Text lines after wrapping, and the first one shown.
    pub text_lines: Vec<(String, Tone)>,
    /// First text line shown.
    pub text_scroll: usize,
    /// Each visible option with its focus index (an option may span rows).
    pub options: Vec<(usize, Rect)>,
    /// The wrapped label lines of each visible option, in the same order.
    pub option_lines: Vec<Vec<String>>,
    /// Whether options are hidden above and below.
    pub options_more: (bool, bool),
    /// The text field, with its border.
    pub field: Option<Rect>,
    /// Focus index of the text field.
    pub field_index: usize,
    /// The notice line.
    pub notice: Rect,
    /// Each visible button with its focus index.
    pub buttons: Vec<(usize, Rect)>,
    /// The help line.
    pub help: Rect,
    /// The QR code, when the screen has room for it.
    pub qr: Option<Rect>,
}

impl PageLayout {
    /// Lines the text can scroll down at most.
    pub fn max_text_scroll(&self) -> usize {
        self.text_lines
            .len()
            .saturating_sub(self.text.height as usize)
    }

    /// What is at column `x`, row `y`.
    pub fn hit(&self, x: u16, y: u16) -> Option<Target> {
        let inside = |r: &Rect| x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
        if inside(&self.language) {
            return Some(Target::Language);
        }
        if inside(&self.bilingual) {
            return Some(Target::Bilingual);
        }
        let controls = self.options.iter().chain(self.buttons.iter());
        for (index, rect) in controls {
            if inside(rect) {
                return Some(Target::Control(*index));
            }
        }
        if let Some(field) = &self.field
            && inside(field)
        {
            return Some(Target::Control(self.field_index));
        }
        None
    }
}

impl<A> Page<'_, A> {
    /// `line` as drawn: shaped and in visual order when the kiosk does bidi.
    pub fn visual(&self, line: &str) -> String {
        if self.reorder {
            crate::ui::bidi::visual(line, self.rtl)
        } else {
            line.to_string()
        }
    }

    /// Number of things that can have the focus.
    pub fn focusable(&self) -> usize {
        self.options.len() + usize::from(self.field.is_some()) + self.buttons.len()
    }

    /// Focus index of the field, if there is one.
    pub fn field_index(&self) -> Option<usize> {
        self.field.as_ref().map(|_| {
            if self.field_first {
                0
            } else {
                self.options.len()
            }
        })
    }

    /// Focus index of the first option (after the field when it comes first).
    pub fn first_option_index(&self) -> usize {
        usize::from(self.field_first && self.field.is_some())
    }

    /// The control with focus index `index` (options and buttons; not the field).
    pub fn control(&self, index: usize) -> Option<&Control<A>> {
        let base = self.first_option_index();
        if index >= base && index < base + self.options.len() {
            return self.options.get(index - base);
        }
        let first_button = self.first_button_index();
        if index < first_button {
            return None;
        }
        self.buttons.get(index - first_button)
    }

    /// Focus index of the first button.
    pub fn first_button_index(&self) -> usize {
        self.options.len() + usize::from(self.field.is_some())
    }
}

/// A centred pop-up of at most `w` × `h` cells inside `area`.
pub fn popup_area(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::layout::layout;

    /// A page whose controls carry plain numbers: the layout knows no kiosk.
    fn page<'a>(options: usize, field: Option<&'a TextArea<'static>>) -> Page<'a, u8> {
        Page {
            title: "Title".into(),
            header: None,
            text: vec![Para::new("Some text to read first.", Tone::Normal)],
            text_scroll: 0,
            options: (0..options)
                .map(|n| Control::new(format!("Option {n}"), n as u8))
                .collect(),
            field: field.map(|area| Field {
                area,
                lines: 1,
                label: "Answer".into(),
            }),
            field_first: false,
            notice: None,
            buttons: vec![Control::new("Back", 100), Control::new("Next", 101)],
            focus: 0,
            help: "help".into(),
            qr: None,
            rtl: false,
            reorder: false,
        }
    }

    #[test]
    fn focus_runs_options_then_field_then_buttons() {
        let field = TextArea::default();
        let p = page(3, Some(&field));
        assert_eq!(p.focusable(), 6);
        assert_eq!(p.field_index(), Some(3));
        assert_eq!(p.first_button_index(), 4);
        assert_eq!(p.control(0).map(|c| c.action), Some(0));
        assert!(p.control(3).is_none(), "the field is no control");
        assert_eq!(p.control(5).map(|c| c.action), Some(101));
    }

    #[test]
    fn every_placed_control_is_hit_where_it_is_drawn() {
        let field = TextArea::default();
        let p = page(4, Some(&field));
        let placed = layout(&p, Rect::new(0, 0, 80, 24));
        assert_eq!(placed.options.len(), 4);
        for (index, rect) in placed.options.iter().chain(placed.buttons.iter()) {
            for x in [rect.x, rect.right() - 1] {
                assert_eq!(placed.hit(x, rect.y), Some(Target::Control(*index)));
            }
        }
        let field_rect = placed.field.expect("the field is placed");
        assert_eq!(
            placed.hit(field_rect.x + 2, field_rect.y + 1),
            Some(Target::Control(4))
        );
        // Nothing overlaps: options, field and buttons are on separate rows.
        let rows: Vec<u16> = placed.options.iter().map(|(_, r)| r.y).collect();
        assert!(rows.windows(2).all(|w| w[0] < w[1]));
        assert!(
            placed
                .buttons
                .iter()
                .all(|(_, r)| r.y >= field_rect.bottom())
        );
    }

    #[test]
    fn a_right_to_left_page_puts_the_buttons_the_other_way_round() {
        let mut p = page(2, None);
        let ltr = layout(&p, Rect::new(0, 0, 80, 24));
        p.rtl = true;
        let rtl = layout(&p, Rect::new(0, 0, 80, 24));
        let x_of = |placed: &PageLayout, index| {
            placed
                .buttons
                .iter()
                .find(|(i, _)| *i == index)
                .map(|(_, r)| r.x)
                .unwrap()
        };
        assert!(x_of(&ltr, 2) < x_of(&ltr, 3));
        assert!(x_of(&rtl, 2) > x_of(&rtl, 3));
    }
}
