//! The checklist contract: the section and question ids the program itself reads
//! (for the portfolio, the timeline, the CEFR table, recognition notices and
//! advisor ratings), in one place. An office's own checklist may change texts,
//! options, order and add questions and sections, but must keep these ids with a
//! fitting kind of answer; to leave a part out, hide its section
//! (`[checklist] hide`). Checked when a checklist loads (`checklist::check_contract`).

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
    /// What it must be, in words for the error message.
    pub fn describe(self) -> &'static str {
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

/// Options the program reads, as (section, question, options): the mother tongue is
/// left out of the CEFR table; vocational and university education lead to their
/// recognition routes.
pub const OPTIONS: &[(&str, &str, &[&str])] = &[
    ("languages", "mother_tongue", &["yes"]),
    ("education", "kind", &["vocational", "university"]),
];
