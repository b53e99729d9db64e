//! Colours and emphasis, from the configured theme and `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeName;

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Titles.
    pub title: Style,
    /// Examples and hints.
    pub dim: Style,
    /// The control that has the focus.
    pub focus: Style,
    /// A control without focus.
    pub control: Style,
    /// Good news: saved, done.
    pub ok: Style,
    /// Something needs attention.
    pub warn: Style,
    /// The border and title bar.
    pub frame: Style,
    /// A text field.
    pub field: Style,
}

impl Theme {
    /// The theme for `name`; `no_color` (the `NO_COLOR` convention) drops every colour
    /// and marks focus by reversing instead.
    pub fn new(name: ThemeName, no_color: bool) -> Self {
        if no_color {
            return Self::monochrome();
        }
        match name {
            ThemeName::Default => Self {
                text: Style::new(),
                title: Style::new().add_modifier(Modifier::BOLD),
                dim: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
                focus: Style::new()
                    .fg(Color::Black)
                    .bg(Color::LightCyan)
                    .add_modifier(Modifier::BOLD),
                control: Style::new().fg(Color::LightCyan),
                ok: Style::new().fg(Color::LightGreen),
                warn: Style::new()
                    .fg(Color::Black)
                    .bg(Color::LightYellow)
                    .add_modifier(Modifier::BOLD),
                frame: Style::new().fg(Color::Cyan),
                field: Style::new().fg(Color::White),
            },
            ThemeName::HighContrast => Self {
                text: Style::new().fg(Color::White).bg(Color::Black),
                title: Style::new()
                    .fg(Color::White)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                dim: Style::new().fg(Color::White).bg(Color::Black),
                focus: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Yellow)
                    .add_modifier(Modifier::BOLD),
                control: Style::new()
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::BOLD),
                ok: Style::new().fg(Color::White).bg(Color::Black),
                warn: Style::new()
                    .fg(Color::Black)
                    .bg(Color::White)
                    .add_modifier(Modifier::BOLD),
                frame: Style::new().fg(Color::White).bg(Color::Black),
                field: Style::new().fg(Color::White).bg(Color::Black),
            },
        }
    }

    fn monochrome() -> Self {
        let plain = Style::new();
        Self {
            text: plain,
            title: plain.add_modifier(Modifier::BOLD),
            dim: plain,
            focus: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            control: plain,
            ok: plain,
            warn: plain.add_modifier(Modifier::REVERSED),
            frame: plain,
            field: plain,
        }
    }

    /// Whether `NO_COLOR` is set to anything non-empty.
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}
