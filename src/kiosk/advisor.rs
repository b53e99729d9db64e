//! Advisor mode at the kiosk: log in with a PIN, find a client, review and complete
//! their session, manage their portfolio links, export, erase, read the audit log.
//!
//! Like the client's screens, these only change the state and ask for effects; the
//! storage work is carried out by the runtime.

use std::time::{Duration, Instant};

use chrono::Utc;
use ratatui_textarea::TextArea;

use crate::domain::checklist::{Catalog, ItemKind};
use crate::domain::code::ClientCode;
use crate::domain::session::advisor_keys::{self as keys, advisor_path};
use crate::domain::session::{Answer, answer_path, step_rating};
use crate::kiosk::action::{AdvisorAction, NoteKey};
use crate::kiosk::answers::set_answer;
use crate::kiosk::client::reset;
use crate::kiosk::msg::{AdvisorOp, AdvisorReply, Effect};
use crate::kiosk::state::{
    AdvisorScreen, AdvisorSession, App, Focus, Notice, Screen, field_text, new_field, notice,
};
use crate::store::PinCheck;
use crate::store::StoreError;

pub(crate) fn go(app: &mut App, screen: AdvisorScreen) {
    app.screen = Screen::Advisor(Box::new(screen));
    app.focus = Focus::Control(0);
}

/// The effect that writes one audit line.
pub fn audit_line(actor: &str, action: &'static str, code: Option<&ClientCode>) -> Effect {
    Effect::Advisor(AdvisorOp::Audit {
        actor: actor.to_string(),
        action,
        code: code.cloned(),
    })
}

/// Audits `action` by the logged-in advisor on the open client.
pub(crate) fn audit(app: &App, action: &'static str, fx: &mut Vec<Effect>) {
    if let Some(advisor) = &app.advisor {
        fx.push(audit_line(
            &advisor.name,
            action,
            app.client.as_ref().map(|c| &c.code),
        ));
    }
}

/// F12 (or the configured key): the PIN screen; when logged in, back to advisor work.
pub fn key(app: &mut App, fx: &mut Vec<Effect>) {
    if app.advisor.is_some() {
        if app.client.is_some() {
            client_home(app, fx);
        } else {
            home(app, fx);
        }
        return;
    }
    // Whatever a client had open is saved and cleared first.
    reset(app, fx);
    go(
        app,
        AdvisorScreen::Login {
            names: Vec::new(),
            chosen: None,
            field: pin_field(),
            error: None,
            locked_until: None,
        },
    );
    fx.push(Effect::Advisor(AdvisorOp::Names));
}

pub(crate) fn pin_field() -> Box<TextArea<'static>> {
    let mut field = new_field("", (0, 0), false);
    field.set_mask_char('•');
    field
}

pub(crate) fn home(app: &mut App, fx: &mut Vec<Effect>) {
    app.client = None;
    app.link = None;
    go(
        app,
        AdvisorScreen::Home {
            field: new_field("", (0, 0), false),
            recent: Vec::new(),
            error: None,
        },
    );
    fx.push(Effect::Advisor(AdvisorOp::Recent));
}

pub(crate) fn client_home(app: &mut App, fx: &mut Vec<Effect>) {
    let Some(client) = &app.client else {
        return home(app, fx);
    };
    let code = client.code.clone();
    go(app, AdvisorScreen::Client { links: Vec::new() });
    fx.push(Effect::Advisor(AdvisorOp::Links(code)));
}

/// The open client's session was erased elsewhere: back to finding a client.
pub fn closed(app: &mut App, fx: &mut Vec<Effect>) {
    home(app, fx);
}

/// Ends advisor mode: audit, clear everything, welcome screen.
pub fn logout(app: &mut App, fx: &mut Vec<Effect>) {
    if let Some(advisor) = &app.advisor {
        fx.push(audit_line(&advisor.name, "logout", None));
    }
    app.advisor = None;
    reset(app, fx);
}

/// Whether the advisor has been idle past their (shorter) timeout.
pub fn idle(app: &App, now: Instant) -> bool {
    app.advisor.is_some() && now.duration_since(app.last_input) >= app.settings.advisor_idle
}

pub(crate) fn ratings_items(catalog: &Catalog) -> Vec<usize> {
    catalog
        .section("competences")
        .map(|s| {
            s.items
                .iter()
                .enumerate()
                .filter(|(_, i)| matches!(i.kind, ItemKind::Ratings { .. }))
                .map(|(n, _)| n)
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn set(app: &mut App, path: String, answer: Option<Answer>, fx: &mut Vec<Effect>) {
    // The first edit is audited by `app::update`, for every screen alike.
    set_answer(app, path, answer, fx);
}

// Long by design: one short arm per advisor action, read as one table of what each button does.
/// Carries out an advisor's press.
pub fn activate(app: &mut App, action: AdvisorAction, fx: &mut Vec<Effect>) {
    if app.advisor.is_none() && !matches!(action, AdvisorAction::Choose(_) | AdvisorAction::Submit)
    {
        return;
    }
    match action {
        AdvisorAction::Choose(name) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login { chosen, error, .. } = s.as_mut()
            {
                *chosen = Some(name);
                *error = None;
                app.focus = Focus::Field;
            }
        }
        AdvisorAction::Submit => submit(app, fx),
        AdvisorAction::Open(code) => {
            fx.push(Effect::Advisor(AdvisorOp::Open(code)));
        }
        AdvisorAction::Review => {
            app.focus = Focus::Control(0);
            app.screen = Screen::Sections;
        }
        AdvisorAction::Ratings => go(app, AdvisorScreen::Ratings { group: 0 }),
        AdvisorAction::Group(delta) => {
            let count = ratings_items(&app.catalog).len();
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Ratings { group } = s.as_mut()
            {
                let next = group.saturating_add_signed(delta);
                if next < count {
                    *group = next;
                    app.focus = Focus::Control(0);
                } else if delta > 0 {
                    client_home(app, fx);
                }
            }
        }
        AdvisorAction::Rate(competence) => rate(app, &competence, fx),
        AdvisorAction::Notes => go(app, AdvisorScreen::Notes),
        AdvisorAction::OpenNote(key) => {
            let (text_path, public) = match &key {
                NoteKey::Section(id) => (keys::note(id), note_public(app, id)),
                NoteKey::Plan => (keys::PLAN.to_string(), true),
            };
            let text = match app.client.as_ref().and_then(|c| c.answers.get(&text_path)) {
                Some(Answer::Text(t)) => t.clone(),
                _ => String::new(),
            };
            let lines = text.split('\n').count();
            let last = text
                .split('\n')
                .next_back()
                .map_or(0, |l| l.chars().count());
            go(
                app,
                AdvisorScreen::Note {
                    key,
                    field: new_field(&text, (lines - 1, last), true),
                    public,
                },
            );
            app.focus = Focus::Field;
        }
        AdvisorAction::TogglePublic => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Note { public, .. } = s.as_mut()
            {
                *public = !*public;
            }
        }
        AdvisorAction::Documents => go(app, AdvisorScreen::Documents),
        AdvisorAction::Document(doc) => {
            let mut marks = match app
                .client
                .as_ref()
                .and_then(|c| c.answers.get(keys::DOCUMENTS))
            {
                Some(Answer::Ratings(r)) => r.clone(),
                _ => Default::default(),
            };
            let next = match marks.get(&doc).map(String::as_str) {
                None => Some("seen"),
                Some("seen") => Some("verified"),
                _ => None,
            };
            match next {
                Some(n) => {
                    marks.insert(doc, n.to_string());
                }
                None => {
                    marks.remove(&doc);
                }
            }
            set(
                app,
                keys::DOCUMENTS.into(),
                Some(Answer::Ratings(marks)),
                fx,
            );
        }
        AdvisorAction::MarkReviewed => {
            let Some(name) = app.advisor.as_ref().map(|a| a.name.clone()) else {
                return;
            };
            set(app, keys::REVIEWED_BY.into(), Some(Answer::Text(name)), fx);
            let at = Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            set(app, keys::REVIEWED_AT.into(), Some(Answer::Text(at)), fx);
            audit(app, "review", fx);
            notice(app, "adv-reviewed-done", false);
        }
        AdvisorAction::Links => {
            if let Some(client) = &app.client {
                let code = client.code.clone();
                go(app, AdvisorScreen::Links { links: Vec::new() });
                fx.push(Effect::Advisor(AdvisorOp::Links(code)));
            }
        }
        AdvisorAction::NewLink => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::NewLink {
                    session: client.key(),
                    ttl_days: app.settings.link_ttl_days,
                }));
                audit(app, "link-created", fx);
            }
        }
        AdvisorAction::Revoke(id) => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::Revoke(client.code.clone(), id)));
                audit(app, "link-revoked", fx);
            }
        }
        AdvisorAction::Export => {
            if let Some(client) = &app.client {
                fx.push(Effect::Advisor(AdvisorOp::Export(client.code.clone())));
                audit(app, "export", fx);
            }
        }
        AdvisorAction::Erase => go(
            app,
            AdvisorScreen::Erase {
                field: new_field("", (0, 0), false),
                error: None,
            },
        ),
        AdvisorAction::Audit => {
            go(
                app,
                AdvisorScreen::Audit {
                    rows: Vec::new(),
                    scroll: 0,
                },
            );
            fx.push(Effect::Advisor(AdvisorOp::AuditLog));
        }
        AdvisorAction::ClientHome => client_home(app, fx),
        AdvisorAction::Home => home(app, fx),
        AdvisorAction::Logout => logout(app, fx),
        AdvisorAction::Quit => {
            audit(app, "quit", fx);
            tracing::info!("the program was ended by an advisor");
            fx.push(Effect::Quit);
        }
    }
}

pub(crate) fn note_public(app: &App, section: &str) -> bool {
    matches!(
        app.client.as_ref().and_then(|c| c.answers.get(&keys::note_public(section))),
        Some(Answer::Choice(c)) if c == "yes"
    )
}

pub(crate) fn rate(app: &mut App, competence: &str, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &app.screen else {
        return;
    };
    let AdvisorScreen::Ratings { group } = s.as_ref() else {
        return;
    };
    let Some(&item) = ratings_items(&app.catalog).get(*group) else {
        return;
    };
    let Some(section) = app.catalog.section("competences") else {
        return;
    };
    let path = advisor_path(&answer_path("competences", None, &section.items[item].id));
    let mut ratings = match app.client.as_ref().and_then(|c| c.answers.get(&path)) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    match step_rating(ratings.get(competence).map(String::as_str), 0) {
        Some(level) => ratings.insert(competence.to_string(), level.to_string()),
        None => ratings.remove(competence),
    };
    let answer = (!ratings.is_empty()).then_some(Answer::Ratings(ratings));
    set(app, path, answer, fx);
}

pub(crate) fn submit(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &mut app.screen else {
        return;
    };
    match s.as_mut() {
        AdvisorScreen::Login {
            chosen,
            field,
            error,
            locked_until,
            ..
        } => {
            if let Some(until) = *locked_until
                && until > app.now
            {
                *error = Some("adv-locked");
                return;
            }
            let Some(name) = chosen.clone() else {
                *error = Some("adv-choose-name");
                return;
            };
            let pin = field_text(field);
            *field = pin_field();
            fx.push(Effect::Advisor(AdvisorOp::Login { name, pin }));
        }
        AdvisorScreen::Home { field, error, .. } => match ClientCode::parse(&field_text(field)) {
            Ok(code) => fx.push(Effect::Advisor(AdvisorOp::Open(code))),
            Err(_) => *error = Some("entry-error-mistyped"),
        },
        AdvisorScreen::Erase { field, error } => {
            let typed = ClientCode::parse(&field_text(field)).ok();
            let Some(client) = &app.client else {
                return;
            };
            if typed.as_ref() == Some(&client.code) {
                fx.push(Effect::Advisor(AdvisorOp::Erase(client.code.clone())));
            } else {
                *error = Some("adv-erase-mismatch");
            }
        }
        AdvisorScreen::Note { key, field, public } => {
            let text = field_text(field).trim_end().to_string();
            let (key, public) = (key.clone(), *public);
            let answer = (!text.is_empty()).then_some(Answer::Text(text));
            match key {
                NoteKey::Section(id) => {
                    set(app, keys::note(&id), answer, fx);
                    let flag = public.then(|| Answer::Choice("yes".into()));
                    set(app, keys::note_public(&id), flag, fx);
                }
                NoteKey::Plan => set(app, keys::PLAN.into(), answer, fx),
            }
            go(app, AdvisorScreen::Notes);
        }
        _ => {}
    }
}

// Long by design: one short arm per storage reply, read as one table.
/// Storage answered.
pub fn on_reply(app: &mut App, reply: AdvisorReply, fx: &mut Vec<Effect>) {
    match reply {
        AdvisorReply::Names(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login { names, chosen, .. } = s.as_mut()
            {
                if list.len() == 1 {
                    *chosen = list.first().cloned();
                }
                *names = list;
            }
        }
        AdvisorReply::Login(name, Ok(PinCheck::Right)) => {
            app.advisor = Some(AdvisorSession {
                name: name.clone(),
                edit_logged: false,
                export_paths: Vec::new(),
            });
            tracing::info!("advisor logged in");
            fx.push(audit_line(&name, "login", None));
            home(app, fx);
        }
        AdvisorReply::Login(name, Ok(check @ (PinCheck::Wrong(_) | PinCheck::Locked(_)))) => {
            let (wait, tried) = match check {
                PinCheck::Wrong(wait) => (wait, true),
                PinCheck::Locked(wait) => (wait, false),
                PinCheck::Right => (Duration::ZERO, false),
            };
            if tried {
                tracing::warn!("wrong advisor PIN");
                fx.push(audit_line(&name, "login-failed", None));
            }
            let mut message = "adv-wrong-pin";
            if !wait.is_zero() {
                message = "adv-locked";
                if tried {
                    tracing::warn!(seconds = wait.as_secs(), "advisor login locked");
                    fx.push(audit_line(&name, "lockout", None));
                }
            }
            let now = app.now;
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Login {
                    error,
                    locked_until,
                    ..
                } = s.as_mut()
            {
                *error = Some(message);
                *locked_until = (!wait.is_zero()).then(|| now + wait);
            }
        }
        AdvisorReply::Recent(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Home { recent, .. } = s.as_mut()
            {
                *recent = list;
            }
        }
        AdvisorReply::Opened(Ok(Some((client, links)))) => {
            app.client = Some(client);
            app.last_refresh = app.now;
            if let Some(advisor) = &mut app.advisor {
                advisor.edit_logged = false;
            }
            audit(app, "view", fx);
            go(app, AdvisorScreen::Client { links });
        }
        AdvisorReply::Opened(Ok(None)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Home { error, .. } = s.as_mut()
            {
                *error = Some("entry-error-unknown");
            }
        }
        AdvisorReply::Links(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen {
                match s.as_mut() {
                    AdvisorScreen::Links { links } | AdvisorScreen::Client { links } => {
                        *links = list;
                    }
                    _ => {}
                }
            }
        }
        AdvisorReply::LinkMade(Ok(link)) => go(
            app,
            AdvisorScreen::Qr {
                url: app.settings.link_url(&link.token),
                until: link.until,
            },
        ),
        AdvisorReply::Exported(Ok(paths)) => {
            if let Some(advisor) = app.advisor.as_mut() {
                advisor.export_paths = paths;
            }
            notice(app, "adv-exported", false);
        }
        AdvisorReply::Erased(Ok(_)) => {
            tracing::info!("a session was erased by an advisor on request");
            // Only that an erasure happened: the code no longer appears anywhere.
            if let Some(advisor) = &app.advisor {
                fx.push(audit_line(&advisor.name, "erase", None));
            }
            home(app, fx);
            notice(app, "adv-erased", false);
        }
        AdvisorReply::AuditLog(Ok(list)) => {
            if let Screen::Advisor(s) = &mut app.screen
                && let AdvisorScreen::Audit { rows, .. } = s.as_mut()
            {
                *rows = list;
            }
        }
        AdvisorReply::Done => {}
        AdvisorReply::LinkMade(Err(StoreError::SessionGone))
        | AdvisorReply::Opened(Err(StoreError::SessionGone)) => {
            close_session(app, fx);
        }
        AdvisorReply::Names(Err(e))
        | AdvisorReply::Login(_, Err(e))
        | AdvisorReply::Recent(Err(e))
        | AdvisorReply::Opened(Err(e))
        | AdvisorReply::Links(Err(e))
        | AdvisorReply::LinkMade(Err(e))
        | AdvisorReply::Exported(Err(e))
        | AdvisorReply::Erased(Err(e))
        | AdvisorReply::AuditLog(Err(e)) => {
            tracing::error!(error = %e, "advisor storage work failed");
            notice(app, "adv-storage-failed", true);
        }
    }
}

/// Esc on an advisor screen.
pub fn back(app: &mut App, fx: &mut Vec<Effect>) {
    let Screen::Advisor(s) = &app.screen else {
        return;
    };
    match s.as_ref() {
        AdvisorScreen::Login { .. } => reset(app, fx),
        AdvisorScreen::Home { .. } | AdvisorScreen::Audit { .. } => {}
        AdvisorScreen::Client { .. } => home(app, fx),
        AdvisorScreen::Note { .. } => go(app, AdvisorScreen::Notes),
        AdvisorScreen::Ratings { .. }
        | AdvisorScreen::Notes
        | AdvisorScreen::Documents
        | AdvisorScreen::Links { .. }
        | AdvisorScreen::Qr { .. }
        | AdvisorScreen::Erase { .. } => client_home(app, fx),
    }
}

/// The session was erased or purged while open here: nothing more is written, and
/// the client is told plainly and sent back to the start.
pub(crate) fn close_session(app: &mut App, fx: &mut Vec<Effect>) {
    tracing::warn!("the open session was closed by the office (erased); back to welcome");
    app.draft_since = None;
    app.client = None;
    if app.advisor.is_some() {
        closed(app, fx);
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
