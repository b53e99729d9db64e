//! The skills kiosk: a full-screen terminal application in which migrants explore,
//! assess and document the skills they gained in life, and leave with a portfolio.
//!
//! The crate is a library so that tests and benchmarks drive exactly what the
//! `kiosk` binary runs; `src/main.rs` only calls [`cli::main`].

pub mod cli;
pub mod config;
pub mod domain;
pub mod i18n;
pub mod kiosk;
pub mod private_files;
pub mod runtime;
pub mod store;
pub mod ui;
pub mod view;
pub mod web;
