//! The portfolio: what a client's answers say, related to German reference points.
//!
//! [`derive`] is one pure function of the answers and the catalogue; the summary
//! screen, the portfolio page and the JSON export all show this one value. Choices
//! are kept as their catalogue ids (machine-readable); texts are kept as typed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::checklist::{self, Catalog, ItemKind, Rule};
use crate::domain::reference::reference;
use crate::domain::session::advisor_keys;
use crate::domain::session::{Answer, ClientSession, answer_path, entries, rule_matches};
use crate::i18n::Tr;

/// Version of the portfolio's JSON shape; raised on every incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

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
    /// Recognition procedures the client needs, one per regulated profession.
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

/// A profession that needs recognition in Germany.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegulatedFlag {
    /// The profession's id in the reference data.
    pub profession: String,
    /// The German reference occupation.
    pub reference_de: String,
    /// Recognition is needed only to work self-employed.
    pub self_employment_only: bool,
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
    /// Recognition is required before working in this occupation.
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
    /// Recognition is required before working in this occupation.
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

/// What a recognition procedure needs, for one regulated profession.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecognitionAdvice {
    /// The profession's id.
    pub profession: String,
    /// The German reference occupation.
    pub reference_de: String,
    /// Which authority decides.
    pub competent_de: String,
    /// The law.
    pub legal_basis_de: String,
    /// Only needed to work self-employed.
    pub self_employment_only: bool,
    /// Documents to prepare, in German.
    pub documents_de: Vec<String>,
    /// The same in English.
    pub documents_en: Vec<String>,
}

/// Reads the answers of one section (or entry).
struct Reader<'a> {
    answers: &'a BTreeMap<String, Answer>,
    section: &'a str,
    entry: Option<String>,
}

impl Reader<'_> {
    fn get(&self, item: &str) -> Option<&Answer> {
        self.answers
            .get(&answer_path(self.section, self.entry.as_deref(), item))
    }

    /// A choice, text or special answer as one string.
    fn text(&self, item: &str) -> Option<String> {
        match self.get(item)? {
            Answer::Choice(c) => Some(c.clone()),
            Answer::Text(t) => Some(t.clone()),
            Answer::Occupation { words, .. } => Some(words.clone()),
            Answer::Year(y) => Some(y.to_string()),
            Answer::DontKnow => Some("dont_know".into()),
            Answer::PreferNotToSay => Some("prefer_not_to_say".into()),
            Answer::Choices(list) => Some(list.join(",")),
            Answer::Ratings(_) => None,
        }
    }

    fn list(&self, item: &str) -> Vec<String> {
        match self.get(item) {
            Some(Answer::Choices(list)) => list.clone(),
            Some(Answer::Choice(c)) => vec![c.clone()],
            _ => Vec::new(),
        }
    }

    fn year(&self, item: &str) -> Option<u16> {
        match self.get(item) {
            Some(Answer::Year(y)) => Some(*y),
            _ => None,
        }
    }

    fn occupation(&self, item: &str) -> Option<Occupation> {
        let Some(Answer::Occupation { isco, words }) = self.get(item) else {
            return None;
        };
        let group = isco.as_ref().and_then(|c| reference().ok()?.isco_group(c));
        Some(Occupation {
            isco: isco.clone(),
            title_de: group.map(|g| g.title.de.clone()),
            title_en: group.map(|g| g.title.en.clone()),
            words: words.clone(),
        })
    }
}

fn regulated(occupation: &Option<Occupation>) -> Vec<RegulatedFlag> {
    let (Some(code), Ok(reference)) = (
        occupation.as_ref().and_then(|o| o.isco.as_deref()),
        reference(),
    ) else {
        return Vec::new();
    };
    reference
        .regulated_for(code)
        .into_iter()
        .map(|p| RegulatedFlag {
            profession: p.id.clone(),
            reference_de: p.reference_de.clone(),
            self_employment_only: p.self_employment_only,
        })
        .collect()
}

/// The portfolio of `client`'s answers, in `lang`.
pub fn derive(client: &ClientSession, catalog: &Catalog, lang: &str) -> Portfolio {
    let answers = &client.answers;
    let reader = |section: &'static str| Reader {
        answers,
        section,
        entry: None,
    };
    let education = education(answers);
    let work = work(answers);
    let recognition = recognition(&education, &work);
    let text = |key: &str| match answers.get(key) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    };
    let reviewed = match (
        text(advisor_keys::REVIEWED_BY),
        text(advisor_keys::REVIEWED_AT),
    ) {
        (Some(by), Some(at)) => Some(Review { by, at }),
        _ => None,
    };
    let informal = reader("informal");
    let goals = reader("goals");
    Portfolio {
        schema_version: SCHEMA_VERSION,
        language: lang.to_string(),
        assessment: if reviewed.is_some() {
            "reviewed"
        } else {
            "self"
        }
        .into(),
        reviewed,
        person: Person::default(),
        timeline: timeline(answers),
        education,
        work,
        languages: languages(answers),
        informal: Informal {
            areas: informal.list("areas"),
            what_did: informal.text("what_did"),
            what_learned: informal.text("what_learned"),
            helped_others: informal.text("helped_others"),
        },
        competences: competences(answers, catalog),
        goals: Goals {
            wishes: goals.list("wishes"),
            work_wish: goals.text("work_wish"),
            next_steps: goals.text("next_steps"),
            documents: goals.list("documents"),
        },
        advisor_notes: advisor_notes(answers, catalog),
        plan: text(advisor_keys::PLAN)
            .map(|t| parse_plan(&t))
            .unwrap_or_default(),
        documents_checked: documents_checked(answers),
        recognition,
    }
}

/// A reader for each entry of a repeated section.
fn entry_readers<'a>(
    answers: &'a BTreeMap<String, Answer>,
    section: &'static str,
) -> Vec<Reader<'a>> {
    entries(answers, section)
        .unwrap_or_default()
        .into_iter()
        .map(|e| Reader {
            answers,
            section,
            entry: Some(e),
        })
        .collect()
}

/// The stages of life, as a timeline.
fn timeline(answers: &BTreeMap<String, Answer>) -> Vec<Stage> {
    entry_readers(answers, "life")
        .iter()
        .map(|r| Stage {
            stage: r.text("stage"),
            place: r.text("place"),
            from: r.year("from"),
            to: r.year("to"),
        })
        .collect()
}

/// Schools and courses, with their ISCED and EQF levels.
fn education(answers: &BTreeMap<String, Answer>) -> Vec<Education> {
    entry_readers(answers, "education")
        .iter()
        .map(|r| {
            let isced = r.text("level").and_then(|l| l.parse::<u8>().ok());
            let eqf = isced
                .and_then(|l| {
                    reference()
                        .ok()?
                        .isced_level(l)
                        .map(|l| l.eqf_typical.levels())
                })
                .unwrap_or_default();
            let qualification = r.occupation("qualification");
            Education {
                kind: r.text("kind"),
                country: r.text("country"),
                from: r.year("from"),
                to: r.year("to"),
                isced,
                eqf,
                regulated: regulated(&qualification),
                qualification,
                certificate: r.text("certificate"),
                translated: r.text("translated"),
                recognition: r.text("recognition"),
            }
        })
        .collect()
}

/// Jobs, with their ISCO-08 groups.
fn work(answers: &BTreeMap<String, Answer>) -> Vec<Work> {
    entry_readers(answers, "work")
        .iter()
        .map(|r| {
            let occupation = r.occupation("occupation");
            Work {
                regulated: regulated(&occupation),
                occupation,
                country: r.text("country"),
                from: r.year("from"),
                to: r.year("to"),
                employment: r.text("employment"),
                tasks: r.text("tasks"),
                tools: r.text("tools"),
            }
        })
        .collect()
}

/// Languages on the CEFR grid (a mother tongue has no levels).
fn languages(answers: &BTreeMap<String, Answer>) -> Vec<LanguageProfile> {
    entry_readers(answers, "languages")
        .iter()
        .map(|r| {
            let mother_tongue = r.text("mother_tongue").as_deref() == Some("yes");
            LanguageProfile {
                language: r.text("language").unwrap_or_default(),
                mother_tongue,
                skills: CEFR_SKILLS
                    .iter()
                    .map(|s| (s.to_string(), if mother_tongue { None } else { r.text(s) }))
                    .collect(),
            }
        })
        .collect()
}

/// Every rated competence with the client's and the advisor's rating, and the
/// sections whose answers suggested it.
fn competences(answers: &BTreeMap<String, Answer>, catalog: &Catalog) -> Vec<Competence> {
    let mut competences = Vec::new();
    let Some(section) = catalog.section("competences") else {
        return competences;
    };
    for item in &section.items {
        let ItemKind::Ratings {
            competences: ids,
            suggest,
            ..
        } = &item.kind
        else {
            continue;
        };
        let path = answer_path("competences", None, &item.id);
        let ratings = |path: &str| match answers.get(path) {
            Some(Answer::Ratings(r)) => r.clone(),
            _ => BTreeMap::new(),
        };
        let own = ratings(&path);
        let advisor = ratings(&advisor_path(&path));
        for id in ids {
            let (self_rating, advisor_rating) = (
                own.get(id).map(|l| l.to_uppercase()),
                advisor.get(id).map(|l| l.to_uppercase()),
            );
            if self_rating.is_none() && advisor_rating.is_none() {
                continue;
            }
            let mut shown_in: Vec<String> = suggest
                .iter()
                .filter(|(c, _)| c == id)
                .flat_map(|(_, rules)| rules.iter())
                .filter(|r: &&Rule| rule_matches(answers, r))
                .map(|r| r.section.clone())
                .collect();
            shown_in.dedup();
            competences.push(Competence {
                group: item.id.clone(),
                id: id.clone(),
                self_rating,
                advisor_rating,
                shown_in,
            });
        }
    }
    competences
}

/// What recognition means for each regulated profession the education and jobs
/// point to (each profession once).
fn recognition(education: &[Education], work: &[Work]) -> Vec<RecognitionAdvice> {
    let mut recognition: Vec<RecognitionAdvice> = Vec::new();
    let flags = education
        .iter()
        .flat_map(|e| e.regulated.iter())
        .chain(work.iter().flat_map(|w| w.regulated.iter()));
    if let Ok(reference) = reference() {
        for flag in flags {
            if recognition.iter().any(|r| r.profession == flag.profession) {
                continue;
            }
            let Some(p) = reference.regulated.iter().find(|p| p.id == flag.profession) else {
                continue;
            };
            recognition.push(RecognitionAdvice {
                profession: p.id.clone(),
                reference_de: p.reference_de.clone(),
                competent_de: p.competent_de.clone(),
                legal_basis_de: p.legal_basis_de.clone(),
                self_employment_only: p.self_employment_only,
                documents_de: reference
                    .documents
                    .common_de
                    .iter()
                    .chain(&p.extra_documents_de)
                    .cloned()
                    .collect(),
                documents_en: reference
                    .documents
                    .common_en
                    .iter()
                    .chain(&p.extra_documents_en)
                    .cloned()
                    .collect(),
            });
        }
    }
    recognition
}

/// The advisor's notes marked for the portfolio, by section.
fn advisor_notes(answers: &BTreeMap<String, Answer>, catalog: &Catalog) -> Vec<AdvisorNote> {
    let text = |key: &str| match answers.get(key) {
        Some(Answer::Text(t)) => Some(t.clone()),
        _ => None,
    };
    catalog
        .sections
        .iter()
        .filter(|s| {
            matches!(answers.get(&advisor_keys::note_public(&s.id)),
                Some(Answer::Choice(c)) if c == "yes")
        })
        .filter_map(|s| {
            Some(AdvisorNote {
                section: s.id.clone(),
                text: text(&advisor_keys::note(&s.id))?,
            })
        })
        .collect()
}

/// The documents the advisor has seen or checked.
fn documents_checked(answers: &BTreeMap<String, Answer>) -> Vec<DocumentCheck> {
    match answers.get(advisor_keys::DOCUMENTS) {
        Some(Answer::Ratings(marks)) => marks
            .iter()
            .map(|(document, status)| DocumentCheck {
                document: document.clone(),
                status: status.clone(),
            })
            .collect(),
        _ => Vec::new(),
    }
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

    /// Every regulated flag of education and work.
    pub fn regulated_flags(&self) -> Vec<&RegulatedFlag> {
        let mut flags: Vec<&RegulatedFlag> = Vec::new();
        for flag in self
            .education
            .iter()
            .flat_map(|e| e.regulated.iter())
            .chain(self.work.iter().flat_map(|w| w.regulated.iter()))
        {
            if !flags.iter().any(|f| f.profession == flag.profession) {
                flags.push(flag);
            }
        }
        flags
    }

    /// Papers to bring to the advisor, in `lang`: those the client said they have,
    /// then those a recognition procedure needs.
    pub fn documents_to_bring(&self, lang: &str) -> Vec<String> {
        let tr = Tr::new(lang);
        let mut out: Vec<String> = self
            .goals
            .documents
            .iter()
            .filter(|d| *d != "none")
            .map(|d| tr.t(&checklist::option_key("goals", "documents", d)))
            .collect();
        for advice in &self.recognition {
            let docs = if matches!(lang, "de" | "de-simple") {
                &advice.documents_de
            } else {
                &advice.documents_en
            };
            for d in docs {
                if !out.contains(d) {
                    out.push(d.clone());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::code::ClientCode;
    use crate::domain::session::Position;

    fn client(pairs: &[(&str, Answer)]) -> ClientSession {
        ClientSession {
            id: 1,
            code: ClientCode::generate().unwrap(),
            language: "de".into(),
            version: 0,
            answers: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
            position: Position::Sections,
            drafts: BTreeMap::new(),
        }
    }

    #[test]
    fn the_portfolio_reads_entries_levels_and_both_ratings() {
        let catalog = Catalog::embedded().unwrap();
        let c = client(&[
            ("education.entries", Answer::Choices(vec!["s1".into()])),
            ("education.s1.level", Answer::Choice("4".into())),
            (
                "education.s1.qualification",
                Answer::Occupation {
                    isco: Some("2221".into()),
                    words: "Krankenpflege".into(),
                },
            ),
            ("languages.entries", Answer::Choices(vec!["l1".into()])),
            ("languages.l1.language", Answer::Text("Deutsch".into())),
            ("languages.l1.mother_tongue", Answer::Choice("no".into())),
            ("languages.l1.listening", Answer::Choice("A2".into())),
            (
                "competences.social",
                Answer::Ratings([("teamwork".to_string(), "b".to_string())].into()),
            ),
            (
                "advisor/competences.social",
                Answer::Ratings([("teamwork".to_string(), "c".to_string())].into()),
            ),
        ]);
        let p = derive(&c, &catalog, "de");
        assert_eq!(p.schema_version, SCHEMA_VERSION);
        assert_eq!(p.education.len(), 1);
        assert_eq!(p.education[0].isced, Some(4));
        assert!(!p.education[0].eqf.is_empty(), "ISCED 4 has an EQF level");
        assert_eq!(p.languages[0].skills["listening"].as_deref(), Some("A2"));
        let teamwork = p
            .competences
            .iter()
            .find(|c| c.id == "teamwork")
            .expect("a rated competence");
        assert_eq!(teamwork.self_rating.as_deref(), Some("B"));
        assert_eq!(teamwork.advisor_rating.as_deref(), Some("C"));
        assert!(!p.recognition.is_empty(), "nursing is regulated");
    }

    #[test]
    fn an_empty_session_gives_an_empty_portfolio() {
        let catalog = Catalog::embedded().unwrap();
        let p = derive(&client(&[]), &catalog, "en");
        assert!(p.timeline.is_empty() && p.work.is_empty() && p.competences.is_empty());
        assert!(p.recognition.is_empty());
        assert!(p.reviewed.is_none());
    }
}
