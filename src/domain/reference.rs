//! German and European reference points the portfolio relates a person to, read from
//! the files under `db/reference/`: ISCO-08 occupations, ISCED 2011 and DQR/EQF
//! levels, the CEFR self-assessment grid, DigComp 2.2 and the professions regulated in
//! Germany. Titles exist in German and English and, where translated, more languages.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::occupations::{EVERYDAY, OccupationIndex, parse_everyday};
pub use super::regulated::{CommonDocuments, RecognitionCase, RegulatedProfession};

const ISCO: &str = include_str!("../../db/reference/isco08.tsv");
/// Extra ISCO unit group titles per language, as `(language, file text)`.
const ISCO_TITLES: &[(&str, &str)] = &[(
    "ar",
    include_str!("../../db/reference/isco08-titles-ar.tsv"),
)];
const ISCED: &str = include_str!("../../db/reference/isced.toml");
const DQR: &str = include_str!("../../db/reference/dqr.toml");
const CEFR: &str = include_str!("../../db/reference/cefr.toml");
const DIGCOMP: &str = include_str!("../../db/reference/digcomp.toml");
const REGULATED: &str = include_str!("../../db/reference/regulated.toml");

/// A text in German, English and possibly more languages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Titles {
    /// German.
    pub de: String,
    /// English.
    pub en: String,
    /// Other languages by code.
    pub more: HashMap<String, String>,
}

impl Titles {
    /// The text in `lang`, else German for plain German, else English.
    pub fn get(&self, lang: &str) -> &str {
        match lang {
            "de" | "de-simple" => &self.de,
            "en" => &self.en,
            other => self.more.get(other).map_or(&self.en, String::as_str),
        }
    }
}

/// One group of ISCO-08 at any of its four levels.
#[derive(Debug, Clone, PartialEq)]
pub struct IscoGroup {
    /// 1 to 4 digits; the number of digits is the level.
    pub code: String,
    /// Its official title.
    pub title: Titles,
    /// The short everyday title by language, for the groups that have one.
    pub labels: HashMap<String, String>,
}

impl IscoGroup {
    /// What to call the group for a client in `lang`: the everyday title, else the
    /// official one.
    pub fn name(&self, lang: &str) -> &str {
        let own = if lang == "de-simple" { "de" } else { lang };
        self.labels
            .get(own)
            .map_or_else(|| self.title.get(lang), String::as_str)
    }

    /// Whether this is one of the 436 unit groups (four digits).
    pub fn is_unit(&self) -> bool {
        self.code.len() == 4
    }
}

/// The comparable EQF level(s) of an ISCED level.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum EqfLevels {
    /// One level.
    One(u8),
    /// Several, or none (an empty list).
    Several(Vec<u8>),
}

impl EqfLevels {
    /// The levels as a list.
    pub fn levels(&self) -> Vec<u8> {
        match self {
            EqfLevels::One(l) => vec![*l],
            EqfLevels::Several(l) => l.clone(),
        }
    }
}

/// An ISCED 2011 level.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IscedLevel {
    /// 0 to 8.
    pub level: u8,
    /// Official English name.
    pub name_en: String,
    /// Official German name.
    pub name_de: String,
    /// Plain English with an example.
    pub plain_en: String,
    /// Plain German with an example.
    pub plain_de: String,
    /// Typically comparable EQF/DQR level(s).
    pub eqf_typical: EqfLevels,
}

/// A DQR/EQF level.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DqrLevel {
    /// 1 to 8.
    pub level: u8,
    /// What a person at that level can do, in plain English.
    pub plain_en: String,
    /// The same in plain German.
    pub plain_de: String,
    /// German qualifications at that level, in English.
    pub examples_en: Vec<String>,
    /// The same in German.
    pub examples_de: Vec<String>,
}

/// One skill of the CEFR self-assessment grid.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CefrSkill {
    /// `listening`, `reading`, `spoken_interaction`, `spoken_production`, `writing`.
    pub id: String,
    /// English name.
    pub name_en: String,
    /// German name.
    pub name_de: String,
    /// A1 to C2.
    #[serde(rename = "level")]
    pub levels: Vec<CefrStatement>,
}

/// What a person can do at one CEFR level of one skill.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CefrStatement {
    /// `A1` … `C2`.
    pub level: String,
    /// The official English "I can …".
    pub en: String,
    /// The official German "Ich kann …".
    pub de: String,
    /// A short plain English version.
    pub plain_en: String,
    /// A short plain German version.
    pub plain_de: String,
}

/// A DigComp 2.2 competence area.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DigcompArea {
    /// `1` … `5`.
    pub id: String,
    /// English name.
    pub name_en: String,
    /// German name.
    pub name_de: String,
    /// Its competences.
    #[serde(rename = "competence")]
    pub competences: Vec<DigcompCompetence>,
}

/// A DigComp 2.2 competence.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DigcompCompetence {
    /// `1.1` … `5.4`.
    pub id: String,
    /// Official English title.
    pub name_en: String,
    /// German title.
    pub name_de: String,
    /// Plain English "I can …".
    pub plain_en: String,
    /// Plain German.
    pub plain_de: String,
}

#[derive(Deserialize)]
struct IscedFile {
    level: Vec<IscedLevel>,
}
#[derive(Deserialize)]
struct DqrFile {
    level: Vec<DqrLevel>,
}
#[derive(Deserialize)]
struct CefrFile {
    skill: Vec<CefrSkill>,
}
#[derive(Deserialize)]
struct DigcompFile {
    area: Vec<DigcompArea>,
}
#[derive(Deserialize)]
struct RegulatedFile {
    documents: CommonDocuments,
    profession: Vec<RegulatedProfession>,
}

/// All reference data.
#[derive(Debug, Clone)]
pub struct Reference {
    /// ISCO-08, every level, in code order.
    pub isco: Vec<IscoGroup>,
    /// ISCED 2011 levels 0–8.
    pub isced: Vec<IscedLevel>,
    /// DQR/EQF levels 1–8.
    pub dqr: Vec<DqrLevel>,
    /// The CEFR grid.
    pub cefr: Vec<CefrSkill>,
    /// DigComp 2.2.
    pub digcomp: Vec<DigcompArea>,
    /// Regulated professions.
    pub regulated: Vec<RegulatedProfession>,
    /// Documents every recognition procedure needs.
    pub documents: CommonDocuments,
    search: OccupationIndex,
}

/// A reference file that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("reference file {file}: {detail}")]
pub struct ReferenceError {
    /// The file.
    pub file: &'static str,
    /// What is wrong.
    pub detail: String,
}

/// The reference data built into the program, loaded once.
pub fn reference() -> Result<&'static Reference, &'static ReferenceError> {
    static DATA: OnceLock<Result<Reference, ReferenceError>> = OnceLock::new();
    DATA.get_or_init(Reference::load).as_ref()
}

fn toml_file<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<T, ReferenceError> {
    toml::from_str(text).map_err(|e| ReferenceError {
        file,
        detail: e.to_string().trim_end().replace('\n', " "),
    })
}

impl Reference {
    fn load() -> Result<Self, ReferenceError> {
        let mut isco = Vec::new();
        for (n, line) in ISCO.lines().enumerate().skip(1) {
            let bad = |detail: String| ReferenceError {
                file: "db/reference/isco08.tsv",
                detail: format!("line {}: {detail}", n + 1),
            };
            let mut cols = line.split('\t');
            let (Some(code), Some(en), Some(de)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(bad("needs code, English and German title".into()));
            };
            if code.is_empty() || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(format!("\"{code}\" is not an ISCO code")));
            }
            isco.push(IscoGroup {
                code: code.into(),
                title: Titles {
                    de: de.into(),
                    en: en.into(),
                    more: HashMap::new(),
                },
                labels: HashMap::new(),
            });
        }
        for (lang, text) in ISCO_TITLES {
            for line in text.lines().skip(1) {
                let Some((code, title)) = line.split_once('\t') else {
                    continue;
                };
                if let Some(group) = isco.iter_mut().find(|g| g.code == code) {
                    group.title.more.insert(lang.to_string(), title.to_string());
                }
            }
        }
        let isced: IscedFile = toml_file("db/reference/isced.toml", ISCED)?;
        let dqr: DqrFile = toml_file("db/reference/dqr.toml", DQR)?;
        let cefr: CefrFile = toml_file("db/reference/cefr.toml", CEFR)?;
        let digcomp: DigcompFile = toml_file("db/reference/digcomp.toml", DIGCOMP)?;
        let regulated: RegulatedFile = toml_file("db/reference/regulated.toml", REGULATED)?;
        for profession in &regulated.profession {
            for code in profession.isco.iter().chain(&profession.isco_partly) {
                let code = code.to_string();
                if !isco.iter().any(|g| g.is_unit() && g.code == code) {
                    return Err(ReferenceError {
                        file: "db/reference/regulated.toml",
                        detail: format!(
                            "profession \"{}\" names ISCO {code}, which is no unit group",
                            profession.id
                        ),
                    });
                }
            }
        }
        let search = index(&mut isco)?;
        Ok(Self {
            isco,
            isced: isced.level,
            dqr: dqr.level,
            cefr: cefr.skill,
            digcomp: digcomp.area,
            regulated: regulated.profession,
            documents: regulated.documents,
            search,
        })
    }

    /// The ISCO group with this code.
    pub fn isco_group(&self, code: &str) -> Option<&IscoGroup> {
        self.isco.iter().find(|g| g.code == code)
    }

    /// The ISCED level.
    pub fn isced_level(&self, level: u8) -> Option<&IscedLevel> {
        self.isced.iter().find(|l| l.level == level)
    }

    /// The regulated professions of an ISCO unit group: those it is (`false`) and
    /// those it only includes (`true`).
    pub fn regulated_for(&self, isco: &str) -> Vec<(&RegulatedProfession, bool)> {
        let Ok(code) = isco.parse::<u32>() else {
            return Vec::new();
        };
        let mut out: Vec<(&RegulatedProfession, bool)> = self
            .regulated
            .iter()
            .filter(|p| p.isco.contains(&code))
            .map(|p| (p, false))
            .collect();
        out.extend(
            self.regulated
                .iter()
                .filter(|p| p.isco_partly.contains(&code))
                .map(|p| (p, true)),
        );
        out
    }

    /// The papers a procedure for `profession` typically needs, as message ids.
    pub fn documents_for(&self, profession: &RegulatedProfession) -> Vec<String> {
        let mut ids: Vec<&String> = Vec::new();
        if profession.common_documents {
            ids.extend(&self.documents.common);
        }
        if profession.case == RecognitionCase::Licence
            && matches!(profession.group.as_str(), "health" | "care")
        {
            ids.extend(&self.documents.health);
        }
        ids.extend(&profession.documents);
        ids.into_iter().map(|id| format!("doc-{id}")).collect()
    }

    /// The CEFR skill with this id.
    pub fn cefr_skill(&self, id: &str) -> Option<&CefrSkill> {
        self.cefr.iter().find(|s| s.id == id)
    }

    /// Unit groups whose titles in the client's language, German or English (official
    /// or everyday) meet `query`, best first (see [`OccupationIndex::search`]).
    pub fn search_occupations(&self, query: &str, lang: &str, limit: usize) -> Vec<&IscoGroup> {
        self.groups(self.search.search(query, lang, limit))
    }

    /// [`Reference::search_occupations`] without the memory of recent searches,
    /// as a client's first keystroke meets it (for benchmarks).
    pub fn rank_occupations(&self, query: &str, lang: &str, limit: usize) -> Vec<&IscoGroup> {
        self.groups(self.search.rank(query, lang, limit))
    }

    fn groups(&self, at: Vec<usize>) -> Vec<&IscoGroup> {
        at.into_iter().map(|index| &self.isco[index]).collect()
    }
}

/// Reads the everyday titles into `isco` and indexes every unit group's titles:
/// official German, English and more, everyday labels and terms, and the code.
fn index(isco: &mut [IscoGroup]) -> Result<OccupationIndex, ReferenceError> {
    let mut search = OccupationIndex::default();
    for (lang, file, text) in EVERYDAY {
        let bad = |detail: String| ReferenceError { file, detail };
        for everyday in parse_everyday(text).map_err(bad)? {
            let Some(at) = isco
                .iter()
                .position(|g| g.is_unit() && g.code == everyday.code)
            else {
                return Err(bad(format!("{} is no ISCO-08 unit group", everyday.code)));
            };
            search.add(at, lang, &everyday.label);
            for term in &everyday.terms {
                search.add(at, lang, term);
            }
            isco[at].labels.insert(lang.to_string(), everyday.label);
        }
    }
    for (at, group) in isco.iter().enumerate().filter(|(_, g)| g.is_unit()) {
        search.add(at, "de", &group.title.de);
        search.add(at, "en", &group.title.en);
        for (lang, title) in &group.title.more {
            search.add(at, lang, title);
        }
        search.add(at, "*", &group.code);
    }
    Ok(search)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Reference {
        reference().unwrap()
    }

    #[test]
    fn isco_has_every_group_at_every_level() {
        let count = |len| data().isco.iter().filter(|g| g.code.len() == len).count();
        assert_eq!((count(1), count(2), count(3), count(4)), (10, 43, 130, 436));
        for g in &data().isco {
            assert!(
                !g.title.de.is_empty() && !g.title.en.is_empty(),
                "{}",
                g.code
            );
            if g.code.len() > 1 {
                let parent = &g.code[..g.code.len() - 1];
                assert!(data().isco_group(parent).is_some(), "parent of {}", g.code);
            }
        }
    }

    #[test]
    fn other_reference_counts() {
        let r = data();
        assert_eq!(r.cefr.len(), 5);
        for skill in &r.cefr {
            let levels: Vec<&str> = skill.levels.iter().map(|l| l.level.as_str()).collect();
            assert_eq!(levels, ["A1", "A2", "B1", "B2", "C1", "C2"], "{}", skill.id);
        }
        assert_eq!(r.digcomp.len(), 5);
        assert_eq!(
            r.digcomp.iter().map(|a| a.competences.len()).sum::<usize>(),
            21
        );
        assert_eq!(
            r.isced.iter().map(|l| l.level).collect::<Vec<_>>(),
            (0..=8).collect::<Vec<_>>()
        );
        assert_eq!(
            r.dqr.iter().map(|l| l.level).collect::<Vec<_>>(),
            (1..=8).collect::<Vec<_>>()
        );
        assert!(r.regulated.len() >= 25);
    }

    #[test]
    fn every_regulated_profession_resolves_to_isco_unit_groups() {
        let mut ids = std::collections::BTreeSet::new();
        for p in &data().regulated {
            assert!(ids.insert(&p.id), "{} twice", p.id);
            assert!(!p.isco.is_empty() || !p.isco_partly.is_empty(), "{}", p.id);
            for code in p.isco.iter().chain(&p.isco_partly) {
                let g = data().isco_group(&code.to_string()).unwrap();
                assert!(g.is_unit());
            }
        }
        let doctors: Vec<_> = data()
            .regulated_for("2211")
            .iter()
            .map(|(p, partly)| (p.id.as_str(), *partly))
            .collect();
        assert_eq!(doctors, [("doctor", false)]);
        // One notice per profession family: a nurse is one profession, a civil
        // engineer one; psychologists only include psychotherapists.
        assert_eq!(data().regulated_for("2221").len(), 1);
        assert_eq!(data().regulated_for("2142").len(), 1);
        assert!(
            data()
                .regulated_for("2634")
                .iter()
                .all(|(_, partly)| *partly)
        );
        assert!(
            data()
                .regulated_for("5311")
                .iter()
                .all(|(_, partly)| *partly)
        );
        // Crafts: only to run a business; health licences bring the health papers,
        // crafts never.
        let (craft, _) = data().regulated_for("7411")[0];
        assert_eq!(craft.case, RecognitionCase::SelfEmployment);
        assert!(
            !data()
                .documents_for(craft)
                .iter()
                .any(|d| d == "doc-fitness")
        );
        let (nurse, _) = data().regulated_for("2221")[0];
        assert!(
            data()
                .documents_for(nurse)
                .iter()
                .any(|d| d == "doc-fitness")
        );
    }

    #[test]
    fn search_finds_tailors_in_german_english_and_arabic() {
        for (query, lang) in [
            ("Schneider", "de"),
            ("tailor", "en"),
            ("خياط", "ar"),
            ("schneiderin", "de"),
        ] {
            let hits = data().search_occupations(query, lang, 8);
            assert_eq!(
                hits.first().map(|g| g.code.as_str()),
                Some("7531"),
                "{query}: {:?}",
                hits.iter().map(|g| &g.code).collect::<Vec<_>>()
            );
        }
        assert!(data().search_occupations("   ", "de", 8).is_empty());
        assert!(data().search_occupations("xqzw", "de", 8).is_empty());
        let nurses = data().search_occupations("Krankenpfleg", "de", 8);
        assert!(nurses.iter().any(|g| g.code == "2221"));
        assert_eq!(data().search_occupations("7531", "de", 1)[0].code, "7531");
    }

    #[test]
    fn every_isco_code_and_english_title_is_the_ilos() {
        // db/reference/isco08-ilo.tsv: the ILO's ISCO-08 titles, its source in its header.
        let ilo: Vec<(&str, &str)> = include_str!("../../db/reference/isco08-ilo.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split_once('\t'))
            .collect();
        assert_eq!(ilo.len(), 619);
        let ours: Vec<(&str, &str)> = data()
            .isco
            .iter()
            .map(|g| (g.code.as_str(), g.title.en.as_str()))
            .collect();
        assert_eq!(ours, ilo);
    }
}
