//! Where each part of a page goes: the one placement that drawing and tapping both
//! use, so what a person sees is exactly what they can touch.

use ratatui::layout::Rect;

use crate::ui::page::{Header, Page, PageLayout, Para, Tone};
use crate::ui::text::{truncate, width, wrap};

pub(crate) fn button_label(label: &str) -> String {
    format!("[ {label} ]")
}

/// The language button's label in `width` cells: in full, or only its key "F2"
/// when the title would not fit beside it.
pub(crate) fn language_label(header: &Header, room: u16) -> String {
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

/// The part of a page between its title lines and its buttons.
#[derive(Debug, Clone, Copy)]
struct Body {
    x: u16,
    w: u16,
    top: u16,
    h: u16,
    /// The row of the buttons.
    buttons_y: u16,
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
    let Some(mut body) = frame_rows(page, area, &mut out) else {
        return out;
    };
    let extra = place_qr(page, &mut body, &mut out);
    let lines = text_lines(page, &extra, body.w);
    let notice_h = page.notice.as_ref().map_or(0, |n| {
        wrap(&n.text, body.w as usize).len().clamp(1, 3) as u16
    });
    let wrapped = option_lines(page, body.w);
    let heights = heights(page, &wrapped, lines.len() as u16, notice_h, body.h);

    let mut y = body.top;
    out.text = Rect::new(body.x, y, body.w, heights.text);
    out.text_scroll = page
        .text_scroll
        .min(lines.len().saturating_sub(heights.text as usize));
    out.text_lines = lines;
    y += heights.text + heights.gap;
    let place_field = |y: &mut u16, out: &mut PageLayout| {
        if heights.field > 0 {
            out.field = Some(Rect::new(body.x, *y, body.w, heights.field));
            *y += heights.field;
        }
    };
    if page.field_first {
        place_field(&mut y, &mut out);
    }
    place_options(page, &wrapped, body, y, heights.options, &mut out);
    y += heights.options;
    if !page.field_first {
        place_field(&mut y, &mut out);
    }
    if notice_h > 0 {
        out.notice = Rect::new(body.x, y, body.w, notice_h);
    }
    place_buttons(page, body, &mut out);
    if page.rtl {
        mirror(&mut out, area);
    }
    out
}

/// The title bar, status line and help line of a full page (a pop-up has a border
/// instead), and the body between them; `None` when nothing fits.
fn frame_rows<A>(page: &Page<'_, A>, area: Rect, out: &mut PageLayout) -> Option<Body> {
    let popup = page.header.is_none();
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
        return None;
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
    let x = inner.x + margin.min(inner.width / 4);
    let w = inner.width.saturating_sub(2 * (x - inner.x));
    let buttons_y = inner.bottom() - if popup { 1 } else { 2 };
    let top = inner.y + top_rows;
    Some(Body {
        x,
        w,
        top,
        h: buttons_y.saturating_sub(top),
        buttons_y,
    })
}

/// A QR code takes the left of the body down to the help line, if it fits with 30
/// columns to spare for the text and buttons beside it; otherwise its fallback
/// paragraphs are returned, to go below the text.
fn place_qr<A>(page: &Page<'_, A>, body: &mut Body, out: &mut PageLayout) -> Vec<Para> {
    let Some(qr) = &page.qr else {
        return Vec::new();
    };
    let (qw, qh) = qr.size();
    let rows = body.buttons_y + 1 - body.top;
    if qh <= rows && qw + 2 + 30 <= body.w {
        out.qr = Some(Rect::new(body.x, body.top, qw, qh));
        body.x += qw + 2;
        body.w -= qw + 2;
        Vec::new()
    } else {
        qr.fallback.clone()
    }
}

/// The text wrapped to the body width; paragraphs are separated by a blank line.
fn text_lines<A>(page: &Page<'_, A>, extra: &[Para], width: u16) -> Vec<(String, Tone)> {
    let mut lines = Vec::new();
    for (i, para) in page.text.iter().chain(extra.iter()).enumerate() {
        if i > 0 {
            lines.push((String::new(), Tone::Normal));
        }
        lines.extend(
            wrap(&para.text, width as usize)
                .into_iter()
                .map(|l| (l, para.tone)),
        );
    }
    lines
}

/// Each option's label wrapped over up to four rows (the pointer takes four columns).
fn option_lines<A>(page: &Page<'_, A>, width: u16) -> Vec<Vec<String>> {
    let label_w = width.saturating_sub(4).max(1) as usize;
    page.options
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
        .collect()
}

/// Rows given to each part of the body.
#[derive(Debug, Clone, Copy)]
struct Heights {
    text: u16,
    gap: u16,
    options: u16,
    field: u16,
}

/// The field and the options come first; the text gets what is left (it scrolls).
fn heights<A>(
    page: &Page<'_, A>,
    wrapped: &[Vec<String>],
    text_lines: u16,
    notice_h: u16,
    body_h: u16,
) -> Heights {
    let wanted_field = page.field.as_ref().map_or(0, |f| f.lines + 2);
    let rows_of = |i: usize| wrapped[i].len().max(1) as u16;
    let option_rows: u16 = (0..wrapped.len()).map(rows_of).sum();
    let first_rows = if wrapped.is_empty() { 0 } else { rows_of(0) };
    let gap = u16::from(text_lines > 0 && (option_rows > 0 || wanted_field > 0));
    let mut rest = body_h.saturating_sub(notice_h);
    let field = wanted_field
        .min(rest.saturating_sub(1).max(wanted_field.min(3)))
        .min(rest);
    rest -= field;
    let min_text = text_lines.min(2);
    let options = option_rows
        .min(rest.saturating_sub(min_text + gap).max(first_rows))
        .min(rest);
    rest -= options;
    let text = text_lines.min(rest.saturating_sub(gap));
    rest -= text;
    Heights {
        text,
        gap: gap.min(rest),
        options,
        field,
    }
}

/// The options from row `y`, scrolled just enough that the focused one is whole on
/// screen.
fn place_options<A>(
    page: &Page<'_, A>,
    wrapped: &[Vec<String>],
    body: Body,
    y: u16,
    options_h: u16,
    out: &mut PageLayout,
) {
    let rows_of = |i: usize| wrapped[i].len().max(1) as u16;
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
            .push((base + index, Rect::new(body.x, y + used, body.w, h)));
        out.option_lines.push(lines.clone());
        used += h;
    }
    out.options_more = (
        offset > 0,
        out.options
            .last()
            .is_some_and(|(i, _)| i + 1 < wrapped.len()),
    );
}

/// Buttons side by side; labels are shortened when the row is too narrow.
fn place_buttons<A>(page: &Page<'_, A>, body: Body, out: &mut PageLayout) {
    let count = page.buttons.len() as u16;
    if count == 0 {
        return;
    }
    let spacing = 2;
    let available = body.w.saturating_sub(spacing * (count - 1));
    let widths: Vec<u16> = page
        .buttons
        .iter()
        .map(|b| width(&button_label(&b.label)) as u16)
        .collect();
    let total: u16 = widths.iter().sum();
    let share = available / count;
    let mut x = body.x;
    for (i, &w) in widths.iter().enumerate() {
        let w = if total <= available { w } else { w.min(share) };
        out.buttons.push((
            page.first_button_index() + i,
            Rect::new(x, body.buttons_y, w, 1),
        ));
        x += w + spacing;
    }
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
