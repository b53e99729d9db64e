//! The checklist as data: sections and their items, read from `db/catalog/*.toml`.
//!
//! Texts are not in these files but in `locales/*/catalog.ftl`, keyed by id:
//! `section-{section}` (title), `section-{section}-intro`, `item-{section}-{item}`
//! (the question), `item-{section}-{item}-example` and
//! `option-{section}-{item}-{option}`. Validation at start-up checks that every text
//! exists in every shipped language, so a client never meets a gap.

mod check;
mod file;
mod model;

pub use check::check_contract;
pub use file::{EMBEDDED, office_texts};
pub use model::*;

use std::collections::HashSet;

use crate::i18n;
use check::{check_rules, check_section};
use file::{CatalogFile, office_files};

impl Catalog {
    /// The catalogue compiled into the binary, checked.
    pub fn embedded() -> Result<Self, CatalogError> {
        Self::parse(EMBEDDED)
    }

    /// The checklist as configured: the office's folder if one is set, else the
    /// built-in files; minus hidden sections. The office's texts must have been
    /// loaded first ([`office_texts`], [`crate::i18n::load_with_office_texts`]).
    pub fn from_config(
        config: &crate::config::ChecklistConfig,
        languages: &[String],
    ) -> Result<Self, CatalogError> {
        let mut catalog = match &config.dir {
            None => Self::embedded()?,
            Some(dir) => {
                let files = office_files(dir, "toml")?;
                if files.is_empty() {
                    return Err(CatalogError::Syntax {
                        file: dir.display().to_string(),
                        detail: "the folder has no .toml catalogue files".into(),
                    });
                }
                let borrowed: Vec<(&str, &str)> = files
                    .iter()
                    .map(|(f, t)| (f.as_str(), t.as_str()))
                    .collect();
                // An office writes texts for the languages it offers, not all shipped.
                let langs: Vec<&str> = languages.iter().map(String::as_str).collect();
                Self::parse_for(&borrowed, &langs)?
            }
        };
        for hidden in &config.hide {
            if catalog.section(hidden).is_none() {
                return Err(CatalogError::Unknown {
                    file: "configuration [checklist] hide".into(),
                    id: hidden.clone(),
                    reference: "a section id".into(),
                });
            }
        }
        catalog.sections.retain(|s| !config.hide.contains(&s.id));
        Ok(catalog)
    }

    /// Parses and checks catalogue files given as `(file name, text)`, in order,
    /// with texts required in every shipped language.
    pub fn parse(files: &[(&str, &str)]) -> Result<Self, CatalogError> {
        Self::parse_for(files, i18n::SHIPPED)
    }

    /// Like [`Catalog::parse`], with texts required in `langs`.
    pub fn parse_for(files: &[(&str, &str)], langs: &[&str]) -> Result<Self, CatalogError> {
        let mut sections = Vec::new();
        let mut section_ids = HashSet::new();
        for &(file, text) in files {
            let parsed: CatalogFile = toml::from_str(text).map_err(|e| CatalogError::Syntax {
                file: file.into(),
                detail: e.to_string().trim_end().replace('\n', " "),
            })?;
            let section = parsed.section.into_section(file)?;
            check_section(file, &section, &mut section_ids, langs)?;
            sections.push((file, section));
        }
        check_rules(&sections)?;
        let names: Vec<&str> = sections.iter().map(|(f, _)| *f).collect();
        let catalog = Self {
            sections: sections.into_iter().map(|(_, s)| s).collect(),
        };
        check_contract(&catalog, &names)?;
        Ok(catalog)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_is_complete() {
        let catalog = Catalog::embedded().unwrap();
        let ids: Vec<&str> = catalog.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "life",
                "education",
                "work",
                "languages",
                "informal",
                "competences",
                "goals"
            ]
        );
        assert!(catalog.item_count() >= 40);
    }

    #[test]
    fn a_condition_on_an_unknown_or_later_item_is_refused() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "wishes"
            kind = "short_text"
            when = { item = "documents", any_of = ["none"] }
            [[section.item]]
            id = "documents"
            kind = "multi"
            options = ["none"]
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        assert!(matches!(err, CatalogError::Unknown { .. }), "{err}");
        assert!(err.to_string().contains("goals.wishes"), "{err}");
    }

    #[test]
    fn a_suggestion_rule_naming_an_unknown_option_is_refused() {
        let mut files: Vec<(&str, String)> =
            EMBEDDED.iter().map(|(f, t)| (*f, t.to_string())).collect();
        for (file, text) in &mut files {
            if file.contains("competences") {
                *text = text.replace("informal.areas=caring", "informal.areas=sailing");
            }
        }
        let borrowed: Vec<(&str, &str)> = files.iter().map(|(f, t)| (*f, t.as_str())).collect();
        let err = Catalog::parse(&borrowed).unwrap_err();
        assert!(err.to_string().contains("informal.areas=sailing"), "{err}");
        assert!(err.to_string().contains("06-competences.toml"), "{err}");
    }

    #[test]
    fn every_checklist_text_belongs_to_the_catalogue() {
        let catalog = Catalog::embedded().unwrap();
        let mut used = std::collections::HashSet::new();
        for s in &catalog.sections {
            used.extend([
                section_key(&s.id),
                section_intro_key(&s.id),
                section_add_key(&s.id),
                section_none_key(&s.id),
            ]);
            for i in &s.items {
                used.extend([item_key(&s.id, &i.id), item_example_key(&s.id, &i.id)]);
                let mut ids = i.kind.options().to_vec();
                if let ItemKind::Ratings { competences, .. } = &i.kind {
                    ids.extend(competences.iter().cloned());
                }
                used.extend(ids.iter().map(|o| option_key(&s.id, &i.id, o)));
            }
        }
        for (lang, file, text) in crate::i18n::SOURCES {
            if *file != "catalog.ftl" {
                continue;
            }
            for line in text.lines() {
                let Some((id, _)) = line.split_once(" = ") else {
                    continue;
                };
                if id.starts_with(char::is_alphabetic) && !id.contains(' ') {
                    assert!(used.contains(id), "{lang}/catalog.ftl: {id} is not used");
                }
            }
        }
    }

    #[test]
    fn duplicate_item_is_named() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "wishes"
            kind = "short_text"
            [[section.item]]
            id = "wishes"
            kind = "long_text"
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        assert_eq!(
            err,
            CatalogError::Duplicate {
                file: "db/catalog/x.toml".into(),
                id: "goals.wishes".into()
            }
        );
        assert!(err.to_string().contains("db/catalog/x.toml"));
    }

    #[test]
    fn missing_text_names_entry_key_and_language() {
        let text = r#"
            [section]
            id = "goals"
            [[section.item]]
            id = "favourite_colour"
            kind = "short_text"
        "#;
        let err = Catalog::parse(&[("db/catalog/x.toml", text)]).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("goals.favourite_colour"), "{message}");
        assert!(message.contains("item-goals-favourite_colour"), "{message}");
    }

    #[test]
    fn unknown_kind_and_empty_choice_are_refused() {
        let unknown = "[section]\nid = \"a\"\n[[section.item]]\nid = \"b\"\nkind = \"dance\"\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", unknown)]),
            Err(CatalogError::Syntax { .. })
        ));
        let empty = "[section]\nid = \"goals\"\n[[section.item]]\nid = \"b\"\nkind = \"single\"\noptions = []\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", empty)]),
            Err(CatalogError::Empty { .. })
        ));
        let bad =
            "[section]\nid = \"Goals!\"\n[[section.item]]\nid = \"b\"\nkind = \"short_text\"\n";
        assert!(matches!(
            Catalog::parse(&[("f.toml", bad)]),
            Err(CatalogError::BadId { .. })
        ));
    }

    #[test]
    fn the_built_in_checklist_keeps_the_contract() {
        let catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        check_contract(&catalog, &files).unwrap();
    }

    #[test]
    fn a_missing_or_changed_id_is_named_with_its_file() {
        let mut catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        let work = catalog.section_index("work").unwrap();
        catalog.sections[work]
            .items
            .retain(|i| i.id != "occupation");
        let err = check_contract(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("work.occupation"), "{err}");
        assert!(err.contains("03-work.toml"), "{err}");
        assert!(err.contains("an occupation"), "{err}");

        let mut catalog = Catalog::embedded().unwrap();
        catalog.sections.retain(|s| s.id != "goals");
        let err = check_contract(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("\"goals\""), "{err}");
        assert!(err.contains("[checklist] hide"), "{err}");
    }
}
