//! Drawing: page layout, text measuring and wrapping, colours.

pub mod bidi;
pub mod page;
pub mod text;
pub mod theme;
