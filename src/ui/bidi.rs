//! Right-to-left text for terminals that neither shape nor reorder (xterm, foot, the
//! Linux console): Arabic-script letters are shaped to their presentation forms
//! (`ar-reshaper`), then each line is put into visual order with the Unicode
//! Bidirectional Algorithm (`unicode-bidi`), mirroring brackets in right-to-left runs
//! and keeping combining marks on their letter. Text is stored and edited in logical
//! order; only what is drawn is visual.

use std::sync::LazyLock;

use ar_reshaper::{ArabicReshaper, ReshaperConfig};
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};
use unicode_width::UnicodeWidthChar;

/// Shaping for labels: the usual ligatures (lam-alef is obligatory), harakat kept.
static LABELS: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    ReshaperConfig {
        delete_harakat: false,
        ..Default::default()
    }
    .to_reshaper()
});

/// Shaping for text being edited: no ligatures, so every typed character stays one
/// character and the cursor can be placed exactly.
static EDITING: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    ReshaperConfig {
        delete_harakat: false,
        support_ligatures: false,
        ..Default::default()
    }
    .to_reshaper()
});

/// Whether `text` has right-to-left letters (Arabic, Hebrew, Thaana, Syriac, …).
pub fn has_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// Shapes `text` with `reshaper`. Marks with no letter before them are kept
/// unshaped in front: ar-reshaper 1.5 subtracts below zero on them (found by
/// fuzzing the kiosk).
fn shape(reshaper: &ArabicReshaper, text: &str) -> String {
    if !text.chars().any(is_arabic_script) {
        return text.to_string();
    }
    let lead = text
        .char_indices()
        .find(|(_, c)| !is_haraka(*c))
        .map_or(text.len(), |(i, _)| i);
    let (marks, rest) = text.split_at(lead);
    format!("{marks}{}", reshaper.reshape(rest))
}

/// The marks ar-reshaper 1.5 attaches to the letter before (its `HARAKAT_RE`).
fn is_haraka(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D4}'..='\u{08FF}')
}

fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// `line` (one line, no line breaks) shaped and in visual order, for a paragraph
/// whose base direction is right to left when `rtl_base`.
pub fn visual(line: &str, rtl_base: bool) -> String {
    // A line without right-to-left letters (an address, a code, a Latin name that
    // wrapped onto its own line) reads left to right even on a right-to-left page:
    // else a trailing "-" or "." would jump to its left end.
    if !has_rtl(line) {
        return line.to_string();
    }
    // Screens redraw the same lines ten times a second: remember recent results.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<(String, bool), String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let key = (line.to_string(), rtl_base);
    if let Some(found) = SEEN.with(|s| s.borrow().get(&key).cloned()) {
        return found;
    }
    let shown = reorder_line(line, rtl_base);
    SEEN.with(|s| {
        let mut seen = s.borrow_mut();
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.insert(key, shown.clone());
    });
    shown
}

fn reorder_line(line: &str, rtl_base: bool) -> String {
    let shaped = shape(&LABELS, line);
    let chars: Vec<char> = shaped.chars().collect();
    let order = visual_order(&shaped, rtl_base);
    // Joiners have done their work in shaping; some terminals would draw them.
    order
        .into_iter()
        .map(|(i, rtl)| mirror(chars[i], rtl))
        .filter(|c| !is_format(*c))
        .collect()
}

/// Zero-width joiners, non-joiners and marks that steer shaping or direction.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

/// A line being edited, shaped and in visual order, with the visual column (in
/// cells) of the cursor standing before logical character `cursor`.
pub fn visual_with_cursor(line: &str, rtl_base: bool, cursor: usize) -> (String, u16) {
    let rtl_base = rtl_base && has_rtl(line);
    let shaped = shape(&EDITING, line);
    let chars: Vec<char> = shaped.chars().collect();
    if chars.len() != line.chars().count() {
        // The shaper changed the number of characters (it should not without
        // ligatures): show the logical line rather than a wrong cursor.
        let col: usize = line.chars().take(cursor).filter_map(|c| c.width()).sum();
        return (line.to_string(), col as u16);
    }
    let order = visual_order(&shaped, rtl_base);
    let mut text = String::new();
    let mut col = 0usize;
    let mut cursor_col = None;
    let mut widths = Vec::with_capacity(order.len());
    for &(i, rtl) in &order {
        let c = mirror(chars[i], rtl);
        widths.push((i, rtl, col));
        col += c.width().unwrap_or(0);
        text.push(c);
    }
    // The cursor stands before logical character `cursor`: on the right edge of a
    // right-to-left character, on the left edge of a left-to-right one. At the end of
    // the line it follows the last character in the paragraph's direction.
    for &(i, rtl, start) in &widths {
        if i == cursor {
            let w = chars[i].width().unwrap_or(0);
            cursor_col = Some(if rtl { start + w } else { start });
        }
    }
    let cursor_col = cursor_col.unwrap_or(if cursor == 0 || chars.is_empty() {
        if rtl_base { col } else { 0 }
    } else if let Some(&(_, rtl, start)) = widths.iter().find(|(i, _, _)| *i == cursor - 1) {
        if rtl {
            start
        } else {
            start + chars[cursor - 1].width().unwrap_or(0)
        }
    } else {
        col
    });
    (text, cursor_col as u16)
}

/// Logical index of each visual position, and whether it is in a right-to-left run.
/// Combining marks follow their base letter also in right-to-left runs.
fn visual_order(text: &str, rtl_base: bool) -> Vec<(usize, bool)> {
    if text.is_empty() {
        return Vec::new();
    }
    let base = if rtl_base { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(text, Some(base));
    let Some(para) = info.paragraphs.first() else {
        return Vec::new();
    };
    // Levels per byte; take the level of each character's first byte.
    let levels = info.reordered_levels(para, para.range.clone());
    let char_levels: Vec<Level> = text.char_indices().map(|(b, _)| levels[b]).collect();
    let order = BidiInfo::reorder_visual(&char_levels);
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<(usize, bool)> = order
        .into_iter()
        .map(|i| (i, char_levels[i].is_rtl()))
        .collect();
    // In a reversed run a combining mark comes before its letter; move it after.
    let mut v = 0;
    while v + 1 < out.len() {
        let (i, rtl) = out[v];
        if rtl && chars[i].width() == Some(0) && !chars[i].is_control() && !is_format(chars[i]) {
            let mut end = v;
            while end + 1 < out.len()
                && out[end + 1].1
                && chars[out[end + 1].0].width() == Some(0)
                && !is_format(chars[out[end + 1].0])
            {
                end += 1;
            }
            if end + 1 < out.len() {
                out[v..=end + 1].rotate_left(end + 1 - v);
                v = end + 2;
                continue;
            }
        }
        v += 1;
    }
    out
}

fn mirror(c: char, rtl: bool) -> char {
    if rtl {
        unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_left_alone() {
        assert_eq!(visual("Hello (world) 42", false), "Hello (world) 42");
        // Also on a right-to-left page: an address keeps its trailing dash.
        let url = "http://127.0.0.1:8787/p/rFi9gzlUcMM-";
        assert_eq!(visual(url, true), url);
    }

    #[test]
    fn arabic_is_shaped_and_reversed() {
        // "سلام" → presentation forms in visual (reversed) order.
        let v = visual("سلام", true);
        assert_eq!(v, "ﻡﻼﺳ");
    }

    #[test]
    fn numbers_codes_and_latin_names_stay_left_to_right_inside_arabic() {
        // "رمزك K7M-4QX-9TP-H2C (احتفظ به) 5" — code and digits read left to right,
        // brackets face the right way.
        let v = visual("رمزك K7M-4QX-9TP-H2C (احتفظ به) 5", true);
        assert!(v.contains("K7M-4QX-9TP-H2C"), "{v}");
        assert!(v.starts_with("5 "), "{v}");
        assert!(v.ends_with("ﻙﺰﻣﺭ"), "{v}");
        let open = v.find('(').unwrap();
        let close = v.find(')').unwrap();
        assert!(open < close, "brackets mirrored: {v}");
        let name = visual("مرحبا Maria", true);
        assert!(name.starts_with("Maria "), "{name}");
    }

    #[test]
    fn the_cursor_follows_typed_arabic() {
        // Logical "اب" (alef, beh): visual puts beh left of alef.
        let (text, col) = visual_with_cursor("اب", true, 2);
        assert_eq!(text.chars().count(), 2);
        assert_eq!(
            col, 0,
            "after the last letter, the cursor is at the left end"
        );
        let (_, col) = visual_with_cursor("اب", true, 0);
        assert_eq!(col, 2, "before the first letter, at the right end");
        let (_, col) = visual_with_cursor("abc", false, 1);
        assert_eq!(col, 1);
    }

    #[test]
    fn persian_non_joiners_stay_in_place_and_are_not_drawn() {
        // "قدم‌ها": the non-joiner after mim keeps mim from joining heh.
        let v = visual("قدم\u{200C}ها", true);
        assert!(!v.contains('\u{200C}'), "{v:?}");
        // Visual: ha (final alef, initial heh), then isolated mim, then dal, qaf.
        assert_eq!(v, "ﺎﻫﻡﺪﻗ");
    }

    #[test]
    fn a_mark_with_no_letter_before_it_does_not_break_shaping() {
        // Found by fuzzing: ar-reshaper 1.5 overflows on a leading haraka.
        assert_eq!(visual("\u{064E}", true), "\u{064E}");
        // Small waw: a spacing mark the shaper also treats as a haraka.
        assert_eq!(visual("\u{06E5}", true), "\u{06E5}");
        assert!(visual("\u{064E}ب", true).contains('\u{064E}'));
        let (text, _) = visual_with_cursor("\u{0651}\u{064E}اب", true, 1);
        assert!(text.contains('\u{0651}'));
    }

    #[test]
    fn combining_marks_stay_on_their_letter() {
        // Beh with fatha, then alef: the mark must follow beh in visual order too.
        let v: Vec<char> = visual("بَا", true).chars().collect();
        let mark = v.iter().position(|c| *c == '\u{064E}').unwrap();
        assert!(mark > 0, "{v:?}");
        assert!(
            !matches!(v[mark - 1], '\u{FE8D}' | '\u{FE8E}'),
            "mark after beh, not alef: {v:?}"
        );
    }
}
