//! The kiosk's one state: which screen shows what, the client being served, the
//! advisor logged in, what is being saved. Only `update` changes it.

use std::time::{Duration, Instant};

use ratatui::layout::Rect;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::config::Config;
use crate::domain::checklist::{Catalog, ItemKind};
use crate::domain::code::{ClientCode, CodeError};
use crate::domain::session::ClientSession;
use crate::kiosk::action::NoteKey;
use crate::store::{AuditRow, LinkInfo, StoreError};
use crate::ui::theme::Theme;

/// Smallest screen the kiosk lays out; below it a "make the window larger" message.
pub const MIN_SIZE: (u16, u16) = (60, 20);

/// Most characters a one-line answer takes.
pub const SHORT_TEXT_MAX: usize = 200;

/// Most characters a several-line answer takes.
pub const LONG_TEXT_MAX: usize = 2000;

/// Most characters the code field takes.
pub const CODE_FIELD_MAX: usize = 24;

/// How long a notice stays.
pub(crate) const NOTICE_TIME: Duration = Duration::from_secs(8);

/// Longest advisor note or plan.
pub const NOTE_MAX: usize = 4000;

/// Sessions shown in the recent list.
pub const RECENT: usize = 8;

/// Settings the state machine needs from the configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Language of the welcome screen.
    pub default_language: String,
    /// Languages offered, in order.
    pub languages: Vec<String>,
    /// Time without input before "Are you still there?".
    pub idle_timeout: Duration,
    /// Length of the countdown.
    pub idle_countdown: Duration,
    /// Development mode: Ctrl-C quits.
    pub dev: bool,
    /// Start of portfolio links, e.g. `http://127.0.0.1:8787`.
    pub link_base: String,
    /// Days a portfolio link works.
    pub link_ttl_days: u32,
    /// Who orders right-to-left text.
    pub rtl: crate::config::RtlMode,
    /// Language beneath the client's in the two-language view.
    pub second_language: String,
    /// The function key that opens advisor login.
    pub advisor_key: u8,
    /// Time without input before an advisor is logged out.
    pub advisor_idle: Duration,
    /// This terminal's name, for the limits on wrong codes and PINs.
    pub terminal: String,
}

impl Settings {
    /// The settings of `config`.
    pub fn from_config(config: &Config, dev: bool) -> Self {
        Self {
            default_language: config.kiosk.default_language.clone(),
            languages: config.kiosk.languages.clone(),
            idle_timeout: Duration::from_secs(config.kiosk.idle_timeout_secs),
            idle_countdown: Duration::from_secs(config.kiosk.idle_countdown_secs),
            dev,
            link_base: config.portfolio.link_base(None),
            link_ttl_days: config.portfolio.link_ttl_days,
            rtl: config.display.rtl,
            second_language: config.kiosk.second_language.clone(),
            advisor_key: config.advisor.function_key().unwrap_or(12),
            // An advisor's session never outlasts a client's.
            advisor_idle: Duration::from_secs(
                config.advisor.idle_secs(config.kiosk.idle_timeout_secs),
            ),
            terminal: if config.kiosk.terminal_name.is_empty() {
                default_terminal_name()
            } else {
                config.kiosk.terminal_name.clone()
            },
        }
    }
}

/// The host's name and the terminal device, e.g. `kiosk-1:/dev/tty7`.
pub fn default_terminal_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    let tty = std::fs::read_link("/proc/self/fd/0")
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    format!("{host}:{tty}")
}

impl Settings {
    /// The address of the portfolio link with `token`.
    pub fn link_url(&self, token: &str) -> String {
        format!("{}/p/{token}", self.link_base)
    }
}

/// The portfolio link of this visit, shown as a QR code on the end screen.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkState {
    /// Being made.
    Pending,
    /// Made: the full address and the last day it works.
    Ready {
        /// `{base}/p/{token}`.
        url: String,
        /// Last day the link works.
        until: chrono::NaiveDate,
    },
    /// Could not be made (storage trouble); the answers are still saved.
    Failed,
}

/// Which screen is showing, with what only that screen needs.
pub enum Screen {
    /// Language list; nothing of any client.
    Welcome,
    /// "Start new" or "I have a code".
    Start,
    /// The privacy notice.
    Consent {
        /// Lines scrolled.
        scroll: usize,
    },
    /// The new client's code, to write down.
    CodeShown,
    /// An advisor's screen.
    Advisor(Box<AdvisorScreen>),
    /// Typing a code to continue.
    CodeEntry {
        /// The code field.
        field: Box<TextArea<'static>>,
        /// Why the last code was refused.
        error: Option<EntryError>,
    },
    /// The checklist's sections.
    Sections,
    /// One question.
    Question {
        /// Section index in the catalogue.
        section: usize,
        /// The entry of a repeated section (a job, a language).
        entry: Option<String>,
        /// Item index in the section.
        item: usize,
        /// The text field of a text question.
        field: Option<Box<TextArea<'static>>>,
    },
    /// The entries of a repeated section.
    Entries {
        /// Section index in the catalogue.
        section: usize,
    },
    /// What to do with one entry: change, move, remove.
    EntryActions {
        /// Section index in the catalogue.
        section: usize,
        /// The entry.
        entry: String,
        /// "Remove" was pressed once; the next press removes.
        confirm_remove: bool,
    },
    /// All answers at a glance.
    Summary {
        /// Lines scrolled.
        scroll: usize,
    },
    /// Thank you, with the code again.
    Goodbye,
}

/// Why a typed code did not open a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    /// The code is malformed or has a typo.
    Invalid(CodeError),
    /// Well-formed but no session has it.
    Unknown,
    /// Too many wrong codes at this terminal or overall: wait until then.
    Wait(Instant),
    /// Storage could not be read.
    Storage,
}

/// A window over the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// The language picker.
    Languages {
        /// Focused language.
        focus: usize,
    },
    /// "Are you still there?" since this moment.
    StillThere {
        /// When the countdown began.
        since: Instant,
    },
}

/// How saving is going, for the status line.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SaveState {
    /// Nothing written in this visit yet.
    #[default]
    Nothing,
    /// Writes are queued.
    Saving,
    /// Everything is on disk.
    Saved,
    /// A write failed and is being retried.
    Failing(StoreError),
}

/// A short message to the client, translated when drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Message id.
    pub key: &'static str,
    /// A number for the message, if it has one.
    pub number: Option<i64>,
    /// Whether it is a warning.
    pub warn: bool,
    /// When it disappears.
    pub until: Instant,
}

/// Which control has the focus: one by its place on the page, or the text field
/// wherever the page puts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The control with this index (options, then field, then buttons).
    Control(usize),
    /// The screen's text field.
    Field,
}

/// The whole state of the kiosk.
pub struct App {
    /// What the configuration says.
    pub settings: Settings,
    /// The checklist.
    pub catalog: Catalog,
    /// Colours.
    pub theme: Theme,
    /// The language on screen.
    pub lang: String,
    /// The screen.
    pub screen: Screen,
    /// Which control has the focus.
    pub focus: Focus,
    /// A pop-up over the screen.
    pub overlay: Option<Overlay>,
    /// The client being served, once they consented or gave their code.
    pub client: Option<ClientSession>,
    /// Terminal size.
    pub size: (u16, u16),
    /// The last time someone touched a key or the screen.
    pub last_input: Instant,
    /// The current time, as of the last message.
    pub now: Instant,
    /// Saving status.
    pub save: SaveState,
    /// Writes sent but not yet reported.
    pub unsaved: usize,
    /// A message under the field.
    pub notice: Option<Notice>,
    /// The database file was removed, replaced or damaged during the run: the
    /// staff's fault screen shows instead of the kiosk.
    pub fault: Option<StoreError>,
    /// When the open session was last checked for changes at other terminals.
    pub last_refresh: Instant,
    /// When the first unsaved keystroke of the field happened.
    pub draft_since: Option<Instant>,
    /// When the field was last edited.
    pub last_edit: Instant,
    /// This visit's portfolio link.
    pub link: Option<LinkState>,
    /// Two-language view: every label also in `settings.second_language` (F3).
    pub bilingual: bool,
    /// The advisor logged in at this terminal.
    pub advisor: Option<AdvisorSession>,
}

impl App {
    /// An English kiosk with the built-in checklist and default settings, for unit
    /// tests of `update` and of the input step.
    #[cfg(test)]
    pub fn for_tests(now: Instant) -> Self {
        let mut config = Config::default();
        config.kiosk.default_language = "en".into();
        Self::new(
            Settings::from_config(&config, false),
            Catalog::embedded().expect("the built-in checklist"),
            Theme::new(crate::config::ThemeName::Default, false),
            now,
        )
    }

    /// A kiosk showing the welcome screen.
    pub fn new(settings: Settings, catalog: Catalog, theme: Theme, now: Instant) -> Self {
        Self {
            lang: settings.default_language.clone(),
            settings,
            catalog,
            theme,
            screen: Screen::Welcome,
            focus: Focus::Control(0),
            overlay: None,
            client: None,
            size: (80, 24),
            last_input: now,
            now,
            save: SaveState::Nothing,
            unsaved: 0,
            notice: None,
            fault: None,
            last_refresh: now,
            draft_since: None,
            last_edit: now,
            link: None,
            bilingual: false,
            advisor: None,
        }
    }

    /// The whole screen area.
    pub fn area(&self) -> Rect {
        Rect::new(0, 0, self.size.0, self.size.1)
    }

    /// Whether the terminal is too small to lay the kiosk out.
    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_SIZE.0 || self.size.1 < MIN_SIZE.1
    }

    /// The current question's kind, if a question is showing.
    pub fn question_kind(&self) -> Option<&ItemKind> {
        match &self.screen {
            Screen::Question { section, item, .. } => self
                .catalog
                .sections
                .get(*section)
                .and_then(|s| s.items.get(*item))
                .map(|i| &i.kind),
            _ => None,
        }
    }

    /// The screen's text field, to edit.
    pub fn field_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match &mut self.screen {
            Screen::Advisor(s) => s.field_mut(),
            Screen::CodeEntry { field, .. } => Some(field),
            Screen::Question { field, .. } => field.as_deref_mut(),
            _ => None,
        }
    }

    /// The field's text, lines joined with `\n`.
    pub fn field_text(&self) -> Option<String> {
        match &self.screen {
            Screen::Advisor(s) => s.field_text(),
            Screen::CodeEntry { field, .. } => Some(field.lines().join("\n")),
            Screen::Question { field, .. } => field.as_ref().map(|f| f.lines().join("\n")),
            _ => None,
        }
    }

    /// Most characters the screen's field takes.
    pub fn field_limit(&self) -> usize {
        match (&self.screen, self.question_kind()) {
            (Screen::Advisor(s), _) => s.field_limit(),
            (Screen::CodeEntry { .. }, _) => CODE_FIELD_MAX,
            (_, Some(ItemKind::LongText)) => LONG_TEXT_MAX,
            _ => SHORT_TEXT_MAX,
        }
    }

    /// Whether Enter starts a new line in the screen's field.
    pub fn field_multiline(&self) -> bool {
        match &self.screen {
            Screen::Advisor(s) => s.multiline(),
            _ => matches!(self.question_kind(), Some(ItemKind::LongText)),
        }
    }
}

/// A new text field holding `text` with the cursor at `(row, col)`.
pub fn new_field(text: &str, cursor: (usize, usize), multiline: bool) -> Box<TextArea<'static>> {
    let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let mut field = TextArea::new(lines);
    field.set_cursor_line_style(ratatui::style::Style::new());
    field.set_wrap_mode(if multiline {
        WrapMode::WordOrGlyph
    } else {
        WrapMode::None
    });
    field.move_cursor(CursorMove::Jump(
        u16::try_from(cursor.0).unwrap_or(u16::MAX),
        u16::try_from(cursor.1).unwrap_or(u16::MAX),
    ));
    Box::new(field)
}

/// Shows message `key` under the field for a while.
pub fn notice(app: &mut App, key: &'static str, warn: bool) {
    set_notice(app, key, None, warn);
}

pub(crate) fn set_notice(app: &mut App, key: &'static str, number: Option<i64>, warn: bool) {
    app.notice = Some(Notice {
        key,
        number,
        warn,
        until: app.now + NOTICE_TIME,
    });
}

/// The advisor logged in at this terminal.
#[derive(Debug, Clone, PartialEq)]
pub struct AdvisorSession {
    /// Their name.
    pub name: String,
    /// Whether an edit of the open client has been put in the audit log yet.
    pub edit_logged: bool,
    /// Files of the last export at the kiosk.
    pub export_paths: Vec<std::path::PathBuf>,
}

/// A session in the recent list.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentSession {
    /// Its code.
    pub code: ClientCode,
    /// Its language.
    pub language: String,
    /// Questions answered and questions asked, as the client's gauge shows them.
    pub progress: (usize, usize),
    /// Last change, RFC 3339.
    pub updated_at: String,
}

/// The advisor's screens.
pub enum AdvisorScreen {
    /// Choose your name, type your PIN.
    Login {
        /// Advisors in the database.
        names: Vec<String>,
        /// The name chosen.
        chosen: Option<String>,
        /// The PIN field (masked).
        field: Box<TextArea<'static>>,
        /// Message id of the last problem.
        error: Option<&'static str>,
        /// Login is locked until then (as the database counts wrong PINs).
        locked_until: Option<Instant>,
    },
    /// Find a client: by code, or from the recent list.
    Home {
        /// The code field.
        field: Box<TextArea<'static>>,
        /// Recent sessions.
        recent: Vec<RecentSession>,
        /// Message id of the last problem.
        error: Option<&'static str>,
    },
    /// One client's overview and what can be done.
    Client {
        /// Their links.
        links: Vec<LinkInfo>,
    },
    /// The client's and the advisor's competence ratings side by side.
    Ratings {
        /// Index of the ratings question among the competence items.
        group: usize,
    },
    /// Notes per section and the plan.
    Notes,
    /// One note.
    Note {
        /// What it is about.
        key: NoteKey,
        /// The text.
        field: Box<TextArea<'static>>,
        /// Whether it goes into the portfolio.
        public: bool,
    },
    /// Documents the client needs: seen or verified.
    Documents,
    /// The client's portfolio links.
    Links {
        /// Newest first.
        links: Vec<LinkInfo>,
    },
    /// A new link as a QR code.
    Qr {
        /// The address.
        url: String,
        /// Last day it works.
        until: chrono::NaiveDate,
    },
    /// Type the code again to erase.
    Erase {
        /// The confirmation field.
        field: Box<TextArea<'static>>,
        /// Message id of the last problem.
        error: Option<&'static str>,
    },
    /// The audit log.
    Audit {
        /// Lines, newest first.
        rows: Vec<AuditRow>,
        /// Lines scrolled.
        scroll: usize,
    },
}

pub(crate) fn field_text(field: &TextArea<'_>) -> String {
    field.lines().join("\n")
}

impl AdvisorScreen {
    /// The screen's text field.
    pub fn field_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match self {
            Self::Login { field, .. }
            | Self::Home { field, .. }
            | Self::Note { field, .. }
            | Self::Erase { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The field's text.
    pub fn field_text(&self) -> Option<String> {
        match self {
            Self::Login { field, .. }
            | Self::Home { field, .. }
            | Self::Note { field, .. }
            | Self::Erase { field, .. } => Some(field_text(field)),
            _ => None,
        }
    }

    /// Most characters its field takes.
    pub fn field_limit(&self) -> usize {
        match self {
            Self::Note { .. } => NOTE_MAX,
            Self::Login { .. } => 64,
            _ => crate::kiosk::CODE_FIELD_MAX,
        }
    }

    /// Whether Enter starts a new line in its field.
    pub fn multiline(&self) -> bool {
        matches!(self, Self::Note { .. })
    }
}
