//! Shared test harness: the real kiosk on a real SQLite file in a temp dir, driven by
//! messages (library level) or as the real binary in a pseudo-terminal.
// Each test file uses a different part of this module.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use skills_kiosk::config::{Config, ThemeName};
use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::kiosk::{Action, App, Screen, Settings};
use skills_kiosk::runtime::{Kiosk, Outcome};
use skills_kiosk::store::{Store, StoreWorker};
use skills_kiosk::ui::page::Target;
use skills_kiosk::ui::theme::Theme;
use skills_kiosk::view;

/// The fixed code snapshots show instead of a random one.
pub fn fixed_code() -> ClientCode {
    ClientCode::from_random_part("K7M4QX9TPH2").unwrap()
}

/// The kiosk library on a real database file, with a clock the test moves.
pub struct TestKiosk {
    pub kiosk: Kiosk,
    pub now: Instant,
    pub db: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl TestKiosk {
    /// A fresh kiosk on a new database in a temp dir, welcome screen in `lang`.
    pub fn new(lang: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kiosk.sqlite3");
        let mut k = Self::open(&db, lang, false);
        k._dir = Some(dir);
        k
    }

    /// A kiosk on an existing database file.
    pub fn open(db: &Path, lang: &str, dev: bool) -> Self {
        let mut config = Config::default();
        config.kiosk.default_language = lang.to_string();
        let store = Store::open(db).unwrap();
        let now = Instant::now();
        let app = App::new(
            Settings::from_config(&config, dev),
            Catalog::embedded().unwrap(),
            Theme::new(ThemeName::Default, false),
            now,
        );
        let mut k = Self {
            kiosk: Kiosk::new(app, StoreWorker::start(store)),
            now,
            db: db.to_path_buf(),
            _dir: None,
        };
        k.resize(80, 24);
        k
    }

    pub fn app(&self) -> &App {
        &self.kiosk.app
    }

    pub fn send(&mut self, msg: skills_kiosk::kiosk::Msg) -> Outcome {
        self.now += Duration::from_millis(10);
        self.kiosk.handle(msg, self.now)
    }

    /// What the terminal would report (a key, a tap, a paste), through the runtime's
    /// reading of the screen, as in the real kiosk.
    pub fn event(&mut self, event: crossterm::event::Event) -> Outcome {
        self.now += Duration::from_millis(10);
        self.kiosk.handle_event(event, self.now)
    }

    pub fn key(&mut self, code: KeyCode) -> Outcome {
        self.event(crossterm::event::Event::Key(KeyEvent::new(
            code,
            KeyModifiers::NONE,
        )))
    }

    pub fn keys(&mut self, codes: &[KeyCode]) {
        for &code in codes {
            self.key(code);
        }
    }

    pub fn ctrl(&mut self, c: char) -> Outcome {
        self.event(crossterm::event::Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )))
    }

    /// Types `text` one key at a time (`\n` as Enter).
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.key(KeyCode::Enter);
            } else {
                self.key(KeyCode::Char(c));
            }
        }
    }

    pub fn paste(&mut self, text: &str) -> Outcome {
        self.event(crossterm::event::Event::Paste(text.to_string()))
    }

    pub fn click(&mut self, x: u16, y: u16) -> Outcome {
        self.event(crossterm::event::Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        }))
    }

    /// Taps the control whose label contains `label`; panics if none is on screen.
    pub fn tap(&mut self, label: &str) {
        let (x, y) = self
            .find_control(label)
            .unwrap_or_else(|| panic!("no control {label:?} on screen:\n{}", self.text()));
        self.click(x, y);
    }

    /// Where the control labelled `label` is, as the client would tap it.
    pub fn find_control(&self, label: &str) -> Option<(u16, u16)> {
        let app = self.app();
        let (page, area) = match app.overlay {
            Some(skills_kiosk::kiosk::Overlay::Languages { focus }) => {
                let popup = view::language_page(app, focus);
                let area = view::language_area(app, &popup);
                (popup, area)
            }
            _ => (view::page(app), app.area()),
        };
        let placed = skills_kiosk::ui::layout(&page, area);
        placed
            .options
            .iter()
            .chain(placed.buttons.iter())
            .find(|(i, _)| page.control(*i).is_some_and(|c| c.label.contains(label)))
            .map(|(_, r)| (r.x + r.width / 2, r.y))
            .filter(|&(x, y)| {
                placed
                    .hit(x, y)
                    .is_some_and(|t| matches!(t, Target::Control(_)))
            })
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        self.send(skills_kiosk::kiosk::Msg::Resize(w, h));
    }

    /// Lets `d` pass and delivers a tick.
    pub fn wait(&mut self, d: Duration) -> Outcome {
        self.now += d;
        self.kiosk.handle(skills_kiosk::kiosk::Msg::Tick, self.now)
    }

    /// Waits for every queued write and takes the reports.
    pub fn settle(&mut self) {
        assert!(self.kiosk.flush(Duration::from_secs(10)));
    }

    /// Gives the client the fixed code instead of the random one (for snapshots),
    /// in the database too: writes name their session by id and code.
    pub fn fix_code(&mut self) {
        self.settle();
        if let Some(c) = self.kiosk.app.client.as_mut() {
            let conn = rusqlite::Connection::open(&self.db).unwrap();
            conn.busy_timeout(Duration::from_secs(5)).unwrap();
            conn.execute(
                "UPDATE session SET code = ?1 WHERE id = ?2",
                rusqlite::params![fixed_code().compact(), c.id],
            )
            .unwrap();
            c.code = fixed_code();
        }
    }

    /// The screen drawn at the app's size.
    pub fn render(&self) -> Terminal<TestBackend> {
        let (w, h) = self.app().size;
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        terminal
            .draw(|f| skills_kiosk::view::view(self.app(), f))
            .unwrap();
        terminal
    }

    /// The screen's text, one line per row, trailing spaces removed.
    pub fn text(&self) -> String {
        let terminal = self.render();
        let buffer = terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            for x in 0..buffer.area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    /// The entry ids of a repeated section of the client being served, in order.
    pub fn entry_ids(&self, section: &str) -> Vec<String> {
        let client = self.app().client.as_ref().expect("a client");
        skills_kiosk::domain::session::entries(&client.answers, section).unwrap_or_default()
    }

    /// The code of the client being served.
    pub fn client_code(&self) -> String {
        self.app().client.as_ref().unwrap().code.to_string()
    }

    /// Taps the control (option or button) that does `action`, wherever it is.
    pub fn act(&mut self, action: Action) {
        let app = self.app();
        let page = view::page(app);
        let placed = skills_kiosk::ui::layout(&page, app.area());
        let found = placed
            .options
            .iter()
            .chain(placed.buttons.iter())
            .find(|(i, _)| page.control(*i).is_some_and(|c| c.action == action))
            .map(|(_, r)| (r.x + 1, r.y));
        drop(page);
        let (x, y) = found.unwrap_or_else(|| panic!("no control for {action:?}:\n{}", self.text()));
        self.click(x, y);
    }

    /// Types `text` into the field, then taps "Next".
    pub fn answer_text(&mut self, text: &str) {
        self.type_text(text);
        self.act(Action::Next);
    }

    /// Taps option `n` (0-based, of the question's own choices), then "Next".
    pub fn answer_choice(&mut self, n: usize) {
        self.act(Action::Toggle(n));
        self.act(Action::Next);
    }

    /// From the section list (focus on the first section): opens section `id`.
    pub fn open_section(&mut self, id: &str) {
        assert!(
            matches!(self.app().screen, Screen::Sections),
            "{}",
            self.text()
        );
        let index = self.app().catalog.section_index(id).unwrap();
        self.kiosk.app.focus = skills_kiosk::kiosk::Focus::Control(0);
        for _ in 0..index {
            self.key(KeyCode::Down);
        }
        self.key(KeyCode::Enter);
    }

    /// From the welcome screen: choose `lang`, start new, agree — the code screen.
    pub fn new_client(&mut self, lang: &str) {
        self.choose_on_welcome(lang);
        self.key(KeyCode::Enter); // "I am new"
        self.key(KeyCode::Enter); // "Yes, I agree"
        assert!(
            matches!(self.app().screen, Screen::CodeShown),
            "{}",
            self.text()
        );
    }

    /// On the welcome screen, choose `lang` by keyboard.
    pub fn choose_on_welcome(&mut self, lang: &str) {
        let index = self
            .app()
            .settings
            .languages
            .iter()
            .position(|l| l == lang)
            .unwrap();
        for _ in 0..index {
            self.key(KeyCode::Down);
        }
        self.key(KeyCode::Enter);
        assert!(matches!(self.app().screen, Screen::Start));
    }
}

/// The real `kiosk` binary in a pseudo-terminal, its screen kept by a vt100 emulator.
pub struct PtyKiosk {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl PtyKiosk {
    /// Starts `kiosk` with `args` in an 80×24 terminal.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::start_sized(args, env, 80, 24)
    }

    /// Starts `kiosk` with `args` in a `cols`×`rows` terminal.
    pub fn start_sized(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Self {
        use portable_pty::{CommandBuilder, NativePtySystem, PtySize, PtySystem};
        let pair = NativePtySystem::default()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_kiosk"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows).unwrap(),
            std::num::NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Self {
            child,
            writer,
            parser,
            _master: pair.master,
        }
    }

    /// What the emulated screen shows now.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits up to 10 s until the screen contains `text`; panics with the screen if not.
    pub fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("screen never showed {text:?}:\n{}", self.screen());
    }

    /// Sends raw bytes and returns at once (no pause for the kiosk to draw).
    pub fn send_now(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Sends raw bytes, as keys typed on the terminal.
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    /// From the welcome screen: English, "I am new", agree; returns the code shown,
    /// leaving the kiosk at the section list.
    pub fn new_english_client(&mut self) -> String {
        self.wait_for("Welcome");
        self.send(keys::DOWN);
        self.send(keys::ENTER);
        self.send(keys::ENTER);
        self.send(keys::ENTER);
        self.wait_for("Your personal code");
        let code = find_code(&self.screen()).expect("a code on screen");
        self.send(keys::ENTER);
        self.wait_for("Your checklist");
        code
    }

    /// From the section list: the goals' second question ("Which work …").
    pub fn open_work_wish(&mut self) {
        for _ in 0..6 {
            self.send(keys::DOWN);
        }
        self.send(keys::ENTER);
        self.wait_for("What would you like to do next?");
        // Seven wishes and two special answers, then "Back", then "Next".
        for _ in 0..10 {
            self.send(keys::TAB);
        }
        self.send(keys::ENTER);
        self.wait_for("Which work");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap()
    }

    /// Sends a signal by name (e.g. "KILL", "TERM").
    pub fn signal(&self, name: &str) {
        // The shell's own `kill`, so no procps package is needed.
        let status = std::process::Command::new("sh")
            .args(["-c", &format!("kill -{name} {}", self.pid())])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Asks the kiosk to stop (SIGTERM) and checks that it ends cleanly.
    pub fn stop(&mut self) {
        self.signal("TERM");
        assert_eq!(
            self.wait_exit(),
            Some(0),
            "a clean stop:\n{}",
            self.screen()
        );
    }

    /// Waits for the process to end; returns its exit code.
    pub fn wait_exit(&mut self) -> Option<u32> {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.exit_code());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    /// Whether the process still runs.
    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }
}

impl Drop for PtyKiosk {
    fn drop(&mut self) {
        if self.running() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Keys as a terminal sends them.
pub mod keys {
    pub const UP: &[u8] = b"\x1b[A";
    pub const DOWN: &[u8] = b"\x1b[B";
    pub const ENTER: &[u8] = b"\r";
    pub const TAB: &[u8] = b"\t";
    pub const F2: &[u8] = b"\x1bOQ";
    pub const F12: &[u8] = b"\x1b[24~";
    pub const ESC: &[u8] = b"\x1b";
    pub const LEFT: &[u8] = b"\x1b[D";
}

/// Finds a client code (`XXX-XXX-XXX-XXX`) on a screen.
pub fn find_code(screen: &str) -> Option<String> {
    let chars: Vec<char> = screen.chars().collect();
    chars.windows(15).find_map(|w| {
        let s: String = w.iter().collect();
        let shape = w.iter().enumerate().all(|(i, c)| {
            if i % 4 == 3 {
                *c == '-'
            } else {
                skills_kiosk::domain::code::ALPHABET.contains(&(*c as u8)) && c.is_ascii()
            }
        });
        (shape && ClientCode::parse(&s).is_ok()).then_some(s)
    })
}

/// A whole assessment, every section, as a client does it by touch and typing:
/// the script the portfolio snapshot and the summary snapshots are made from.
pub fn full_assessment(k: &mut TestKiosk, lang: &str) {
    k.new_client(lang);
    k.fix_code();
    k.key(KeyCode::Enter);

    // My life at a glance: two stages.
    k.open_section("life");
    k.act(Action::AddEntry);
    k.answer_choice(0); // school
    k.answer_text("Aleppo, Syria");
    k.answer_text("2001");
    k.answer_text("2010");
    k.act(Action::AddEntry);
    k.answer_choice(4); // migration
    k.answer_text("Gaziantep, Türkiye");
    k.answer_text("2015");
    k.answer_text("2016");
    k.act(Action::Back);

    // Education: a nursing school, with a certificate at home.
    k.open_section("education");
    k.act(Action::AddEntry);
    k.answer_choice(1); // vocational
    k.answer_text("Syria");
    k.answer_text("2010");
    k.answer_text("2013");
    k.answer_choice(4); // ISCED 4
    k.type_text("nurs");
    k.act(Action::PickOccupation(Some("2221".into())));
    k.act(Action::Next);
    k.answer_choice(1); // certificate at home
    k.answer_choice(1); // not translated
    k.answer_choice(0); // recognition not applied for
    k.act(Action::Back);

    // Work: a tailor's shop of her own, and informal childcare in her own words.
    k.open_section("work");
    k.act(Action::AddEntry);
    k.type_text("Schneider");
    k.act(Action::PickOccupation(Some("7531".into())));
    k.act(Action::Next);
    k.answer_text("Syria");
    k.answer_text("2013");
    k.answer_text("2015");
    k.answer_choice(1); // self-employed
    k.answer_text("Sewing dresses, <b>altering</b> & mending clothes");
    k.answer_text("Sewing machine, overlock");
    k.act(Action::AddEntry);
    k.type_text("Babysitting for neighbours");
    k.act(Action::PickOccupation(None));
    k.act(Action::Next);
    k.act(Action::Special(
        skills_kiosk::domain::session::Answer::DontKnow,
    ));
    k.act(Action::Next);
    k.answer_text("2016");
    k.act(Action::Next); // to: still going on
    k.answer_choice(3); // informal
    k.act(Action::Next);
    k.act(Action::Next);
    k.act(Action::Back);

    // Languages: Arabic (mother tongue) and German on the CEFR grid.
    k.open_section("languages");
    k.act(Action::AddEntry);
    k.answer_text("Arabic");
    k.answer_choice(0); // mother tongue
    k.act(Action::AddEntry);
    k.answer_text("Deutsch");
    k.answer_choice(1); // not a mother tongue
    k.answer_choice(2); // listening A2
    k.answer_choice(2); // reading A2
    k.answer_choice(2); // spoken interaction A2
    k.answer_choice(1); // spoken production A1
    k.answer_choice(1); // writing A1
    k.act(Action::Back);

    // Informal learning.
    k.open_section("informal");
    k.act(Action::Toggle(0)); // childcare
    k.act(Action::Toggle(6)); // migration
    k.act(Action::Next);
    k.answer_text("I looked after my three younger sisters.");
    k.answer_text("To stay calm and to plan a day.");
    k.answer_choice(0); // helped others often

    // Competences: some ratings, one from the suggestions.
    k.open_section("competences");
    k.act(Action::Next); // professional: skipped
    k.act(Action::Next); // methodical: skipped
    k.act(Action::Toggle(0));
    k.act(Action::Toggle(0)); // first social competence: B
    k.act(Action::Toggle(1)); // second: A
    k.act(Action::Next);
    k.act(Action::Next); // personal: skipped
    k.act(Action::Toggle(0));
    k.act(Action::Toggle(0));
    k.act(Action::Toggle(0)); // first digital competence: C
    k.act(Action::Next);

    // Goals.
    k.open_section("goals");
    k.act(Action::Toggle(0)); // work
    k.act(Action::Toggle(3)); // recognition
    k.act(Action::Next);
    k.answer_text("Nurse");
    k.answer_text("Ask about recognition of my nursing certificate.");
    k.act(Action::Toggle(1)); // vocational certificate
    k.act(Action::Next);
    assert!(matches!(k.app().screen, Screen::Sections), "{}", k.text());
    k.settle();
}

/// Reads a QR code drawn in half blocks: `cells[row][col]` is the cell's symbol and
/// whether it belongs to the code (drawn dark on light). Each cell is two modules,
/// upper and lower; they are scaled up into a greyscale image and decoded by `rqrr`.
pub fn decode_half_blocks(cells: &[Vec<(String, bool)>]) -> Option<String> {
    let rows: Vec<usize> = (0..cells.len())
        .filter(|&y| cells[y].iter().any(|(_, q)| *q))
        .collect();
    let (top, bottom) = (*rows.first()?, *rows.last()?);
    let cols: Vec<usize> = (0..cells[top].len())
        .filter(|&x| (top..=bottom).any(|y| cells[y].get(x).is_some_and(|(_, q)| *q)))
        .collect();
    let (left, right) = (*cols.first()?, *cols.last()?);
    let w = right - left + 1;
    let h = 2 * (bottom - top + 1);
    let mut modules = vec![vec![false; w]; h];
    for y in top..=bottom {
        for x in left..=right {
            let (symbol, _) = &cells[y][x];
            let (upper, lower) = match symbol.as_str() {
                "█" => (true, true),
                "▀" => (true, false),
                "▄" => (false, true),
                _ => (false, false),
            };
            modules[2 * (y - top)][x - left] = upper;
            modules[2 * (y - top) + 1][x - left] = lower;
        }
    }
    const SCALE: usize = 6;
    // A light margin around it, as a camera would see the wall behind.
    let (iw, ih) = ((w + 8) * SCALE, (h + 8) * SCALE);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(iw, ih, |x, y| {
        let (mx, my) = ((x / SCALE).wrapping_sub(4), (y / SCALE).wrapping_sub(4));
        let dark = modules
            .get(my)
            .and_then(|r| r.get(mx))
            .copied()
            .unwrap_or(false);
        if dark { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}

/// The QR code on a rendered ratatui buffer (cells drawn on a white background).
pub fn qr_on_buffer(buffer: &ratatui::buffer::Buffer) -> Option<String> {
    let cells: Vec<Vec<(String, bool)>> = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| {
                    let cell = &buffer[(x, y)];
                    (
                        cell.symbol().to_string(),
                        cell.bg == ratatui::style::Color::White,
                    )
                })
                .collect()
        })
        .collect();
    decode_half_blocks(&cells)
}

/// An HTTP client that returns error statuses as responses.
pub fn http() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(20)))
        .build()
        .into()
}

/// GET `url`: status, headers and body.
pub fn get(url: &str) -> (u16, Vec<(String, String)>, String) {
    let mut response = http().get(url).call().expect(url);
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let body = response.body_mut().read_to_string().unwrap();
    (status, headers, body)
}

/// Moves every wrong code and PIN counted in the database `by` into the past, as if
/// that much time had passed (the limits count in wall-clock time).
pub fn age_attempts(db: &Path, by: Duration) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.busy_timeout(Duration::from_secs(5)).unwrap();
    let rows: Vec<(i64, String)> = conn
        .prepare("SELECT id, at FROM attempt")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (id, at) in rows {
        let at = chrono::DateTime::parse_from_rfc3339(&at).unwrap()
            - chrono::Duration::from_std(by).unwrap();
        let at = at
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        conn.execute(
            "UPDATE attempt SET at = ?1 WHERE id = ?2",
            rusqlite::params![at, id],
        )
        .unwrap();
    }
}

/// Runs the real `kiosk` command with `args` (no database or configuration from the
/// environment) and waits for it.
pub fn kiosk_cmd(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_kiosk"))
        .args(args)
        .env_remove("KIOSK_DB")
        .env_remove("KIOSK_CONFIG")
        .output()
        .unwrap()
}

/// What a command printed: standard output, then standard error.
pub fn text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Whether the database file or its log files hold `needle` anywhere in their bytes.
pub fn db_holds(db: &Path, needle: &str) -> bool {
    let mut bytes = std::fs::read(db).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut p = db.to_path_buf().into_os_string();
        p.push(suffix);
        if let Ok(more) = std::fs::read(PathBuf::from(p)) {
            bytes.extend(more);
        }
    }
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

impl PtyKiosk {
    /// The QR code on the emulated screen (cells with a white background), read.
    pub fn qr(&self) -> Option<String> {
        let parser = self.parser.lock().unwrap();
        let screen = parser.screen();
        let (rows, cols) = screen.size();
        let (rows, cols) = (rows.get(), cols.get());
        let cells: Vec<Vec<(String, bool)>> = (0..rows)
            .map(|r| {
                (0..cols)
                    .map(|c| match screen.cell(r, c) {
                        Some(cell) => (
                            cell.contents().to_string(),
                            matches!(
                                cell.bgcolor(),
                                vt100::Color::Idx(7 | 15) | vt100::Color::Rgb(255, 255, 255)
                            ),
                        ),
                        None => (String::new(), false),
                    })
                    .collect()
            })
            .collect();
        drop(parser);
        decode_half_blocks(&cells)
    }
}
