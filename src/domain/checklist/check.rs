//! Checking a checklist before anyone meets it: ids, conditions, suggestion rules,
//! every text in every language, and the contract of ids the program reads.

use std::collections::HashSet;

use crate::domain::checklist::model::{
    Catalog, CatalogError, ItemKind, Section, item_example_key, item_key, option_key,
    section_add_key, section_intro_key, section_key, section_none_key, valid_id,
};
use crate::domain::contract::{CONTRACT, OPTIONS};
use crate::i18n::locales;

// Long by design: the checks of one section in the order an office reads its file.
pub(crate) fn check_section(
    file: &str,
    section: &Section,
    section_ids: &mut HashSet<String>,
    langs: &[&str],
) -> Result<(), CatalogError> {
    let err_id = |id: &str| CatalogError::BadId {
        file: file.into(),
        id: id.into(),
    };
    if !valid_id(&section.id) {
        return Err(err_id(&section.id));
    }
    if !section_ids.insert(section.id.clone()) {
        return Err(CatalogError::Duplicate {
            file: file.into(),
            id: section.id.clone(),
        });
    }
    if section.items.is_empty() {
        return Err(CatalogError::Empty {
            file: file.into(),
            id: section.id.clone(),
        });
    }
    let mut keys = vec![
        (section.id.clone(), section_key(&section.id)),
        (section.id.clone(), section_intro_key(&section.id)),
    ];
    if section.repeat {
        keys.push((section.id.clone(), section_add_key(&section.id)));
        keys.push((section.id.clone(), section_none_key(&section.id)));
        let title = section.entry_title.as_deref().unwrap_or_default();
        if !section.items.iter().any(|i| i.id == title) {
            return Err(CatalogError::Unknown {
                file: file.into(),
                id: section.id.clone(),
                reference: format!("entry_title \"{title}\""),
            });
        }
    } else if section.entry_title.is_some() {
        return Err(CatalogError::Unknown {
            file: file.into(),
            id: section.id.clone(),
            reference: "entry_title without repeat = true".into(),
        });
    }
    let mut item_ids = HashSet::new();
    for item in &section.items {
        let full_id = format!("{}.{}", section.id, item.id);
        if !valid_id(&item.id) {
            return Err(err_id(&full_id));
        }
        if !item_ids.insert(item.id.clone()) {
            return Err(CatalogError::Duplicate {
                file: file.into(),
                id: full_id,
            });
        }
        keys.push((full_id.clone(), item_key(&section.id, &item.id)));
        keys.push((full_id.clone(), item_example_key(&section.id, &item.id)));
        if let Some(when) = &item.when {
            let decides = section
                .items
                .iter()
                .take_while(|i| i.id != item.id)
                .find(|i| i.id == when.item);
            let fits = decides.is_some_and(|d| {
                when.any_of.iter().all(|o| d.kind.options().contains(o)) && !when.any_of.is_empty()
            });
            if !fits {
                return Err(CatalogError::Unknown {
                    file: file.into(),
                    id: full_id,
                    reference: format!(
                        "when: \"{}\" must be an earlier choice question with options {:?}",
                        when.item, when.any_of
                    ),
                });
            }
        }
        if matches!(item.kind, ItemKind::Cefr) {
            let known = crate::domain::reference::reference()
                .map(|r| r.cefr_skill(&item.id).is_some())
                .unwrap_or(false);
            if !known {
                return Err(CatalogError::Unknown {
                    file: file.into(),
                    id: full_id,
                    reference: "a CEFR item's id must be a skill of db/reference/cefr.toml".into(),
                });
            }
        }
        if let ItemKind::Ratings {
            competences,
            suggest,
            digcomp,
        } = &item.kind
        {
            if competences.is_empty() {
                return Err(CatalogError::Empty {
                    file: file.into(),
                    id: full_id,
                });
            }
            for (competence, _) in suggest {
                if !competences.contains(competence) {
                    return Err(CatalogError::Unknown {
                        file: file.into(),
                        id: full_id.clone(),
                        reference: format!("suggest names unknown competence \"{competence}\""),
                    });
                }
            }
            if !digcomp {
                for competence in competences {
                    if !valid_id(competence) {
                        return Err(err_id(&format!("{full_id}.{competence}")));
                    }
                    keys.push((
                        format!("{full_id}.{competence}"),
                        option_key(&section.id, &item.id, competence),
                    ));
                }
            }
        }
        let options = item.kind.options();
        let choice = matches!(item.kind, ItemKind::Single { .. } | ItemKind::Multi { .. });
        if choice && options.is_empty() {
            return Err(CatalogError::Empty {
                file: file.into(),
                id: full_id,
            });
        }
        let mut option_ids = HashSet::new();
        for option in options {
            let option_id = format!("{full_id}.{option}");
            if !valid_id(option) {
                return Err(err_id(&option_id));
            }
            if !option_ids.insert(option) {
                return Err(CatalogError::Duplicate {
                    file: file.into(),
                    id: option_id,
                });
            }
            keys.push((option_id, option_key(&section.id, &item.id, option)));
        }
    }
    for &lang in langs {
        for (id, key) in &keys {
            if !locales().has(lang, key) {
                return Err(CatalogError::MissingText {
                    file: file.into(),
                    id: id.clone(),
                    key: key.clone(),
                    lang: lang.into(),
                });
            }
        }
    }
    Ok(())
}

/// Every suggestion rule must name a section, item and option that exist.
pub(crate) fn check_rules(sections: &[(&str, Section)]) -> Result<(), CatalogError> {
    for (file, section) in sections {
        for item in &section.items {
            let ItemKind::Ratings { suggest, .. } = &item.kind else {
                continue;
            };
            for (competence, rules) in suggest {
                for rule in rules {
                    let target = sections
                        .iter()
                        .map(|(_, s)| s)
                        .find(|s| s.id == rule.section);
                    let item_ok = match (&rule.item, target) {
                        (_, None) => false,
                        (None, Some(_)) => rule.option.is_none(),
                        (Some(i), Some(s)) => s.items.iter().any(|it| {
                            it.id == *i
                                && rule
                                    .option
                                    .as_ref()
                                    .is_none_or(|o| it.kind.options().contains(o))
                        }),
                    };
                    if !item_ok {
                        return Err(CatalogError::Unknown {
                            file: (*file).into(),
                            id: format!("{}.{}.{competence}", section.id, item.id),
                            reference: format!(
                                "rule \"{}{}{}\"",
                                rule.section,
                                rule.item
                                    .as_ref()
                                    .map(|i| format!(".{i}"))
                                    .unwrap_or_default(),
                                rule.option
                                    .as_ref()
                                    .map(|o| format!("={o}"))
                                    .unwrap_or_default()
                            ),
                        });
                    }
                }
            }
        }
    }
    Ok(())
}

/// Checks `catalog` (read from `files`) against the checklist contract
/// ([`crate::domain::contract::CONTRACT`]); the error names the
/// missing or changed id and the file it belongs in.
pub fn check_contract(catalog: &Catalog, files: &[&str]) -> Result<(), CatalogError> {
    let file_of = |section: &str| {
        files
            .iter()
            .zip(&catalog.sections)
            .find(|(_, s)| s.id == section)
            .map(|(f, _)| f.to_string())
            .unwrap_or_else(|| files.join(", "))
    };
    for &(section_id, repeat, items) in CONTRACT {
        let Some(section) = catalog.section(section_id) else {
            return Err(CatalogError::Contract {
                file: files.join(", "),
                id: section_id.into(),
                needed: "a section the portfolio is made from; to leave it out, keep the \
                         file and hide the section with [checklist] hide"
                    .into(),
            });
        };
        if section.repeat != repeat {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: section_id.into(),
                needed: format!("repeat = {repeat}"),
            });
        }
        for &(item_id, needs) in items {
            let fits = section
                .items
                .iter()
                .find(|i| i.id == item_id)
                .is_some_and(|i| i.kind.fits(needs));
            if !fits {
                return Err(CatalogError::Contract {
                    file: file_of(section_id),
                    id: format!("{section_id}.{item_id}"),
                    needed: format!("{}, which the portfolio reads", needs.describe()),
                });
            }
        }
        for &(_, item_id, options) in OPTIONS.iter().filter(|(s, ..)| *s == section_id) {
            let has = section
                .items
                .iter()
                .find(|i| i.id == item_id)
                .map(|i| i.kind.options());
            if let Some(missing) = options
                .iter()
                .find(|o| !has.as_ref().is_some_and(|h| h.iter().any(|x| x == *o)))
            {
                return Err(CatalogError::Contract {
                    file: file_of(section_id),
                    id: format!("{section_id}.{item_id}"),
                    needed: format!("the option \"{missing}\""),
                });
            }
        }
        if section_id == "competences"
            && !section
                .items
                .iter()
                .all(|i| matches!(i.kind, ItemKind::Ratings { .. }))
        {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: section_id.into(),
                needed: "only ratings questions".into(),
            });
        }
    }
    Ok(())
}
