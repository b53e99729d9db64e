//! German and European reference points the portfolio relates a person to, read from
//! the files under `db/reference/`: ISCO-08 occupations, ISCED 2011 and DQR/EQF
//! levels, the CEFR self-assessment grid, DigComp 2.2 and the professions regulated in
//! Germany. Titles exist in German and English and, where translated, more languages.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

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
    /// Its title.
    pub title: Titles,
}

impl IscoGroup {
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

/// A profession one may practise in Germany only after recognition.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RegulatedProfession {
    /// Stable id.
    pub id: String,
    /// Field: health, care, teaching, law, …
    pub group: String,
    /// The German reference occupation.
    pub reference_de: String,
    /// Its English name.
    pub name_en: String,
    /// The ISCO-08 unit groups it corresponds to.
    pub isco: Vec<u32>,
    /// Which kind of authority decides.
    pub competent_de: String,
    /// The law it rests on.
    pub legal_basis_de: String,
    /// Documents beyond the common ones, in English.
    #[serde(default)]
    pub extra_documents_en: Vec<String>,
    /// The same in German.
    #[serde(default)]
    pub extra_documents_de: Vec<String>,
    /// A note in English.
    #[serde(default)]
    pub note_en: String,
    /// A note in German.
    #[serde(default)]
    pub note_de: String,
    /// Recognition is needed only to work self-employed (master craftsman trades).
    #[serde(default)]
    pub self_employment_only: bool,
}

/// Documents every recognition procedure asks for.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CommonDocuments {
    /// In English.
    pub common_en: Vec<String>,
    /// In German.
    pub common_de: Vec<String>,
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
    search: Vec<SearchEntry>,
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
            for code in &profession.isco {
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
        let search = isco
            .iter()
            .enumerate()
            .filter(|(_, g)| g.is_unit())
            .map(|(index, g)| SearchEntry::new(index, g))
            .collect();
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

    /// The regulated professions that an ISCO unit group belongs to.
    pub fn regulated_for(&self, isco: &str) -> Vec<&RegulatedProfession> {
        let Ok(code) = isco.parse::<u32>() else {
            return Vec::new();
        };
        self.regulated
            .iter()
            .filter(|p| p.isco.contains(&code))
            .collect()
    }

    /// The CEFR skill with this id.
    pub fn cefr_skill(&self, id: &str) -> Option<&CefrSkill> {
        self.cefr.iter().find(|s| s.id == id)
    }

    /// Unit groups whose title in any language matches every word of `query`, best
    /// first: words that begin with the query's words rank above words that only
    /// contain them, and the client's own language above others.
    pub fn search_occupations(&self, query: &str, lang: &str, limit: usize) -> Vec<&IscoGroup> {
        let words: Vec<(String, usize)> = fold(query)
            .split_whitespace()
            .map(|w| (w.to_string(), w.chars().count()))
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u32, usize)> = self
            .search
            .iter()
            .filter_map(|entry| entry.score(&words, lang).map(|s| (s, entry.index)))
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.into_iter()
            .take(limit)
            .map(|(_, index)| &self.isco[index])
            .collect()
    }
}

/// One unit group's titles prepared for matching: folded once, split into words once.
#[derive(Debug, Clone)]
struct SearchEntry {
    index: usize,
    titles: Vec<SearchTitle>,
}

#[derive(Debug, Clone)]
struct SearchTitle {
    lang: String,
    folded: String,
    /// The title's words with their length in characters.
    words: Vec<(String, usize)>,
}

impl SearchTitle {
    fn new(lang: &str, title: &str) -> Self {
        let folded = fold(title);
        let words = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (w.to_string(), w.chars().count()))
            .collect();
        Self {
            lang: lang.to_string(),
            folded,
            words,
        }
    }

    /// 3 if a title word begins with `word`, 2 if `word` is a longer form of a title
    /// word ("schneiderin" of "schneider"), 1 if the title contains it, else 0.
    fn score(&self, word: &str, word_len: usize) -> u32 {
        let mut best = 0;
        for (w, len) in &self.words {
            if w.starts_with(word) {
                return 3;
            }
            if *len >= 5 && word.starts_with(w.as_str()) && word_len - len <= 5 {
                best = 2;
            }
        }
        if best == 0 && self.folded.contains(word) {
            best = 1;
        }
        best
    }
}

impl SearchEntry {
    fn new(index: usize, group: &IscoGroup) -> Self {
        let mut titles = vec![
            SearchTitle::new("de", &group.title.de),
            SearchTitle::new("en", &group.title.en),
        ];
        titles.extend(group.title.more.iter().map(|(l, t)| SearchTitle::new(l, t)));
        titles.push(SearchTitle::new("code", &group.code));
        Self { index, titles }
    }

    fn score(&self, words: &[(String, usize)], lang: &str) -> Option<u32> {
        let mut best = None;
        for title in &self.titles {
            let mut total = 0;
            for (word, len) in words {
                match title.score(word, *len) {
                    0 => {
                        total = 0;
                        break;
                    }
                    s => total += s,
                }
            }
            if total > 0 {
                let own = u32::from(title.lang == lang) * 2;
                best = best.max(Some(total * 4 + own));
            }
        }
        best
    }
}

/// Lower case without accents and with ß as ss, so "schneiderin", "Schnéider" and
/// "SCHNEIDER" meet; Arabic is kept, without its short-vowel marks.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => out.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' => out.push('o'),
            'ü' | 'ù' | 'ú' | 'û' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' => out.push('i'),
            'ç' => out.push('c'),
            'ğ' => out.push('g'),
            'ş' => out.push('s'),
            'ñ' => out.push('n'),
            'ß' => out.push_str("ss"),
            // Arabic harakat and tatweel carry no letter.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            // Alef with hamza or madda is searched as plain alef.
            'أ' | 'إ' | 'آ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            c => out.push(c),
        }
    }
    out
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
        for p in &data().regulated {
            assert!(!p.isco.is_empty(), "{}", p.id);
            for code in &p.isco {
                let g = data().isco_group(&code.to_string()).unwrap();
                assert!(g.is_unit());
            }
        }
        let doctors: Vec<_> = data()
            .regulated_for("2211")
            .iter()
            .map(|p| p.id.clone())
            .collect();
        assert!(!doctors.is_empty());
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
    fn folding_meets_spellings() {
        assert_eq!(fold("Größe SCHNÉIDER"), "grosse schneider");
        assert_eq!(fold("أطبّاء"), "اطباء");
    }
}
