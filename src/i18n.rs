//! Every text on screen, from the Fluent files under `locales/`.
//!
//! The files are compiled into the binary so the kiosk runs from a fresh clone with
//! nothing else installed. A message missing in one language falls back to English
//! (and is logged); a raw message id is never shown.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// Declares the shipped languages once: their order in the picker and their files.
macro_rules! shipped {
    ($($lang:literal),* $(,)?) => {
        /// The languages this build ships, in the order the picker lists them.
        pub const SHIPPED: &[&str] = &[$($lang),*];

        /// The Fluent sources of each shipped language, as `(language, file name, text)`.
        pub const SOURCES: &[(&str, &str, &str)] = &[$(
            ($lang, "kiosk.ftl", include_str!(concat!("../locales/", $lang, "/kiosk.ftl"))),
            ($lang, "catalog.ftl", include_str!(concat!("../locales/", $lang, "/catalog.ftl"))),
            ($lang, "reference.ftl", include_str!(concat!("../locales/", $lang, "/reference.ftl"))),
            ($lang, "recognition.ftl", include_str!(concat!("../locales/", $lang, "/recognition.ftl"))),
        )*];
    };
}

shipped![
    "de",
    "en",
    "de-simple",
    "ar",
    "fa",
    "ps",
    "kmr",
    "tr",
    "ru",
    "uk",
    "ti",
    "so",
    "fr",
];

/// The language every other falls back to.
pub const FALLBACK: &str = "en";

/// A pseudo-language for tests: English with accents, 40% longer and in brackets,
/// so any text the layout would clip or overflow shows up. Never offered to clients.
pub const PSEUDO: &str = "qps";

/// `text` as the pseudo-language shows it.
pub fn pseudo(text: &str) -> String {
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'î',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            's' => 'š',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ø',
            'U' => 'Û',
            other => other,
        })
        .collect();
    let extra = (text.chars().count() * 2).div_ceil(5);
    format!("[{accented} {}]", "~".repeat(extra.max(1)))
}

/// Every Fluent syntax error in the shipped files, as `(language, file, error)`.
pub fn syntax_errors() -> Vec<(String, String, String)> {
    SOURCES
        .iter()
        .filter_map(|(lang, file, text)| {
            FluentResource::try_new(text.to_string())
                .err()
                .map(|(_, errors)| (lang.to_string(), file.to_string(), format!("{errors:?}")))
        })
        .collect()
}

/// All loaded languages.
pub struct Locales {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

static LOCALES: OnceLock<Locales> = OnceLock::new();

/// The loaded languages, built once on first use.
pub fn locales() -> &'static Locales {
    LOCALES.get_or_init(|| Locales::load(&[]))
}

/// Texts an office adds or changes, as `(language, file name, text)`.
pub type OfficeTexts = Vec<(String, String, String)>;

/// Loads the languages with an office's own texts on top of the built-in ones
/// (a message of the same id replaces the built-in one). Call before any text is
/// used; returns false if the texts were already loaded.
pub fn load_with_office_texts(extra: &OfficeTexts) -> bool {
    LOCALES.set(Locales::load(extra)).is_ok()
}

/// Whether `lang` is one this build ships.
pub fn is_shipped(lang: &str) -> bool {
    SHIPPED.contains(&lang)
}

impl Locales {
    fn load(extra: &[(String, String, String)]) -> Self {
        let mut bundles = HashMap::new();
        for &lang in SHIPPED {
            let id: LanguageIdentifier = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/U+2069) take no cell but break width sums in a
            // terminal; the kiosk orders mixed-direction text itself.
            bundle.set_use_isolating(false);
            for (_, name, text) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
                let resource = match FluentResource::try_new(text.to_string()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        tracing::error!(lang, file = name, ?errors, "locale file has errors");
                        r
                    }
                };
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::error!(lang, file = name, ?errors, "duplicate messages");
                }
            }
            for (_, name, text) in extra.iter().filter(|(l, _, _)| l == lang) {
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        tracing::error!(lang, file = %name, ?errors, "office text file has errors");
                        r
                    }
                };
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(lang, bundle);
        }
        Self { bundles }
    }

    /// The message `id` in `lang`, falling back to English.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// The message `id` in `lang` with its variables filled in.
    pub fn text_with(&self, lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    /// Whether `lang` itself (without fallback) has the message `id`.
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles
            .get(lang)
            .is_some_and(|b| b.get_message(id).and_then(|m| m.value()).is_some())
    }

    fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if lang == PSEUDO {
            return pseudo(&self.format(FALLBACK, id, args));
        }
        // Plain German falls back to German, every language to English.
        let parent = lang.split_once('-').map(|(p, _)| p);
        for candidate in [Some(lang), parent, Some(FALLBACK)].into_iter().flatten() {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            if candidate != lang {
                tracing::warn!(
                    lang,
                    id,
                    shown_in = candidate,
                    "message missing in this language"
                );
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(lang, id, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::error!(lang, id, "message missing in every language");
        "…".to_string()
    }
}

/// Texts in one language: what a screen holds while it draws.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    /// The language code, e.g. `de`.
    pub lang: &'a str,
}

impl<'a> Tr<'a> {
    /// Texts in `lang`.
    pub fn new(lang: &'a str) -> Self {
        Self { lang }
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        locales().text(self.lang, id)
    }

    /// The message `id` with one variable.
    pub fn t1(&self, id: &str, name: &str, value: impl Into<FluentValue<'a>>) -> String {
        locales().text_with(self.lang, id, &[(name, value.into())])
    }

    /// The message `id` with two variables.
    pub fn t2(&self, id: &str, a: (&str, FluentValue<'_>), b: (&str, FluentValue<'_>)) -> String {
        locales().text_with(self.lang, id, &[a, b])
    }
}

/// Whether `lang` is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ar" | "fa" | "ps")
}

/// The day of an RFC 3339 time stamp as [`format_date`] writes it (the stamp as it
/// is if it is not one).
pub fn format_stamp(lang: &str, stamp: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .map(|d| format_date(lang, d.date_naive()))
        .unwrap_or_else(|_| stamp.to_string())
}

/// `date` written the way `lang` writes a date, month in words
/// (e.g. `25. November 2026`, `25 листопада 2026`).
pub fn format_date(lang: &str, date: chrono::NaiveDate) -> String {
    use chrono::Locale;
    let locale = match lang {
        "de" | "de-simple" => Locale::de_DE,
        "ar" => Locale::ar_SY,
        "fa" => Locale::fa_IR,
        "ps" => Locale::ps_AF,
        "kmr" => Locale::ku_TR,
        "tr" => Locale::tr_TR,
        "ru" => Locale::ru_RU,
        "uk" => Locale::uk_UA,
        "ti" => Locale::ti_ER,
        "so" => Locale::so_SO,
        "fr" => Locale::fr_FR,
        _ => Locale::en_GB,
    };
    let pattern = if matches!(lang, "de" | "de-simple") {
        "%-d. %B %Y"
    } else {
        "%-d %B %Y"
    };
    date.format_localized(pattern, locale).to_string()
}
