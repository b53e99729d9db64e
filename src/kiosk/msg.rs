//! What reaches `update` (a person's intent as read off the screen, time, storage's
//! answers) and what `update` asks the runtime to do.

use std::path::PathBuf;
use std::time::Duration;

use ratatui_textarea::CursorMove;

use crate::domain::code::ClientCode;
use crate::domain::session::{ClientSession, SessionKey};
use crate::kiosk::action::Action;
use crate::kiosk::state::RecentSession;
use crate::store::{
    AuditRow, Change, CodeLookup, LinkInfo, NewLink, PinCheck, SaveReport, StoreError,
};

/// An edit of the text field on screen (it takes the focus).
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A typed character.
    Insert(char),
    /// Enter in a several-line field: a new line.
    Newline,
    /// Enter: a new line in a several-line field, else what the screen's main button
    /// does (next question, try the code, submit the advisor's field).
    Submit,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// The text cursor moves (arrow keys, Home, End, a tap in the field).
    Move(CursorMove),
    /// Pasted text.
    Paste(String),
}

/// Everything that can happen to the kiosk. What a person did arrives as what they
/// meant: the runtime has laid the screen out, hit-tested the tap and resolved the
/// focus before `update` sees it.
#[derive(Debug)]
pub enum Msg {
    /// A control was pressed (Enter or Space on it, or a tap): the focus moves to it
    /// (when `focus` is given) and its action is carried out.
    Press {
        /// The control's focus index, for a tap.
        focus: Option<usize>,
        /// What it does.
        action: Action,
    },
    /// The focus moves to the control with this index.
    Focus(usize),
    /// An edit of the text field.
    Edit(Edit),
    /// Esc: one step back.
    Back,
    /// The text of a long screen scrolls by `lines`, of at most `max`.
    Scroll {
        /// Lines, negative up.
        lines: isize,
        /// The most the text can be scrolled.
        max: usize,
    },
    /// The rating in row `row` of the ratings question steps up (+1) or down (-1).
    Rate {
        /// The competence's row.
        row: usize,
        /// The step.
        delta: i8,
    },
    /// The language picker opens or closes (F2, the language button).
    Languages,
    /// In the language picker, the focus moves to this line.
    LanguageFocus(usize),
    /// The pop-up closes (a tap beside it, Esc).
    CloseOverlay,
    /// The two-language view turns on or off (F3, its button).
    Bilingual,
    /// The advisor key (F12, or as configured).
    AdvisorKey,
    /// Ctrl-C: ends the program in development mode, does nothing in kiosk mode.
    DevQuit,
    /// Any other key or a tap on nothing: somebody is there.
    Touch,
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
    /// Storage reported on writes.
    Save(SaveReport),
    /// A portfolio link was made (or not).
    LinkMade(Result<NewLink, StoreError>),
    /// Storage answered advisor work.
    Advisor(AdvisorReply),
    /// The system asked the kiosk to stop (SIGTERM, SIGHUP).
    Terminate,
}

impl Msg {
    /// Whether this is something a person did (it counts against the idle timeout,
    /// and first dismisses "Are you still there?").
    pub fn is_input(&self) -> bool {
        matches!(
            self,
            Msg::Press { .. }
                | Msg::Focus(_)
                | Msg::Edit(_)
                | Msg::Back
                | Msg::Scroll { .. }
                | Msg::Rate { .. }
                | Msg::Languages
                | Msg::LanguageFocus(_)
                | Msg::CloseOverlay
                | Msg::Bilingual
                | Msg::AdvisorKey
                | Msg::DevQuit
                | Msg::Touch
        )
    }
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
    Advisor(AdvisorOp),
    /// Repaint every cell, so nothing of the last client stays.
    ClearScreen,
    /// Save what is queued and end the program.
    Quit,
}

/// Storage work for advisor mode.
#[derive(Debug, Clone, PartialEq)]
pub enum AdvisorOp {
    /// The advisors' names.
    Names,
    /// Check a PIN (unless login is locked for this name or terminal).
    Login {
        /// Who.
        name: String,
        /// The PIN typed.
        pin: String,
    },
    /// The recent sessions.
    Recent,
    /// Load a client and their links.
    Open(ClientCode),
    /// A client's links.
    Links(ClientCode),
    /// Make a link valid `ttl_days`.
    NewLink {
        /// The session.
        session: SessionKey,
        /// Days.
        ttl_days: u32,
    },
    /// Withdraw links.
    Revoke(ClientCode, Option<i64>),
    /// Export to the folder.
    Export(ClientCode),
    /// Erase.
    Erase(ClientCode),
    /// Write an audit line.
    Audit {
        /// Who.
        actor: String,
        /// What.
        action: &'static str,
        /// Which client.
        code: Option<ClientCode>,
    },
    /// The newest audit lines.
    AuditLog,
}

/// What storage answered.
#[derive(Debug)]
pub enum AdvisorReply {
    /// [`AdvisorOp::Names`].
    Names(Result<Vec<String>, StoreError>),
    /// [`AdvisorOp::Login`].
    Login(String, Result<PinCheck, StoreError>),
    /// [`AdvisorOp::Recent`].
    Recent(Result<Vec<RecentSession>, StoreError>),
    /// [`AdvisorOp::Open`].
    Opened(Result<Option<(ClientSession, Vec<LinkInfo>)>, StoreError>),
    /// [`AdvisorOp::Links`] and [`AdvisorOp::Revoke`].
    Links(Result<Vec<LinkInfo>, StoreError>),
    /// [`AdvisorOp::NewLink`].
    LinkMade(Result<NewLink, StoreError>),
    /// [`AdvisorOp::Export`]: the files written.
    Exported(Result<Vec<PathBuf>, StoreError>),
    /// [`AdvisorOp::Erase`]: whether there was a session.
    Erased(Result<bool, StoreError>),
    /// [`AdvisorOp::AuditLog`].
    AuditLog(Result<Vec<AuditRow>, StoreError>),
    /// Nothing to tell.
    Done,
}
