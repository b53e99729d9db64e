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

fn button_label(label: &str) -> String {
    format!("[ {label} ]")
}

/// The language button's label in `width` cells: in full, or only its key "F2"
/// when the title would not fit beside it.
fn language_label(header: &Header, room: u16) -> String {
    if width(&header.language_button) as u16 + 3 <= room {
        header.language_button.clone()
    } else {
        header
            .language_button
            .split(' ')
            .next()
            .unwrap_or("F2")
            .to_string()
    }
}

/// Cells the language button takes, leaving the title its room where possible.
fn language_button_width(header: &Header, title: &str, total: u16) -> u16 {
    let full = width(&header.language_button) as u16 + 4;
    if width(title) as u16 + 3 + full <= total && full <= total / 2 {
        full
    } else {
        let key = width(&language_label(header, 0)) as u16 + 4;
        key.min(total / 2)
    }
}

/// Places `page` in `area`.
pub fn layout<A>(page: &Page<'_, A>, area: Rect) -> PageLayout {
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
            let w = language_button_width(header, &page.title, area.width);
            out.language = Rect::new(area.right() - w, area.y, w, 1);
            let b = (width(&header.bilingual_button) as u16 + 3).min(area.width / 3);
            out.bilingual = Rect::new(area.right() - b, area.bottom() - 1, b, 1);
        }
        out.status = Rect::new(area.x, area.y + 1, area.width, 1);
        out.help = Rect::new(
            area.x,
            area.bottom() - 1,
            area.width - out.bilingual.width,
            1,
        );
    }
    let margin = if popup { 1 } else { 2 };
    let mut body_x = inner.x + margin.min(inner.width / 4);
    let mut body_w = inner.width.saturating_sub(2 * (body_x - inner.x));
    let buttons_y = inner.bottom() - if popup { 1 } else { 2 };
    let body_top = inner.y + top_rows;
    let body_h = buttons_y.saturating_sub(body_top);

    // A QR code takes the left of the body down to the help line, if it fits with
    // 30 columns to spare for the text and buttons beside it.
    let mut extra = Vec::new();
    if let Some(qr) = &page.qr {
        let (qw, qh) = qr.size();
        let rows = buttons_y + 1 - body_top;
        if qh <= rows && qw + 2 + 30 <= body_w {
            out.qr = Some(Rect::new(body_x, body_top, qw, qh));
            body_x += qw + 2;
            body_w -= qw + 2;
        } else {
            extra = qr.fallback.clone();
        }
    }

    // The text wraps to the body width; paragraphs are separated by a blank line.
    let mut lines = Vec::new();
    for (i, para) in page.text.iter().chain(extra.iter()).enumerate() {
        if i > 0 {
            lines.push((String::new(), Tone::Normal));
        }
        lines.extend(
            wrap(&para.text, body_w as usize)
                .into_iter()
                .map(|l| (l, para.tone)),
        );
    }
    let notice_h = page.notice.as_ref().map_or(0, |n| {
        wrap(&n.text, body_w as usize).len().clamp(1, 3) as u16
    });
    let wanted_field = page.field.as_ref().map_or(0, |f| f.lines + 2);
    // Long labels wrap over up to three rows (the pointer takes four columns).
    let label_w = body_w.saturating_sub(4).max(1) as usize;
    let wrapped: Vec<Vec<String>> = page
        .options
        .iter()
        .map(|o| {
            let mut lines = wrap(&o.label, label_w);
            if lines.len() > 4 {
                lines.truncate(4);
                let last = truncate(&lines[3], label_w.saturating_sub(1));
                lines[3] = format!("{}…", last.trim_end_matches('…'));
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
        out.notice = Rect::new(body_x, y, body_w, notice_h);
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
    if page.rtl {
        mirror(&mut out, area);
    }
    out
}

/// Mirrors a layout left to right inside `area`, for right-to-left languages.
fn mirror(out: &mut PageLayout, area: Rect) {
    let flip = |r: &mut Rect| {
        if r.width > 0 {
            r.x = area.x + (area.right() - r.right());
        }
    };
    for r in [
        &mut out.title,
        &mut out.language,
        &mut out.bilingual,
        &mut out.status,
        &mut out.text,
        &mut out.notice,
        &mut out.help,
    ] {
        flip(r);
    }
    for (_, r) in out.options.iter_mut().chain(out.buttons.iter_mut()) {
        flip(r);
    }
    if let Some(r) = out.field.as_mut() {
        flip(r);
    }
    if let Some(r) = out.qr.as_mut() {
        flip(r);
    }
}

/// Draws `page` into `area` of `frame`.
pub fn render<A>(page: &Page<'_, A>, area: Rect, theme: &Theme, frame: &mut Frame<'_>) {
    let placed = layout(page, area);
    let vis = |s: &str| page.visual(s);
    let align = if page.rtl {
        Alignment::Right
    } else {
        Alignment::Left
    };
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
                    vis(&truncate(
                        &page.title,
                        area.width.saturating_sub(4) as usize
                    ))
                ),
                theme.title,
            ))
            .title_alignment(align);
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
        .map(|(l, tone)| Line::styled(vis(l), tone_style(*tone, theme)))
        .collect();
    frame.render_widget(Paragraph::new(text).alignment(align), placed.text);
    // Scroll marks sit at the end of the reading direction's lines.
    let edge = |r: &Rect| {
        if page.rtl {
            r.x
        } else {
            r.right().saturating_sub(1)
        }
    };
    if placed.max_text_scroll() > placed.text_scroll && placed.text.height > 0 {
        let r = placed.text;
        let more = Rect::new(edge(&r), r.bottom() - 1, 1, 1);
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
        let text: Vec<Line<'_>> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let first = i == 0 && focused;
                Line::raw(if page.rtl {
                    format!("{}{}", vis(l), if first { " ◀" } else { "  " })
                } else {
                    format!("{}{}", if first { "▶ " } else { "  " }, vis(l))
                })
            })
            .collect();
        frame.render_widget(Paragraph::new(text).style(style).alignment(align), *rect);
    }
    let (above, below) = placed.options_more;
    if let (Some((_, first)), Some((_, last))) = (placed.options.first(), placed.options.last()) {
        if above {
            let r = Rect::new(edge(first), first.y, 1, 1);
            frame.render_widget(Paragraph::new("▲").style(theme.control), r);
        }
        if below {
            let r = Rect::new(edge(last), last.y, 1, 1);
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
                    vis(&truncate(
                        &field.label,
                        rect.width.saturating_sub(4) as usize
                    ))
                ),
                border,
            ))
            .title_alignment(align);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let content_rtl = field
            .area
            .lines()
            .iter()
            .any(|l| crate::ui::bidi::has_rtl(l));
        if page.reorder && (page.rtl || content_rtl) {
            draw_field_visual(field, inner, page.rtl, focused, frame);
        } else {
            frame.render_widget(field.area, inner);
        }
    }

    if let Some(notice) = &page.notice {
        let lines: Vec<Line<'_>> = wrap(&notice.text, placed.notice.width as usize)
            .iter()
            .take(placed.notice.height as usize)
            .map(|l| Line::raw(vis(l)))
            .collect();
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(align)
                .style(tone_style(notice.tone, theme)),
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
            button_label(&vis(&control.label))
        } else {
            vis(&truncate(&control.label, rect.width as usize))
        };
        frame.render_widget(Paragraph::new(label).style(style), *rect);
    }

    if let (Some(qr), Some(rect)) = (&page.qr, placed.qr) {
        draw_qr(qr, rect, frame);
    }

    if !popup {
        // Hints that do not fit are left out from the end (the last, "F2 language",
        // is also on the language button) rather than cut in the middle.
        let room = placed.help.width.saturating_sub(2) as usize;
        let mut hints: Vec<&str> = page.help.split(" · ").collect();
        while hints.len() > 1 && width(&hints.join(" · ")) > room {
            hints.pop();
        }
        let help = vis(&truncate(&hints.join(" · "), room));
        frame.render_widget(
            Paragraph::new(if page.rtl {
                format!("{help} ")
            } else {
                format!(" {help}")
            })
            .alignment(align)
            .style(theme.dim),
            placed.help,
        );
    }
}

/// Dark modules on light ground whatever the theme (and also under `NO_COLOR`: a
/// phone cannot read a QR code in reverse on every camera app), two modules a cell.
fn draw_qr(qr: &QrBlock, rect: Rect, frame: &mut Frame<'_>) {
    use ratatui::style::Color;
    let style = Style::default().fg(Color::Black).bg(Color::White);
    let buf = frame.buffer_mut();
    let area = buf.area.intersection(rect);
    let dark = |x: usize, y: usize| {
        qr.modules
            .get(y)
            .and_then(|r| r.get(x))
            .copied()
            .unwrap_or(false)
    };
    for row in 0..area.height {
        for col in 0..area.width {
            let (x, y) = (col as usize, 2 * row as usize);
            let symbol = match (dark(x, y), dark(x, y + 1)) {
                (false, false) => " ",
                (true, false) => "▀",
                (false, true) => "▄",
                (true, true) => "█",
            };
            if let Some(cell) = buf.cell_mut((area.x + col, area.y + row)) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
    }
}

/// Draws a text field's lines in visual order (right-to-left text the client is
/// typing), wrapped to the field, with the cursor where the next letter goes.
fn draw_field_visual(
    field: &Field<'_>,
    inner: Rect,
    rtl: bool,
    focused: bool,
    frame: &mut Frame<'_>,
) {
    use crate::ui::bidi::visual_with_cursor;
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let cursor = field.area.cursor();
    let (cursor_row, cursor_col) = (cursor.0, cursor.1);
    let w = inner.width as usize;
    // Wrap each logical line by characters into rows of at most `w` cells.
    let mut rows: Vec<(String, usize, usize)> = Vec::new(); // (text, line, first char)
    let mut cursor_at = (0usize, 0usize); // (row, char within row)
    for (n, line) in field.area.lines().iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut start = 0;
        loop {
            let mut end = start;
            let mut cells = 0;
            while end < chars.len() {
                let cw = unicode_width::UnicodeWidthChar::width(chars[end]).unwrap_or(0);
                if cells + cw > w.saturating_sub(1) {
                    break;
                }
                cells += cw;
                end += 1;
            }
            // Break after a space where one is near.
            if end < chars.len()
                && let Some(space) = chars[start..end].iter().rposition(|c| *c == ' ')
                && space > 0
            {
                end = start + space + 1;
            }
            if n == cursor_row && cursor_col >= start && (cursor_col < end || end == chars.len()) {
                cursor_at = (rows.len(), cursor_col - start);
            }
            rows.push((chars[start..end].iter().collect(), n, start));
            if end >= chars.len() {
                break;
            }
            start = end;
        }
    }
    let first = cursor_at.0.saturating_sub(inner.height as usize - 1);
    for (i, (text, _, _)) in rows
        .iter()
        .enumerate()
        .skip(first)
        .take(inner.height as usize)
    {
        let (shown, col) = visual_with_cursor(text, rtl, cursor_at.1);
        let shown_w = width(&shown) as u16;
        let x = if rtl {
            inner.right().saturating_sub(shown_w + 1)
        } else {
            inner.x
        };
        let y = inner.y + (i - first) as u16;
        frame.render_widget(Paragraph::new(shown), Rect::new(x, y, inner.right() - x, 1));
        if focused && i == cursor_at.0 {
            let cx = (x + col).min(inner.right().saturating_sub(1));
            frame.set_cursor_position((cx, y));
        }
    }
}

fn draw_header<A>(page: &Page<'_, A>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
    let Some(header) = &page.header else {
        return;
    };
    let bar = theme.focus;
    let title_w = placed.title.width.saturating_sub(placed.language.width + 1);
    let title = page.visual(&truncate(&page.title, title_w.saturating_sub(1) as usize));
    let (title, align) = if page.rtl {
        (format!("{title} "), Alignment::Right)
    } else {
        (format!(" {title}"), Alignment::Left)
    };
    frame.render_widget(
        Paragraph::new(title).alignment(align).style(bar),
        placed.title,
    );
    for (label, rect) in [
        (
            &language_label(header, placed.language.width),
            placed.language,
        ),
        (&header.bilingual_button, placed.bilingual),
    ] {
        let full = format!("[{label}]");
        let shown = if width(&full) < rect.width as usize {
            full
        } else {
            format!("[{}]", label.split(' ').next().unwrap_or_default())
        };
        let button = page.visual(&truncate(&shown, rect.width.saturating_sub(1) as usize));
        frame.render_widget(
            Paragraph::new(button)
                .alignment(if page.rtl {
                    Alignment::Left
                } else {
                    Alignment::Right
                })
                .style(bar),
            rect,
        );
    }

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
            .label(page.visual(&truncate(label, gauge_w as usize)))
            .gauge_style(theme.ok)
            .use_unicode(true);
        let x = if page.rtl {
            status.right().saturating_sub(gauge_w + 2)
        } else {
            status.x + 2
        };
        frame.render_widget(gauge, Rect::new(x, status.y, gauge_w, 1));
    }
    if let Some((text, tone)) = &header.save_status {
        let (x, align) = if page.rtl {
            (status.x, Alignment::Left)
        } else {
            (status.right() - save_w, Alignment::Right)
        };
        let r = Rect::new(x, status.y, save_w, 1);
        frame.render_widget(
            Paragraph::new(page.visual(&truncate(text, save_w as usize)))
                .alignment(align)
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

#[cfg(test)]
mod tests {
    use super::*;

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
