//! Finding an occupation in the words people use: everyday job titles per language
//! (`db/reference/occupations/<lang>.tsv`) beside the official ISCO-08 titles, text
//! folded so that spellings meet, one typo forgiven, results ranked.
//!
//! The index is built once from `(group, language, title)` triples and answers with
//! the groups' positions; it knows nothing of ISCO beyond that.

use std::collections::HashMap;

/// Everyday title files, as `(language, file, text)`. Plain German uses German's.
pub const EVERYDAY: &[(&str, &str, &str)] = &[
    (
        "de",
        "db/reference/occupations/de.tsv",
        include_str!("../../db/reference/occupations/de.tsv"),
    ),
    (
        "en",
        "db/reference/occupations/en.tsv",
        include_str!("../../db/reference/occupations/en.tsv"),
    ),
    (
        "fr",
        "db/reference/occupations/fr.tsv",
        include_str!("../../db/reference/occupations/fr.tsv"),
    ),
    (
        "ar",
        "db/reference/occupations/ar.tsv",
        include_str!("../../db/reference/occupations/ar.tsv"),
    ),
    (
        "fa",
        "db/reference/occupations/fa.tsv",
        include_str!("../../db/reference/occupations/fa.tsv"),
    ),
    (
        "ps",
        "db/reference/occupations/ps.tsv",
        include_str!("../../db/reference/occupations/ps.tsv"),
    ),
    (
        "kmr",
        "db/reference/occupations/kmr.tsv",
        include_str!("../../db/reference/occupations/kmr.tsv"),
    ),
    (
        "tr",
        "db/reference/occupations/tr.tsv",
        include_str!("../../db/reference/occupations/tr.tsv"),
    ),
    (
        "ru",
        "db/reference/occupations/ru.tsv",
        include_str!("../../db/reference/occupations/ru.tsv"),
    ),
    (
        "uk",
        "db/reference/occupations/uk.tsv",
        include_str!("../../db/reference/occupations/uk.tsv"),
    ),
    (
        "ti",
        "db/reference/occupations/ti.tsv",
        include_str!("../../db/reference/occupations/ti.tsv"),
    ),
    (
        "so",
        "db/reference/occupations/so.tsv",
        include_str!("../../db/reference/occupations/so.tsv"),
    ),
];

/// One group's everyday names in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Everyday {
    /// ISCO-08 unit group.
    pub code: String,
    /// The short title shown.
    pub label: String,
    /// What people type.
    pub terms: Vec<String>,
}

/// Reads one everyday title file: `#` comments, a header line, then
/// `code<TAB>label<TAB>term|term|…`. The error names the line.
pub fn parse_everyday(text: &str) -> Result<Vec<Everyday>, String> {
    let mut out = Vec::new();
    let mut header = false;
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            if line != "code\tlabel\tterms" {
                return Err(format!(
                    "line {}: the header must be code, label, terms",
                    n + 1
                ));
            }
            header = true;
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [code, label, terms] = cols[..] else {
            return Err(format!("line {}: needs code, label and terms", n + 1));
        };
        if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) || label.trim().is_empty() {
            return Err(format!(
                "line {}: \"{code}\" needs a unit group and a label",
                n + 1
            ));
        }
        out.push(Everyday {
            code: code.to_string(),
            label: label.trim().to_string(),
            terms: terms
                .split('|')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(String::from)
                .collect(),
        });
    }
    if header {
        Ok(out)
    } else {
        Err("no header line".into())
    }
}

/// A folded word, with its characters for the typo check and a 64-bit sketch of
/// which letters it has (to pass over most words at once).
#[derive(Debug, Clone)]
struct Word {
    text: String,
    chars: Vec<char>,
    letters: u64,
}

impl Word {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let letters = chars.iter().fold(0, |m, &c| {
            m | 1u64 << ((c as u32).wrapping_mul(2_654_435_761) >> 26)
        });
        Self {
            text: text.to_string(),
            chars,
            letters,
        }
    }
}

fn words(text: &str) -> Vec<Word> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(Word::new)
        .collect()
}

/// The titles of one language: each distinct word once, with the titles it is in.
#[derive(Debug, Clone, Default)]
struct Vocabulary {
    words: Vec<Word>,
    /// For each word, the titles it is in (by position in `titles`).
    postings: Vec<Vec<u32>>,
    /// Each title's group and its number of words.
    titles: Vec<(usize, usize)>,
    at: HashMap<String, usize>,
}

impl Vocabulary {
    fn add(&mut self, group: usize, words: Vec<Word>) {
        let title = self.titles.len() as u32;
        self.titles.push((group, words.len()));
        for word in words {
            let at = match self.at.get(&word.text) {
                Some(&at) => at,
                None => {
                    self.at.insert(word.text.clone(), self.words.len());
                    self.words.push(word);
                    self.postings.push(Vec::new());
                    self.words.len() - 1
                }
            };
            if self.postings[at].last() != Some(&title) {
                self.postings[at].push(title);
            }
        }
    }
}

/// Every title, by language (`"*"`: searched whatever the client's language,
/// such as the ISCO codes).
#[derive(Debug, Clone, Default)]
pub struct OccupationIndex {
    by_lang: HashMap<String, Vocabulary>,
    recent: Recent,
}

/// The last searches and their results: a screen is drawn more often than the
/// query changes.
#[derive(Debug, Default)]
struct Recent(std::sync::Mutex<std::collections::VecDeque<Remembered>>);

/// A search (query, language, limit) and what it found.
type Remembered = (String, String, usize, Vec<usize>);

impl Clone for Recent {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// How many searches [`Recent`] keeps.
const RECENT: usize = 16;

/// How well one query word meets one title word.
fn word_score(q: &Word, t: &Word) -> u32 {
    let (ql, tl) = (q.chars.len(), t.chars.len());
    if t.text == q.text {
        return 6;
    }
    // Letters of the query the title word lacks: none for a beginning or a part of
    // it, at most one for a typo.
    let lacking = (q.letters & !t.letters).count_ones();
    if lacking == 0 && t.text.starts_with(&q.text) {
        // Still typing.
        4
    } else if ql >= 5 && tl >= 4 && ql > tl && ql - tl <= 4 && q.text.starts_with(&t.text) {
        // A longer form: "schneiderin" of "schneider".
        3
    } else if lacking <= 1 && ql >= typo_length(q.chars[0]) && typo_of(&q.chars, &t.chars) {
        2
    } else if lacking == 0 && ql >= 3 && t.text.contains(&q.text) {
        // Inside a compound: "backer" in "pizzabacker".
        1
    } else {
        0
    }
}

/// How long a word must be before one typo in it is forgiven: five letters, four in
/// Arabic script (short vowels are not written), three Ethiopic syllables.
fn typo_length(first: char) -> usize {
    match first {
        '\u{0600}'..='\u{06FF}' => 4,
        '\u{1200}'..='\u{137F}' => 3,
        _ => 5,
    }
}

/// Whether `q` is one edit (a letter wrong, missing, extra, or two swapped) away
/// from `t` or from the beginning of `t`.
fn typo_of(q: &[char], t: &[char]) -> bool {
    let lo = q.len().saturating_sub(1);
    let hi = (q.len() + 1).min(t.len());
    (lo..=hi).any(|n| one_edit(q, &t[..n]))
}

/// Whether `a` and `b` differ by exactly one edit (optimal string alignment).
fn one_edit(a: &[char], b: &[char]) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let Some(first) = (0..short.len()).find(|&i| long[i] != short[i]) else {
        // Equal, or one letter added at the end.
        return long.len() == short.len() + 1;
    };
    match long.len() - short.len() {
        // One letter wrong, or two neighbours swapped.
        0 => {
            long[first + 1..] == short[first + 1..]
                || (first + 1 < long.len()
                    && long[first] == short[first + 1]
                    && long[first + 1] == short[first]
                    && long[first + 2..] == short[first + 2..])
        }
        // One letter missing.
        1 => long[first + 1..] == short[first..],
        _ => false,
    }
}

impl OccupationIndex {
    /// Adds `title` of `group` in `lang`.
    pub fn add(&mut self, group: usize, lang: &str, title: &str) {
        // "Kfz-Mechatroniker" is also typed as one word.
        if title.contains('-') {
            self.add(group, lang, &title.replace('-', ""));
        }
        let words = words(title);
        if !words.is_empty() {
            self.by_lang
                .entry(lang.to_string())
                .or_default()
                .add(group, words);
        }
    }

    /// The groups that match `query`, best first, at most `limit`: titles in
    /// `lang`, German and English count, the client's own language a little more.
    /// A group ranks by how many of the query's words it meets, then how well.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<usize> {
        let key = |(q, l, n, _): &&Remembered| q == query && l == lang && *n == limit;
        if let Ok(recent) = self.recent.0.lock()
            && let Some((.., hits)) = recent.iter().find(key)
        {
            return hits.clone();
        }
        let hits = self.rank(query, lang, limit);
        if let Ok(mut recent) = self.recent.0.lock() {
            if recent.len() == RECENT {
                recent.pop_back();
            }
            recent.push_front((query.to_string(), lang.to_string(), limit, hits.clone()));
        }
        hits
    }

    /// [`OccupationIndex::search`] without the memory of recent searches.
    pub fn rank(&self, query: &str, lang: &str, limit: usize) -> Vec<usize> {
        let query = words(query);
        if query.is_empty() {
            return Vec::new();
        }
        let own = if lang == "de-simple" { "de" } else { lang };
        // Per group: words met, how well (own language a little more), and fewer
        // words in the title (a title that is just the word beats a longer one).
        let mut best: HashMap<usize, (usize, u32, std::cmp::Reverse<usize>)> = HashMap::new();
        let mut langs = vec![own, "de", "en", "*"];
        langs.dedup();
        for (rank, lang) in langs.iter().enumerate() {
            let Some(vocabulary) = self.by_lang.get(*lang) else {
                continue;
            };
            let bonus = u32::from(rank == 0);
            // Per title: query words met and how well.
            let mut met: HashMap<u32, (usize, u32)> = HashMap::new();
            for q in &query {
                let mut this: HashMap<u32, u32> = HashMap::new();
                for (word, titles) in vocabulary.words.iter().zip(&vocabulary.postings) {
                    let s = word_score(q, word);
                    if s > 0 {
                        for &title in titles {
                            let slot = this.entry(title).or_default();
                            *slot = (*slot).max(s);
                        }
                    }
                }
                for (title, s) in this {
                    let slot = met.entry(title).or_default();
                    slot.0 += 1;
                    slot.1 += s;
                }
            }
            for (title, (matched, total)) in met {
                let (group, length) = vocabulary.titles[title as usize];
                let score = (matched, total * 2 + bonus, std::cmp::Reverse(length));
                let slot = best.entry(group).or_insert(score);
                *slot = (*slot).max(score);
            }
        }
        let mut hits: Vec<_> = best.into_iter().collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits.into_iter().take(limit).map(|(g, _)| g).collect()
    }
}

/// Lower case without accents and other marks, so that spellings meet: ß as ss,
/// Turkish and Kurdish letters as plain Latin, ё as е, Arabic without short vowels
/// with one alef, ه for ة, one kaf, gaf and yeh for Arabic, Persian, Pashto and Urdu
/// keyboards, apostrophes left out, and the Tigrinya letters that sound alike as one.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' => out.push('a'),
            'æ' => out.push_str("ae"),
            'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' => out.push('o'),
            'œ' => out.push_str("oe"),
            'ü' | 'ù' | 'ú' | 'û' | 'ū' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' | 'ī' => out.push('i'),
            'ç' => out.push('c'),
            'ğ' => out.push('g'),
            'ş' => out.push('s'),
            'ñ' => out.push('n'),
            'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            'ё' => out.push('е'),
            // Apostrophes (Ukrainian м'ясо, Somali ka'a) are often left out when typing.
            '\'' | '’' | 'ʼ' | 'ʻ' | '`' => {}
            'ґ' => out.push('г'),
            // Combining accents (typed apart, or the dot of Turkish İ lower-cased).
            '\u{0300}'..='\u{036F}' => {}
            // Arabic harakat, superscript alef, tatweel; the Persian half-space.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' | 'ۀ' => out.push('ه'),
            'ى' | 'ي' | 'ې' | 'ۍ' | 'ئ' => out.push('ی'),
            'ك' | 'ڪ' => out.push('ک'),
            // Pashto and Urdu keyboards: one gaf, and the retroflex letters as Pashto
            // writes them.
            'ګ' => out.push('گ'),
            'ٹ' => out.push('ټ'),
            'ڈ' => out.push('ډ'),
            'ڑ' => out.push('ړ'),
            'ہ' | 'ھ' => out.push('ه'),
            'ے' => out.push('ی'),
            'ؤ' => out.push('و'),
            // Tigrinya: ሠ sounds as ሰ, ፀ as ጸ (each a row of seven forms).
            '\u{1220}'..='\u{1227}' => out.push(shift(c, 0x10, false)),
            '\u{1340}'..='\u{1347}' => out.push(shift(c, 0x08, true)),
            // ...and the throat letters are written with ä or a alike (ጸሐፊ, ጸሓፊ).
            'ሀ' => out.push('ሃ'),
            'ሐ' | 'ኀ' | 'ኃ' => out.push('ሓ'),
            'አ' => out.push('ኣ'),
            'ዐ' => out.push('ዓ'),
            c => out.push(c),
        }
    }
    out
}

fn shift(c: char, by: u32, down: bool) -> char {
    let code = if down { c as u32 - by } else { c as u32 + by };
    char::from_u32(code).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_meets_spellings() {
        assert_eq!(fold("Größe SCHNÉIDER"), "grosse schneider");
        assert_eq!(fold("أطبّاء"), "اطباء");
        assert_eq!(fold("مكانيكي"), fold("مکانیکی"));
        assert_eq!(fold("ممرضة"), fold("ممرضه"));
        assert_eq!(fold("ډرېور"), fold("ڈریور"));
        assert_eq!(fold("ګل"), fold("گل"));
        assert_eq!(fold("Аёшчик"), "аешчик");
        assert_eq!(fold("aşçı"), "asci");
        assert_eq!(fold("İtfaiyeci"), "itfaiyeci");
        assert_eq!(fold("e\u{301}lectricien"), "electricien");
        assert_eq!(fold("ሠራሕ"), fold("ሰራሕ"));
        assert_eq!(fold("ፀሓፊ"), fold("ጸሓፊ"));
        assert_eq!(fold("ፀሐፊት"), fold("ጸሓፊት"));
        assert_eq!(fold("м'ясник"), fold("мʼясник"));
        assert_eq!(fold("м'ясник"), "мясник");
    }

    #[test]
    fn one_typo_is_forgiven_in_words_of_five_letters() {
        let w = |s: &str| Word::new(&fold(s));
        assert!(word_score(&w("elektrikre"), &w("elektriker")) > 0, "swap");
        assert!(word_score(&w("schnieder"), &w("schneider")) > 0, "swap");
        assert!(word_score(&w("schneder"), &w("schneider")) > 0, "missing");
        assert!(
            word_score(&w("kelner"), &w("kellner")) > 0,
            "missing, prefix"
        );
        assert_eq!(word_score(&w("kch"), &w("koch")), 0, "short words exact");
        assert!(
            word_score(&w("طباح"), &w("طباخ")) > 0,
            "four Arabic letters"
        );
        assert!(
            word_score(&w("ሰፋይ"), &w("ሰፋዪ")) > 0,
            "three Ethiopic syllables"
        );
        assert_eq!(word_score(&w("bauer"), &w("maurer")), 0, "two edits");
        assert_eq!(word_score(&w("backer"), &w("pizzabäcker")), 1, "compound");
    }

    #[test]
    fn ranking_prefers_all_words_then_exact_then_own_language() {
        let mut index = OccupationIndex::default();
        index.add(0, "en", "car mechanic");
        index.add(1, "en", "car wash attendant");
        index.add(2, "en", "mechanic");
        index.add(3, "fr", "mécanicien automobile");
        assert_eq!(index.search("car mechanic", "en", 3)[0], 0);
        assert_eq!(index.search("mechanic", "en", 3)[0], 2);
        assert_eq!(index.search("mecanicien", "fr", 3), vec![3]);
        assert!(
            index.search("mecanicien", "ru", 3).is_empty(),
            "only own, de, en"
        );
        assert!(index.search(" ,. ", "en", 3).is_empty());
    }

    #[test]
    fn everyday_files_parse_and_name_their_lines() {
        let text = "# c\ncode\tlabel\tterms\n7411\tElektrikerin / Elektriker\tElektriker| Elektrikerin |\n";
        let parsed = parse_everyday(text).unwrap();
        assert_eq!(parsed[0].terms, ["Elektriker", "Elektrikerin"]);
        assert!(
            parse_everyday("code\tlabel\tterms\n741\tx\ty\n")
                .unwrap_err()
                .contains("line 2")
        );
        assert!(parse_everyday("7411\tx\ty\n").is_err());
    }
}
