//! Drawing a placed page into a frame: title bar, text, options, field, buttons, QR
//! code, in the theme's colours, mirrored and reordered for right-to-left.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph};

use crate::ui::layout::{button_label, language_label, layout};
use crate::ui::page::{Field, Page, PageLayout, QrBlock, Tone};
use crate::ui::text::{truncate, width, wrap};
use crate::ui::theme::Theme;

/// Draws `page` into `area` of `frame`.
pub fn render<A>(page: &Page<'_, A>, area: Rect, theme: &Theme, frame: &mut Frame<'_>) {
    let placed = layout(page, area);
    if frame.area().intersection(area).is_empty() {
        return;
    }
    frame.render_widget(Clear, area);
    let popup = page.header.is_none();
    if popup {
        draw_popup_frame(page, area, theme, frame);
    } else {
        frame.render_widget(Block::default().style(theme.text), area);
        draw_header(page, &placed, theme, frame);
    }
    draw_text(page, &placed, theme, frame);
    draw_options(page, &placed, theme, frame);
    if let (Some(field), Some(rect)) = (&page.field, placed.field) {
        draw_field(page, field, rect, theme, frame);
    }
    if let Some(notice) = &page.notice {
        let lines: Vec<Line<'_>> = wrap(&notice.text, placed.notice.width as usize)
            .iter()
            .take(placed.notice.height as usize)
            .map(|l| Line::raw(page.visual(l)))
            .collect();
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(alignment(page))
                .style(tone_style(notice.tone, theme)),
            placed.notice,
        );
    }
    draw_buttons(page, &placed, theme, frame);
    if let (Some(qr), Some(rect)) = (&page.qr, placed.qr) {
        draw_qr(qr, rect, frame);
    }
    if !popup {
        draw_help(page, &placed, theme, frame);
    }
}

/// Text runs from the reading direction's start.
fn alignment<A>(page: &Page<'_, A>) -> Alignment {
    if page.rtl {
        Alignment::Right
    } else {
        Alignment::Left
    }
}

/// The column where scroll marks go: the end of the reading direction's lines.
fn edge<A>(page: &Page<'_, A>, r: &Rect) -> u16 {
    if page.rtl {
        r.x
    } else {
        r.right().saturating_sub(1)
    }
}

/// A pop-up's border with its title in it.
fn draw_popup_frame<A>(page: &Page<'_, A>, area: Rect, theme: &Theme, frame: &mut Frame<'_>) {
    let title = truncate(&page.title, area.width.saturating_sub(4) as usize);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.frame)
        .title(Span::styled(
            format!(" {} ", page.visual(&title)),
            theme.title,
        ))
        .title_alignment(alignment(page));
    frame.render_widget(block.style(theme.text), area);
}

/// The visible text lines, with a mark when more follows below.
fn draw_text<A>(page: &Page<'_, A>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
    let text: Vec<Line<'_>> = placed
        .text_lines
        .iter()
        .skip(placed.text_scroll)
        .take(placed.text.height as usize)
        .map(|(l, tone)| Line::styled(page.visual(l), tone_style(*tone, theme)))
        .collect();
    frame.render_widget(Paragraph::new(text).alignment(alignment(page)), placed.text);
    if placed.max_text_scroll() > placed.text_scroll && placed.text.height > 0 {
        let r = placed.text;
        let more = Rect::new(edge(page, &r), r.bottom() - 1, 1, 1);
        frame.render_widget(Paragraph::new("▼").style(theme.control), more);
    }
}

/// The options, the focused one with a pointer, and marks where more are hidden.
fn draw_options<A>(page: &Page<'_, A>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
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
                    format!("{}{}", page.visual(l), if first { " ◀" } else { "  " })
                } else {
                    format!("{}{}", if first { "▶ " } else { "  " }, page.visual(l))
                })
            })
            .collect();
        frame.render_widget(
            Paragraph::new(text).style(style).alignment(alignment(page)),
            *rect,
        );
    }
    let (above, below) = placed.options_more;
    if let (Some((_, first)), Some((_, last))) = (placed.options.first(), placed.options.last()) {
        if above {
            let r = Rect::new(edge(page, first), first.y, 1, 1);
            frame.render_widget(Paragraph::new("▲").style(theme.control), r);
        }
        if below {
            let r = Rect::new(edge(page, last), last.y, 1, 1);
            frame.render_widget(Paragraph::new("▼").style(theme.control), r);
        }
    }
}

/// The text field in its labelled border; right-to-left text in visual order.
fn draw_field<A>(
    page: &Page<'_, A>,
    field: &Field<'_>,
    rect: Rect,
    theme: &Theme,
    frame: &mut Frame<'_>,
) {
    let focused = page.field_index() == Some(page.focus);
    let border = if focused { theme.control } else { theme.dim };
    let label = truncate(&field.label, rect.width.saturating_sub(4) as usize);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Span::styled(format!(" {} ", page.visual(&label)), border))
        .title_alignment(alignment(page));
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

/// The buttons, shortened to their places.
fn draw_buttons<A>(page: &Page<'_, A>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
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
            button_label(&page.visual(&control.label))
        } else {
            page.visual(&truncate(&control.label, rect.width as usize))
        };
        frame.render_widget(Paragraph::new(label).style(style), *rect);
    }
}

/// The help line. Hints that do not fit are left out from the end (the last, "F2
/// language", is also on the language button) rather than cut in the middle.
fn draw_help<A>(page: &Page<'_, A>, placed: &PageLayout, theme: &Theme, frame: &mut Frame<'_>) {
    let room = placed.help.width.saturating_sub(2) as usize;
    let mut hints: Vec<&str> = page.help.split(" · ").collect();
    while hints.len() > 1 && width(&hints.join(" · ")) > room {
        hints.pop();
    }
    let help = page.visual(&truncate(&hints.join(" · "), room));
    frame.render_widget(
        Paragraph::new(if page.rtl {
            format!("{help} ")
        } else {
            format!(" {help}")
        })
        .alignment(alignment(page))
        .style(theme.dim),
        placed.help,
    );
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

// Long by design: the title bar and status line, drawn left to right (mirrored).
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
