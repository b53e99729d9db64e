//! What pressing a control means: a leaf that the views, `update` and the runtime
//! all name, and that knows nothing but the domain.

use crate::domain::code::ClientCode;
use crate::domain::session::Answer;

/// What pressing a control does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch to this language (and on the welcome screen, go on).
    ChooseLanguage(String),
    /// Start a new assessment.
    NewClient,
    /// Continue with a code.
    HaveCode,
    /// Agree to the privacy notice.
    Consent,
    /// Do not agree: nothing is stored.
    Decline,
    /// The code has been written down.
    CodeNoted,
    /// Try the typed code.
    SubmitCode,
    /// Open a section.
    OpenSection(usize),
    /// Choose or un-choose an option of the current question.
    Toggle(usize),
    /// Answer "I don't know" or "I prefer not to say".
    Special(Answer),
    /// The next question.
    Next,
    /// The previous question or screen.
    Back,
    /// Show all answers.
    ShowSummary,
    /// End this visit.
    Finish,
    /// Leave the goodbye screen.
    Done,
    /// Dismiss "Are you still there?".
    StillHere,
    /// Open the language picker.
    OpenLanguages,
    /// Close the pop-up.
    CloseOverlay,
    /// Put the focus into the text field.
    FocusField,
    /// Add an entry to the repeated section on screen.
    AddEntry,
    /// Say the repeated section has nothing to add.
    NoEntries,
    /// Open an entry's actions.
    OpenEntry(String),
    /// Change an entry's answers.
    EditEntry,
    /// Move the entry up (-1) or down (+1).
    MoveEntry(isize),
    /// Remove the entry (asks once more first).
    RemoveEntry,
    /// Take this ISCO unit group as the occupation, or the typed words (`None`).
    PickOccupation(Option<String>),
    /// Something on an advisor screen.
    Advisor(AdvisorAction),
}

/// What an advisor can press.
#[derive(Debug, Clone, PartialEq)]
pub enum AdvisorAction {
    /// Choose the advisor's name on the login screen.
    Choose(String),
    /// Submit the field of the screen (PIN, code, erase confirmation, note).
    Submit,
    /// Open a client from the recent list.
    Open(ClientCode),
    /// Go through the client's checklist.
    Review,
    /// Rate competences beside the client.
    Ratings,
    /// Cycle the advisor's rating of a competence (none → A → B → C → none).
    Rate(String),
    /// The next (+1) or previous (-1) competence group.
    Group(isize),
    /// Notes and plan.
    Notes,
    /// Open one note.
    OpenNote(NoteKey),
    /// Switch "show in the portfolio".
    TogglePublic,
    /// Documents.
    Documents,
    /// Cycle a document: not seen → seen → verified.
    Document(String),
    /// Mark the session reviewed by this advisor today.
    MarkReviewed,
    /// The client's links.
    Links,
    /// Make a new link and show its QR code.
    NewLink,
    /// Withdraw one link (`Some(id)`) or all.
    Revoke(Option<i64>),
    /// Write HTML and JSON to the export folder.
    Export,
    /// Ask for the code to erase.
    Erase,
    /// The audit log.
    Audit,
    /// Back to the client overview.
    ClientHome,
    /// Back to finding a client.
    Home,
    /// End advisor mode (the screen is cleared).
    Logout,
    /// End the program.
    Quit,
}

/// What an advisor note is about.
#[derive(Debug, Clone, PartialEq)]
pub enum NoteKey {
    /// A section of the checklist, by id.
    Section(String),
    /// The plan of next steps.
    Plan,
}
