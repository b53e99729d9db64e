//! The portfolio derived from a client's answers: each part read by its own
//! function, with the reference data (ISCED/EQF, regulated professions) beside it.

use std::collections::BTreeMap;

use crate::domain::checklist::{Catalog, ItemKind, Rule};
use crate::domain::portfolio::{
    AdvisorNote, CEFR_SKILLS, Competence, DocumentCheck, Education, Goals, Informal,
    LanguageProfile, Occupation, Person, Portfolio, Review, SCHEMA_VERSION, Stage, Work,
    parse_plan,
};
use crate::domain::reference::reference;
use crate::domain::session::advisor_keys::{self, advisor_path};
use crate::domain::session::{Answer, ClientSession, answer_path, entries, rule_matches};

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
    let recognition = super::recognition::advice(&education, &work, lang);
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
                regulated: super::recognition::flags(&qualification),
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
                regulated: super::recognition::flags(&occupation),
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
