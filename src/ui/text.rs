//! Text as the terminal shows it: cleaned of control characters, measured in cells,
//! wrapped at word boundaries.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Characters that reorder text on terminals with their own bidi support; a client
/// never needs to type them and they could disguise what is shown.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Makes typed or pasted text inert: control characters become visible symbols
/// (ESC shows as `␛`), so nothing a client types can reach the terminal as a command.
/// Newlines are kept only when `multiline`; tabs become a space.
pub fn sanitize(input: &str, multiline: bool) -> String {
    let normalized = input.replace("\r\n", "\n").replace('\r', "\n");
    normalized
        .chars()
        .filter(|&c| !is_bidi_control(c))
        .map(|c| match c {
            '\n' if multiline => '\n',
            '\n' | '\t' => ' ',
            c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
            '\u{7f}' => '␡',
            c if c.is_control() => '�',
            c => c,
        })
        .collect()
}

/// Whether `c` is a control or direction character: never allowed in names,
/// addresses or other text the kiosk prints for people.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// Whether one typed character may go into a field as it is.
pub fn is_typeable(c: char) -> bool {
    !c.is_control() && !is_bidi_control(c)
}

/// Width of `s` in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Splits `text` into lines of at most `max` cells, breaking at spaces where it can
/// and inside a word only when the word alone is too long. Blank lines are kept.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in paragraph.split(' ') {
            let word_width = width(word);
            let gap = usize::from(!line.is_empty());
            if line_width + gap + word_width <= max {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                line_width = 0;
            }
            for c in word.chars() {
                let w = c.width().unwrap_or(0);
                if line_width + w > max && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += w;
            }
        }
        out.push(line);
    }
    out
}

/// `s` cut to at most `max` cells, with `…` where it was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_inert() {
        let typed = "a\u{1b}[31mred\u{7}\u{9b}2J";
        let clean = sanitize(typed, false);
        assert_eq!(clean, "a␛[31mred␇�2J");
        assert!(!clean.chars().any(char::is_control));
    }

    #[test]
    fn newlines_only_where_allowed() {
        assert_eq!(sanitize("a\r\nb\tc", true), "a\nb c");
        assert_eq!(sanitize("a\r\nb", false), "a b");
    }

    #[test]
    fn bidi_overrides_are_removed() {
        assert_eq!(sanitize("ab\u{202E}cd", false), "abcd");
    }

    #[test]
    fn wrap_keeps_words_and_fits() {
        let lines = wrap("Bitte machen Sie das Fenster größer", 12);
        assert_eq!(lines, vec!["Bitte machen", "Sie das", "Fenster", "größer"]);
        for line in wrap("Donaudampfschifffahrtsgesellschaft", 10) {
            assert!(width(&line) <= 10);
        }
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
    }

    #[test]
    fn wide_characters_are_measured_in_cells() {
        for line in wrap("漢字漢字漢字 ሰላም ሰላም", 5) {
            assert!(width(&line) <= 5, "{line}");
        }
        assert_eq!(truncate("abcdef", 4), "abc…");
    }
}
