//! The way in: welcome, start, privacy notice, the new code, typing a code.

use ratatui_textarea::TextArea;

use super::{Control, Page};
use crate::domain::code::CodeError;
use crate::i18n::{Tr, locales};
use crate::kiosk::{Action, App, EntryError};
use crate::ui::page::{Field, Para, Tone};

use super::{blank, help};

pub fn welcome<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(
        tr.t("welcome-title"),
        help(tr, &["help-choose", "help-confirm"]),
    );
    page.text = vec![
        Para::new(tr.t("welcome-text"), Tone::Normal),
        Para::new(tr.t("welcome-choose"), Tone::Strong),
    ];
    page.options = language_options(app);
    page
}

/// Every language of the kiosk in its own name, the current one chosen.
pub fn language_options(app: &App) -> Vec<Control> {
    app.settings
        .languages
        .iter()
        .map(|lang| {
            Control::new(
                locales().text(lang, "language-name"),
                Action::ChooseLanguage(lang.clone()),
            )
            .chosen(*lang == app.lang)
        })
        .collect()
}

pub fn start<'a>(tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(
        tr.t("start-title"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text = vec![Para::new(tr.t("start-text"), Tone::Normal)];
    page.options = vec![
        Control::new(tr.t("start-new"), Action::NewClient),
        Control::new(tr.t("start-have-code"), Action::HaveCode),
    ];
    page.buttons = vec![Control::new(tr.t("button-back"), Action::Back)];
    page
}

pub fn consent<'a>(tr: Tr<'_>, scroll: usize) -> Page<'a> {
    let mut page = blank(
        tr.t("consent-title"),
        help(tr, &["help-scroll", "help-confirm", "help-back"]),
    );
    page.text = [
        "consent-what",
        "consent-who",
        "consent-how-long",
        "consent-rights",
        "consent-question",
    ]
    .iter()
    .enumerate()
    .map(|(i, key)| Para::new(tr.t(key), if i == 4 { Tone::Strong } else { Tone::Normal }))
    .collect();
    page.text_scroll = scroll;
    page.buttons = vec![
        Control::new(tr.t("consent-agree"), Action::Consent),
        Control::new(tr.t("consent-decline"), Action::Decline),
    ];
    page
}

pub fn code_shown<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(tr.t("code-title"), help(tr, &["help-confirm"]));
    let code = app
        .client
        .as_ref()
        .map(|c| c.code.to_string())
        .unwrap_or_default();
    page.text = vec![
        Para::new(tr.t("code-text"), Tone::Normal),
        Para::new(format!("    {code}"), Tone::Strong),
        Para::new(tr.t("code-keep"), Tone::Normal),
    ];
    page.buttons = vec![Control::new(tr.t("code-noted"), Action::CodeNoted)];
    page
}

pub fn code_entry<'a>(
    app: &App,
    tr: Tr<'_>,
    field: &'a TextArea<'static>,
    error: Option<EntryError>,
) -> Page<'a> {
    let mut page = blank(
        tr.t("entry-title"),
        help(tr, &["help-type", "help-confirm", "help-back"]),
    );
    page.text = vec![Para::new(tr.t("entry-text"), Tone::Normal)];
    if let Some(error) = error {
        let message = match error {
            EntryError::Invalid(CodeError::WrongLength) => tr.t("entry-error-length"),
            EntryError::Invalid(CodeError::ForeignCharacter(c)) => {
                tr.t1("entry-error-foreign", "char", c.to_string())
            }
            EntryError::Invalid(CodeError::Mistyped) => tr.t("entry-error-mistyped"),
            EntryError::Unknown => tr.t("entry-error-unknown"),
            EntryError::Wait(until) => {
                let left = until
                    .saturating_duration_since(app.now)
                    .as_secs_f64()
                    .ceil() as i64;
                tr.t1("entry-error-wait", "seconds", left.max(1))
            }
            EntryError::Storage => tr.t("entry-error-storage"),
        };
        let waited_out = matches!(error, EntryError::Wait(until) if until <= app.now);
        if !waited_out {
            page.text.push(Para::new(message, Tone::Warn));
        }
    }
    page.field = Some(Field {
        area: field,
        lines: 1,
        label: tr.t("entry-field"),
    });
    page.buttons = vec![
        Control::new(tr.t("entry-submit"), Action::SubmitCode),
        Control::new(tr.t("button-back"), Action::Back),
    ];
    page
}
