//! `kiosk doctor`: every part checked, each line `ok`, `WARN` or `FAIL` and what to
//! fix.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use crate::config::Config;
use crate::domain::checklist::Catalog;
use crate::i18n::{self, Tr};
use crate::store::{self, Store};

// Long by design: one line of the report after another, as staff read them.
pub(crate) fn doctor(
    config: &Config,
    db: &Path,
    config_path: Option<&Path>,
    tr: Tr<'_>,
) -> ExitCode {
    let mut failed = false;
    let mut line = |status: Check, what: String| {
        failed |= status == Check::Fail;
        let tag = match status {
            Check::Ok => "ok  ",
            Check::Warn => "WARN",
            Check::Fail => "FAIL",
        };
        println!("{tag} {what}");
    };
    line(
        Check::Ok,
        format!(
            "configuration: {} (checked: every key known, every value allowed)",
            config_path.map_or("none given, defaults".into(), |p| p.display().to_string())
        ),
    );
    match Catalog::from_config(&config.checklist, &config.kiosk.languages) {
        Ok(c) => line(
            Check::Ok,
            format!(
                "checklist: {} sections, {} questions, every text present in {}",
                c.sections.len(),
                c.item_count(),
                i18n::SHIPPED.join(", ")
            ),
        ),
        Err(e) => line(Check::Fail, format!("checklist: {e} — fix the file named")),
    }
    line(
        Check::Ok,
        format!("languages offered: {}", config.kiosk.languages.join(", ")),
    );
    match Store::open_existing(db).and_then(|mut s| s.finish_checks().map(|()| s)) {
        Ok(store) => {
            line(
                Check::Ok,
                format!(
                    "database: {} (integrity check ok, private to this user)",
                    db.display()
                ),
            );
            let version: Result<i64, _> =
                store
                    .connection()
                    .query_row("PRAGMA user_version", [], |r| r.get(0));
            match version {
                Ok(v) if v as usize == store::schema_version() => line(
                    Check::Ok,
                    format!("database schema: version {v}, up to date"),
                ),
                Ok(v) => line(
                    Check::Fail,
                    format!(
                        "database schema: version {v}, expected {}",
                        store::schema_version()
                    ),
                ),
                Err(e) => line(Check::Fail, format!("database schema: {e}")),
            }
            let sessions: Result<i64, _> =
                store
                    .connection()
                    .query_row("SELECT count(*) FROM session", [], |r| r.get(0));
            if let Ok(n) = sessions {
                line(
                    Check::Ok,
                    format!(
                        "sessions stored: {n} (erased after {} days untouched)",
                        config.retention.days
                    ),
                );
            }
        }
        Err(e) => line(
            Check::Fail,
            format!("database: {} {e}", tr.t(e.message_id())),
        ),
    }
    let (status, what) = terminal_report();
    line(status, what);
    let (status, what) = base_url_report(&config.portfolio.link_base(None));
    line(status, what);
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    Ok,
    Warn,
    Fail,
}

fn terminal_report() -> (Check, String) {
    let colours = if crate::ui::theme::Theme::no_color_requested() {
        "colours off (NO_COLOR)".to_string()
    } else {
        format!(
            "TERM={}, COLORTERM={}",
            std::env::var("TERM").unwrap_or_else(|_| "unset".into()),
            std::env::var("COLORTERM").unwrap_or_else(|_| "unset".into())
        )
    };
    if !std::io::stdout().is_terminal() {
        return (
            Check::Warn,
            format!("terminal: not checked (output is not a terminal); {colours}"),
        );
    }
    match crossterm::terminal::size() {
        Ok((w, h)) if w >= crate::kiosk::MIN_SIZE.0 && h >= crate::kiosk::MIN_SIZE.1 => {
            (Check::Ok, format!("terminal: {w}×{h}; {colours}"))
        }
        Ok((w, h)) => (
            Check::Warn,
            format!(
                "terminal: {w}×{h} is smaller than {}×{}: use a smaller font or a larger window; {colours}",
                crate::kiosk::MIN_SIZE.0,
                crate::kiosk::MIN_SIZE.1
            ),
        ),
        Err(e) => (
            Check::Warn,
            format!("terminal: size unknown ({e}); {colours}"),
        ),
    }
}

/// Whether `{base_url}/healthz` answers, over plain HTTP with a short timeout.
fn base_url_report(base_url: &str) -> (Check, String) {
    use std::io::{Read, Write};
    use std::net::{TcpStream, ToSocketAddrs};
    use std::time::Duration;
    let Some(rest) = base_url.strip_prefix("http://") else {
        return (
            Check::Warn,
            format!("portfolio address {base_url}: not checked (only http:// can be checked here)"),
        );
    };
    let host_port = rest.split('/').next().unwrap_or(rest);
    let with_port = if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:80")
    };
    let answer = (|| -> std::io::Result<String> {
        let addr = with_port
            .to_socket_addrs()?
            .next()
            .ok_or_else(|| std::io::Error::other("no address"))?;
        let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
        stream.set_read_timeout(Some(Duration::from_secs(2)))?;
        write!(
            stream,
            "GET /healthz HTTP/1.0\r\nHost: {host_port}\r\nConnection: close\r\n\r\n"
        )?;
        let mut response = String::new();
        stream.take(4096).read_to_string(&mut response)?;
        Ok(response.lines().next().unwrap_or_default().to_string())
    })();
    match answer {
        Ok(status) if status.contains(" 200") => (
            Check::Ok,
            format!("portfolio address {base_url} answers ({status})"),
        ),
        Ok(status) => (
            Check::Warn,
            format!("portfolio address {base_url}/healthz answered \"{status}\""),
        ),
        Err(e) => (
            Check::Warn,
            format!(
                "portfolio address {base_url} does not answer ({e}): is the kiosk or `kiosk serve` running, and is portfolio.base_url right?"
            ),
        ),
    }
}
