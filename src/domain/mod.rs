//! What the kiosk is about, free of storage and screens: the checklist, a client's
//! session and code, the reference data and the portfolio derived from answers.

pub mod checklist;
pub mod code;
pub mod contract;
pub mod occupations;
pub mod portfolio;
pub mod reference;
pub mod regulated;
pub mod session;
pub mod wording;
