//! The one shape every screen takes: a title bar with the language button, a status
//! line, text, a list of options, an optional text field, a row of buttons and a help
//! line. [`layout`] places it; drawing and tapping both use that placement, so what a
//! client sees is exactly what they can touch.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph};
use ratatui_textarea::TextArea;

use crate::app::Action;
use crate::ui::text::{truncate, width, wrap};
use crate::ui::theme::Theme;

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

/// Something a client can choose or press.
#[derive(Debug, Clone, PartialEq)]
pub struct Control {
    /// What it says.
    pub label: String,
    /// What choosing it does.
    pub action: Action,
    /// Whether it is currently chosen (a ticked box, the current language).
    pub chosen: bool,
}

impl Control {
    /// A control with `label` doing `action`.
    pub fn new(label: impl Into<String>, action: Action) -> Self {
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

/// Everything one screen shows.
pub struct Page<'a> {
    /// The screen's title.
    pub title: String,
    /// Title bar contents; `None` for a pop-up.
    pub header: Option<Header>,
    /// Text above the options.
    pub text: Vec<Para>,
    /// How many lines the text is scrolled.
    pub text_scroll: usize,
    /// The options, one per line.
    pub options: Vec<Control>,
    /// A text field below the options (above them when `field_first`).
    pub field: Option<Field<'a>>,
    /// Whether the field comes before the options (a search field and its results).
    pub field_first: bool,
    /// A short message below the field (e.g. "only the first 2000 characters were kept").
    pub notice: Option<Para>,
    /// The buttons, side by side.
    pub buttons: Vec<Control>,
    /// Which control has the focus: options first, then the field, then buttons.
    pub focus: usize,
    /// The keys that work here, in the client's language.
    pub help: String,
}

/// What sits at a point of the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// The control with this focus index.
    Control(usize),
    /// The language button.
    Language,
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

impl Page<'_> {
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
    pub fn control(&self, index: usize) -> Option<&Control> {
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

    fn first_button_index(&self) -> usize {
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

fn button_label(label: &str) -> String {
    format!("[ {label} ]")
}

/// Places `page` in `area`.
pub fn layout(page: &Page<'_>, area: Rect) -> PageLayout {
    let mut out = PageLayout {
        outer: area,
        field_index: page.field_index().unwrap_or(usize::MAX),
        ..PageLayout::default()
    };
    if area.width < 4 || area.height < 3 {
        return out;
    }
    let popup = page.header.is_none();
    // A pop-up draws a border; a full page has a title bar, status line and help line.
    let (inner, top_rows, bottom_rows) = if popup {
        (
            Rect::new(area.x + 1, area.y + 1, area.width - 2, area.height - 2),
            0,
            1,
        )
    } else {
        (area, 2, 2)
    };
    if inner.height < top_rows + bottom_rows + 1 {
        return out;
    }
    if !popup {
        out.title = Rect::new(area.x, area.y, area.width, 1);
        if let Some(header) = &page.header {
            let w = (width(&header.language_button) as u16 + 4).min(area.width / 2);
            out.language = Rect::new(area.right() - w, area.y, w, 1);
        }
        out.status = Rect::new(area.x, area.y + 1, area.width, 1);
        out.help = Rect::new(area.x, area.bottom() - 1, area.width, 1);
    }
    let margin = if popup { 1 } else { 2 };
    let body_x = inner.x + margin.min(inner.width / 4);
    let body_w = inner.width.saturating_sub(2 * (body_x - inner.x));
    let buttons_y = inner.bottom() - if popup { 1 } else { 2 };
    let body_top = inner.y + top_rows;
    let body_h = buttons_y.saturating_sub(body_top);

    // The text wraps to the body width; paragraphs are separated by a blank line.
    let mut lines = Vec::new();
    for (i, para) in page.text.iter().enumerate() {
        if i > 0 {
            lines.push((String::new(), Tone::Normal));
        }
        lines.extend(
            wrap(&para.text, body_w as usize)
                .into_iter()
                .map(|l| (l, para.tone)),
        );
    }
    let notice_h = u16::from(page.notice.is_some());
    let wanted_field = page.field.as_ref().map_or(0, |f| f.lines + 2);
    // Long labels wrap over up to three rows (the pointer takes four columns).
    let label_w = body_w.saturating_sub(4).max(1) as usize;
    let wrapped: Vec<Vec<String>> = page
        .options
        .iter()
        .map(|o| {
            let mut lines = wrap(&o.label, label_w);
            if lines.len() > 3 {
                lines.truncate(3);
                let last = truncate(&lines[2], label_w.saturating_sub(1));
                lines[2] = format!("{}…", last.trim_end_matches('…'));
            }
            lines
        })
        .collect();
    let rows_of = |i: usize| wrapped[i].len().max(1) as u16;
    let option_rows: u16 = (0..wrapped.len()).map(rows_of).sum();
    let first_rows = if wrapped.is_empty() { 0 } else { rows_of(0) };
    let gap = u16::from(!lines.is_empty() && (option_rows > 0 || wanted_field > 0));
    // The field and the options come first; the text gets what is left (it scrolls).
    let mut rest = body_h.saturating_sub(notice_h);
    let field_h = wanted_field.min(rest.saturating_sub(1).max(wanted_field.min(3)));
    let field_h = field_h.min(rest);
    rest -= field_h;
    let min_text = (lines.len() as u16).min(2);
    let options_h = option_rows.min(rest.saturating_sub(min_text + gap).max(first_rows));
    let options_h = options_h.min(rest);
    rest -= options_h;
    let text_h = (lines.len() as u16).min(rest.saturating_sub(gap));
    rest -= text_h;
    let gap = gap.min(rest);

    let mut y = body_top;
    out.text = Rect::new(body_x, y, body_w, text_h);
    out.text_scroll = page
        .text_scroll
        .min(lines.len().saturating_sub(text_h as usize));
    out.text_lines = lines;
    y += text_h + gap;

    let place_field = |y: &mut u16, out: &mut PageLayout| {
        if field_h > 0 {
            out.field = Some(Rect::new(body_x, *y, body_w, field_h));
            *y += field_h;
        }
    };
    if page.field_first {
        place_field(&mut y, &mut out);
    }
    // Scroll the options just enough that the focused one is whole on screen.
    let base = page.first_option_index();
    let focused_option = page.focus.checked_sub(base).filter(|f| *f < wrapped.len());
    let focus = focused_option.unwrap_or(0);
    let mut offset = 0;
    if focused_option.is_some() {
        while offset < focus && (offset..=focus).map(rows_of).sum::<u16>() > options_h {
            offset += 1;
        }
    }
    let mut used = 0;
    for (index, lines) in wrapped.iter().enumerate().skip(offset) {
        let h = rows_of(index);
        if used + h > options_h {
            break;
        }
        out.options
            .push((base + index, Rect::new(body_x, y + used, body_w, h)));
        out.option_lines.push(lines.clone());
        used += h;
    }
    out.options_more = (
        offset > 0,
        out.options
            .last()
            .is_some_and(|(i, _)| i + 1 < wrapped.len()),
    );
    y += options_h;
    if !page.field_first {
        place_field(&mut y, &mut out);
    }
    if notice_h > 0 {
        out.notice = Rect::new(body_x, y, body_w, 1);
    }

    // Buttons side by side; labels are shortened when the row is too narrow.
    let count = page.buttons.len() as u16;
    if count > 0 {
        let spacing = 2;
        let available = body_w.saturating_sub(spacing * (count - 1));
        let widths: Vec<u16> = page
            .buttons
            .iter()
            .map(|b| width(&button_label(&b.label)) as u16)
            .collect();
        let total: u16 = widths.iter().sum();
        let share = available / count;
        let mut x = body_x;
        for (i, &w) in widths.iter().enumerate() {
            let w = if total <= available { w } else { w.min(share) };
            out.buttons
                .push((page.first_button_index() + i, Rect::new(x, buttons_y, w, 1)));
            x += w + spacing;
        }
    }
    out
}

/// Draws `page` into `area` of `frame`.
pub fn render(page: &Page<'_>, area: Rect, theme: &Theme, frame: &mut Frame<'_>) {
    let placed = layout(page, area);
    let buf_area = frame.area().intersection(area);
    if buf_area.is_empty() {
        return;
    }
    frame.render_widget(Clear, area);
    let popup = page.header.is_none();
    if popup {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.frame)
            .title(Span::styled(
                format!(
                    " {} ",
                    truncate(&page.title, area.width.saturating_sub(4) as usize)
                ),
                theme.title,
            ));
        frame.render_widget(block.style(theme.text), area);
    } else {
        frame.render_widget(Block::default().style(theme.text), area);
        draw_header(page, &placed, theme, frame);
    }

    let visible = placed
        .text_lines
        .iter()
        .skip(placed.text_scroll)
        .take(placed.text.height as usize);
    let text: Vec<Line<'_>> = visible
        .map(|(l, tone)| Line::styled(l.as_str(), tone_style(*tone, theme)))
        .collect();
    frame.render_widget(Paragraph::new(text), placed.text);
    if placed.max_text_scroll() > placed.text_scroll && placed.text.height > 0 {
        let r = placed.text;
        let more = Rect::new(r.right().saturating_sub(1), r.bottom() - 1, 1, 1);
        frame.render_widget(Paragraph::new("▼").style(theme.control), more);
    }

    for ((index, rect), lines) in placed.options.iter().zip(&placed.option_lines) {
        let Some(control) = page.control(*index) else {
            continue;
        };
        let focused = *index == page.focus;
        let style = if focused {
            theme.focus
        } else if control.chosen {
            theme.ok
        } else {
            theme.control
        };
        let pointer = if focused { "▶ " } else { "  " };
        let text: Vec<Line<'_>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| Line::raw(format!("{}{l}", if i == 0 { pointer } else { "  " })))
            .collect();
        frame.render_widget(Paragraph::new(text).style(style), *rect);
    }
    let (above, below) = placed.options_more;
    if let (Some((_, first)), Some((_, last))) = (placed.options.first(), placed.options.last()) {
        if above {
            let r = Rect::new(first.right().saturating_sub(1), first.y, 1, 1);
            frame.render_widget(Paragraph::new("▲").style(theme.control), r);
        }
        if below {
            let r = Rect::new(last.right().saturating_sub(1), last.y, 1, 1);
            frame.render_widget(Paragraph::new("▼").style(theme.control), r);
        }
    }

    if let (Some(field), Some(rect)) = (&page.field, placed.field) {
        let focused = page.field_index() == Some(page.focus);
        let border = if focused { theme.control } else { theme.dim };
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(border)
            .title(Span::styled(
                format!(
                    " {} ",
                    truncate(&field.label, rect.width.saturating_sub(4) as usize)
                ),
                border,
            ));
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        frame.render_widget(field.area, inner);
    }

    if let Some(notice) = &page.notice {
        let line = truncate(&notice.text, placed.notice.width as usize);
        frame.render_widget(
            Paragraph::new(line).style(tone_style(notice.tone, theme)),
            placed.notice,
        );
    }

    for (index, rect) in &placed.buttons {
        let Some(control) = page.control(*index) else {
            continue;
        };
        let style = if *index == page.focus {
            theme.focus
        } else {
            theme.control
        };
        let label = if width(&button_label(&control.label)) as u16 <= rect.width {
            button_label(&control.label)
        } else {
            truncate(&control.label, rect.width as usize)
        };
        frame.render_widget(Paragraph::new(label).style(style), *rect);
    }

    if !popup {
        let help = truncate(&page.help, placed.help.width.saturating_sub(1) as usize);
        frame.render_widget(
            Paragraph::new(format!(" {help}")).style(theme.dim),
            placed.help,
        );
    }
}

fn draw_header(page: &Page<'_>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
    let Some(header) = &page.header else {
        return;
    };
    let bar = theme.focus;
    let title_w = placed.title.width.saturating_sub(placed.language.width + 1);
    let title = truncate(&page.title, title_w.saturating_sub(1) as usize);
    frame.render_widget(Paragraph::new(format!(" {title}")).style(bar), placed.title);
    let button = truncate(
        &format!("[{}]", header.language_button),
        placed.language.width.saturating_sub(1) as usize,
    );
    frame.render_widget(
        Paragraph::new(button)
            .alignment(Alignment::Right)
            .style(bar),
        placed.language,
    );

    let status = placed.status;
    let save_w = header
        .save_status
        .as_ref()
        .map_or(0, |(s, _)| (width(s) as u16 + 2).min(status.width / 2));
    if let Some((answered, total, label)) = &header.progress {
        let gauge_w = status.width.saturating_sub(save_w + 2).min(60);
        let ratio = if *total == 0 {
            0.0
        } else {
            (*answered as f64 / *total as f64).clamp(0.0, 1.0)
        };
        let gauge = Gauge::default()
            .ratio(ratio)
            .label(truncate(label, gauge_w as usize))
            .gauge_style(theme.ok)
            .use_unicode(true);
        frame.render_widget(gauge, Rect::new(status.x + 2, status.y, gauge_w, 1));
    }
    if let Some((text, tone)) = &header.save_status {
        let r = Rect::new(status.right() - save_w, status.y, save_w, 1);
        frame.render_widget(
            Paragraph::new(truncate(text, save_w as usize))
                .alignment(Alignment::Right)
                .style(tone_style(*tone, theme)),
            r,
        );
    }
}

fn tone_style(tone: Tone, theme: &Theme) -> Style {
    match tone {
        Tone::Normal => theme.text,
        Tone::Dim => theme.dim,
        Tone::Strong => theme.title,
        Tone::Warn => theme.warn,
        Tone::Ok => theme.ok,
    }
}
