//! The advisor's screens: login, finding a client, the client overview, ratings side
//! by side, notes and plan, documents, links, erasure, the audit log.

use super::{Control, Page};
use ratatui_textarea::TextArea;

use crate::domain::checklist::{self, ItemKind};
use crate::domain::session::advisor_keys::{self as keys, advisor_path};
use crate::domain::session::{Answer, answer_path};
use crate::i18n::{Tr, format_stamp, locales};
use crate::kiosk::{Action, App};
use crate::kiosk::{AdvisorAction as A, AdvisorScreen, NoteKey};
use crate::ui::page::{Field, Para, Tone};
use crate::ui::text::sanitize;

use super::summary::link_paragraphs;
use super::{blank, help};
use crate::domain::wording::competence_text;

fn act(label: String, action: A) -> Control {
    Control::new(label, Action::Advisor(action))
}

/// The page of advisor screen `screen`.
pub fn page<'a>(app: &'a App, tr: Tr<'_>, screen: &'a AdvisorScreen) -> Page<'a> {
    match screen {
        AdvisorScreen::Login {
            names,
            chosen,
            field,
            error,
            ..
        } => login(tr, names, chosen.as_deref(), field, *error),
        AdvisorScreen::Home {
            field,
            recent,
            error,
        } => home(app, tr, field, recent, *error),
        AdvisorScreen::Client { links } => client(app, tr, links),
        AdvisorScreen::Ratings { group } => ratings(app, tr, *group),
        AdvisorScreen::Notes => notes(app, tr),
        AdvisorScreen::Note { key, field, public } => note(tr, key, field, *public),
        AdvisorScreen::Documents => documents(app, tr),
        AdvisorScreen::Links { links } => link_list(tr, links),
        AdvisorScreen::Qr { url, until } => {
            let mut page = blank(tr.t("adv-links-title"), help(tr, &["help-confirm"]));
            (page.text, page.qr) = link_paragraphs(tr, url, *until);
            page.buttons = vec![act(tr.t("button-close"), A::Links)];
            page
        }
        AdvisorScreen::Erase { field, error } => erase(tr, field, *error),
        AdvisorScreen::Audit { rows, scroll } => audit(tr, rows, *scroll),
    }
}

/// Choose your name, type your PIN.
fn login<'a>(
    tr: Tr<'_>,
    names: &[String],
    chosen: Option<&str>,
    field: &'a TextArea<'static>,
    error: Option<&str>,
) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-login-title"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    let intro = if names.is_empty() {
        "adv-no-advisors"
    } else {
        "adv-login-text"
    };
    page.text.push(Para::new(tr.t(intro), Tone::Normal));
    if let Some(error) = error {
        page.text.push(Para::new(tr.t(error), Tone::Warn));
    }
    page.options = names
        .iter()
        .map(|n| act(n.clone(), A::Choose(n.clone())).chosen(chosen == Some(n.as_str())))
        .collect();
    page.field = Some(Field {
        area: field,
        lines: 1,
        label: tr.t("adv-pin"),
    });
    page.buttons = vec![
        act(tr.t("adv-log-in"), A::Submit),
        Control::new(tr.t("button-back"), Action::Back),
    ];
    page
}

/// Find a client: by code, or from the recent list.
fn home<'a>(
    app: &App,
    tr: Tr<'_>,
    field: &'a TextArea<'static>,
    recent: &[crate::kiosk::RecentSession],
    error: Option<&str>,
) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-home-title"),
        help(tr, &["help-choose", "help-confirm"]),
    );
    let name = app
        .advisor
        .as_ref()
        .map(|a| a.name.clone())
        .unwrap_or_default();
    page.text = vec![
        Para::new(tr.t1("adv-logged-in", "name", name), Tone::Dim),
        Para::new(tr.t("adv-home-text"), Tone::Normal),
    ];
    if let Some(error) = error {
        page.text.push(Para::new(tr.t(error), Tone::Warn));
    }
    page.field = Some(Field {
        area: field,
        lines: 1,
        label: tr.t("adv-code"),
    });
    page.field_first = true;
    page.options = recent
        .iter()
        .map(|r| {
            let label = format!(
                "{} · {} · {} · {}",
                r.code,
                locales().text(&r.language, "language-name"),
                tr.t2(
                    "progress-label",
                    ("answered", (r.progress.0 as i64).into()),
                    ("total", (r.progress.1 as i64).into())
                ),
                format_stamp(tr.lang, &r.updated_at)
            );
            act(label, A::Open(r.code.clone()))
        })
        .collect();
    page.buttons = vec![
        act(tr.t("adv-open"), A::Submit),
        act(tr.t("adv-audit"), A::Audit),
        act(tr.t("adv-quit"), A::Quit),
        act(tr.t("adv-log-out"), A::Logout),
    ];
    page
}

/// One note (on a section, or the plan of next steps).
fn note<'a>(tr: Tr<'_>, key: &NoteKey, field: &'a TextArea<'static>, public: bool) -> Page<'a> {
    let (title, text) = match key {
        NoteKey::Section(id) => (tr.t(&checklist::section_key(id)), tr.t("adv-note-text")),
        NoteKey::Plan => (tr.t("adv-plan-title"), tr.t("adv-plan-text")),
    };
    let mut page = blank(title, help(tr, &["help-newline", "help-next-field"]));
    page.text.push(Para::new(text, Tone::Normal));
    if matches!(key, NoteKey::Section(_)) {
        let mark = if public { "[x]" } else { "[ ]" };
        page.options = vec![
            act(
                format!("{mark} {}", tr.t("adv-note-public")),
                A::TogglePublic,
            )
            .chosen(public),
        ];
    }
    page.field = Some(Field {
        area: field,
        lines: 6,
        label: tr.t("adv-note"),
    });
    page.buttons = vec![
        act(tr.t("adv-save"), A::Submit),
        Control::new(tr.t("button-back"), Action::Back),
    ];
    page
}

/// The client's portfolio links, newest first, each withdrawable.
fn link_list<'a>(tr: Tr<'_>, links: &[crate::store::LinkInfo]) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-links-title"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text.push(Para::new(
        tr.t(if links.is_empty() {
            "adv-no-links"
        } else {
            "adv-links-text"
        }),
        Tone::Normal,
    ));
    let now = chrono::Utc::now();
    page.options = links
        .iter()
        .map(|l| {
            let state = if l.revoked_at.is_some() {
                "adv-link-revoked"
            } else if l.is_live(now) {
                "adv-link-live"
            } else {
                "adv-link-expired"
            };
            let label = format!(
                "{} → {} · {}",
                format_stamp(tr.lang, &l.created_at),
                format_stamp(tr.lang, &l.expires_at),
                tr.t(state)
            );
            act(label, A::Revoke(Some(l.id))).chosen(l.is_live(now))
        })
        .collect();
    page.buttons = vec![
        act(tr.t("adv-new-link"), A::NewLink),
        act(tr.t("adv-revoke-all"), A::Revoke(None)),
        act(tr.t("button-back"), A::ClientHome),
    ];
    page
}

/// Type the client's code again to erase their session.
fn erase<'a>(tr: Tr<'_>, field: &'a TextArea<'static>, error: Option<&str>) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-erase-title"),
        help(tr, &["help-type", "help-confirm", "help-back"]),
    );
    page.text
        .push(Para::new(tr.t("adv-erase-text"), Tone::Warn));
    if let Some(error) = error {
        page.text.push(Para::new(tr.t(error), Tone::Warn));
    }
    page.field = Some(Field {
        area: field,
        lines: 1,
        label: tr.t("adv-code"),
    });
    page.buttons = vec![
        act(tr.t("adv-erase-confirm"), A::Submit),
        act(tr.t("button-back"), A::ClientHome),
    ];
    page
}

/// The audit log, newest first.
fn audit<'a>(tr: Tr<'_>, rows: &[crate::store::AuditRow], scroll: usize) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-audit-title"),
        help(tr, &["help-scroll", "help-confirm"]),
    );
    page.text.push(Para::new(tr.t("adv-audit-text"), Tone::Dim));
    let lines: Vec<String> = rows
        .iter()
        .map(|r| {
            let code = r
                .client_code
                .as_deref()
                .and_then(|c| crate::domain::code::ClientCode::parse(c).ok())
                .map(|c| c.to_string())
                .unwrap_or_default();
            format!(
                "{} {} · {} · {} {code}",
                r.at.get(..10).unwrap_or_default(),
                r.at.get(11..16).unwrap_or_default(),
                sanitize(&r.actor, false),
                r.action
            )
        })
        .collect();
    if !lines.is_empty() {
        page.text.push(Para::new(lines.join("\n"), Tone::Normal));
    }
    page.text_scroll = scroll;
    page.buttons = vec![act(tr.t("button-back"), A::Home)];
    page
}

fn client<'a>(app: &App, tr: Tr<'_>, links: &[crate::store::LinkInfo]) -> Page<'a> {
    let Some(client) = &app.client else {
        return blank(tr.t("adv-home-title"), String::new());
    };
    let mut page = blank(
        tr.t1("adv-client-title", "code", client.code.to_string()),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    let (answered, total) = client.overall_progress(&app.catalog);
    let text = |key: &str| match client.answers.get(key) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    };
    let status = match (text(keys::REVIEWED_BY), text(keys::REVIEWED_AT)) {
        (Some(by), Some(at)) => tr.t2(
            "page-reviewed",
            ("name", sanitize(&by, false).into()),
            ("date", format_stamp(tr.lang, &at).into()),
        ),
        _ => tr.t("adv-not-reviewed"),
    };
    let live = links
        .iter()
        .filter(|l| l.is_live(chrono::Utc::now()))
        .count();
    page.text = vec![Para::new(
        format!(
            "{} · {}\n{status}\n{}",
            locales().text(&client.language, "language-name"),
            tr.t2(
                "progress-label",
                ("answered", (answered as i64).into()),
                ("total", (total as i64).into())
            ),
            tr.t1("adv-live-links", "count", live as i64)
        ),
        Tone::Normal,
    )];
    let exported = app
        .advisor
        .as_ref()
        .map_or(&[][..], |a| &a.export_paths[..]);
    if !exported.is_empty() {
        let files: Vec<String> = exported.iter().map(|p| p.display().to_string()).collect();
        page.text.push(Para::new(files.join("\n"), Tone::Ok));
    }
    page.options = vec![
        act(tr.t("adv-review"), A::Review),
        act(tr.t("adv-ratings"), A::Ratings),
        act(tr.t("adv-notes"), A::Notes),
        act(tr.t("adv-documents"), A::Documents),
        act(tr.t("adv-mark-reviewed"), A::MarkReviewed),
        act(tr.t("adv-links"), A::Links),
        act(tr.t("adv-export"), A::Export),
        act(tr.t("adv-erase"), A::Erase),
    ];
    page.buttons = vec![
        act(tr.t("adv-back-to-list"), A::Home),
        act(tr.t("adv-log-out"), A::Logout),
    ];
    page
}

fn ratings<'a>(app: &App, tr: Tr<'_>, group: usize) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-ratings"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    let Some(section) = app.catalog.section("competences") else {
        return page;
    };
    let items: Vec<_> = section
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Ratings { .. }))
        .collect();
    let Some(item) = items.get(group) else {
        return page;
    };
    let ItemKind::Ratings {
        competences: ids, ..
    } = &item.kind
    else {
        return page;
    };
    let answers = app.client.as_ref().map(|c| &c.answers);
    let path = answer_path("competences", None, &item.id);
    let get = |p: &str| match answers.and_then(|a| a.get(p)) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    let (own, advisor) = (get(&path), get(&advisor_path(&path)));
    page.title = format!(
        "{} · {}",
        tr.t("adv-ratings"),
        tr.t(&format!("summary-group-{}", item.id))
    );
    page.text.push(Para::new(tr.t("scale-legend"), Tone::Dim));
    page.text
        .push(Para::new(tr.t("adv-ratings-text"), Tone::Normal));
    page.options = ids
        .iter()
        .map(|id| {
            let level = |m: &std::collections::BTreeMap<String, String>| {
                m.get(id).map_or("–".to_string(), |l| l.to_uppercase())
            };
            let label = tr.t2(
                "adv-rating-row",
                ("client", level(&own).into()),
                ("advisor", level(&advisor).into()),
            );
            act(
                format!("{}: {label}", competence_text(tr, "competences", item, id)),
                A::Rate(id.clone()),
            )
        })
        .collect();
    page.buttons = vec![
        act(tr.t("button-back"), A::Group(-1)),
        act(tr.t("button-next"), A::Group(1)),
    ];
    page
}

fn notes<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-notes"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text
        .push(Para::new(tr.t("adv-notes-text"), Tone::Normal));
    let answers = app.client.as_ref().map(|c| &c.answers);
    let has = |key: &str| answers.is_some_and(|a| a.contains_key(key));
    page.options = app
        .catalog
        .sections
        .iter()
        .map(|s| {
            let mark = match (has(&keys::note(&s.id)), has(&keys::note_public(&s.id))) {
                (true, true) => format!(" · {}", tr.t("adv-note-in-portfolio")),
                (true, false) => format!(" · {}", tr.t("adv-note-internal")),
                _ => String::new(),
            };
            act(
                format!("{}{mark}", tr.t(&checklist::section_key(&s.id))),
                A::OpenNote(NoteKey::Section(s.id.clone())),
            )
            .chosen(has(&keys::note(&s.id)))
        })
        .chain(std::iter::once(
            act(tr.t("adv-plan-title"), A::OpenNote(NoteKey::Plan)).chosen(has(keys::PLAN)),
        ))
        .collect();
    page.buttons = vec![act(tr.t("button-back"), A::ClientHome)];
    page
}

fn documents<'a>(app: &App, tr: Tr<'_>) -> Page<'a> {
    let mut page = blank(
        tr.t("adv-documents"),
        help(tr, &["help-choose", "help-confirm", "help-back"]),
    );
    page.text
        .push(Para::new(tr.t("adv-documents-text"), Tone::Normal));
    let Some(client) = &app.client else {
        return page;
    };
    let portfolio = crate::domain::portfolio::derive(client, &app.catalog, &client.language);
    let marks = match client.answers.get(keys::DOCUMENTS) {
        Some(Answer::Ratings(r)) => r.clone(),
        _ => Default::default(),
    };
    // Documents are kept by their German name, the language of the office's file,
    // and shown in the advisor's language.
    page.options = portfolio
        .documents_to_bring(tr.lang)
        .into_iter()
        .map(|(own, doc)| {
            let state = match marks.get(&doc).map(String::as_str) {
                Some("seen") => tr.t("adv-doc-seen"),
                Some("verified") => tr.t("adv-doc-verified"),
                _ => tr.t("adv-doc-not-seen"),
            };
            act(format!("{state} · {own}"), A::Document(doc.clone()))
                .chosen(marks.contains_key(&doc))
        })
        .collect();
    if page.options.is_empty() {
        page.text
            .push(Para::new(tr.t("adv-no-documents"), Tone::Dim));
    }
    page.buttons = vec![act(tr.t("button-back"), A::ClientHome)];
    page
}
