//! The kiosk's configuration: a TOML file in which every key is optional.
//!
//! An unknown key or a bad value stops start-up with a sentence that names the key
//! and the file, so an office's IT person can fix it without reading code.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n;

/// All settings, each with a documented default (see `README.md`).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The kiosk itself.
    pub kiosk: KioskConfig,
    /// How the screen looks.
    pub display: DisplayConfig,
    /// The portfolio link and its server.
    pub portfolio: PortfolioConfig,
    /// Advisor mode.
    pub advisor: AdvisorConfig,
    /// How long sessions are kept.
    pub retention: RetentionConfig,
    /// What is logged.
    pub log: LogConfig,
    /// The office's own checklist.
    pub checklist: ChecklistConfig,
}

/// `[checklist]`: an office's own checklist files and hidden sections.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ChecklistConfig {
    /// A folder with `*.toml` catalogue files (used instead of the built-in ones)
    /// and `<lang>.ftl` texts (added over the built-in ones).
    pub dir: Option<std::path::PathBuf>,
    /// Section ids not shown to clients.
    pub hide: Vec<String>,
}

/// `[retention]`: when untouched sessions are erased.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionConfig {
    /// Sessions untouched this many days are erased with their links.
    pub days: u32,
}

impl Default for RetentionConfig {
    fn default() -> Self {
        Self { days: 180 }
    }
}

/// `[log]`: how much the kiosk logs (never answers, names, codes, PINs or tokens).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// `error`, `warn`, `info`, `debug` or `trace`; `KIOSK_LOG` overrides it.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            level: "info".into(),
        }
    }
}

/// `[kiosk]`: languages and idle behaviour.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KioskConfig {
    /// Language of the welcome screen.
    pub default_language: String,
    /// Languages offered, in this order.
    pub languages: Vec<String>,
    /// Seconds without input before "Are you still there?" appears.
    pub idle_timeout_secs: u64,
    /// Seconds the "Are you still there?" countdown lasts.
    pub idle_countdown_secs: u64,
    /// Language shown beneath the client's in the two-language view (F3).
    pub second_language: String,
    /// This terminal's name, for the limits on wrong codes and PINs (which count
    /// per terminal and over all); empty: the host name and the terminal device.
    pub terminal_name: String,
}

/// Who puts right-to-left text in order: the kiosk (for terminals that do not,
/// like foot and xterm) or the terminal (VTE, mlterm, Konsole).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum RtlMode {
    /// The kiosk shapes and reorders; it tells VTE terminals not to reorder again.
    #[default]
    App,
    /// The terminal shapes and reorders; the kiosk only mirrors the layout.
    Terminal,
}

/// `[display]`: colours.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DisplayConfig {
    /// `"default"` or `"high-contrast"`.
    pub theme: ThemeName,
    /// `"app"` or `"terminal"`: who orders right-to-left text.
    pub rtl: RtlMode,
}

/// The colour schemes the kiosk ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Calm colours on the terminal's own background.
    Default,
    /// White and yellow on black, for poor eyesight or bright rooms.
    HighContrast,
}

/// `[advisor]`: advisor mode at the kiosk.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdvisorConfig {
    /// The key that opens the PIN screen, `F1` … `F12` (never shown to clients).
    pub key: String,
    /// Seconds without input before an advisor is logged out; never longer than a
    /// client's. Unset: 120, or the client's timeout if that is shorter.
    pub idle_timeout_secs: Option<u64>,
    /// Folder for exports at the kiosk; empty: `exports/` beside the database.
    pub export_dir: String,
}

impl Default for AdvisorConfig {
    fn default() -> Self {
        Self {
            key: "F12".into(),
            idle_timeout_secs: None,
            export_dir: String::new(),
        }
    }
}

impl AdvisorConfig {
    /// Seconds without input before an advisor is logged out, given the client's.
    pub fn idle_secs(&self, client_idle_secs: u64) -> u64 {
        self.idle_timeout_secs.unwrap_or(120).min(client_idle_secs)
    }

    /// The function key number of `key`.
    pub fn function_key(&self) -> Option<u8> {
        self.key
            .strip_prefix('F')
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=12).contains(n) && ![2, 3].contains(n))
    }
}

/// `[portfolio]`: where the portfolio page is served and linked.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PortfolioConfig {
    /// Start of every portfolio link, as a phone reaches it. Empty: the address
    /// the kiosk's own server listens on (`http://` + `bind`).
    pub base_url: String,
    /// Address the portfolio server listens on.
    pub bind: String,
    /// Days a portfolio link stays valid.
    pub link_ttl_days: u32,
}

impl PortfolioConfig {
    /// The address to listen on (checked when the configuration was read).
    pub fn bind_addr(&self) -> SocketAddr {
        self.bind.parse().unwrap_or(DEFAULT_BIND)
    }

    /// The start of every link: `base_url` without a trailing slash, or the
    /// server's own address (`listening`, else `bind`) when `base_url` is empty.
    pub fn link_base(&self, listening: Option<SocketAddr>) -> String {
        if self.base_url.is_empty() {
            match listening {
                Some(addr) => format!("http://{addr}"),
                None => format!("http://{}", self.bind),
            }
        } else {
            self.base_url.trim_end_matches('/').to_string()
        }
    }
}

impl Default for KioskConfig {
    fn default() -> Self {
        Self {
            default_language: "de".into(),
            languages: i18n::SHIPPED.iter().map(|l| l.to_string()).collect(),
            idle_timeout_secs: 180,
            idle_countdown_secs: 30,
            second_language: "de".into(),
            terminal_name: String::new(),
        }
    }
}

impl Default for DisplayConfig {
    fn default() -> Self {
        Self {
            theme: ThemeName::Default,
            rtl: RtlMode::App,
        }
    }
}

/// Where the portfolio server listens unless configured otherwise.
pub const DEFAULT_BIND: SocketAddr =
    SocketAddr::new(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST), 8787);

impl Default for PortfolioConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            bind: DEFAULT_BIND.to_string(),
            link_ttl_days: 30,
        }
    }
}

/// A configuration file that cannot be used, with the file and the key named.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read at all.
    #[error("cannot read the configuration file {file}: {reason}")]
    Unreadable {
        /// The file.
        file: PathBuf,
        /// What the operating system said.
        reason: String,
    },
    /// Not TOML, an unknown key, or a value of the wrong type.
    #[error("configuration file {file}: {detail}")]
    Syntax {
        /// The file.
        file: PathBuf,
        /// The parser's sentence, with line, column and key.
        detail: String,
    },
    /// A value of the right type that is not allowed.
    #[error("configuration file {file}: key `{key}`: {problem}")]
    BadValue {
        /// The file.
        file: PathBuf,
        /// The key, as `table.key`.
        key: &'static str,
        /// What is wrong and what is allowed.
        problem: String,
    },
}

impl Config {
    /// Reads and checks a configuration file; `None` gives the defaults.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let Some(path) = path else {
            return Ok(Self::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Unreadable {
            file: path.to_path_buf(),
            reason: e.to_string(),
        })?;
        Self::parse(&text, path)
    }

    /// Parses configuration text; `file` is only used to name it in errors.
    pub fn parse(text: &str, file: &Path) -> Result<Self, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            file: file.to_path_buf(),
            detail: e.to_string().trim_end().replace('\n', " "),
        })?;
        config.check(file)?;
        Ok(config)
    }

    // Long by design: one independent check per key, in the order of the README.
    fn check(&self, file: &Path) -> Result<(), ConfigError> {
        let bad = |key, problem: String| ConfigError::BadValue {
            file: file.to_path_buf(),
            key,
            problem,
        };
        let shipped = i18n::SHIPPED.join(", ");
        if self.kiosk.languages.is_empty() {
            return Err(bad(
                "kiosk.languages",
                format!("name at least one language; shipped are: {shipped}"),
            ));
        }
        for (n, lang) in self.kiosk.languages.iter().enumerate() {
            if self.kiosk.languages[..n].contains(lang) {
                return Err(bad(
                    "kiosk.languages",
                    format!("\"{lang}\" is listed twice"),
                ));
            }
            if !i18n::SHIPPED.contains(&lang.as_str()) {
                return Err(bad(
                    "kiosk.languages",
                    format!("unknown language \"{lang}\"; shipped are: {shipped}"),
                ));
            }
        }
        if !self.kiosk.languages.contains(&self.kiosk.default_language) {
            return Err(bad(
                "kiosk.default_language",
                format!(
                    "\"{}\" is not one of kiosk.languages ({})",
                    self.kiosk.default_language,
                    self.kiosk.languages.join(", ")
                ),
            ));
        }
        if !i18n::SHIPPED.contains(&self.kiosk.second_language.as_str()) {
            return Err(bad(
                "kiosk.second_language",
                format!(
                    "unknown language \"{}\"; shipped are: {shipped}",
                    self.kiosk.second_language
                ),
            ));
        }
        if self.advisor.function_key().is_none() {
            return Err(bad(
                "advisor.key",
                format!(
                    "must be one of F1, F4 … F12 (F2 and F3 are the language keys), not \"{}\"",
                    self.advisor.key
                ),
            ));
        }
        if let Some(advisor_idle) = self.advisor.idle_timeout_secs {
            if !(30..=3600).contains(&advisor_idle) {
                return Err(bad(
                    "advisor.idle_timeout_secs",
                    format!("must be between 30 and 3600 seconds, not {advisor_idle}"),
                ));
            }
            if advisor_idle > self.kiosk.idle_timeout_secs {
                return Err(bad(
                    "advisor.idle_timeout_secs",
                    format!(
                        "must not be longer than kiosk.idle_timeout_secs ({} s), because an \
                         advisor's screen must not stay open longer than a client's; not {advisor_idle}",
                        self.kiosk.idle_timeout_secs
                    ),
                ));
            }
        }
        let name = &self.kiosk.terminal_name;
        if name.chars().count() > 64 || name.chars().any(crate::ui::text::is_hidden_control) {
            return Err(bad(
                "kiosk.terminal_name",
                "must be at most 64 characters without control or direction characters".into(),
            ));
        }
        if !(30..=3600).contains(&self.kiosk.idle_timeout_secs) {
            return Err(bad(
                "kiosk.idle_timeout_secs",
                format!(
                    "must be between 30 and 3600 seconds, not {}",
                    self.kiosk.idle_timeout_secs
                ),
            ));
        }
        if !(5..=300).contains(&self.kiosk.idle_countdown_secs) {
            return Err(bad(
                "kiosk.idle_countdown_secs",
                format!(
                    "must be between 5 and 300 seconds, not {}",
                    self.kiosk.idle_countdown_secs
                ),
            ));
        }
        let url = &self.portfolio.base_url;
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"));
        let unsafe_char = |c: char| {
            c.is_whitespace()
                || crate::ui::text::is_hidden_control(c)
                || matches!(
                    c,
                    '<' | '>' | '"' | '\'' | '`' | '\\' | '{' | '}' | '|' | '^'
                )
        };
        if !url.is_empty() && rest.is_none_or(|r| r.is_empty() || r.contains(unsafe_char)) {
            return Err(bad(
                "portfolio.base_url",
                format!(
                    "must be an http:// or https:// address without spaces, quotes, angle \
                     brackets or control characters, not \"{}\"",
                    url.escape_debug()
                ),
            ));
        }
        if self.portfolio.bind.parse::<SocketAddr>().is_err() {
            return Err(bad(
                "portfolio.bind",
                format!(
                    "must be an address with a port such as 127.0.0.1:8787, not \"{}\"",
                    self.portfolio.bind
                ),
            ));
        }
        if !(1..=3650).contains(&self.retention.days) {
            return Err(bad(
                "retention.days",
                format!(
                    "must be between 1 and 3650 days, not {}",
                    self.retention.days
                ),
            ));
        }
        if !["error", "warn", "info", "debug", "trace"].contains(&self.log.level.as_str()) {
            return Err(bad(
                "log.level",
                format!(
                    "must be one of error, warn, info, debug, trace, not \"{}\"",
                    self.log.level
                ),
            ));
        }
        if !(1..=3650).contains(&self.portfolio.link_ttl_days) {
            return Err(bad(
                "portfolio.link_ttl_days",
                format!(
                    "must be between 1 and 3650 days, not {}",
                    self.portfolio.link_ttl_days
                ),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("/etc/skills-kiosk/config.toml"))
    }

    #[test]
    fn empty_file_gives_defaults() {
        assert_eq!(parse("").unwrap(), Config::default());
        assert_eq!(Config::load(None).unwrap(), Config::default());
    }

    #[test]
    fn every_key_can_be_set() {
        let c = parse(
            r#"
            [kiosk]
            default_language = "en"
            languages = ["en", "de"]
            idle_timeout_secs = 60
            idle_countdown_secs = 10
            [display]
            theme = "high-contrast"
            [portfolio]
            base_url = "https://kiosk.example.org"
            bind = "0.0.0.0:8080"
            link_ttl_days = 7
            [retention]
            days = 90
            [log]
            level = "debug"
            "#,
        )
        .unwrap();
        assert_eq!(c.kiosk.default_language, "en");
        assert_eq!(c.kiosk.idle_timeout_secs, 60);
        assert_eq!(c.display.theme, ThemeName::HighContrast);
        assert_eq!(c.portfolio.link_ttl_days, 7);
        assert_eq!(c.retention.days, 90);
        assert_eq!(c.log.level, "debug");
    }

    #[test]
    fn unknown_key_names_key_and_file() {
        let e = parse("[kiosk]\nidle_timeout = 5\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("/etc/skills-kiosk/config.toml"), "{e}");
        assert!(e.contains("idle_timeout"), "{e}");
        let e = parse("[screen]\n").unwrap_err().to_string();
        assert!(e.contains("screen"), "{e}");
    }

    #[test]
    fn wrong_type_names_key() {
        let e = parse("[kiosk]\nidle_timeout_secs = \"long\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("idle_timeout_secs"), "{e}");
    }

    #[test]
    fn bad_values_name_key_and_file() {
        let cases = [
            (
                "[kiosk]\nidle_timeout_secs = 5\n",
                "kiosk.idle_timeout_secs",
            ),
            ("[kiosk]\nlanguages = [\"xx\"]\n", "kiosk.languages"),
            ("[kiosk]\nlanguages = []\n", "kiosk.languages"),
            (
                "[kiosk]\ndefault_language = \"en\"\nlanguages = [\"de\"]\n",
                "kiosk.default_language",
            ),
            (
                "[portfolio]\nbase_url = \"ftp://x\"\n",
                "portfolio.base_url",
            ),
            ("[portfolio]\nbind = \"localhost\"\n", "portfolio.bind"),
            ("[display]\ntheme = \"pink\"\n", "theme"),
            ("[retention]\ndays = 0\n", "retention.days"),
            ("[log]\nlevel = \"loud\"\n", "log.level"),
            (
                "[portfolio]\nbase_url = \"http://x/\\u001b[2J\"\n",
                "portfolio.base_url",
            ),
            (
                "[portfolio]\nbase_url = \"http://x/<script>\"\n",
                "portfolio.base_url",
            ),
            (
                "[kiosk]\nlanguages = [\"de\", \"en\", \"de\"]\n",
                "kiosk.languages",
            ),
            (
                "[kiosk]\nidle_timeout_secs = 60\n[advisor]\nidle_timeout_secs = 120\n",
                "advisor.idle_timeout_secs",
            ),
            (
                "[kiosk]\nterminal_name = \"a\\u202eb\"\n",
                "kiosk.terminal_name",
            ),
        ];
        for (text, key) in cases {
            let e = parse(text).unwrap_err().to_string();
            assert!(e.contains(key), "{text}: {e}");
            assert!(e.contains("config.toml"), "{text}: {e}");
        }
    }

    #[test]
    fn missing_file_is_named() {
        let e = Config::load(Some(Path::new("/nonexistent/kiosk.toml")))
            .unwrap_err()
            .to_string();
        assert!(e.contains("/nonexistent/kiosk.toml"), "{e}");
    }
}
