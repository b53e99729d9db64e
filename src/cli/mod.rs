//! The command line: `kiosk` runs the kiosk; subcommands serve the office's IT.

pub mod advisor;
mod doctor;
mod open;

use doctor::doctor;

use open::{export_dirs, load_catalog, open_for_care, printable};

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::domain::checklist::Catalog;
use crate::i18n::{self, Tr};
use crate::kiosk::{App, Settings};
use crate::runtime::{Kiosk, Signals, run_terminal};
use crate::store::{self, Store, StoreError, StoreWorker};
use crate::ui::theme::Theme;
use crate::web::PortfolioServer;

/// The skills kiosk: a skills assessment for migrants on a shared terminal.
#[derive(Debug, Parser)]
#[command(name = "kiosk", version, about)]
pub struct Cli {
    /// The SQLite database file [default: $STATE_DIRECTORY/kiosk.sqlite3 under systemd,
    /// else $XDG_DATA_HOME/skills-kiosk/kiosk.sqlite3].
    #[arg(long, global = true, env = "KIOSK_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The configuration file (TOML); without it every setting has its default.
    #[arg(long, global = true, env = "KIOSK_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Language of the welcome screen (overrides `kiosk.default_language`).
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// Development mode: Ctrl-C quits.
    #[arg(long)]
    pub dev: bool,
    /// Run the kiosk without its own portfolio server (another process serves the
    /// links, e.g. `kiosk serve` on an office server).
    #[arg(long)]
    pub no_server: bool,
    /// What to do; without one, the kiosk runs.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the kiosk (the same as no subcommand).
    Run,
    /// Serve portfolio links only (no kiosk screen), e.g. on an office server.
    Serve {
        /// Address to listen on (overrides `portfolio.bind`).
        #[arg(long, value_name = "ADDR")]
        bind: Option<std::net::SocketAddr>,
    },
    /// Check configuration, database, checklist, languages, terminal and the
    /// portfolio address, and say what to fix.
    Doctor,
    /// Erase sessions untouched for longer than `retention.days`; prints counts.
    Purge,
    /// Write a consistent copy of the database to PATH (also while the kiosk runs).
    Backup {
        /// The new file (must not exist yet).
        path: PathBuf,
    },
    /// Advisor accounts: add, list, remove, reset-pin.
    Advisor {
        #[command(subcommand)]
        command: crate::cli::advisor::AdvisorCommand,
    },
    /// Print the audit log: who did what to which client code, and when.
    Audit {
        /// Only from this day on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Write a client's portfolio as HTML or JSON (for the office's case file).
    Export {
        /// The client's code.
        code: String,
        /// html or json.
        #[arg(long, value_enum, default_value = "html")]
        format: crate::web::export::ExportFormat,
        /// A new file to write (private to you); without it, standard output.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Show which occupations the kiosk finds for TEXT, best first: ISCO-08 code,
    /// German title, the title in the client's language.
    Occupations {
        /// What a client would type, e.g. "Elektriker".
        text: String,
        /// The client's language [default: `kiosk.default_language`].
        #[arg(long = "lang", value_name = "CODE")]
        language: Option<String>,
        /// How many to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Erase a client's session and everything in it, on the client's request.
    Erase {
        /// The client's code (as written on their note; dashes optional).
        code: String,
    },
    /// Replace the database with the backup at PATH, after checking it. Stop the
    /// kiosk first; the current database is kept beside it.
    Restore {
        /// The backup file.
        path: PathBuf,
    },
}

/// Parses the command line and runs; returns the process exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang_hint = cli.lang.clone().filter(|l| i18n::is_shipped(l));
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            let tr = Tr::new(lang_hint.as_deref().unwrap_or("de"));
            eprintln!("{}\n{e}", tr.t("error-config"));
            return ExitCode::from(2);
        }
    };
    let mut config = config;
    if let Some(lang) = &cli.lang {
        if !config.kiosk.languages.contains(lang) {
            let tr = Tr::new(&config.kiosk.default_language);
            eprintln!(
                "{}",
                tr.t2(
                    "error-unknown-language",
                    ("lang", lang.clone().into()),
                    ("known", config.kiosk.languages.join(", ").into())
                )
            );
            return ExitCode::from(2);
        }
        config.kiosk.default_language = lang.clone();
    }
    // An office's own checklist texts go in before any text is used.
    match crate::domain::checklist::office_texts(&config.checklist) {
        Ok(extra) => {
            i18n::load_with_office_texts(&extra);
        }
        Err(e) => {
            let tr = Tr::new(&config.kiosk.default_language);
            eprintln!("{}\n{e}", tr.t("error-catalog"));
            return ExitCode::from(2);
        }
    }
    let db = cli.db.clone().unwrap_or_else(store::default_path);
    init_logging(&db, &config.log.level);
    let tr = Tr::new(&config.kiosk.default_language);
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(&config, &db, cli.dev, cli.no_server, tr),
        Command::Serve { bind } => serve(&config, &db, bind, tr),
        Command::Doctor => doctor(&config, &db, cli.config.as_deref(), tr),
        Command::Purge => purge(&config, &db, tr),
        Command::Backup { path } => backup(&db, &path, tr),
        Command::Advisor { command } => crate::cli::advisor::advisor(&db, command, tr),
        Command::Audit { since } => crate::cli::advisor::audit(&db, since.as_deref(), tr),
        Command::Export { code, format, out } => {
            crate::cli::advisor::export(&config, &db, &code, format, out.as_deref(), tr)
        }
        Command::Restore { path } => restore(&db, &path),
        Command::Erase { code } => erase(&config, &db, &code, tr),
        Command::Occupations {
            text,
            language,
            limit,
        } => occupations(&text, language.as_deref().unwrap_or(tr.lang), limit, tr),
    }
}

/// `kiosk occupations`: what the occupation search finds, as the kiosk ranks it.
fn occupations(text: &str, lang: &str, limit: usize, tr: Tr<'_>) -> ExitCode {
    if !i18n::is_shipped(lang) {
        eprintln!(
            "{}",
            tr.t2(
                "error-unknown-language",
                ("lang", printable(lang).into()),
                ("known", i18n::SHIPPED.join(", ").into())
            )
        );
        return ExitCode::from(2);
    }
    let reference = match crate::domain::reference::reference() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let hits = reference.search_occupations(text, lang, limit);
    if hits.is_empty() {
        println!("no occupation found");
        return ExitCode::from(1);
    }
    for (rank, group) in hits.iter().enumerate() {
        let (de, own) = (group.name("de"), group.name(lang));
        if own == de {
            println!("{:>2}. {}  {de}", rank + 1, group.code);
        } else {
            println!("{:>2}. {}  {de}  |  {own}", rank + 1, group.code);
        }
    }
    ExitCode::SUCCESS
}

/// Prints which export files were deleted and which could not be; true if none is left.
fn report_files(deleted: &[PathBuf], left: &[(PathBuf, String)]) -> bool {
    for path in deleted {
        println!(
            "deleted export file {}",
            printable(&path.display().to_string())
        );
    }
    for (path, why) in left {
        eprintln!(
            "could NOT delete export file {} ({why}): delete it by hand",
            printable(&path.display().to_string())
        );
    }
    left.is_empty()
}

fn purge(config: &Config, db: &Path, tr: Tr<'_>) -> ExitCode {
    let mut store = match open_for_care(db, tr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let dirs = export_dirs(config, &store);
    let result = store.purge(config.retention.days, chrono::Utc::now(), &dirs);
    // A purge also finishes an erasure that could not empty the log earlier.
    let result = result.and_then(|r| store.clear_log().map(|()| r));
    match result {
        Ok(r) => {
            tracing::info!(sessions = r.sessions, "purge by command");
            println!(
                "erased {} sessions ({} answers, {} unconfirmed texts) untouched for more than {} days",
                r.sessions, r.answers, r.drafts, config.retention.days
            );
            if report_files(&r.files_deleted, &r.files_left) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => {
            eprintln!("{}\n{}", tr.t(e.message_id()), printable(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

fn erase(config: &Config, db: &Path, typed: &str, tr: Tr<'_>) -> ExitCode {
    let code = match crate::domain::code::ClientCode::parse(typed) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("not a client code: {e}");
            return ExitCode::from(2);
        }
    };
    let mut store = match open_for_care(db, tr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let dirs = export_dirs(config, &store);
    match store.erase(&code, &dirs) {
        Ok(Some(report)) => {
            // Only that an erasure happened is logged and audited, never whose.
            tracing::info!(
                answers = report.answers,
                files = report.files_deleted.len(),
                "a session was erased on request"
            );
            if let Err(e) = store.audit(&crate::cli::advisor::command_line_actor(), "erase", None) {
                tracing::error!(error = %e, "erasure not recorded in the audit log");
            }
            println!(
                "erased the session of {code} with {} answers",
                report.answers
            );
            if report_files(&report.files_deleted, &report.files_left) {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Ok(None) => {
            eprintln!("no session has the code {code}");
            ExitCode::from(1)
        }
        Err(e @ StoreError::EraseIncomplete(_)) => {
            let _ = store.audit(
                &crate::cli::advisor::command_line_actor(),
                "erase-incomplete",
                None,
            );
            eprintln!("{}", printable(&e.to_string()));
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{}\n{}", tr.t(e.message_id()), printable(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

fn backup(db: &Path, dest: &Path, tr: Tr<'_>) -> ExitCode {
    let store = match open_for_care(db, tr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match store.backup_to(dest) {
        Ok(()) => {
            println!(
                "backup written and checked: {}",
                printable(&dest.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("backup failed: {}", printable(&e.to_string()));
            ExitCode::from(1)
        }
    }
}

fn restore(db: &Path, source: &Path) -> ExitCode {
    match store::restore(db, source) {
        Ok(r) => {
            tracing::info!(sessions = r.sessions, "database restored from a backup");
            let kept = match &r.kept {
                Some(kept) => format!(
                    "; the previous database is kept as {}",
                    printable(&kept.display().to_string())
                ),
                None => String::new(),
            };
            println!(
                "restored {} sessions from {}{kept}",
                r.sessions,
                printable(&source.display().to_string()),
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            // One line; nothing was changed.
            let line = printable(&e.to_string()).replace('\n', " ");
            eprintln!("restore refused, nothing was changed: {line}");
            ExitCode::from(1)
        }
    }
}

/// Starts the portfolio server on `bind`, or says why not.
fn start_server(
    bind: SocketAddr,
    db: &Path,
    catalog: &Catalog,
    threads: usize,
) -> Option<PortfolioServer> {
    match PortfolioServer::start(bind, db.to_path_buf(), catalog.clone(), threads) {
        Ok(server) => Some(server),
        Err(e) => {
            // Logged only: on the kiosk's own terminal a line would spoil the screen.
            tracing::error!(%bind, error = %e, "portfolio server cannot listen");
            None
        }
    }
}

/// The checklist and the signal handlers a long-running command needs, or the exit
/// status saying why not.
fn catalog_and_signals(config: &Config, tr: Tr<'_>) -> Result<(Catalog, Signals), ExitCode> {
    let catalog = load_catalog(config, tr)?;
    let signals = Signals::install().map_err(|e| {
        eprintln!("signals: {e}");
        ExitCode::from(1)
    })?;
    Ok((catalog, signals))
}

fn serve(config: &Config, db: &Path, bind: Option<SocketAddr>, tr: Tr<'_>) -> ExitCode {
    let (catalog, signals) = match catalog_and_signals(config, tr) {
        Ok(both) => both,
        Err(code) => return code,
    };
    // Opening once checks and migrates the database before any reader uses it.
    if let Err(code) = open_for_care(db, tr) {
        return code;
    }
    let bind = bind.unwrap_or_else(|| config.portfolio.bind_addr());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let Some(server) = start_server(bind, db, &catalog, threads) else {
        eprintln!("portfolio server cannot listen on {bind} (see the log)");
        return ExitCode::from(1);
    };
    println!(
        "serving portfolio links on http://{} (links start with {})",
        server.addr(),
        config.portfolio.link_base(Some(server.addr()))
    );
    while !signals.terminating() {
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(server);
    tracing::info!("portfolio server stopped");
    ExitCode::SUCCESS
}

fn run(config: &Config, db: &Path, dev: bool, no_server: bool, tr: Tr<'_>) -> ExitCode {
    let (catalog, signals) = match catalog_and_signals(config, tr) {
        Ok(both) => both,
        Err(code) => return code,
    };
    let store = match Store::open_for_kiosk(db) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "cannot open database");
            if !std::io::stdout().is_terminal() {
                eprintln!("{}\n{e}", tr.t(e.message_id()));
                return ExitCode::from(1);
            }
            // On the office screen: say so and keep trying, instead of a restart loop.
            match crate::runtime::wait_for_storage(db, e, &config.kiosk.default_language, &signals)
            {
                Some(store) => store,
                None => return ExitCode::SUCCESS,
            }
        }
    };
    let theme = Theme::new(config.display.theme, Theme::no_color_requested());
    // The kiosk serves its own links unless told not to; if the port is taken (say,
    // by `kiosk serve` on this machine) the kiosk still runs and links still work.
    let server = if no_server {
        None
    } else {
        start_server(config.portfolio.bind_addr(), db, &catalog, 1)
    };
    let mut settings = Settings::from_config(config, dev);
    settings.link_base = config
        .portfolio
        .link_base(server.as_ref().map(PortfolioServer::addr));
    let app = App::new(settings, catalog, theme, Instant::now());
    let export_dir = Some(&config.advisor.export_dir)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from);
    let dirs = export_dirs(config, &store);
    let kiosk = Kiosk::new(
        app,
        StoreWorker::start_with_retention(store, config.retention.days, dirs),
    )
    .with_export_dir(export_dir);
    tracing::info!("kiosk started");
    let result = run_terminal(kiosk, signals);
    drop(server);
    match result {
        Ok(()) => {
            tracing::info!("kiosk stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("terminal: {e}");
            ExitCode::from(1)
        }
    }
}

/// Logs to the journal under systemd, to stderr when it is not the kiosk's own
/// screen (a pipe), otherwise to `kiosk.log` beside the database. `KIOSK_LOG`
/// overrides the configured level. Log lines carry counts and states, never an
/// answer, a code, a name, a PIN or a token.
fn init_logging(db: &Path, level: &str) {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::prelude::*;
    // A restore migrates copies in memory to compare schemas: no news for a log.
    let filter = || {
        EnvFilter::try_from_env("KIOSK_LOG")
            .unwrap_or_else(|_| EnvFilter::new(format!("{level},rusqlite_migration=warn")))
    };
    let under_systemd = std::env::var_os("INVOCATION_ID").is_some()
        && Path::new("/run/systemd/journal/socket").exists();
    if under_systemd && let Ok(journal) = tracing_journald::layer() {
        let _ = tracing_subscriber::registry()
            .with(filter())
            .with(journal.with_syslog_identifier("skills-kiosk".into()))
            .try_init();
        return;
    }
    let builder = tracing_subscriber::fmt().with_env_filter(filter());
    if !std::io::stderr().is_terminal() {
        let _ = builder.with_writer(std::io::stderr).try_init();
        return;
    }
    let log_path = db.with_file_name("kiosk.log");
    let file = log_path.parent().and_then(|dir| {
        std::fs::create_dir_all(dir).ok()?;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(&log_path)
            .ok()
    });
    match file {
        Some(file) => {
            let _ = builder
                .with_ansi(false)
                .with_writer(std::sync::Mutex::new(file))
                .try_init();
        }
        None => {
            let _ = builder.with_writer(std::io::sink).try_init();
        }
    }
}
