//! Speed of what a client feels: a key press until the next frame is drawn, with and
//! without a save behind it, and how long a durable commit takes on this disk.
//!
//! `cargo bench --bench kiosk`; numbers and machine are recorded in BENCHMARKS.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use skills_kiosk::config::{Config, ThemeName};
use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::session::Answer;
use skills_kiosk::kiosk::{App, Msg, Settings};
use skills_kiosk::runtime::Kiosk;
use skills_kiosk::store::{Change, Store, StoreWorker};
use skills_kiosk::ui::theme::Theme;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// A kiosk on a real database in `dir`, with a client at the first question of
/// "Goals" (a multiple choice) — or at the long-text question when `typing`.
fn kiosk_at_question(dir: &tempfile::TempDir, typing: bool) -> Kiosk {
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let app = App::new(
        Settings::from_config(&Config::default(), false),
        Catalog::embedded().unwrap(),
        Theme::new(ThemeName::Default, false),
        Instant::now(),
    );
    let mut kiosk = Kiosk::new(app, StoreWorker::start(store));
    let now = Instant::now();
    kiosk.handle(Msg::Resize(80, 24), now);
    for code in [
        KeyCode::Down,
        KeyCode::Enter,
        KeyCode::Enter,
        KeyCode::Enter,
    ] {
        kiosk.handle_event(key(code), now); // English, new, agree
    }
    kiosk.handle_event(key(KeyCode::Enter), now); // code noted
    for _ in 0..4 {
        kiosk.handle_event(key(KeyCode::Down), now);
    }
    kiosk.handle_event(key(KeyCode::Enter), now); // informal learning
    if typing {
        kiosk.handle_event(key(KeyCode::PageDown), now);
        for _ in 0..10 {
            kiosk.handle_event(key(KeyCode::Tab), now);
        }
        kiosk.handle_event(key(KeyCode::Enter), now); // "Next" → the long-text question
    }
    kiosk.flush(Duration::from_secs(5));
    kiosk
}

fn frame(kiosk: &Kiosk, terminal: &mut Terminal<TestBackend>) {
    terminal
        .draw(|f| skills_kiosk::view::view(&kiosk.app, f))
        .unwrap();
}

fn keystroke_to_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke_to_frame");

    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_at_question(&dir, true);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut n = 0u32;
    group.bench_function("type_a_letter_80x24", |b| {
        b.iter(|| {
            n += 1;
            // Keep the field short of its limit: a backspace every 100 letters.
            let code = if n.is_multiple_of(100) {
                KeyCode::Backspace
            } else {
                KeyCode::Char('a')
            };
            kiosk.handle_event(key(code), Instant::now());
            frame(&kiosk, &mut terminal);
        })
    });

    let dir2 = tempfile::tempdir().unwrap();
    let mut kiosk = kiosk_at_question(&dir2, false);
    group.bench_function("tick_an_answer_with_save_80x24", |b| {
        b.iter(|| {
            // Enter ticks or unticks "Looking after children": a write is queued.
            kiosk.handle_event(key(KeyCode::Enter), Instant::now());
            frame(&kiosk, &mut terminal);
            kiosk.take_reports(Instant::now());
        })
    });
    kiosk.flush(Duration::from_secs(30));
    group.finish();
}

fn durable_commit(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("commit.sqlite3")).unwrap();
    let session = store.create_session("en").unwrap();
    let mut n = 0u64;
    let mut last: Option<Answer> = None;
    c.bench_function("save/answer_commit_synchronous_full", |b| {
        b.iter(|| {
            n += 1;
            let after = Some(Answer::Text(format!("tailor {n}")));
            store
                .apply(black_box(&Change::Answer {
                    session: session.key(),
                    item: "goals.work_wish".into(),
                    before: last.take(),
                    after: after.clone(),
                }))
                .unwrap();
            last = after;
        })
    });
}

fn occupation_search(c: &mut Criterion) {
    let reference = skills_kiosk::domain::reference::reference().unwrap();
    // Everyday titles in 13 languages beside the 436 official ones; each search as
    // new (a repeated query is answered from memory).
    let mut group = c.benchmark_group("occupation_search_436_unit_groups");
    for (name, query, lang) in [
        ("3_letters_de_sch", "sch", "de"),
        ("3_letters_en_tai", "tai", "en"),
        ("3_letters_ar", "خيا", "ar"),
        ("word_de_schneiderin", "schneiderin", "de"),
        ("typo_de_elektrikre", "elektrikre", "de"),
        ("two_words_so", "kalkaaliye caafimaad", "so"),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| reference.rank_occupations(black_box(query), lang, 6))
        });
    }
    group.finish();
}

/// A client with answers in every section.
fn full_client(dir: &tempfile::TempDir) -> skills_kiosk::domain::session::ClientSession {
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let mut client = store.create_session("en").unwrap();
    let answers = [
        ("life.entries", Answer::Choices(vec!["1".into()])),
        ("life.1.stage", Answer::Choice("school".into())),
        ("life.1.from", Answer::Year(2001)),
        ("education.entries", Answer::Choices(vec!["1".into()])),
        ("education.1.level", Answer::Choice("4".into())),
        (
            "education.1.qualification",
            Answer::Occupation {
                isco: Some("2221".into()),
                words: "nurse".into(),
            },
        ),
        ("work.entries", Answer::Choices(vec!["1".into()])),
        (
            "work.1.occupation",
            Answer::Occupation {
                isco: Some("7531".into()),
                words: "tailor".into(),
            },
        ),
        ("informal.areas", Answer::Choices(vec!["childcare".into()])),
        (
            "competences.social",
            Answer::Ratings([("teamwork".to_string(), "b".to_string())].into()),
        ),
    ];
    for (path, answer) in answers {
        client.answers.insert(path.into(), answer);
    }
    client
}

fn portfolio_derivation(c: &mut Criterion) {
    // As the summary screen, the page and the JSON derive it.
    let dir = tempfile::tempdir().unwrap();
    let client = full_client(&dir);
    let catalog = Catalog::embedded().unwrap();
    c.bench_function("portfolio/derive_full_client", |b| {
        b.iter(|| skills_kiosk::domain::portfolio::derive(black_box(&client), &catalog, "en"))
    });
}

fn portfolio_page(c: &mut Criterion) {
    // The phone page: derivation plus HTML, as the server does it per request.
    let dir = tempfile::tempdir().unwrap();
    let mut client = full_client(&dir);
    client.answers.insert(
        "work.1.tasks".into(),
        Answer::Text("Sewing dresses, <b>altering</b> & mending clothes".into()),
    );
    let catalog = Catalog::embedded().unwrap();
    let now = chrono::Utc::now();
    for lang in ["de", "ar"] {
        client.language = lang.into();
        c.bench_function(&format!("portfolio/page_html_{lang}"), |b| {
            b.iter(|| {
                let p = skills_kiosk::domain::portfolio::derive(black_box(&client), &catalog, lang);
                skills_kiosk::web::html::render(&p, &client, &catalog, now, Some("x.json"))
            })
        });
    }
    let p = skills_kiosk::domain::portfolio::derive(&client, &catalog, "de");
    c.bench_function("portfolio/json", |b| {
        b.iter(|| skills_kiosk::web::to_json(black_box(&p), now))
    });
}

/// Puts a kiosk on one screen.
type ScreenSetter<'a> = Box<dyn Fn(&mut Kiosk) + 'a>;

/// Drawing one frame of each kind of screen, at 80×24 and 200×60, in German and
/// Arabic (shaping and reordering included).
fn screen_frames(c: &mut Criterion) {
    use skills_kiosk::kiosk::{LinkState, Screen};
    let dir = tempfile::tempdir().unwrap();
    let client = full_client(&dir);
    let mut group = c.benchmark_group("frame");
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        for lang in ["de", "ar"] {
            let mut kiosk = kiosk_at_question(&dir, false);
            kiosk.handle(Msg::Resize(w, h), Instant::now());
            kiosk.app.lang = lang.into();
            let screens: Vec<(&str, ScreenSetter<'_>)> = vec![
                ("question_multi", Box::new(|_: &mut Kiosk| {})),
                (
                    "sections",
                    Box::new(|k: &mut Kiosk| k.app.screen = Screen::Sections),
                ),
                (
                    "summary_full",
                    Box::new(|k: &mut Kiosk| {
                        k.app.client = Some(client.clone());
                        k.app.screen = Screen::Summary { scroll: 0 };
                    }),
                ),
                (
                    "goodbye_qr",
                    Box::new(|k: &mut Kiosk| {
                        k.app.screen = Screen::Goodbye;
                        k.app.link = Some(LinkState::Ready {
                            url: "http://192.168.1.20:8787/p/Xq7RVm2k9TfJc4LwN8bZpA".into(),
                            until: chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(),
                        });
                    }),
                ),
                (
                    "welcome",
                    Box::new(|k: &mut Kiosk| {
                        k.app.client = None;
                        k.app.screen = Screen::Welcome;
                    }),
                ),
            ];
            for (name, set) in screens {
                set(&mut kiosk);
                kiosk.app.focus = skills_kiosk::kiosk::Focus::Control(0);
                group.bench_function(format!("{name}_{lang}_{w}x{h}"), |b| {
                    b.iter(|| frame(&kiosk, &mut terminal))
                });
            }
        }
    }
    group.finish();
}

/// A kind of question: bench name, how to find it, whether it has a text field.
type KindCase = (
    &'static str,
    fn(&skills_kiosk::domain::checklist::ItemKind) -> bool,
    bool,
);

/// Every other screen once, in German, at 80×24 and 200×60: the kinds of question,
/// entries, the start, consent and code screens, pop-ups and the advisor's screens.
fn more_screen_frames(c: &mut Criterion) {
    use skills_kiosk::domain::checklist::ItemKind;
    use skills_kiosk::kiosk::{AdvisorScreen, AdvisorSession, NoteKey};
    use skills_kiosk::kiosk::{Overlay, Screen, new_field};
    let dir = tempfile::tempdir().unwrap();
    let mut client = full_client(&dir);
    client.answers.insert(
        "work.1.tasks".into(),
        Answer::Text("Sewing dresses, altering and mending clothes".into()),
    );
    let mut group = c.benchmark_group("frame");
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        let mut kiosk = kiosk_at_question(&dir, false);
        kiosk.handle(Msg::Resize(w, h), Instant::now());
        kiosk.app.client = Some(client.clone());
        let catalog = kiosk.app.catalog.clone();
        let question = |kind: fn(&ItemKind) -> bool| {
            catalog
                .sections
                .iter()
                .enumerate()
                .find_map(|(s, section)| {
                    let i = section.items.iter().position(|i| kind(&i.kind))?;
                    let entry = section.repeat.then(|| "1".to_string());
                    Some((s, entry, i))
                })
        };
        let kinds: [KindCase; 8] = [
            (
                "kind_single",
                |k| matches!(k, ItemKind::Single { .. }),
                false,
            ),
            (
                "kind_short_text",
                |k| matches!(k, ItemKind::ShortText),
                true,
            ),
            ("kind_long_text", |k| matches!(k, ItemKind::LongText), true),
            ("kind_year", |k| matches!(k, ItemKind::Year), true),
            ("kind_isced", |k| matches!(k, ItemKind::Isced), false),
            (
                "kind_occupation",
                |k| matches!(k, ItemKind::Occupation),
                true,
            ),
            ("kind_cefr", |k| matches!(k, ItemKind::Cefr), false),
            (
                "kind_ratings",
                |k| matches!(k, ItemKind::Ratings { .. }),
                false,
            ),
        ];
        let mut screens: Vec<(String, Screen)> = vec![
            ("start".into(), Screen::Start),
            ("consent".into(), Screen::Consent { scroll: 0 }),
            ("code_shown".into(), Screen::CodeShown),
            (
                "code_entry".into(),
                Screen::CodeEntry {
                    field: new_field("K7M-4QX", (0, 7), false),
                    error: None,
                },
            ),
            (
                "entries".into(),
                Screen::Entries {
                    section: catalog.section_index("work").unwrap(),
                },
            ),
            (
                "entry_actions".into(),
                Screen::EntryActions {
                    section: catalog.section_index("work").unwrap(),
                    entry: "1".into(),
                    confirm_remove: false,
                },
            ),
        ];
        for (name, kind, text) in kinds {
            let (section, entry, item) = question(kind).expect(name);
            let field = text.then(|| new_field("Schneiderin", (0, 11), name == "kind_long_text"));
            screens.push((
                name.into(),
                Screen::Question {
                    section,
                    entry,
                    item,
                    field,
                },
            ));
        }
        for (name, screen) in screens {
            kiosk.app.screen = screen;
            kiosk.app.focus = skills_kiosk::kiosk::Focus::Control(0);
            group.bench_function(format!("{name}_de_{w}x{h}"), |b| {
                b.iter(|| frame(&kiosk, &mut terminal))
            });
        }
        // Pop-ups over the section list.
        kiosk.app.screen = Screen::Sections;
        for (name, overlay) in [
            ("languages_picker", Overlay::Languages { focus: 3 }),
            (
                "idle",
                Overlay::StillThere {
                    since: Instant::now(),
                },
            ),
        ] {
            kiosk.app.overlay = Some(overlay);
            group.bench_function(format!("{name}_de_{w}x{h}"), |b| {
                b.iter(|| frame(&kiosk, &mut terminal))
            });
        }
        kiosk.app.overlay = None;
        // The advisor's screens.
        kiosk.app.advisor = Some(AdvisorSession {
            name: "Amira".into(),
            edit_logged: true,
            export_paths: Vec::new(),
        });
        let advisor_screens: Vec<(&str, AdvisorScreen)> = vec![
            (
                "advisor_client",
                AdvisorScreen::Client { links: Vec::new() },
            ),
            ("advisor_ratings", AdvisorScreen::Ratings { group: 2 }),
            ("advisor_notes", AdvisorScreen::Notes),
            (
                "advisor_plan",
                AdvisorScreen::Note {
                    key: NoteKey::Plan,
                    field: new_field("2026-12-01 Anerkennung beantragen", (0, 10), true),
                    public: true,
                },
            ),
            ("advisor_documents", AdvisorScreen::Documents),
        ];
        for (name, screen) in advisor_screens {
            kiosk.app.screen = Screen::Advisor(Box::new(screen));
            kiosk.app.focus = skills_kiosk::kiosk::Focus::Control(0);
            group.bench_function(format!("{name}_de_{w}x{h}"), |b| {
                b.iter(|| frame(&kiosk, &mut terminal))
            });
        }
        kiosk.app.advisor = None;
    }
    group.finish();
}

criterion_group!(
    benches,
    screen_frames,
    more_screen_frames,
    keystroke_to_frame,
    durable_commit,
    occupation_search,
    portfolio_derivation,
    portfolio_page
);

/// Percentiles criterion does not report: p50/p99/max over single key presses.
fn percentiles() {
    let dir = tempfile::tempdir().unwrap();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    for (name, typing) in [
        ("type a letter", true),
        ("tick an answer (save queued)", false),
    ] {
        let mut kiosk = kiosk_at_question(&dir, typing);
        let mut samples = Vec::with_capacity(10_000);
        for i in 0..10_000u32 {
            let code = match (typing, i % 100) {
                (true, 0) => KeyCode::Backspace,
                (true, _) => KeyCode::Char('a'),
                (false, _) => KeyCode::Enter,
            };
            let start = Instant::now();
            kiosk.handle_event(key(code), Instant::now());
            frame(&kiosk, &mut terminal);
            samples.push(start.elapsed());
            kiosk.take_reports(Instant::now());
        }
        kiosk.flush(Duration::from_secs(60));
        samples.sort();
        let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
        println!(
            "keystroke-to-frame, {name}, 80x24, 10000 presses: p50 {:?}  p99 {:?}  max {:?}",
            at(0.50),
            at(0.99),
            samples[samples.len() - 1]
        );
    }
    let mut store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let session = store.create_session("en").unwrap();
    let mut samples = Vec::with_capacity(500);
    for i in 0..500 {
        let change = Change::Answer {
            session: session.key(),
            item: "goals.work_wish".into(),
            before: (i > 0).then(|| Answer::Text(format!("tailor {}", i - 1))),
            after: Some(Answer::Text(format!("tailor {i}"))),
        };
        let start = Instant::now();
        store.apply(&change).unwrap();
        samples.push(start.elapsed());
    }
    samples.sort();
    println!(
        "durable commit (synchronous=FULL, WAL), 500 commits: p50 {:?}  p99 {:?}  max {:?}",
        samples[250], samples[495], samples[499]
    );
}

fn main() {
    // KIOSK_BENCH_NO_PERCENTILES=1 skips the 20,000 timed presses (e.g. under callgrind).
    if std::env::var_os("KIOSK_BENCH_NO_PERCENTILES").is_none() {
        percentiles();
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
