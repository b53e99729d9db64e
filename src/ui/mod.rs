//! The page library: one shape every screen takes ([`page::Page`], generic over what
//! its controls mean), its layout and hit-testing, drawing, right-to-left text,
//! text measuring and wrapping, colours. It knows nothing of the kiosk.

pub mod bidi;
pub mod layout;
pub mod page;
pub mod render;
pub mod text;
pub mod theme;

pub use layout::layout;
pub use render::render;
