//! Fixture for the server throughput measurement (`benches/server-throughput.sh`):
//! seeds a database with one fully answered client and a live link, writes the page
//! that link serves to `page.html` (for the static-file comparison), starts the
//! portfolio server on an ephemeral port of 127.0.0.1 with two worker threads,
//! writes the page URL to `url.txt`, and serves until `stop` appears in the folder.
//!
//! `cargo bench --bench portfolio_server -- DIR` (the script does this).

use std::path::PathBuf;
use std::time::Duration;

use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::session::Answer;
use skills_kiosk::store::{Change, Store};
use skills_kiosk::web::PortfolioServer;

fn main() {
    let Some(dir) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench portfolio_server -- DIR");
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("serve.sqlite3");
    let _ = std::fs::remove_file(&db);
    let mut store = Store::open(&db).unwrap();
    let client = store.create_session("de").unwrap();
    let answers = [
        (
            "life.entries",
            Answer::Choices(vec!["1".into(), "2".into()]),
        ),
        ("life.1.stage", Answer::Choice("school".into())),
        ("life.1.place", Answer::Text("Aleppo, Syria".into())),
        ("life.1.from", Answer::Year(2001)),
        ("life.1.to", Answer::Year(2010)),
        ("life.2.stage", Answer::Choice("work".into())),
        ("life.2.from", Answer::Year(2010)),
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
        (
            "work.1.tasks",
            Answer::Text("Sewing dresses, altering and mending clothes".into()),
        ),
        ("languages.entries", Answer::Choices(vec!["1".into()])),
        ("languages.1.language", Answer::Text("Deutsch".into())),
        ("languages.1.mother_tongue", Answer::Choice("no".into())),
        ("languages.1.listening", Answer::Choice("A2".into())),
        ("informal.areas", Answer::Choices(vec!["childcare".into()])),
        (
            "competences.social",
            Answer::Ratings(
                [
                    ("teamwork".to_string(), "b".to_string()),
                    ("communication".to_string(), "a".to_string()),
                ]
                .into(),
            ),
        ),
        ("goals.work_wish", Answer::Text("Krankenpflegerin".into())),
    ];
    for (item, answer) in answers {
        store
            .apply(&Change::Answer {
                session: client.key(),
                item: item.into(),
                before: None,
                after: Some(answer),
            })
            .unwrap();
    }
    let token = store
        .create_link(&client.code, 30, chrono::Utc::now())
        .unwrap();
    drop(store);
    let server = PortfolioServer::start(
        "127.0.0.1:0".parse().unwrap(),
        db,
        Catalog::embedded().unwrap(),
        2,
    )
    .unwrap();
    let url = format!("http://{}/p/{token}", server.addr());
    let page = ureq::get(&url)
        .call()
        .unwrap()
        .body_mut()
        .read_to_string()
        .unwrap();
    std::fs::write(dir.join("page.html"), &page).unwrap();
    std::fs::write(dir.join("url.txt"), &url).unwrap();
    println!("serving {url} ({} bytes)", page.len());
    while !dir.join("stop").exists() {
        std::thread::sleep(Duration::from_millis(100));
    }
}
