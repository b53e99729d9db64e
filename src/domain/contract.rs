//! The checklist contract: the section and question ids the program itself reads
//! (for the portfolio, the timeline, the CEFR table, recognition notices and
//! advisor ratings), in one place. An office's own checklist may change texts,
//! options, order and add questions and sections, but must keep these ids with a
//! fitting kind of answer; to leave a part out, hide its section
//! (`[checklist] hide`). Checked when a checklist loads.

use crate::domain::checklist::{Catalog, CatalogError, ItemKind};

/// What kind of answer a question the program reads must take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// One option of several.
    OneChoice,
    /// Any number of options.
    Choices,
    /// The client's own words (one line or several).
    Words,
    /// A year.
    Year,
    /// An ISCED level.
    Isced,
    /// An occupation (ISCO-08 or own words).
    Occupation,
    /// A CEFR self-assessment.
    Cefr,
}

impl Needs {
    fn fits(self, kind: &ItemKind) -> bool {
        matches!(
            (self, kind),
            (Needs::OneChoice, ItemKind::Single { .. })
                | (Needs::Choices, ItemKind::Multi { .. })
                | (Needs::Words, ItemKind::ShortText | ItemKind::LongText)
                | (Needs::Year, ItemKind::Year)
                | (Needs::Isced, ItemKind::Isced)
                | (Needs::Occupation, ItemKind::Occupation)
                | (Needs::Cefr, ItemKind::Cefr)
        )
    }

    fn describe(self) -> &'static str {
        match self {
            Needs::OneChoice => "a single choice",
            Needs::Choices => "a multiple choice",
            Needs::Words => "a text answer",
            Needs::Year => "a year",
            Needs::Isced => "an ISCED level",
            Needs::Occupation => "an occupation",
            Needs::Cefr => "a CEFR self-assessment",
        }
    }
}

/// A section the program reads: its id, whether it is repeated (one entry per job,
/// school …), and the questions in it the program reads.
pub type SectionContract = (&'static str, bool, &'static [(&'static str, Needs)]);

/// Every section the program reads.
pub const CONTRACT: &[SectionContract] = &[
    (
        "life",
        true,
        &[
            ("stage", Needs::OneChoice),
            ("place", Needs::Words),
            ("from", Needs::Year),
            ("to", Needs::Year),
        ],
    ),
    (
        "education",
        true,
        &[
            ("kind", Needs::OneChoice),
            ("country", Needs::Words),
            ("from", Needs::Year),
            ("to", Needs::Year),
            ("level", Needs::Isced),
            ("qualification", Needs::Occupation),
            ("certificate", Needs::OneChoice),
            ("translated", Needs::OneChoice),
            ("recognition", Needs::OneChoice),
        ],
    ),
    (
        "work",
        true,
        &[
            ("occupation", Needs::Occupation),
            ("country", Needs::Words),
            ("from", Needs::Year),
            ("to", Needs::Year),
            ("employment", Needs::OneChoice),
            ("tasks", Needs::Words),
            ("tools", Needs::Words),
        ],
    ),
    (
        "languages",
        true,
        &[
            ("language", Needs::Words),
            ("mother_tongue", Needs::OneChoice),
            ("listening", Needs::Cefr),
            ("reading", Needs::Cefr),
            ("spoken_interaction", Needs::Cefr),
            ("spoken_production", Needs::Cefr),
            ("writing", Needs::Cefr),
        ],
    ),
    (
        "informal",
        false,
        &[
            ("areas", Needs::Choices),
            ("what_did", Needs::Words),
            ("what_learned", Needs::Words),
            ("helped_others", Needs::OneChoice),
        ],
    ),
    // Its questions are the rating groups, whatever they are called.
    ("competences", false, &[]),
    (
        "goals",
        false,
        &[
            ("wishes", Needs::Choices),
            ("work_wish", Needs::Words),
            ("next_steps", Needs::Words),
            ("documents", Needs::Choices),
        ],
    ),
];

/// Checks `catalog` (read from `files`) against [`CONTRACT`]; the error names the
/// missing or changed id and the file it belongs in.
pub fn check(catalog: &Catalog, files: &[&str]) -> Result<(), CatalogError> {
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
                .is_some_and(|i| needs.fits(&i.kind));
            if !fits {
                return Err(CatalogError::Contract {
                    file: file_of(section_id),
                    id: format!("{section_id}.{item_id}"),
                    needed: format!("{}, which the portfolio reads", needs.describe()),
                });
            }
        }
        if section_id == "languages"
            && !section
                .items
                .iter()
                .any(|i| i.id == "mother_tongue" && i.kind.options().iter().any(|o| o == "yes"))
        {
            return Err(CatalogError::Contract {
                file: file_of(section_id),
                id: "languages.mother_tongue".into(),
                needed: "the option \"yes\"".into(),
            });
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::EMBEDDED;

    #[test]
    fn the_built_in_checklist_keeps_the_contract() {
        let catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        check(&catalog, &files).unwrap();
    }

    #[test]
    fn a_missing_or_changed_id_is_named_with_its_file() {
        let mut catalog = Catalog::embedded().unwrap();
        let files: Vec<&str> = EMBEDDED.iter().map(|(f, _)| *f).collect();
        let work = catalog.section_index("work").unwrap();
        catalog.sections[work]
            .items
            .retain(|i| i.id != "occupation");
        let err = check(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("work.occupation"), "{err}");
        assert!(err.contains("03-work.toml"), "{err}");
        assert!(err.contains("an occupation"), "{err}");

        let mut catalog = Catalog::embedded().unwrap();
        catalog.sections.retain(|s| s.id != "goals");
        let err = check(&catalog, &files).unwrap_err().to_string();
        assert!(err.contains("\"goals\""), "{err}");
        assert!(err.contains("[checklist] hide"), "{err}");
    }
}
