//! The kiosk's core, in The Elm Architecture's shape: one state ([`App`]), the
//! messages that reach it ([`Msg`]: what a person meant, time, storage's answers),
//! one [`update`] that changes it and returns [`Effect`]s, and actions that controls
//! carry ([`Action`]). It knows the domain and storage's types, but no terminal, no
//! screen layout and no I/O: the runtime turns key presses and taps into messages
//! before `update` sees them, and carries the effects out.
//!
//! - `action` — what a control does (a leaf)
//! - `state` — [`App`] and its screens
//! - `msg` — [`Msg`], [`Effect`] and storage's replies
//! - `answers` — answering rules (set, rate, entries, drafts, compare-and-set)
//! - `client` — the client's way through the checklist, start to goodbye
//! - `advisor` — advisor mode's rules
//! - `update` — [`update`]: input, time and replies dispatched to the rules above

pub mod action;
pub mod advisor;
mod answers;
mod client;
pub mod msg;
pub mod state;
mod update;

pub use crate::store::{CodeLookup, NewLink, PinCheck};
pub use action::{Action, AdvisorAction, NoteKey};
pub use answers::parse_year;
pub use msg::{AdvisorOp, AdvisorReply, Edit, Effect, Msg};
pub use state::{
    AdvisorScreen, AdvisorSession, App, CODE_FIELD_MAX, EntryError, Focus, LONG_TEXT_MAX,
    LinkState, MIN_SIZE, NOTE_MAX, Notice, Overlay, RECENT, RecentSession, SHORT_TEXT_MAX,
    SaveState, Screen, Settings, default_terminal_name, new_field,
};
pub use update::{activate, update};
