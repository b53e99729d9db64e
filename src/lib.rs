//! The skills kiosk: a full-screen terminal application in which migrants explore,
//! assess and document the skills they gained in life, and leave with a portfolio.
//!
//! The crate is a library so that tests and benchmarks drive exactly what the
//! `kiosk` binary runs; `src/main.rs` only calls [`cli::main`].
//!
//! # Architecture: layers that import one way, bottom up
//!
//! | module | what lives there | may import |
//! |---|---|---|
//! | [`i18n`], [`config`], [`private_files`] | texts in 13 languages, the configuration file, private files | nothing of the kiosk |
//! | [`ui`] | the page library: `Page<A>` generic over what its controls mean, layout and hit-testing, drawing, right-to-left, text, colours | `i18n` |
//! | [`domain`] | the checklist and its contract, client codes, sessions and answers, reference data, the portfolio, answer wording | base libraries, `ui::text` (making text inert) |
//! | [`store`] | the SQLite file behind one typed boundary: sessions and their changes, links, advisors and audit, limits, data care, the storage thread and the typed questions it answers (`store::ask`: data, never code, from the interface) | `domain` |
//! | [`kiosk`] | the Elm core: state, actions, messages, `update` — no terminal, no layout, no I/O | `domain`, `store`'s types, `ui::text`, `ui::theme` |
//! | [`view`] | `&App` → `Page` for every screen | `kiosk`, `domain`, `ui` |
//! | [`runtime`] | the only place that touches the terminal: event loop, input → messages, effects (typed storage requests, export files), signals, watchdog, fault screen | `view`, `kiosk`, `store`, `ui`, `web::export` |
//! | [`web`] | the portfolio server, its limits, the HTML page and export documents | `domain`, `store`, `i18n` |
//! | [`cli`] | commands: run, serve, data care, advisor accounts, audit, export, doctor | everything |
//!
//! `../shared/tools/module-cycles src` checks that no file imports in a circle.

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
