//! The kiosk's one state, the messages that change it, and the effects it asks for.
//!
//! `update` is the only place state changes; it never touches the disk or the
//! terminal but returns [`Effect`]s that the runtime carries out. `view` only reads.

use std::time::{Duration, Instant};

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui_textarea::{CursorMove, Input, Key, TextArea, WrapMode};

use crate::catalog::{Catalog, ItemKind};
use crate::code::{ClientCode, CodeError};
use crate::config::Config;
use crate::screens;
use crate::session::{
    Answer, ClientSession, Draft, EntryOp, MAX_ENTRIES, Position, SessionKey, answer_path, entries,
    entry_prefix, is_asked, item_path, new_entry_id, rating_rows,
};
use crate::store::{Change, SaveReport, StoreError};
use crate::ui::page::{self, Target};
use crate::ui::text::{is_typeable, sanitize};
use crate::ui::theme::Theme;

/// Smallest screen the kiosk lays out; below it a "make the window larger" message.
pub const MIN_SIZE: (u16, u16) = (60, 20);
/// Most characters a one-line answer takes.
pub const SHORT_TEXT_MAX: usize = 200;
/// Most characters a several-line answer takes.
pub const LONG_TEXT_MAX: usize = 2000;
/// Most characters the code field takes.
pub const CODE_FIELD_MAX: usize = 24;

/// Typed text is saved once typing pauses this long …
const DRAFT_PAUSE: Duration = Duration::from_millis(300);
/// … or at the latest this long after the first unsaved keystroke.
const DRAFT_MAX_DELAY: Duration = Duration::from_millis(900);
/// How long a notice stays.
const NOTICE_TIME: Duration = Duration::from_secs(8);
/// How often an open session is checked for changes made at another terminal.
const REFRESH_EVERY: Duration = Duration::from_secs(2);

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

/// A freshly made link: its token and the day it expires.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLink {
    /// The token (shown once, never stored).
    pub token: String,
    /// Last day it works.
    pub until: chrono::NaiveDate,
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
    Advisor(Box<crate::advisor::AdvisorScreen>),
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

/// What pressing a control does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch to this language (and on the welcome screen, go on).
    ChooseLanguage(String),
    /// Start a new assessment.
    NewClient,
    /// Continue with a code.
    HaveCode,
    /// Agree to the privacy notice.
    Consent,
    /// Do not agree: nothing is stored.
    Decline,
    /// The code has been written down.
    CodeNoted,
    /// Try the typed code.
    SubmitCode,
    /// Open a section.
    OpenSection(usize),
    /// Choose or un-choose an option of the current question.
    Toggle(usize),
    /// Answer "I don't know" or "I prefer not to say".
    Special(Answer),
    /// The next question.
    Next,
    /// The previous question or screen.
    Back,
    /// Show all answers.
    ShowSummary,
    /// End this visit.
    Finish,
    /// Leave the goodbye screen.
    Done,
    /// Dismiss "Are you still there?".
    StillHere,
    /// Open the language picker.
    OpenLanguages,
    /// Close the pop-up.
    CloseOverlay,
    /// Put the focus into the text field.
    FocusField,
    /// Add an entry to the repeated section on screen.
    AddEntry,
    /// Say the repeated section has nothing to add.
    NoEntries,
    /// Open an entry's actions.
    OpenEntry(String),
    /// Change an entry's answers.
    EditEntry,
    /// Move the entry up (-1) or down (+1).
    MoveEntry(isize),
    /// Remove the entry (asks once more first).
    RemoveEntry,
    /// Take this ISCO unit group as the occupation, or the typed words (`None`).
    PickOccupation(Option<String>),
    /// Something on an advisor screen.
    Advisor(crate::advisor::AdvisorAction),
}

/// Everything that can happen to the kiosk.
#[derive(Debug)]
pub enum Msg {
    /// A key was pressed.
    Key(KeyEvent),
    /// The mouse or a finger on a touchscreen.
    Mouse(MouseEvent),
    /// Text was pasted.
    Paste(String),
    /// The terminal changed size.
    Resize(u16, u16),
    /// Time passed.
    Tick,
    /// A new session was stored.
    Created(Result<ClientSession, StoreError>),
    /// A code was looked up.
    Loaded(Result<CodeLookup, StoreError>),
    /// How long this terminal must wait before looking up a code.
    CodeWait(Duration),
    /// A write finished or failed.
    Save(SaveReport),
    /// A portfolio link was made (or not).
    LinkMade(Result<NewLink, StoreError>),
    /// Storage answered advisor work.
    Advisor(crate::advisor::AdvisorReply),
    /// The system asked the kiosk to stop (SIGTERM).
    Terminate,
}

/// Work for the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Store a change (queued; the interface does not wait).
    Write(Change),
    /// Create a session in this language and answer with `Msg::Created`.
    Create(String),
    /// Look a code up (unless this terminal must wait) and answer with `Msg::Loaded`.
    Load(ClientCode),
    /// Ask how long this terminal must wait before it may look up a code; answered
    /// with `Msg::CodeWait`.
    CodeWait,
    /// Make a portfolio link for the session and answer with `Msg::LinkMade`.
    MakeLink(SessionKey),
    /// Ask whether the session changed at another terminal since this version
    /// (answered, if it did, by a `SaveReport::Current`).
    Refresh(SessionKey, i64),
    /// Storage work of advisor mode; answered with `Msg::Advisor`.
    Advisor(crate::advisor::AdvisorOp),
    /// Repaint every cell, so nothing of the last client stays.
    ClearScreen,
    /// Save what is queued and end the program.
    Quit,
}

/// What looking up a code found.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeLookup {
    /// The client's session.
    Found(ClientSession),
    /// No session has the code; the next try must wait this long.
    Unknown(Duration),
    /// Not looked up: this terminal must wait this long first.
    Wait(Duration),
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
    /// Focused control on the screen.
    pub focus: usize,
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
    pub advisor: Option<crate::advisor::AdvisorSession>,
    /// Advisor login is locked until then (as the database counts wrong PINs).
    pub advisor_locked_until: Option<Instant>,
    /// Files of the last export at the kiosk.
    pub export_paths: Vec<std::path::PathBuf>,
}

impl App {
    /// A kiosk showing the welcome screen.
    pub fn new(settings: Settings, catalog: Catalog, theme: Theme, now: Instant) -> Self {
        Self {
            lang: settings.default_language.clone(),
            settings,
            catalog,
            theme,
            screen: Screen::Welcome,
            focus: 0,
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
            advisor_locked_until: None,
            export_paths: Vec::new(),
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

    fn field_mut(&mut self) -> Option<&mut TextArea<'static>> {
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

    fn field_limit(&self) -> usize {
        match (&self.screen, self.question_kind()) {
            (Screen::Advisor(s), _) => s.field_limit(),
            (Screen::CodeEntry { .. }, _) => CODE_FIELD_MAX,
            (_, Some(ItemKind::LongText)) => LONG_TEXT_MAX,
            _ => SHORT_TEXT_MAX,
        }
    }

    fn field_multiline(&self) -> bool {
        match &self.screen {
            Screen::Advisor(s) => s.multiline(),
            _ => matches!(self.question_kind(), Some(ItemKind::LongText)),
        }
    }

    fn field_focused(&self) -> bool {
        let page = screens::page(self);
        page.field_index() == Some(self.focus)
    }

    /// Draws the kiosk.
    pub fn view(&self, frame: &mut Frame<'_>) {
        screens::view(self, frame);
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

/// Applies `msg` at time `now`; returns what the runtime must do.
pub fn update(app: &mut App, msg: Msg, now: Instant) -> Vec<Effect> {
    app.now = now;
    let mut fx = Vec::new();
    match msg {
        Msg::Key(key) if key.kind != KeyEventKind::Release => {
            if input_begins(app, now) {
                on_key(app, key, &mut fx);
            }
        }
        Msg::Key(_) => {}
        Msg::Mouse(mouse) => {
            let touch = matches!(
                mouse.kind,
                MouseEventKind::Down(_) | MouseEventKind::ScrollUp | MouseEventKind::ScrollDown
            );
            if touch && input_begins(app, now) {
                on_mouse(app, mouse, &mut fx);
            }
        }
        Msg::Paste(text) => {
            if input_begins(app, now) {
                on_paste(app, &text, &mut fx);
            }
        }
        Msg::Resize(w, h) => app.size = (w, h),
        Msg::Tick => on_tick(app, now, &mut fx),
        Msg::Created(result) => on_created(app, result, &mut fx),
        Msg::Loaded(result) => on_loaded(app, result, &mut fx),
        Msg::Advisor(reply) => crate::advisor::on_reply(app, reply, &mut fx),
        Msg::LinkMade(result) => {
            if matches!(app.screen, Screen::Goodbye) && app.link == Some(LinkState::Pending) {
                app.link = Some(match result {
                    Ok(link) => LinkState::Ready {
                        url: app.settings.link_url(&link.token),
                        until: link.until,
                    },
                    Err(StoreError::SessionGone) => {
                        session_closed(app, &mut fx);
                        return fx;
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "portfolio link could not be made");
                        LinkState::Failed
                    }
                });
            }
        }
        Msg::Save(report) => on_save_report(app, report, &mut fx),
        Msg::CodeWait(wait) => {
            if let Screen::CodeEntry { error, .. } = &mut app.screen
                && !wait.is_zero()
            {
                *error = Some(EntryError::Wait(now + wait));
            }
        }
        Msg::Terminate => {
            save_draft_now(app, &mut fx);
            fx.push(Effect::Quit);
        }
    }
    // An advisor's first change to a client's answers (on any screen) is audited.
    let edits = fx.iter().any(|e| {
        matches!(
            e,
            Effect::Write(Change::Answer { .. } | Change::Entries { .. })
        )
    });
    if edits
        && let (Some(advisor), Some(client)) = (&mut app.advisor, &app.client)
        && !advisor.edit_logged
    {
        advisor.edit_logged = true;
        fx.push(crate::advisor::audit_line(
            &advisor.name,
            "edit",
            Some(&client.code),
        ));
    }
    let writes = fx.iter().filter(|e| matches!(e, Effect::Write(_))).count();
    if writes > 0 {
        app.unsaved += writes;
        if !matches!(app.save, SaveState::Failing(_)) {
            app.save = SaveState::Saving;
        }
    }
    fx
}

/// What the storage thread said about writes.
fn on_save_report(app: &mut App, report: SaveReport, fx: &mut Vec<Effect>) {
    let settled = |app: &mut App, n: usize| {
        app.unsaved = app.unsaved.saturating_sub(n);
        if app.unsaved == 0 && !matches!(app.save, SaveState::Nothing) {
            app.save = SaveState::Saved;
        }
    };
    match report {
        SaveReport::Saved { session, version } => {
            app.fault = None;
            // Our own write: the session is one version further. A larger step means
            // another terminal wrote too; the next refresh brings its changes.
            if let Some(client) = app.client.as_mut().filter(|c| c.id == session)
                && version == client.version + 1
            {
                client.version = version;
            }
            if matches!(app.save, SaveState::Failing(_)) {
                app.save = SaveState::Saving;
            }
            settled(app, 1);
        }
        SaveReport::Failed(e) => {
            // The writes wait in the storage thread and are tried again.
            if e.is_fatal() {
                app.fault = Some(e.clone());
            }
            app.save = SaveState::Failing(e);
        }
        SaveReport::Conflict {
            session,
            item,
            current,
        } => {
            settled(app, 1);
            if let Some(client) = app.client.as_mut().filter(|c| c.id == session) {
                // Changed at another terminal: show what is stored now, and say so.
                match current {
                    Some(answer) => client.answers.insert(item.clone(), answer),
                    None => client.answers.remove(&item),
                };
                if current_path(app).is_none_or(|(path, _)| path != item) {
                    go_to_question(app, &item, fx);
                }
                show_stored_answer(app, &item);
                set_notice(app, "notice-changed-elsewhere", None, true);
            }
        }
        SaveReport::Gone { session, dropped } => {
            settled(app, dropped);
            if app.client.as_ref().is_some_and(|c| c.id == session) {
                session_closed(app, fx);
            }
        }
        SaveReport::Current(current) => {
            let ours = app
                .client
                .as_ref()
                .is_some_and(|c| c.id == current.id && c.code == current.code);
            // Only when nothing of ours is on its way: it would not be in `current`.
            if ours && app.unsaved == 0 {
                merge_current(app, current);
            }
        }
    }
}

/// The session was erased or purged while open here: nothing more is written, and
/// the client is told plainly and sent back to the start.
pub(crate) fn session_closed(app: &mut App, fx: &mut Vec<Effect>) {
    tracing::warn!("the open session was closed by the office (erased); back to welcome");
    app.draft_since = None;
    app.client = None;
    if app.advisor.is_some() {
        crate::advisor::closed(app, fx);
    } else {
        reset(app, fx);
    }
    app.notice = Some(Notice {
        key: "notice-session-closed",
        number: None,
        warn: true,
        until: app.now + Duration::from_secs(30),
    });
}

/// Takes the session as stored now (changed at another terminal) without losing
/// what is being typed here.
fn merge_current(app: &mut App, current: ClientSession) {
    let Some(client) = app.client.as_mut() else {
        return;
    };
    let changed: Vec<String> = current
        .answers
        .iter()
        .filter(|(k, v)| client.answers.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .chain(
            client
                .answers
                .keys()
                .filter(|k| !current.answers.contains_key(*k))
                .cloned(),
        )
        .collect();
    client.answers = current.answers;
    client.version = current.version;
    for (item, draft) in current.drafts {
        client.drafts.entry(item).or_insert(draft);
    }
    if changed.is_empty() {
        return;
    }
    // An entry removed elsewhere cannot be answered here any more.
    let entry_gone = match &app.screen {
        Screen::Question {
            section,
            entry: Some(entry),
            ..
        }
        | Screen::EntryActions { section, entry, .. } => {
            let id = &app.catalog.sections[*section].id;
            !entries(&client_answers(app), id).is_some_and(|l| l.contains(entry))
        }
        _ => false,
    };
    if entry_gone && let Some(section) = current_section(app) {
        app.draft_since = None;
        let mut ignored = Vec::new();
        go_entries(app, section, &mut ignored);
        set_notice(app, "notice-changed-elsewhere", None, true);
        return;
    }
    if let Some((path, _)) = current_path(app)
        && changed.contains(&path)
        && app.draft_since.is_none()
    {
        show_stored_answer(app, &path);
        set_notice(app, "notice-changed-elsewhere", None, true);
    }
}

/// Opens the checklist question whose answer is stored at `path` (the text being
/// typed elsewhere is saved first); advisor keys and unknown paths stay where they are.
fn go_to_question(app: &mut App, path: &str, fx: &mut Vec<Effect>) {
    if !matches!(
        app.screen,
        Screen::Question { .. }
            | Screen::Entries { .. }
            | Screen::EntryActions { .. }
            | Screen::Sections
    ) {
        return;
    }
    let parts: Vec<&str> = path.split('.').collect();
    let (section, entry, item) = match parts.as_slice() {
        [section, item] => (*section, None, *item),
        [section, entry, item] => (*section, Some(entry.to_string()), *item),
        _ => return,
    };
    let Some(s) = app.catalog.section_index(section) else {
        return;
    };
    let Some(i) = app.catalog.sections[s]
        .items
        .iter()
        .position(|it| it.id == item)
    else {
        return;
    };
    save_draft_now(app, fx);
    enter_question(app, s, entry, i, fx);
}

fn current_section(app: &App) -> Option<usize> {
    match &app.screen {
        Screen::Question { section, .. }
        | Screen::Entries { section }
        | Screen::EntryActions { section, .. } => Some(*section),
        _ => None,
    }
}

/// Puts the stored answer of `item` into the field, if that question is on screen.
fn show_stored_answer(app: &mut App, item: &str) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    if path != item || !kind.is_text() {
        return;
    }
    let text = match app.client.as_ref().and_then(|c| c.answers.get(item)) {
        Some(Answer::Text(t)) => t.clone(),
        Some(Answer::Year(y)) => y.to_string(),
        Some(Answer::Occupation { words, .. }) => words.clone(),
        _ => String::new(),
    };
    let multiline = matches!(kind, ItemKind::LongText);
    app.draft_since = None;
    if let Screen::Question { field, .. } = &mut app.screen {
        *field = Some(new_field(&text, (usize::MAX, usize::MAX), multiline));
    }
}

/// Notes the input; returns false when it only dismissed "Are you still there?".
fn input_begins(app: &mut App, now: Instant) -> bool {
    app.last_input = now;
    if matches!(app.overlay, Some(Overlay::StillThere { .. })) {
        app.overlay = None;
        return false;
    }
    true
}

fn on_key(app: &mut App, key: KeyEvent, fx: &mut Vec<Effect>) {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl {
        // Kiosk mode: Ctrl-C, -Z, -\ and -D never quit or suspend; only --dev may quit.
        if app.settings.dev && matches!(key.code, KeyCode::Char('c' | 'q')) {
            save_draft_now(app, fx);
            fx.push(Effect::Quit);
        }
        return;
    }
    if key.code == KeyCode::F(app.settings.advisor_key) {
        crate::advisor::key(app, fx);
        return;
    }
    if key.code == KeyCode::F(2) {
        toggle_languages(app);
        return;
    }
    if key.code == KeyCode::F(3) {
        app.bilingual = !app.bilingual;
        return;
    }
    if let Some(Overlay::Languages { focus }) = app.overlay {
        on_language_key(app, focus, key.code, fx);
        return;
    }
    if app.field_focused() && on_field_key(app, key, fx) {
        return;
    }
    let page = screens::page(app);
    let count = page.focusable();
    let first_button = count - page.buttons.len();
    drop(page);
    let on_option = app.focus < count - page_buttons(app);
    if on_option && matches!(app.question_kind(), Some(ItemKind::Ratings { .. })) {
        match key.code {
            KeyCode::Right => return rate(app, app.focus, 1, fx),
            KeyCode::Left => return rate(app, app.focus, -1, fx),
            _ => {}
        }
    }
    match key.code {
        KeyCode::Up | KeyCode::BackTab => move_focus(app, -1),
        KeyCode::Down | KeyCode::Tab => move_focus(app, 1),
        KeyCode::Left if app.focus >= first_button => move_focus(app, -1),
        KeyCode::Right if app.focus >= first_button => move_focus(app, 1),
        KeyCode::Enter | KeyCode::Char(' ') => activate_focused(app, fx),
        KeyCode::Esc => back(app, fx),
        KeyCode::PageDown => scroll_text(app, 5),
        KeyCode::PageUp => scroll_text(app, -5),
        KeyCode::Char(c) if matches!(app.screen, Screen::CodeEntry { .. }) && is_typeable(c) => {
            // Typing anywhere on the code screen goes into the code field.
            if let Some(index) = screens::page(app).field_index() {
                app.focus = index;
            }
            on_field_key(app, key, fx);
        }
        _ => {}
    }
}

/// Keys for the focused text field; returns false for keys the page handles instead.
fn on_field_key(app: &mut App, key: KeyEvent, fx: &mut Vec<Effect>) -> bool {
    let multiline = app.field_multiline();
    let code_entry = matches!(app.screen, Screen::CodeEntry { .. });
    let input = match key.code {
        KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc | KeyCode::PageUp | KeyCode::PageDown => {
            return false;
        }
        KeyCode::Up | KeyCode::Down if !multiline => return false,
        KeyCode::Enter if !multiline => {
            if matches!(app.screen, Screen::Advisor(_)) {
                activate(
                    app,
                    Action::Advisor(crate::advisor::AdvisorAction::Submit),
                    fx,
                );
            } else if code_entry {
                activate(app, Action::SubmitCode, fx);
            } else {
                activate(app, Action::Next, fx);
            }
            return true;
        }
        KeyCode::Enter => {
            if !room_for(app, 1) {
                return true;
            }
            Input {
                key: Key::Enter,
                ..Input::default()
            }
        }
        KeyCode::Char(c) => {
            if !is_typeable(c) || !room_for(app, 1) {
                return true;
            }
            Input {
                key: Key::Char(c),
                ..Input::default()
            }
        }
        KeyCode::Backspace => Input {
            key: Key::Backspace,
            ..Input::default()
        },
        KeyCode::Delete => Input {
            key: Key::Delete,
            ..Input::default()
        },
        KeyCode::Left
        | KeyCode::Right
        | KeyCode::Up
        | KeyCode::Down
        | KeyCode::Home
        | KeyCode::End => {
            let movement = match key.code {
                KeyCode::Left => CursorMove::Back,
                KeyCode::Right => CursorMove::Forward,
                KeyCode::Up => CursorMove::Up,
                KeyCode::Down => CursorMove::Down,
                KeyCode::Home => CursorMove::Head,
                _ => CursorMove::End,
            };
            if let Some(field) = app.field_mut() {
                field.move_cursor(movement);
            }
            return true;
        }
        _ => return true,
    };
    let changed = app
        .field_mut()
        .is_some_and(|f| f.input_without_shortcuts(input));
    if changed {
        field_edited(app);
    }
    true
}

/// Whether `n` more characters fit in the field; sets a notice when not.
fn room_for(app: &mut App, n: usize) -> bool {
    let used = app.field_text().map_or(0, |t| t.chars().count());
    if used + n > app.field_limit() {
        set_notice(
            app,
            "notice-field-full",
            Some(app.field_limit() as i64),
            true,
        );
        return false;
    }
    true
}

fn field_edited(app: &mut App) {
    if matches!(app.screen, Screen::Question { .. }) {
        app.draft_since.get_or_insert(app.now);
        app.last_edit = app.now;
    }
}

/// Shows message `key` under the field for a while.
pub fn notice(app: &mut App, key: &'static str, warn: bool) {
    set_notice(app, key, None, warn);
}

fn set_notice(app: &mut App, key: &'static str, number: Option<i64>, warn: bool) {
    app.notice = Some(Notice {
        key,
        number,
        warn,
        until: app.now + NOTICE_TIME,
    });
}

fn on_paste(app: &mut App, text: &str, fx: &mut Vec<Effect>) {
    if app.overlay.is_some() {
        return;
    }
    if !app.field_focused() {
        match screens::page(app).field_index() {
            Some(index) => app.focus = index,
            None => return,
        }
    }
    let clean = sanitize(text, app.field_multiline());
    let used = app.field_text().map_or(0, |t| t.chars().count());
    let room = app.field_limit().saturating_sub(used);
    let kept: String = clean.chars().take(room).collect();
    if kept.chars().count() < clean.chars().count() {
        set_notice(app, "notice-paste-shortened", Some(room as i64), true);
    }
    let inserted = app.field_mut().is_some_and(|f| f.insert_str(&kept));
    if inserted {
        field_edited(app);
    }
    let _ = fx;
}

fn on_mouse(app: &mut App, mouse: MouseEvent, fx: &mut Vec<Effect>) {
    if app.too_small() {
        return;
    }
    match mouse.kind {
        MouseEventKind::ScrollDown => {
            scroll_text(app, 3);
            return;
        }
        MouseEventKind::ScrollUp => {
            scroll_text(app, -3);
            return;
        }
        MouseEventKind::Down(MouseButton::Left) => {}
        _ => return,
    }
    let (x, y) = (mouse.column, mouse.row);
    if let Some(Overlay::Languages { .. }) = app.overlay {
        let page = screens::language_page(app, 0);
        let placed = page::layout(&page, screens::language_area(app, &page));
        if let Some(Target::Control(index)) = placed.hit(x, y)
            && let Some(control) = page.control(index)
        {
            let action = control.action.clone();
            drop(page);
            activate(app, action, fx);
        } else if !placed.outer.contains(ratatui::layout::Position::new(x, y)) {
            app.overlay = None;
        }
        return;
    }
    let page = screens::page(app);
    let placed = page::layout(&page, app.area());
    let hit = placed.hit(x, y);
    let action = match &hit {
        Some(Target::Control(index)) => page.control(*index).map(|c| c.action.clone()),
        _ => None,
    };
    drop(page);
    match hit {
        Some(Target::Language) => toggle_languages(app),
        Some(Target::Bilingual) => app.bilingual = !app.bilingual,
        Some(Target::Control(index)) => {
            app.focus = index;
            match action {
                Some(action) => activate(app, action, fx),
                None => {
                    // A tap in the field: move the text cursor to where it landed.
                    if let (Some(field_rect), Some(field)) = (placed.field, app.field_mut()) {
                        let row = y.saturating_sub(field_rect.y + 1);
                        let col = x.saturating_sub(field_rect.x + 1);
                        let (top, left) = field.scroll_offset();
                        let cursor =
                            field.screen_to_data((row + top) as usize, (col + left) as usize);
                        field.move_cursor(CursorMove::Jump(
                            u16::try_from(cursor.0).unwrap_or(u16::MAX),
                            u16::try_from(cursor.1).unwrap_or(u16::MAX),
                        ));
                    }
                }
            }
        }
        None => {}
    }
}

fn on_language_key(app: &mut App, focus: usize, code: KeyCode, fx: &mut Vec<Effect>) {
    let count = app.settings.languages.len() + 1;
    let next = |d: isize| (focus as isize + d).rem_euclid(count as isize) as usize;
    match code {
        KeyCode::Up | KeyCode::BackTab | KeyCode::Left => {
            app.overlay = Some(Overlay::Languages { focus: next(-1) });
        }
        KeyCode::Down | KeyCode::Tab | KeyCode::Right => {
            app.overlay = Some(Overlay::Languages { focus: next(1) });
        }
        KeyCode::Esc => app.overlay = None,
        KeyCode::Enter | KeyCode::Char(' ') => {
            let page = screens::language_page(app, focus);
            let action = page.control(focus).map(|c| c.action.clone());
            drop(page);
            if let Some(action) = action {
                activate(app, action, fx);
            }
        }
        _ => {}
    }
}

fn toggle_languages(app: &mut App) {
    app.overlay = match app.overlay {
        Some(Overlay::Languages { .. }) => None,
        _ => {
            let focus = app
                .settings
                .languages
                .iter()
                .position(|l| *l == app.lang)
                .unwrap_or(0);
            Some(Overlay::Languages { focus })
        }
    };
}

fn page_buttons(app: &App) -> usize {
    screens::page(app).buttons.len()
}

fn move_focus(app: &mut App, delta: isize) {
    let count = screens::page(app).focusable();
    if count == 0 {
        return;
    }
    app.focus = (app.focus as isize + delta).rem_euclid(count as isize) as usize;
}

fn scroll_text(app: &mut App, delta: isize) {
    let page = screens::page(app);
    let max = page::layout(&page, app.area()).max_text_scroll();
    drop(page);
    let apply = |s: &mut usize| *s = (*s as isize + delta).clamp(0, max as isize) as usize;
    match &mut app.screen {
        Screen::Consent { scroll } | Screen::Summary { scroll } => apply(scroll),
        Screen::Advisor(s) => match s.as_mut() {
            crate::advisor::AdvisorScreen::Audit { scroll, .. } => apply(scroll),
            _ => move_focus(app, delta.signum()),
        },
        _ => move_focus(app, delta.signum()),
    }
}

fn activate_focused(app: &mut App, fx: &mut Vec<Effect>) {
    let page = screens::page(app);
    let action = page.control(app.focus).map(|c| c.action.clone());
    drop(page);
    if let Some(action) = action {
        activate(app, action, fx);
    }
}

/// Carries out what a control does.
pub fn activate(app: &mut App, action: Action, fx: &mut Vec<Effect>) {
    app.notice = None;
    match action {
        Action::ChooseLanguage(lang) => choose_language(app, lang, fx),
        Action::NewClient => go(app, Screen::Consent { scroll: 0 }),
        Action::HaveCode => {
            go(
                app,
                Screen::CodeEntry {
                    field: new_field("", (0, 0), false),
                    error: None,
                },
            );
            // A wait earned here before still holds (it is kept in the database).
            fx.push(Effect::CodeWait);
        }
        Action::Consent => fx.push(Effect::Create(app.lang.clone())),
        Action::Decline => reset(app, fx),
        Action::CodeNoted => go_sections(app, fx),
        Action::SubmitCode => submit_code(app, fx),
        Action::OpenSection(section) => open_section(app, section, fx),
        Action::Toggle(option) => toggle(app, option, fx),
        Action::Special(answer) => answer_special(app, answer, fx),
        Action::Next => step(app, 1, fx),
        Action::Back => back(app, fx),
        Action::ShowSummary => go_summary(app, fx),
        Action::Finish if app.advisor.is_some() => {
            crate::advisor::activate(app, crate::advisor::AdvisorAction::ClientHome, fx);
        }
        Action::Finish => {
            save_draft_now(app, fx);
            go(app, Screen::Goodbye);
            // A new link each visit: an earlier one's token cannot be read back.
            if let Some(client) = &app.client {
                app.link = Some(LinkState::Pending);
                fx.push(Effect::MakeLink(client.key()));
            }
        }
        Action::Done => reset(app, fx),
        Action::StillHere | Action::CloseOverlay => app.overlay = None,
        Action::OpenLanguages => toggle_languages(app),
        Action::FocusField => {
            if let Some(index) = screens::page(app).field_index() {
                app.focus = index;
            }
        }
        Action::AddEntry => add_entry(app, fx),
        Action::NoEntries => no_entries(app, fx),
        Action::OpenEntry(entry) => {
            if let Screen::Entries { section } = app.screen {
                go(
                    app,
                    Screen::EntryActions {
                        section,
                        entry,
                        confirm_remove: false,
                    },
                );
            }
        }
        Action::EditEntry => {
            if let Screen::EntryActions { section, entry, .. } = &app.screen {
                let (section, entry) = (*section, entry.clone());
                enter_asked(app, section, Some(entry), 0, 1, fx);
            }
        }
        Action::MoveEntry(delta) => move_entry(app, delta, fx),
        Action::RemoveEntry => remove_entry(app, fx),
        Action::PickOccupation(code) => pick_occupation(app, code, fx),
        Action::Advisor(action) => crate::advisor::activate(app, action, fx),
    }
}

fn choose_language(app: &mut App, lang: String, fx: &mut Vec<Effect>) {
    if !app.settings.languages.contains(&lang) {
        return;
    }
    let from_welcome = app.overlay.is_none() && matches!(app.screen, Screen::Welcome);
    app.overlay = None;
    if app.lang != lang {
        app.lang = lang.clone();
        if let Some(client) = &mut app.client {
            client.language = lang.clone();
            fx.push(Effect::Write(Change::Language {
                session: client.key(),
                language: lang,
            }));
        }
    }
    if from_welcome {
        go(app, Screen::Start);
    }
}

fn go(app: &mut App, screen: Screen) {
    app.screen = screen;
    app.focus = 0;
}

fn go_sections(app: &mut App, fx: &mut Vec<Effect>) {
    let came_from = match &app.screen {
        Screen::Question { section, .. }
        | Screen::Entries { section }
        | Screen::EntryActions { section, .. } => Some(*section),
        _ => None,
    };
    go(app, Screen::Sections);
    if let Some(section) = came_from {
        app.focus = section;
    }
    write_position(app, Position::Sections, fx);
}

fn go_summary(app: &mut App, fx: &mut Vec<Effect>) {
    go(app, Screen::Summary { scroll: 0 });
    write_position(app, Position::Summary, fx);
}

fn write_position(app: &mut App, position: Position, fx: &mut Vec<Effect>) {
    if let Some(client) = &mut app.client
        && client.position != position
    {
        client.position = position.clone();
        fx.push(Effect::Write(Change::Position {
            session: client.key(),
            position,
        }));
    }
}

/// Back to the welcome screen with nothing of the client left in memory or on screen
/// (also for advisor login and logout). The text being typed is saved first: the
/// write names its session, so it reaches that session and no other.
pub(crate) fn reset(app: &mut App, fx: &mut Vec<Effect>) {
    save_draft_now(app, fx);
    app.client = None;
    app.link = None;
    app.bilingual = false;
    app.advisor = None;
    app.export_paths.clear();
    app.screen = Screen::Welcome;
    app.focus = 0;
    app.overlay = None;
    app.notice = None;
    app.lang = app.settings.default_language.clone();
    app.save = SaveState::Nothing;
    app.draft_since = None;
    fx.push(Effect::ClearScreen);
}

fn back(app: &mut App, fx: &mut Vec<Effect>) {
    match &app.screen {
        Screen::Advisor(_) => crate::advisor::back(app, fx),
        Screen::Sections if app.advisor.is_some() => {
            crate::advisor::activate(app, crate::advisor::AdvisorAction::ClientHome, fx);
        }
        Screen::Welcome | Screen::Sections | Screen::CodeShown => {}
        Screen::Start => go(app, Screen::Welcome),
        Screen::Consent { .. } | Screen::CodeEntry { .. } => go(app, Screen::Start),
        Screen::Question { .. } => step(app, -1, fx),
        Screen::Entries { .. } => go_sections(app, fx),
        Screen::EntryActions { section, .. } => {
            let section = *section;
            go_entries(app, section, fx);
        }
        Screen::Summary { .. } => go_sections(app, fx),
        Screen::Goodbye => reset(app, fx),
    }
}

fn submit_code(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::CodeEntry { field, error } = &mut app.screen else {
        return;
    };
    if let Some(EntryError::Wait(until)) = error
        && *until > app.now
    {
        return;
    }
    let typed = field.lines().join("");
    // A mistyped code is caught by its check symbol without looking anything up;
    // only well-formed codes are looked up, and those the database counts.
    match ClientCode::parse(&typed) {
        Ok(code) => fx.push(Effect::Load(code)),
        Err(e) => *error = Some(EntryError::Invalid(e)),
    }
}

fn on_created(app: &mut App, result: Result<ClientSession, StoreError>, fx: &mut Vec<Effect>) {
    match result {
        Ok(session) => {
            app.client = Some(session);
            app.last_refresh = app.now;
            go(app, Screen::CodeShown);
        }
        Err(e) => {
            tracing::error!(error = %e, "could not create a session");
            app.save = SaveState::Failing(e);
            set_notice(app, "notice-start-failed", None, true);
        }
    }
    let _ = fx;
}

fn on_loaded(app: &mut App, result: Result<CodeLookup, StoreError>, fx: &mut Vec<Effect>) {
    if !matches!(app.screen, Screen::CodeEntry { .. }) {
        return;
    }
    let entry_error = |app: &mut App, e: EntryError| {
        if let Screen::CodeEntry { error, .. } = &mut app.screen {
            *error = Some(e);
        }
    };
    match result {
        Ok(CodeLookup::Found(session)) => {
            if app.settings.languages.contains(&session.language) {
                app.lang = session.language.clone();
            }
            let position = session.position.clone();
            app.client = Some(session);
            app.last_refresh = app.now;
            app.save = SaveState::Saved;
            resume_at(app, position, fx);
        }
        Ok(CodeLookup::Unknown(wait)) if wait.is_zero() => entry_error(app, EntryError::Unknown),
        Ok(CodeLookup::Unknown(wait) | CodeLookup::Wait(wait)) => {
            let until = app.now + wait;
            entry_error(app, EntryError::Wait(until));
        }
        Err(e) => {
            tracing::error!(error = %e, "could not load a session");
            entry_error(app, EntryError::Storage);
        }
    }
}

fn resume_at(app: &mut App, position: Position, fx: &mut Vec<Effect>) {
    match position {
        Position::Sections => go_sections(app, fx),
        Position::Summary => go_summary(app, fx),
        Position::Entries { section } => match app.catalog.section_index(&section) {
            Some(s) => go_entries(app, s, fx),
            None => go_sections(app, fx),
        },
        Position::Question {
            section,
            entry,
            item,
        } => {
            let found = app.catalog.section_index(&section).and_then(|s| {
                app.catalog.sections[s]
                    .items
                    .iter()
                    .position(|i| i.id == item)
                    .map(|i| (s, i))
            });
            match found {
                Some((s, i)) => enter_question(app, s, entry, i, fx),
                None => go_sections(app, fx),
            }
        }
    }
}

fn go_entries(app: &mut App, section: usize, fx: &mut Vec<Effect>) {
    let Some(id) = app.catalog.sections.get(section).map(|s| s.id.clone()) else {
        return;
    };
    go(app, Screen::Entries { section });
    write_position(app, Position::Entries { section: id }, fx);
}

fn open_section(app: &mut App, section: usize, fx: &mut Vec<Effect>) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    if sec.repeat {
        go_entries(app, section, fx);
        return;
    }
    // Continue at the first unanswered question, or the first if all are answered.
    let item = app
        .client
        .as_ref()
        .and_then(|c| {
            sec.items.iter().position(|i| {
                is_asked(&c.answers, sec, None, i)
                    && !c.answers.contains_key(&item_path(&sec.id, &i.id))
            })
        })
        .unwrap_or(0);
    enter_asked(app, section, None, item, 1, fx);
}

/// Enters the first question from `item` on, going in `direction`, that is asked
/// (its condition holds); past either end, back to the entry list or section list.
fn enter_asked(
    app: &mut App,
    section: usize,
    entry: Option<String>,
    item: usize,
    direction: isize,
    fx: &mut Vec<Effect>,
) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    let answers = client_answers(app);
    let mut index = item as isize;
    while index >= 0 && (index as usize) < sec.items.len() {
        if is_asked(&answers, sec, entry.as_deref(), &sec.items[index as usize]) {
            enter_question(app, section, entry, index as usize, fx);
            return;
        }
        index += direction;
    }
    if sec.repeat {
        go_entries(app, section, fx);
    } else {
        go_sections(app, fx);
    }
}

fn enter_question(
    app: &mut App,
    section: usize,
    entry: Option<String>,
    item: usize,
    fx: &mut Vec<Effect>,
) {
    let Some(sec) = app.catalog.sections.get(section) else {
        return;
    };
    let Some(it) = sec.items.get(item) else {
        return;
    };
    let path = answer_path(&sec.id, entry.as_deref(), &it.id);
    let field = it.kind.is_text().then(|| {
        let multiline = matches!(it.kind, ItemKind::LongText);
        let client = app.client.as_ref();
        let draft = client.and_then(|c| c.drafts.get(&path));
        let end = (usize::MAX, usize::MAX);
        match (draft, client.and_then(|c| c.answers.get(&path))) {
            (Some(d), _) => new_field(&d.text, (d.cursor_row, d.cursor_col), multiline),
            (None, Some(Answer::Text(t))) => new_field(t, end, multiline),
            (None, Some(Answer::Year(y))) => new_field(&y.to_string(), end, multiline),
            (None, Some(Answer::Occupation { words, .. })) => new_field(words, end, multiline),
            _ => new_field("", (0, 0), multiline),
        }
    });
    let has_field = field.is_some();
    let position = Position::Question {
        section: sec.id.clone(),
        entry: entry.clone(),
        item: it.id.clone(),
    };
    go(
        app,
        Screen::Question {
            section,
            entry,
            item,
            field,
        },
    );
    if has_field && let Some(index) = screens::page(app).field_index() {
        app.focus = index;
    }
    write_position(app, position, fx);
}

/// A copy of the client's answers (empty without a client), for deciding what to
/// change while the state itself is being changed.
fn client_answers(app: &App) -> std::collections::BTreeMap<String, Answer> {
    app.client
        .as_ref()
        .map(|c| c.answers.clone())
        .unwrap_or_default()
}

/// The current question's storage path and kind.
fn current_path(app: &App) -> Option<(String, ItemKind)> {
    let Screen::Question {
        section,
        entry,
        item,
        ..
    } = &app.screen
    else {
        return None;
    };
    let sec = app.catalog.sections.get(*section)?;
    let it = sec.items.get(*item)?;
    Some((
        answer_path(&sec.id, entry.as_deref(), &it.id),
        it.kind.clone(),
    ))
}

/// Sets (or with `None` takes back) the answer at `path`, here and in storage. The
/// write says what this terminal saw before, so a change made meanwhile at another
/// terminal is not overwritten unseen. Used by the client's and the advisor's screens.
pub(crate) fn set_answer(
    app: &mut App,
    path: String,
    answer: Option<Answer>,
    fx: &mut Vec<Effect>,
) {
    let Some(client) = &mut app.client else {
        return;
    };
    let before = client.answers.get(&path).cloned();
    if before == answer {
        return;
    }
    match &answer {
        Some(a) => {
            client.answers.insert(path.clone(), a.clone());
            client.drafts.remove(&path);
        }
        None => {
            client.answers.remove(&path);
        }
    }
    fx.push(Effect::Write(Change::Answer {
        session: client.key(),
        item: path,
        before,
        after: answer,
    }));
}

/// Changes the entry list of `section` here and in storage (as an operation, which
/// merges with what another terminal did to the list meanwhile).
fn change_entries(app: &mut App, section: &str, op: EntryOp, fx: &mut Vec<Effect>) {
    let Some(client) = &mut app.client else {
        return;
    };
    let key = crate::session::entries_path(section);
    let mut list = entries(&client.answers, section);
    op.apply_to(&mut list);
    if let EntryOp::Remove(entry) = &op {
        let prefix = entry_prefix(section, entry);
        client.answers.retain(|k, _| !k.starts_with(&prefix));
        client.drafts.retain(|k, _| !k.starts_with(&prefix));
    }
    if let Some(list) = list {
        client.answers.insert(key, Answer::Choices(list));
    }
    fx.push(Effect::Write(Change::Entries {
        session: client.key(),
        section: section.to_string(),
        op,
    }));
}

/// The id of the option at focus index `index` of the current question.
fn option_at(app: &App, index: usize) -> Option<usize> {
    let page = screens::page(app);
    index.checked_sub(page.first_option_index())
}

fn toggle(app: &mut App, option: usize, fx: &mut Vec<Effect>) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    if let ItemKind::Ratings { .. } = kind {
        let focus = screens::page(app).first_option_index() + option;
        rate(app, focus, 0, fx);
        return;
    }
    let choices = kind.choices();
    let Some(chosen) = choices.get(option).cloned() else {
        return;
    };
    let current = app
        .client
        .as_ref()
        .and_then(|c| c.answers.get(&path))
        .cloned();
    let answer = if kind.is_single_choice() {
        Some(Answer::Choice(chosen))
    } else {
        let mut list = match current {
            Some(Answer::Choices(list)) => list,
            _ => Vec::new(),
        };
        if let Some(at) = list.iter().position(|c| *c == chosen) {
            list.remove(at);
        } else {
            list.push(chosen);
        }
        // Keep the catalogue's order, whatever order they were tapped in.
        list.sort_by_key(|c| choices.iter().position(|o| o == c));
        (!list.is_empty()).then_some(Answer::Choices(list))
    };
    set_answer(app, path, answer, fx);
}

/// Changes the rating of the competence at focus index `focus`: `delta` 0 cycles
/// none → A → B → C → none (a tap), +1 and -1 step up and down (arrow keys).
fn rate(app: &mut App, focus: usize, delta: i8, fx: &mut Vec<Effect>) {
    let Some((path, kind)) = current_path(app) else {
        return;
    };
    let Some(row) = option_at(app, focus) else {
        return;
    };
    let answers = client_answers(app);
    let rows = rating_rows(&answers, &kind);
    let Some((competence, _)) = rows.get(row) else {
        return;
    };
    let mut ratings = match answers.get(&path) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    const LEVELS: [&str; 4] = ["", "a", "b", "c"];
    let now = ratings.get(competence).map(String::as_str).unwrap_or("");
    let at = LEVELS.iter().position(|l| *l == now).unwrap_or(0) as i8;
    let next = match delta {
        0 => (at + 1) % 4,
        d => (at + d).clamp(0, 3),
    };
    match LEVELS[next as usize] {
        "" => ratings.remove(competence),
        level => ratings.insert(competence.clone(), level.to_string()),
    };
    let answer = (!ratings.is_empty()).then_some(Answer::Ratings(ratings));
    set_answer(app, path, answer, fx);
}

fn answer_special(app: &mut App, answer: Answer, fx: &mut Vec<Effect>) {
    let Some((path, _)) = current_path(app) else {
        return;
    };
    let already = app.client.as_ref().and_then(|c| c.answers.get(&path)) == Some(&answer);
    set_answer(app, path, (!already).then_some(answer), fx);
    clear_draft(app, fx);
}

fn pick_occupation(app: &mut App, code: Option<String>, fx: &mut Vec<Effect>) {
    let Some((path, ItemKind::Occupation)) = current_path(app) else {
        return;
    };
    let typed = app.field_text().unwrap_or_default().trim().to_string();
    let (isco, words) = match code {
        Some(code) => {
            let title = crate::reference::reference()
                .ok()
                .and_then(|r| r.isco_group(&code))
                .map(|g| g.title.get(&app.lang).to_string())
                .unwrap_or_else(|| typed.clone());
            (Some(code), title)
        }
        None if typed.is_empty() => return,
        None => (None, typed),
    };
    // The field shows what was chosen, so the answer and the field agree.
    let multiline = false;
    if let Screen::Question { field, .. } = &mut app.screen {
        *field = Some(new_field(&words, (usize::MAX, usize::MAX), multiline));
    }
    set_answer(app, path, Some(Answer::Occupation { isco, words }), fx);
    clear_draft(app, fx);
}

/// Confirms the typed text of the current question; false when it is not a valid
/// answer (a year that is none), so the client stays on the question.
fn commit_field(app: &mut App, fx: &mut Vec<Effect>) -> bool {
    let Some((path, kind)) = current_path(app) else {
        return true;
    };
    if !kind.is_text() {
        return true;
    }
    let text = app.field_text().unwrap_or_default();
    let text = text.trim();
    let current = app
        .client
        .as_ref()
        .and_then(|c| c.answers.get(&path))
        .cloned();
    let typed_answer = |a: &Option<Answer>| {
        matches!(
            a,
            Some(Answer::Text(_) | Answer::Year(_) | Answer::Occupation { .. })
        )
    };
    if text.is_empty() {
        if typed_answer(&current) {
            set_answer(app, path, None, fx);
        }
        clear_draft(app, fx);
        return true;
    }
    let answer = match kind {
        ItemKind::Year => match parse_year(text) {
            Some(year) => Answer::Year(year),
            None => {
                set_notice(app, "notice-year", None, true);
                return false;
            }
        },
        ItemKind::Occupation => match current {
            Some(Answer::Occupation { words, isco }) if words == text => {
                Answer::Occupation { isco, words }
            }
            _ => Answer::Occupation {
                isco: None,
                words: text.to_string(),
            },
        },
        _ => Answer::Text(text.to_string()),
    };
    set_answer(app, path, Some(answer), fx);
    clear_draft(app, fx);
    true
}

/// A year between 1900 and next year, typed with Western or Arabic-Indic digits.
pub fn parse_year(text: &str) -> Option<u16> {
    let digits: String = text
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    if digits.chars().count() != text.chars().filter(|c| !c.is_whitespace()).count() {
        return None;
    }
    let year: u16 = digits.parse().ok()?;
    let next = chrono::Datelike::year(&chrono::Utc::now()) + 1;
    (1900..=next as u16).contains(&year).then_some(year)
}

fn clear_draft(app: &mut App, fx: &mut Vec<Effect>) {
    app.draft_since = None;
    let Some((path, _)) = current_path(app) else {
        return;
    };
    if let Some(client) = &mut app.client
        && client.drafts.remove(&path).is_some()
    {
        fx.push(Effect::Write(Change::ClearDraft {
            session: client.key(),
            item: path,
        }));
    }
}

fn step(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let Screen::Question {
        section,
        ref entry,
        item,
        ..
    } = app.screen
    else {
        return;
    };
    let entry = entry.clone();
    if !commit_field(app, fx) && delta > 0 {
        return;
    }
    enter_asked(
        app,
        section,
        entry,
        (item as isize + delta).max(-1) as usize,
        delta.signum(),
        fx,
    );
}

/// The section on screen, for the entry actions.
fn entry_section(app: &App) -> Option<(usize, String)> {
    match &app.screen {
        Screen::Entries { section } | Screen::EntryActions { section, .. } => app
            .catalog
            .sections
            .get(*section)
            .map(|s| (*section, s.id.clone())),
        _ => None,
    }
}

fn add_entry(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((index, id)) = entry_section(app) else {
        return;
    };
    let count = entries(&client_answers(app), &id).map_or(0, |l| l.len());
    if count >= MAX_ENTRIES {
        set_notice(app, "notice-entries-full", Some(MAX_ENTRIES as i64), true);
        return;
    }
    let entry = new_entry_id();
    change_entries(app, &id, EntryOp::Add(entry.clone()), fx);
    enter_asked(app, index, Some(entry), 0, 1, fx);
}

fn no_entries(app: &mut App, fx: &mut Vec<Effect>) {
    let Some((_, id)) = entry_section(app) else {
        return;
    };
    change_entries(app, &id, EntryOp::NothingToAdd, fx);
    go_sections(app, fx);
}

fn move_entry(app: &mut App, delta: isize, fx: &mut Vec<Effect>) {
    let (Some((_, id)), Screen::EntryActions { entry, .. }) = (entry_section(app), &app.screen)
    else {
        return;
    };
    let entry = entry.clone();
    change_entries(app, &id, EntryOp::Move(entry, delta), fx);
}

fn remove_entry(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::EntryActions {
        section,
        entry,
        confirm_remove,
    } = &mut app.screen
    else {
        return;
    };
    if !*confirm_remove {
        *confirm_remove = true;
        return;
    }
    let (section, entry) = (*section, entry.clone());
    let Some(id) = app.catalog.sections.get(section).map(|s| s.id.clone()) else {
        return;
    };
    change_entries(app, &id, EntryOp::Remove(entry), fx);
    go_entries(app, section, fx);
}

/// Saves the text being typed at once (used before the screen is cleared).
fn save_draft_now(app: &mut App, fx: &mut Vec<Effect>) {
    if app.draft_since.is_none() {
        return;
    }
    app.draft_since = None;
    let Some((path, _)) = current_path(app) else {
        return;
    };
    let Screen::Question {
        field: Some(field), ..
    } = &app.screen
    else {
        return;
    };
    let cursor = field.cursor();
    let draft = Draft {
        item: path,
        text: field.lines().join("\n"),
        cursor_row: cursor.0,
        cursor_col: cursor.1,
    };
    if let Some(client) = &mut app.client {
        client.drafts.insert(draft.item.clone(), draft.clone());
        fx.push(Effect::Write(Change::Draft {
            session: client.key(),
            draft,
        }));
    }
}

fn on_tick(app: &mut App, now: Instant, fx: &mut Vec<Effect>) {
    if let Some(since) = app.draft_since
        && (now.duration_since(app.last_edit) >= DRAFT_PAUSE
            || now.duration_since(since) >= DRAFT_MAX_DELAY)
    {
        save_draft_now(app, fx);
    }
    if app.notice.as_ref().is_some_and(|n| n.until <= now) {
        app.notice = None;
    }
    // Another terminal (or an advisor) may have changed the open session.
    if let Some(client) = &app.client
        && now.duration_since(app.last_refresh) >= REFRESH_EVERY
    {
        app.last_refresh = now;
        fx.push(Effect::Refresh(client.key(), client.version));
    }
    if crate::advisor::idle(app, now) {
        tracing::info!("advisor idle: logged out");
        crate::advisor::logout(app, fx);
        return;
    }
    if app.advisor.is_some() {
        return;
    }
    let at_rest = matches!(app.screen, Screen::Welcome)
        && app.client.is_none()
        && app.lang == app.settings.default_language
        && app.overlay.is_none();
    match app.overlay {
        Some(Overlay::StillThere { since })
            if now.duration_since(since) >= app.settings.idle_countdown =>
        {
            tracing::info!("idle: back to welcome");
            reset(app, fx);
        }
        Some(Overlay::StillThere { .. }) => {}
        _ if !at_rest && now.duration_since(app.last_input) >= app.settings.idle_timeout => {
            app.overlay = Some(Overlay::StillThere { since: now });
        }
        _ => {}
    }
}
