//! The command line: `kiosk` runs the kiosk; subcommands serve the office's IT.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::app::{App, Settings};
use crate::catalog::Catalog;
use crate::config::Config;
use crate::i18n::{self, Tr};
use crate::runtime::{Kiosk, Signals, run_terminal};
use crate::store::{self, Store, StoreError, StoreWorker};
use crate::ui::theme::Theme;

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
    /// What to do; without one, the kiosk runs.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the kiosk (the same as no subcommand).
    Run,
    /// Check the configuration, database, checklist and languages, and report.
    Doctor,
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
    let db = cli.db.clone().unwrap_or_else(store::default_path);
    init_logging(&db);
    let tr = Tr::new(&config.kiosk.default_language);
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(&config, &db, cli.dev, tr),
        Command::Doctor => doctor(&config, &db, cli.config.as_deref(), tr),
    }
}

fn run(config: &Config, db: &Path, dev: bool, tr: Tr<'_>) -> ExitCode {
    let catalog = match Catalog::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}\n{e}", tr.t("error-catalog"));
            return ExitCode::from(2);
        }
    };
    let store = match Store::open(db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}\n{e}", storage_sentence(tr, &e));
            tracing::error!(error = %e, "cannot open database");
            return ExitCode::from(1);
        }
    };
    let signals = match Signals::install() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("signals: {e}");
            return ExitCode::from(1);
        }
    };
    let theme = Theme::new(config.display.theme, Theme::no_color_requested());
    let app = App::new(
        Settings::from_config(config, dev),
        catalog,
        theme,
        Instant::now(),
    );
    let kiosk = Kiosk::new(app, StoreWorker::start(store));
    tracing::info!("kiosk started");
    match run_terminal(kiosk, signals) {
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

/// A sentence about a storage problem, in the kiosk's language.
pub fn storage_sentence(tr: Tr<'_>, e: &StoreError) -> String {
    let key = match e {
        StoreError::CannotOpen { .. } => "error-db-cannot-open",
        StoreError::Corrupt(_) => "error-db-corrupt",
        StoreError::Locked(_) => "error-db-locked",
        StoreError::DiskFull(_) => "error-db-full",
        StoreError::ReadOnly(_) => "error-db-readonly",
        StoreError::Migration(_) | StoreError::Unavailable | StoreError::Other(_) => {
            "error-db-other"
        }
    };
    tr.t(key)
}

fn doctor(config: &Config, db: &Path, config_path: Option<&Path>, tr: Tr<'_>) -> ExitCode {
    let mut ok = true;
    let mut report = |good: bool, what: String| {
        ok &= good;
        println!("{} {what}", if good { "ok  " } else { "FAIL" });
    };
    report(
        true,
        format!(
            "configuration: {}",
            config_path.map_or("defaults".into(), |p| p.display().to_string())
        ),
    );
    match Catalog::embedded() {
        Ok(c) => report(
            true,
            format!(
                "checklist: {} sections, {} questions",
                c.sections.len(),
                c.item_count()
            ),
        ),
        Err(e) => report(false, format!("checklist: {e}")),
    }
    report(
        true,
        format!("languages: {}", config.kiosk.languages.join(", ")),
    );
    match Store::open(db) {
        Ok(store) => {
            let check: Result<String, _> =
                store
                    .connection()
                    .query_row("PRAGMA quick_check", [], |r| r.get(0));
            match check {
                Ok(s) if s == "ok" => report(true, format!("database: {}", db.display())),
                Ok(s) => report(false, format!("database {}: {s}", db.display())),
                Err(e) => report(false, format!("database {}: {e}", db.display())),
            }
        }
        Err(e) => report(false, format!("{}: {e}", storage_sentence(tr, &e))),
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Logs to stderr when it is not the kiosk's own screen (systemd's journal, a pipe),
/// otherwise to `kiosk.log` beside the database. `KIOSK_LOG` sets the level.
fn init_logging(db: &Path) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("KIOSK_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
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
