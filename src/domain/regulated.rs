//! The professions regulated in Germany (`db/reference/regulated.toml`): what
//! recognition means in each, the law and the kind of authority, and which papers
//! a procedure needs. Their names, notes and papers are messages in
//! `locales/<lang>/recognition.ftl`.

use serde::Deserialize;

/// What a person with a foreign qualification meets in a regulated profession.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionCase {
    /// A permission (recognition or licence) is needed before working in it at all.
    Licence,
    /// Employees need nothing; an own business needs a master craftsman
    /// qualification or a recognised equal one.
    SelfEmployment,
    /// The work is free; only the title is protected.
    Title,
    /// A foreign qualification cannot simply be recognised: a German exam or an
    /// appointment is needed.
    OwnRoute,
}

impl RecognitionCase {
    /// The message that explains the case (variable `occupation`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Licence => "recognition-licence",
            Self::SelfEmployment => "recognition-self-employment",
            Self::Title => "recognition-title",
            Self::OwnRoute => "recognition-own-route",
        }
    }
}

/// A profession regulated in Germany (`db/reference/regulated.toml`); its name,
/// note and papers are messages in `locales/<lang>/recognition.ftl`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegulatedProfession {
    /// Stable id; `prof-<id>` names it.
    pub id: String,
    /// Field: health, care, teaching, law, crafts, …
    pub group: String,
    /// What recognition means here.
    pub case: RecognitionCase,
    /// The German reference occupation.
    pub reference_de: String,
    /// ISCO-08 unit groups that are this profession.
    #[serde(default)]
    pub isco: Vec<u32>,
    /// ISCO-08 unit groups that include it beside work that is free.
    #[serde(default)]
    pub isco_partly: Vec<u32>,
    /// Which kind of authority decides.
    pub competent_de: String,
    /// The law it rests on.
    pub legal_basis_de: String,
    /// Papers beyond the common ones (`doc-<id>` messages).
    #[serde(default)]
    pub documents: Vec<String>,
    /// Whether the common papers of a recognition procedure apply.
    #[serde(default = "yes")]
    pub common_documents: bool,
    /// Whether `prof-<id>-note` exists.
    #[serde(default)]
    pub note: bool,
}

fn yes() -> bool {
    true
}

impl RegulatedProfession {
    /// The message naming it.
    pub fn name_id(&self) -> String {
        format!("prof-{}", self.id)
    }

    /// The message of its note, if it has one.
    pub fn note_id(&self) -> Option<String> {
        self.note.then(|| format!("prof-{}-note", self.id))
    }
}

/// Papers recognition procedures ask for, as `doc-<id>` message ids.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommonDocuments {
    /// Asked by most procedures.
    pub common: Vec<String>,
    /// Added for licences in health and care.
    pub health: Vec<String>,
}
