//! The portfolio: what a client's answers say, related to German reference points.
//!
//! [`derive`] is one pure function of the answers and the catalogue; the summary
//! screen, the portfolio page and the JSON export all show this one value. Choices
//! are kept as their catalogue ids (machine-readable); texts are kept as typed.

use std::collections::BTreeMap;

use serde::Serialize;

mod derive;
mod recognition;

pub use derive::derive;

use crate::domain::checklist;
use crate::domain::reference::RecognitionCase;
use crate::i18n::Tr;

/// Version of the portfolio's JSON shape; raised on every incompatible change.
pub const SCHEMA_VERSION: u32 = 2;

/// The five skills of the CEFR grid, in the grid's order.
pub const CEFR_SKILLS: [&str; 5] = [
    "listening",
    "reading",
    "spoken_interaction",
    "spoken_production",
    "writing",
];

pub use crate::domain::session::advisor_keys::advisor_path;

/// Everything the portfolio holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Portfolio {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The client's language.
    pub language: String,
    /// `self` (self-assessment) until an advisor has reviewed it.
    pub assessment: String,
    /// Who reviewed it, and when.
    pub reviewed: Option<Review>,
    /// The person (name only if they gave one).
    pub person: Person,
    /// Stages of life in the order given.
    pub timeline: Vec<Stage>,
    /// Schools, training, courses.
    pub education: Vec<Education>,
    /// Jobs.
    pub work: Vec<Work>,
    /// Languages with their CEFR profile.
    pub languages: Vec<LanguageProfile>,
    /// What was learned outside school and work.
    pub informal: Informal,
    /// Every rated competence.
    pub competences: Vec<Competence>,
    /// Goals and next steps.
    pub goals: Goals,
    /// The advisor's notes marked for the portfolio, by section.
    pub advisor_notes: Vec<AdvisorNote>,
    /// Next steps agreed with the advisor.
    pub plan: Vec<PlanStep>,
    /// Documents the advisor has seen or checked.
    pub documents_checked: Vec<DocumentCheck>,
    /// Recognition notices: one per regulated profession the education and jobs
    /// point to, then the routes for a university degree and for a vocational
    /// qualification in work that is free.
    pub recognition: Vec<RecognitionAdvice>,
}

/// An advisor's review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// The advisor's name.
    pub by: String,
    /// When, RFC 3339.
    pub at: String,
}

/// An advisor's note shown in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdvisorNote {
    /// The checklist section it is about.
    pub section: String,
    /// The note.
    pub text: String,
}

/// One agreed next step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanStep {
    /// `YYYY-MM-DD`, when the line began with a date.
    pub date: Option<String>,
    /// What is to be done.
    pub step: String,
}

/// A document and what the advisor did with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentCheck {
    /// The document (in German, as in the office's file).
    pub document: String,
    /// `seen` or `verified`.
    pub status: String,
}

/// The person.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Person {
    /// Only if the client gave it.
    pub name: Option<String>,
}

/// A stage of life.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    /// `school`, `training`, `work`, `family`, `migration`, `waiting`, `other`.
    pub stage: Option<String>,
    /// Country and place, as typed.
    pub place: Option<String>,
    /// First year.
    pub from: Option<u16>,
    /// Last year (none: still going on).
    pub to: Option<u16>,
}

/// An occupation: the ISCO-08 unit group if one was chosen, and the client's words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Occupation {
    /// ISCO-08 unit group code.
    pub isco: Option<String>,
    /// Its German title.
    pub title_de: Option<String>,
    /// Its English title.
    pub title_en: Option<String>,
    /// What the client typed or chose.
    pub words: String,
}

/// A profession regulated in Germany that an occupation is, or includes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegulatedFlag {
    /// The profession's id in the reference data.
    pub profession: String,
    /// The German reference occupation.
    pub reference_de: String,
    /// What recognition means for it.
    pub case: RecognitionCase,
    /// The occupation only includes the profession beside work that is free.
    pub partly: bool,
}

/// A school, training or course.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Education {
    /// `school`, `vocational`, `university`, `course`, `other`.
    pub kind: Option<String>,
    /// Country, as typed.
    pub country: Option<String>,
    /// First year.
    pub from: Option<u16>,
    /// Last year.
    pub to: Option<u16>,
    /// ISCED 2011 level 0–8.
    pub isced: Option<u8>,
    /// The comparable EQF/DQR levels of that ISCED level.
    pub eqf: Vec<u8>,
    /// The occupation it prepared for.
    pub qualification: Option<Occupation>,
    /// `yes`, `at_home`, `no`.
    pub certificate: Option<String>,
    /// `yes`, `no`.
    pub translated: Option<String>,
    /// `not_applied`, `applied`, `full`, `partial`, `none`.
    pub recognition: Option<String>,
    /// Regulated professions this occupation is or includes.
    pub regulated: Vec<RegulatedFlag>,
}

/// A job.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Work {
    /// The occupation.
    pub occupation: Option<Occupation>,
    /// Country, as typed.
    pub country: Option<String>,
    /// First year.
    pub from: Option<u16>,
    /// Last year.
    pub to: Option<u16>,
    /// `employed`, `self_employed`, `family_business`, `informal`.
    pub employment: Option<String>,
    /// Tasks, as typed.
    pub tasks: Option<String>,
    /// Tools and machines, as typed.
    pub tools: Option<String>,
    /// Regulated professions this occupation is or includes.
    pub regulated: Vec<RegulatedFlag>,
}

/// A language and what the client can do in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageProfile {
    /// The language, as typed.
    pub language: String,
    /// Whether it is a mother tongue.
    pub mother_tongue: bool,
    /// Per CEFR skill the level `A1`–`C2`, `none` (not yet), or not answered.
    pub skills: BTreeMap<String, Option<String>>,
}

/// Learning outside school and work.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Informal {
    /// Where: `childcare`, `caring`, `household`, …
    pub areas: Vec<String>,
    /// What they did.
    pub what_did: Option<String>,
    /// What they learned.
    pub what_learned: Option<String>,
    /// Whether they helped others find their way.
    pub helped_others: Option<String>,
}

/// One competence with the client's and the advisor's rating.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Competence {
    /// `professional`, `methodical`, `social`, `personal`, `digital`.
    pub group: String,
    /// The competence's id (DigComp's for digital).
    pub id: String,
    /// The client's rating: `A`, `B`, `C`.
    pub self_rating: Option<String>,
    /// The advisor's rating.
    pub advisor_rating: Option<String>,
    /// The sections whose answers show it.
    pub shown_in: Vec<String>,
}

/// Goals and next steps.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Goals {
    /// `work`, `training`, `study`, `recognition`, …
    pub wishes: Vec<String>,
    /// The work they would like to do.
    pub work_wish: Option<String>,
    /// Their next step.
    pub next_steps: Option<String>,
    /// Papers they have.
    pub documents: Vec<String>,
}

/// Which advice a recognition notice gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdviceKind {
    /// A permission is needed before working in the profession.
    Licence,
    /// Needed only to run an own business (crafts).
    SelfEmployment,
    /// Only the title is protected.
    Title,
    /// A German exam or appointment instead of recognition.
    OwnRoute,
    /// A university degree: a statement of comparability from the ZAB.
    Comparability,
    /// A vocational qualification in work that is not regulated: recognition is
    /// possible and voluntary.
    Voluntary,
}

impl From<RecognitionCase> for AdviceKind {
    fn from(case: RecognitionCase) -> Self {
        match case {
            RecognitionCase::Licence => Self::Licence,
            RecognitionCase::SelfEmployment => Self::SelfEmployment,
            RecognitionCase::Title => Self::Title,
            RecognitionCase::OwnRoute => Self::OwnRoute,
        }
    }
}

/// One recognition notice: what it means for the client, in their language and
/// in German, with the authority, the law and the papers where they apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecognitionAdvice {
    /// Which advice.
    pub kind: AdviceKind,
    /// Shown "only if this was your work": the occupation includes the profession.
    pub partly: bool,
    /// The regulated profession's id, if one.
    pub profession: Option<String>,
    /// The ISCO-08 unit group it comes from, if one.
    pub isco: Option<String>,
    /// The German reference occupation.
    pub reference_de: Option<String>,
    /// The notice in the client's language.
    pub text: String,
    /// The notice in German.
    pub text_de: String,
    /// A note on the profession, in the client's language.
    pub note: Option<String>,
    /// The same in German.
    pub note_de: Option<String>,
    /// Which kind of authority decides.
    pub competent_de: Option<String>,
    /// The law.
    pub legal_basis_de: Option<String>,
    /// Papers to prepare, in the client's language.
    pub documents: Vec<String>,
    /// The same in German.
    pub documents_de: Vec<String>,
    /// Their message ids, to say them in another language.
    #[serde(skip)]
    pub document_ids: Vec<String>,
}

/// The plan's lines as steps; a line starting with `YYYY-MM-DD` carries that date.
pub fn parse_plan(text: &str) -> Vec<PlanStep> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let date = line
                .get(..10)
                .filter(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
            match date {
                Some(d) => PlanStep {
                    date: Some(d.to_string()),
                    step: line[10..]
                        .trim_start_matches([' ', ':', '-', '–'])
                        .to_string(),
                },
                None => PlanStep {
                    date: None,
                    step: line.to_string(),
                },
            }
        })
        .collect()
}

impl Portfolio {
    /// Per competence group: how many are rated and the average (A=1, B=2, C=3),
    /// the advisor's rating counting where there is one.
    pub fn competence_groups(&self) -> Vec<(String, usize, f64)> {
        let mut groups: Vec<(String, usize, f64)> = Vec::new();
        for c in &self.competences {
            let rating = c.advisor_rating.as_ref().or(c.self_rating.as_ref());
            let value = match rating.map(String::as_str) {
                Some("A") => 1.0,
                Some("B") => 2.0,
                Some("C") => 3.0,
                _ => continue,
            };
            match groups.iter_mut().find(|(g, _, _)| *g == c.group) {
                Some((_, n, sum)) => {
                    *n += 1;
                    *sum += value;
                }
                None => groups.push((c.group.clone(), 1, value)),
            }
        }
        groups
            .into_iter()
            .map(|(g, n, sum)| (g, n, sum / n as f64))
            .collect()
    }

    /// Papers to bring to the advisor, as (in `lang`, in German): those the client
    /// said they have, then those the recognition notices name.
    pub fn documents_to_bring(&self, lang: &str) -> Vec<(String, String)> {
        let (tr, de) = (Tr::new(lang), Tr::new("de"));
        let mut out: Vec<(String, String)> = self
            .goals
            .documents
            .iter()
            .filter(|d| *d != "none")
            .map(|d| {
                let key = checklist::option_key("goals", "documents", d);
                (tr.t(&key), de.t(&key))
            })
            .collect();
        for id in self.recognition.iter().flat_map(|a| &a.document_ids) {
            let german = de.t(id);
            if !out.iter().any(|(_, d)| *d == german) {
                out.push((tr.t(id), german));
            }
        }
        out
    }
}
