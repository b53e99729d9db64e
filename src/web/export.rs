//! The portfolio as a document: the self-contained HTML page and the JSON, for the
//! phone link, for `kiosk export` and for exports at the kiosk.

use chrono::{SecondsFormat, Utc};

use crate::domain::checklist::Catalog;
use crate::domain::portfolio;
use crate::domain::session::ClientSession;
use crate::web::html;

/// Formats of `kiosk export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The portfolio page, self-contained, for printing or the case file.
    Html,
    /// The portfolio as data (docs/portfolio.schema.json).
    Json,
}

impl ExportFormat {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Json => "json",
        }
    }
}

/// The portfolio's JSON form, with the moment it was made.
pub fn to_json(portfolio: &portfolio::Portfolio, now: chrono::DateTime<Utc>) -> String {
    let mut value = serde_json::to_value(portfolio).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "generated_at".into(),
            now.to_rfc3339_opts(SecondsFormat::Secs, true).into(),
        );
    }
    // `<`, `>` and `&` occur only inside strings; as \u escapes they cannot close a
    // tag even if some program pastes the JSON into HTML.
    serde_json::to_string_pretty(&value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A client's portfolio as HTML or JSON, as `kiosk export` writes it.
pub fn export_text(
    client: &ClientSession,
    catalog: &Catalog,
    format: ExportFormat,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let portfolio = portfolio::derive(client, catalog, &client.language);
    match format {
        ExportFormat::Html => html::render(&portfolio, client, catalog, now, None),
        ExportFormat::Json => to_json(&portfolio, now),
    }
}
