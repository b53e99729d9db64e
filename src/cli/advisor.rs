//! Command-line work of the office: advisor accounts, the audit log, exports.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;

use crate::cli::open::{load_catalog, open_for_care, printable};
use crate::config::Config;
use crate::domain::code::ClientCode;
use crate::i18n::Tr;
use crate::store::{Store, hash_pin, pin_is_valid};
use crate::web::export::{ExportFormat, export_text};

/// `kiosk advisor …`
#[derive(Debug, Subcommand)]
pub enum AdvisorCommand {
    /// Add an advisor; the PIN (at least 6 digits) is asked twice on a terminal,
    /// or read as one line from standard input.
    Add {
        /// The advisor's name as shown on reviews, e.g. "Amira Haddad".
        name: String,
    },
    /// List the advisors.
    List,
    /// Remove an advisor.
    Remove {
        /// The advisor's name.
        name: String,
    },
    /// Give an advisor a new PIN (asked like for `add`).
    ResetPin {
        /// The advisor's name.
        name: String,
    },
}

/// Who acts when a command is run: the command line and the system user.
pub fn command_line_actor() -> String {
    let user = real_user();
    // sudo names the person behind it only in the environment: kept as their
    // claim, cleaned and short, beside the real user.
    let claim = std::env::var("SUDO_USER")
        .ok()
        .map(|u| crate::ui::text::sanitize(&u, false))
        .map(|u| u.chars().take(32).collect::<String>())
        .filter(|u| !u.is_empty() && *u != user);
    match claim {
        Some(claim) => format!("command line ({user}, via sudo by {claim})"),
        None => format!("command line ({user})"),
    }
}

/// The name of the process's real user, from the kernel's account of the process
/// and the password file, never from the environment (which anyone can set).
fn real_user() -> String {
    let uid = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|ids| ids.split_whitespace().next().map(str::to_string))
        });
    let Some(uid) = uid else {
        return "unknown user".into();
    };
    let name = std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|passwd| {
            passwd.lines().find_map(|line| {
                let mut fields = line.split(':');
                let name = fields.next()?;
                let id = fields.nth(1)?;
                (id == uid).then(|| name.to_string())
            })
        });
    let name = name.unwrap_or_else(|| format!("uid {uid}"));
    crate::ui::text::sanitize(&name, false)
}

fn read_hidden(prompt: &str) -> std::io::Result<String> {
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    eprint!("{prompt}");
    std::io::stderr().flush()?;
    crossterm::terminal::enable_raw_mode()?;
    let mut typed = String::new();
    let result = loop {
        match event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(std::io::Error::other("cancelled"));
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    crossterm::terminal::disable_raw_mode()?;
    eprintln!();
    result.map(|()| typed)
}

/// The new PIN: asked twice on a terminal, one line of standard input otherwise.
fn new_pin() -> Result<String, String> {
    let pin = if std::io::stdin().is_terminal() {
        let first = read_hidden("PIN (at least 6 digits): ").map_err(|e| e.to_string())?;
        let again = read_hidden("The same PIN again: ").map_err(|e| e.to_string())?;
        if first != again {
            return Err("the two PINs differ; nothing was changed".into());
        }
        first
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    if !pin_is_valid(&pin) {
        return Err("a PIN has at least 6 digits and nothing else; nothing was changed".into());
    }
    Ok(pin)
}

fn valid_name(name: &str) -> bool {
    let trimmed = name.trim();
    !trimmed.is_empty()
        && trimmed.chars().count() <= 80
        && !name.chars().any(crate::ui::text::is_hidden_control)
}

// Long by design: one arm per `kiosk advisor` subcommand.
/// `kiosk advisor …`
pub fn advisor(db: &Path, command: AdvisorCommand, tr: Tr<'_>) -> ExitCode {
    // Adding the first advisor may come before the kiosk's first start: then the
    // database is made, under the kiosk's own rule (a new or empty folder only).
    let opened = match &command {
        AdvisorCommand::Add { .. } if !db.exists() => Store::open_for_kiosk(db).inspect(|_| {
            println!(
                "made a new database at {}",
                printable(&db.display().to_string())
            );
        }),
        _ => Store::open_existing(db),
    };
    let mut store = match opened {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}\n{}", tr.t(e.message_id()), printable(&e.to_string()));
            return ExitCode::from(1);
        }
    };
    let actor = command_line_actor();
    let result = match command {
        AdvisorCommand::List => store.advisors().map(|list| {
            for (name, created) in &list {
                println!("{name}\t(added {})", &created[..10.min(created.len())]);
            }
            if list.is_empty() {
                println!("no advisors yet: add one with `kiosk advisor add NAME`");
            }
            true
        }),
        AdvisorCommand::Add { name } | AdvisorCommand::ResetPin { name } if !valid_name(&name) => {
            eprintln!("an advisor's name is 1 to 80 characters without control characters");
            return ExitCode::from(2);
        }
        command @ (AdvisorCommand::Add { .. } | AdvisorCommand::ResetPin { .. }) => {
            let (name, adding) = match &command {
                AdvisorCommand::Add { name } => (name.trim(), true),
                AdvisorCommand::ResetPin { name } | AdvisorCommand::Remove { name } => {
                    (name.trim(), false)
                }
                AdvisorCommand::List => ("", false),
            };
            let pin = match new_pin() {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            hash_pin(&pin).and_then(|h| {
                let done = if adding {
                    store.add_advisor(name, &h)?
                } else {
                    store.set_advisor_pin(name, &h)?
                };
                match (done, adding) {
                    (true, true) => println!("added advisor {name}"),
                    (true, false) => println!("new PIN set for {name}"),
                    (false, true) => eprintln!("there is already an advisor called {name}"),
                    (false, false) => eprintln!("there is no advisor called {name}"),
                }
                if done {
                    let action = if adding {
                        "advisor-added"
                    } else {
                        "advisor-pin-reset"
                    };
                    store.audit(&actor, action, None)?;
                }
                Ok(done)
            })
        }
        AdvisorCommand::Remove { name } => store.remove_advisor(name.trim()).and_then(|gone| {
            if gone {
                store.audit(&actor, "advisor-removed", None)?;
                println!("removed advisor {}", name.trim());
            } else {
                eprintln!("there is no advisor called {}", name.trim());
            }
            Ok(gone)
        }),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{}\n{e}", tr.t(e.message_id()));
            ExitCode::from(1)
        }
    }
}

/// `kiosk audit [--since DATE]`
pub fn audit(db: &Path, since: Option<&str>, tr: Tr<'_>) -> ExitCode {
    let since = match since.map(|s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")) {
        None => None,
        Some(Ok(date)) => date.and_hms_opt(0, 0, 0).map(|t| t.and_utc()),
        Some(Err(_)) => {
            eprintln!("--since takes a date like 2026-11-25");
            return ExitCode::from(2);
        }
    };
    let store = match open_for_care(db, tr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.audit_log(since) {
        Ok(rows) => {
            for row in rows {
                let code = row
                    .client_code
                    .as_deref()
                    .and_then(|c| ClientCode::parse(c).ok())
                    .map(|c| c.to_string())
                    .unwrap_or_else(|| "-".into());
                println!(
                    "{}\t{}\t{}\t{code}",
                    row.at,
                    printable(&row.actor),
                    printable(&row.action)
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}\n{e}", tr.t(e.message_id()));
            ExitCode::from(1)
        }
    }
}

/// `kiosk export CODE --format html|json [--out PATH]`
pub fn export(
    config: &Config,
    db: &Path,
    typed: &str,
    format: ExportFormat,
    out: Option<&Path>,
    tr: Tr<'_>,
) -> ExitCode {
    let code = match ClientCode::parse(typed) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("not a client code: {e}");
            return ExitCode::from(2);
        }
    };
    let catalog = match load_catalog(config, tr) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut store = match open_for_care(db, tr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let text = match store.load_session(&code) {
        Ok(Some(client)) => export_text(&client, &catalog, format, chrono::Utc::now()),
        Ok(None) => {
            eprintln!("no session has the code {code}");
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("{}\n{e}", tr.t(e.message_id()));
            return ExitCode::from(1);
        }
    };
    let written = match out {
        Some(path) => crate::private_files::write_new(path, &text),
        None => std::io::stdout().write_all(text.as_bytes()),
    };
    if let Err(e) = written {
        eprintln!("export not written: {e}");
        return ExitCode::from(1);
    }
    if let Err(e) = store.audit(&command_line_actor(), "export", Some(&code)) {
        tracing::error!(error = %e, "export not recorded in the audit log");
    }
    // A file written for the client is deleted when the client is erased.
    if let Some(path) = out
        && let Err(e) = store.record_export(&code, path)
    {
        tracing::error!(error = %e, "export file not recorded for erasure");
        eprintln!(
            "note: {} could not be recorded; delete it by hand when the client is erased",
            printable(&path.display().to_string())
        );
    }
    if let Some(path) = out {
        eprintln!("written to {} (readable only by you)", path.display());
    }
    ExitCode::SUCCESS
}
