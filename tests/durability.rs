//! Crash durability: the real binary is killed with SIGKILL again and again, at
//! random moments, also right after a keystroke whose save may still be under way.
//! After every restart the client resumes by code; every answer confirmed ("✓ Saved")
//! before the kill is there, and SQLite's integrity check says ok.
//!
//! Runs 50 kills with one kiosk and 50 with two kiosks on one file by default;
//! `KIOSK_CRASH_RUNS=500 cargo test --release --test durability` for a long run.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use common::{PtyKiosk, keys};
use skills_kiosk::domain::code::ClientCode;
use skills_kiosk::domain::session::Answer;
use skills_kiosk::store::Store;

/// A small deterministic random sequence, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const WISHES: [&str; 7] = [
    "work",
    "training",
    "study",
    "recognition",
    "language_course",
    "self_employment",
    "other",
];

fn stored_wishes(db: &Path, code: &str) -> BTreeSet<String> {
    let store = Store::open(db).unwrap();
    let integrity: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let session = store
        .load_session(&ClientCode::parse(code).unwrap())
        .unwrap()
        .expect("the session survives every kill");
    match session.answers.get("goals.wishes") {
        Some(Answer::Choices(list)) => list.iter().cloned().collect(),
        _ => BTreeSet::new(),
    }
}

/// One client in one kiosk process: their code and what is confirmed on disk.
struct Lane {
    code: String,
    confirmed: BTreeSet<String>,
    maybe: String,
}

/// Runs `runs` rounds with `processes` kiosks on one database file; in every round
/// each kiosk resumes its client, confirms one tick, starts another and is killed.
fn crash_runs(processes: usize, runs: usize, seed: u64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kiosk.sqlite3");
    let db_arg = db.to_str().unwrap();
    let mut random = Lcg(seed);
    let mut lanes: Vec<Lane> = Vec::new();
    for run in 0..runs {
        let mut kiosks: Vec<PtyKiosk> = (0..processes)
            .map(|_| PtyKiosk::start(&["--db", db_arg, "--lang", "en", "--no-server"], &[]))
            .collect();
        for (n, kiosk) in kiosks.iter_mut().enumerate() {
            if run == 0 {
                let code = kiosk.new_english_client();
                lanes.push(Lane {
                    code,
                    confirmed: BTreeSet::new(),
                    maybe: String::new(),
                });
                for _ in 0..6 {
                    kiosk.send(keys::DOWN);
                }
                kiosk.send(keys::ENTER);
            } else {
                kiosk.wait_for("Welcome");
                kiosk.send(keys::DOWN);
                kiosk.send(keys::ENTER);
                kiosk.send(keys::DOWN);
                kiosk.send(keys::ENTER);
                kiosk.wait_for("Continue with your code");
                kiosk.send(lanes[n].code.as_bytes());
                kiosk.send(keys::ENTER);
            }
            kiosk.wait_for("What would you like to do next?");
        }
        for (n, kiosk) in kiosks.iter_mut().enumerate() {
            let lane = &mut lanes[n];
            // A tick that is confirmed before the kill … (options 0–5, so the next
            // line, ticked below, is another wish and not "I don't know")
            let option = random.below(6) as usize;
            for _ in 0..option {
                kiosk.send(keys::DOWN);
            }
            kiosk.send(b" ");
            let wish = WISHES[option].to_string();
            if !lane.confirmed.remove(&wish) {
                lane.confirmed.insert(wish);
            }
            // Confirmed means on disk: another connection sees it.
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while stored_wishes(&db, &lane.code) != lane.confirmed {
                assert!(
                    std::time::Instant::now() < deadline,
                    "run {run}, kiosk {n}: never saved"
                );
                std::thread::sleep(Duration::from_millis(20));
            }
            kiosk.wait_for("✓ Saved");
            // … and one that may or may not be saved: the kill comes at once or soon.
            kiosk.send(keys::DOWN);
            kiosk.send(b" ");
            lane.maybe = WISHES[option + 1].to_string();
        }
        // Kill them in a random order, each after a random short pause, so a kill
        // can land while the other process is writing.
        let first = random.below(processes as u64) as usize;
        for k in 0..processes {
            let kiosk = &mut kiosks[(first + k) % processes];
            std::thread::sleep(Duration::from_millis(random.below(40)));
            kiosk.signal("KILL");
            assert_eq!(kiosk.wait_exit(), Some(1), "run {run}: killed");
        }
        drop(kiosks);

        for (n, lane) in lanes.iter_mut().enumerate() {
            let stored = stored_wishes(&db, &lane.code);
            let mut with_maybe = lane.confirmed.clone();
            if !with_maybe.remove(&lane.maybe) {
                with_maybe.insert(lane.maybe.clone());
            }
            assert!(
                stored == lane.confirmed || stored == with_maybe,
                "run {run}, kiosk {n}: stored {stored:?}, confirmed {:?}",
                lane.confirmed
            );
            // What the database holds is the truth the next run starts from.
            lane.confirmed = stored;
        }
    }
}

fn runs(default: usize) -> usize {
    std::env::var("KIOSK_CRASH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
}

#[test]
fn answers_confirmed_before_a_kill_are_there_after_it() {
    crash_runs(1, runs(50), 0x5eed);
}

#[test]
fn two_kiosks_on_one_database_lose_nothing_when_killed() {
    // Two processes, two clients, one file: 25 rounds, 50 kills.
    crash_runs(2, runs(50) / 2, 0xd0b1e);
}
