//! The kiosk with 1,000,000 stored sessions: seeds a database once (kept in
//! `target/million.sqlite3`; `KIOSK_MILLION_DB` to put it elsewhere), then measures
//! opening it, resuming a client by code, and the first frame after start.
//!
//! `cargo bench --bench million` (seeding takes a few minutes the first time).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use rusqlite::params;
use skills_kiosk::config::{Config, ThemeName};
use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::kiosk::{App, Msg, Settings};
use skills_kiosk::runtime::Kiosk;
use skills_kiosk::store::{Store, StoreWorker};
use skills_kiosk::ui::theme::Theme;

const SESSIONS: u64 = 1_000_000;

fn db_path() -> PathBuf {
    std::env::var_os("KIOSK_MILLION_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/million.sqlite3"))
}

/// The code of session `n` (deterministic, so the bench can pick codes to resume).
fn code(n: u64) -> ClientCode {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let mut x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5EED;
    let mut part = String::new();
    for _ in 0..11 {
        part.push(ALPHABET[(x % 31) as usize] as char);
        x /= 31;
        x = x.wrapping_mul(6364136223846793005).wrapping_add(n);
    }
    ClientCode::from_random_part(&part).unwrap()
}

fn seed(path: &PathBuf) {
    let started = Instant::now();
    let mut store = Store::open(path).unwrap();
    drop(store);
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "synchronous", "OFF").unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut session = tx
            .prepare(
                "INSERT OR IGNORE INTO session (code, language, position, created_at, updated_at)
                 VALUES (?1, ?2, '\"Sections\"', ?3, ?3)",
            )
            .unwrap();
        let mut answer = tx
            .prepare(
                "INSERT INTO answer (session_id, item, value, updated_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .unwrap();
        let langs = ["de", "ar", "uk", "fa", "tr", "en"];
        for n in 0..SESSIONS {
            let stamp = format!("2026-{:02}-{:02}T10:00:00.000Z", 1 + n % 11, 1 + n % 28);
            session
                .execute(params![code(n).compact(), langs[(n % 6) as usize], stamp])
                .unwrap();
            let id = tx.last_insert_rowid();
            answer
                .execute(params![id, "goals.work_wish", "\"Schneiderin\"", stamp])
                .unwrap();
            answer
                .execute(params![id, "informal.areas", "[\"childcare\"]", stamp])
                .unwrap();
        }
    }
    tx.commit().unwrap();
    drop(conn);
    store = Store::open(path).unwrap();
    store.clear_log().unwrap();
    println!("seeded {SESSIONS} sessions in {:?}", started.elapsed());
}

fn percentiles(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize];
    println!(
        "{name}: p50 {:?}  p99 {:?}  max {:?}  ({} samples)",
        at(0.5),
        at(0.99),
        samples[samples.len() - 1],
        samples.len()
    );
}

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let path = db_path();
    let count = Store::open(&path).ok().and_then(|s| {
        s.connection()
            .query_row("SELECT count(*) FROM session", [], |r| r.get::<_, i64>(0))
            .ok()
    });
    if count.unwrap_or(0) < SESSIONS as i64 {
        let _ = std::fs::remove_file(&path);
        seed(&path);
    }
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    println!("database: {} ({} MB)", path.display(), size / 1_000_000);

    // Opening (integrity check, migrations) and the first frame, five times.
    let mut opens = Vec::new();
    let mut first_frames = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let store = Store::open(&path).unwrap();
        opens.push(t.elapsed());
        let app = App::new(
            Settings::from_config(&Config::default(), false),
            Catalog::embedded().unwrap(),
            Theme::new(ThemeName::Default, false),
            Instant::now(),
        );
        let mut kiosk = Kiosk::new(app, StoreWorker::start(store));
        kiosk.handle(Msg::Resize(80, 24), Instant::now());
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| skills_kiosk::view::view(&kiosk.app, f))
            .unwrap();
        first_frames.push(t.elapsed());
    }
    percentiles("open database (1M sessions)", opens);
    percentiles("start to first frame (1M sessions)", first_frames);

    // Resuming by code: the lookup and loading of one session.
    let store = Store::open(&path).unwrap();
    let mut samples = Vec::new();
    for i in 0..2000u64 {
        let c = code((i * 7919) % SESSIONS);
        let t = Instant::now();
        let session = store.load_session(&c).unwrap();
        samples.push(t.elapsed());
        assert!(session.is_some() || i > 0);
    }
    percentiles("resume by code (1M sessions)", samples);
    let mut misses = Vec::new();
    for i in 0..2000u64 {
        let c = code(SESSIONS + i);
        let t = Instant::now();
        let _ = store.load_session(&c).unwrap();
        misses.push(t.elapsed());
    }
    percentiles("unknown code (1M sessions)", misses);
    if let Some(kib) = rss_kib() {
        println!("resident memory after the runs: {} MB", kib / 1024);
    }
}
