//! The skills kiosk: a full-screen terminal application in which migrants explore,
//! assess and document the skills they gained in life, and leave with a portfolio.
//!
//! The crate is a library so that tests and benchmarks drive exactly what the
//! `kiosk` binary runs; `src/main.rs` only calls [`cli::main`].

pub mod advisor;
pub mod app;
pub mod catalog;
pub mod cli;
pub mod cli_advisor;
pub mod code;
pub mod config;
pub mod i18n;
pub mod page;
pub mod portfolio;
pub mod private_files;

pub mod reference;
pub mod runtime;
pub mod screens;
pub mod server;
pub mod session;
pub mod store;
pub mod ui;
