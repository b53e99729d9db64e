//! The portfolio link end to end: the end screen's QR code read back from the
//! rendered cells, the URL fetched from a real server on 127.0.0.1 with a real HTTP
//! client; 404s that say nothing; escaping; headers; the JSON schema; print layout.

mod common;

use std::net::SocketAddr;

use chrono::Utc;
use common::{TestKiosk, full_assessment, get, qr_on_buffer};
use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::kiosk::{Action, LinkState, Screen};
use skills_kiosk::store::Store;
use skills_kiosk::web::PortfolioServer;

fn server_for(k: &mut TestKiosk) -> PortfolioServer {
    let any: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let server =
        PortfolioServer::start(any, k.db.clone(), Catalog::embedded().unwrap(), 1).unwrap();
    k.kiosk.app.settings.link_base = format!("http://{}", server.addr());
    server
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Finishes the visit and reads the URL off the end screen's QR code.
fn finish_and_scan(k: &mut TestKiosk) -> String {
    for _ in 0..12 {
        if matches!(k.app().screen, Screen::Sections) {
            break;
        }
        k.key(crossterm::event::KeyCode::Esc);
    }
    k.act(Action::ShowSummary);
    k.act(Action::Finish);
    assert!(matches!(k.app().screen, Screen::Goodbye));
    let Some(LinkState::Ready { url, .. }) = k.app().link.clone() else {
        panic!("no link: {:?}", k.app().link);
    };
    let terminal = k.render();
    let scanned = qr_on_buffer(terminal.backend().buffer()).expect("QR code not readable");
    assert_eq!(scanned, url);
    // The short URL and the client code are in text beside it.
    let text = k.text();
    // Beside the code (right of it, or left in a right-to-left language).
    let beside: String = text
        .chars()
        .filter(|c| !matches!(c, '█' | '▀' | '▄' | ' ' | '\n'))
        .collect();
    assert!(beside.contains(&url), "{text}");
    assert!(text.contains(&k.client_code()), "{text}");
    scanned
}

#[test]
fn the_qr_code_on_the_end_screen_opens_the_portfolio_on_a_phone() {
    let mut k = TestKiosk::new("de");
    let server = server_for(&mut k);
    full_assessment(&mut k, "de");
    let url = finish_and_scan(&mut k);
    assert!(url.starts_with(&format!("http://{}/p/", server.addr())));
    let token = url.rsplit('/').next().unwrap();
    assert_eq!(token.len(), 22, "128-bit token");

    let (status, headers, page) = get(&url);
    assert_eq!(status, 200);
    assert_eq!(
        header(&headers, "content-type"),
        Some("text/html; charset=utf-8")
    );
    for answer in [
        "Aleppo, Syria",
        "Gaziantep, Türkiye",
        "Sewing dresses, &lt;b&gt;altering&lt;/b&gt; &amp; mending clothes",
        "Babysitting for neighbours",
        "I looked after my three younger sisters.",
        "Ask about recognition of my nursing certificate.",
        "Pflegefachfrau/Pflegefachmann",
        "Kompetenz-Portfolio",
        "Selbsteinschätzung",
    ] {
        assert!(page.contains(answer), "page lacks {answer}");
    }
    assert!(page.contains("<svg"), "competence chart");

    let (status, headers, json) = get(&format!("{url}.json"));
    assert_eq!(status, 200);
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/json; charset=utf-8")
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["work"][0]["occupation"]["isco"], "7531");
    assert_eq!(value["languages"][1]["skills"]["listening"], "A2");
    assert_eq!(value["education"][0]["isced"], 4);

    // A later visit gets a new link; the earlier one keeps working and shows the
    // latest saved answers.
    k.act(Action::Done);
    let code = {
        let store = Store::open(&k.db).unwrap();
        store
            .connection()
            .query_row("SELECT code FROM session", [], |r| r.get::<_, String>(0))
            .unwrap()
    };
    k.choose_on_welcome("de");
    k.tap(&skills_kiosk::i18n::Tr::new("de").t("start-have-code"));
    k.type_text(&code);
    k.key(crossterm::event::KeyCode::Enter);
    // The visit resumes where it ended (the summary).
    k.key(crossterm::event::KeyCode::Esc);
    k.open_section("goals");
    k.act(Action::Next);
    k.answer_text("Krankenpflegerin");
    let second = finish_and_scan(&mut k);
    assert_ne!(second, url);
    let (status, _, page) = get(&url);
    assert_eq!(status, 200);
    assert!(page.contains("Krankenpflegerin"));
    assert_eq!(get(&second).0, 200);
}

#[test]
fn unknown_expired_and_revoked_links_get_the_same_404() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let client = store.create_session("en").unwrap();
    let now = Utc::now();
    let live = store.create_link(&client.code, 30, now).unwrap();
    let expired = store
        .create_link(&client.code, 1, now - chrono::Duration::days(2))
        .unwrap();
    let revoked = store.create_link(&client.code, 30, now).unwrap();
    let revoked_id = store.links(&client.code).unwrap()[0].id;
    store
        .revoke_links(&client.code, Some(revoked_id), now)
        .unwrap();
    let server = PortfolioServer::start(
        "127.0.0.1:0".parse().unwrap(),
        db.clone(),
        Catalog::embedded().unwrap(),
        1,
    )
    .unwrap();
    let base = format!("http://{}", server.addr());
    assert_eq!(get(&format!("{base}/p/{live}")).0, 200);
    let unknown = skills_kiosk::store::new_token().unwrap();
    let answers: Vec<_> = [
        format!("{base}/p/{unknown}"),
        format!("{base}/p/{expired}"),
        format!("{base}/p/{revoked}"),
        format!("{base}/p/{expired}.json"),
        format!("{base}/p/{revoked}.json"),
        format!("{base}/p/"),
        format!("{base}/nothing"),
    ]
    .iter()
    .map(|url| {
        let (status, headers, body) = get(url);
        let headers: Vec<_> = headers.into_iter().filter(|(k, _)| k != "date").collect();
        (status, headers, body)
    })
    .collect();
    assert_eq!(answers[0].0, 404);
    for other in &answers[1..] {
        assert_eq!(other, &answers[0]);
    }
    // It says so in every language, and nothing about why.
    assert!(answers[0].2.contains("This link does not work"));
    assert!(answers[0].2.contains("Dieser Link funktioniert nicht"));
}

#[test]
fn every_response_carries_the_security_headers() {
    let mut k = TestKiosk::new("en");
    let server = server_for(&mut k);
    k.new_client("en");
    k.key(crossterm::event::KeyCode::Enter);
    let url = finish_and_scan(&mut k);
    let base = format!("http://{}", server.addr());
    for target in [
        url.clone(),
        format!("{url}.json"),
        format!("{base}/p/unknown"),
        format!("{base}/healthz"),
    ] {
        let (_, headers, _) = get(&target);
        let csp = header(&headers, "content-security-policy").unwrap();
        assert!(csp.starts_with("default-src 'none'"), "{csp}");
        assert!(csp.contains("style-src 'sha256-"), "{csp}");
        assert!(!csp.contains("unsafe"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
        assert_eq!(header(&headers, "referrer-policy"), Some("no-referrer"));
        assert_eq!(header(&headers, "cache-control"), Some("no-store"));
        assert!(
            header(&headers, "x-robots-tag")
                .unwrap()
                .contains("noindex")
        );
    }
    let (status, _, body) = get(&format!("{base}/healthz"));
    assert_eq!((status, body.as_str()), (200, "ok\n"));
}

/// Payloads a client might type, on purpose or by accident.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "</dd></dl><svg onload=alert(1)>",
    "<style>*{display:none}</style>",
    "&lt;script&gt;",
    "javascript:alert(1)",
    "'; DROP TABLE session; --",
    "<!-- ]]> {{7*7}}",
];

#[test]
fn typed_payloads_are_escaped_in_the_page_and_the_json() {
    let mut k = TestKiosk::new("en");
    let _server = server_for(&mut k);
    k.new_client("en");
    k.key(crossterm::event::KeyCode::Enter);
    k.open_section("goals");
    k.act(Action::Next);
    k.answer_text(PAYLOADS[0]); // work wish (one line)
    k.answer_text(&PAYLOADS[1..].join(" | ")); // next steps
    let url = finish_and_scan(&mut k);

    let (_, _, page) = get(&url);
    for payload in PAYLOADS {
        assert!(
            !page.contains(payload) || !payload.contains(['<', '>', '"']),
            "raw payload in page: {payload}"
        );
    }
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&amp;lt;script&amp;gt;"));
    assert!(
        page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
            || page.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;")
    );
    assert!(!page.to_lowercase().contains("<script"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("onload=alert") || page.contains("&lt;svg onload=alert(1)&gt;"));
    assert_eq!(
        page.matches("<style>").count(),
        1,
        "only the page's own stylesheet"
    );

    let (_, _, json) = get(&format!("{url}.json"));
    assert!(
        !json.contains(['<', '>']),
        "JSON carries no raw angle brackets"
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["goals"]["work_wish"], PAYLOADS[0]);
    assert_eq!(value["goals"]["next_steps"], PAYLOADS[1..].join(" | "));
}

/// A small JSON Schema checker for the keywords docs/portfolio.schema.json uses.
fn check(
    schema: &serde_json::Value,
    root: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
    errors: &mut Vec<String>,
) {
    use serde_json::Value;
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/");
        return check(&root["$defs"][name], root, value, at, errors);
    }
    if let Some(expected) = schema.get("const")
        && value != expected
    {
        errors.push(format!("{at}: {value} is not {expected}"));
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.contains(value)
    {
        errors.push(format!("{at}: {value} not in {options:?}"));
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let fits = types.contains(&actual) || (actual == "integer" && types.contains(&"number"));
        if !fits {
            errors.push(format!("{at}: {actual} is not {types:?}"));
            return;
        }
    }
    if let (Some(pattern), Some(text)) = (schema.get("pattern"), value.as_str()) {
        assert_eq!(pattern, "^[0-9]{4}$", "checker knows only this pattern");
        if !(text.len() == 4 && text.chars().all(|c| c.is_ascii_digit())) {
            errors.push(format!("{at}: {text} does not match {pattern}"));
        }
    }
    if let Value::Object(map) = value {
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !map.contains_key(required.as_str().unwrap()) {
                errors.push(format!("{at}: {required} missing"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (key, item) in map {
            match properties.and_then(|p| p.get(key)) {
                Some(sub) => check(sub, root, item, &format!("{at}.{key}"), errors),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}.{key}: not in the schema"))
                }
                None => {}
            }
        }
    }
    if let (Value::Array(items), Some(sub)) = (value, schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            check(sub, root, item, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn the_json_follows_its_documented_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/portfolio.schema.json")).unwrap();
    let mut k = TestKiosk::new("en");
    let _server = server_for(&mut k);
    full_assessment(&mut k, "en");
    let url = finish_and_scan(&mut k);
    let (_, _, json) = get(&format!("{url}.json"));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut errors = Vec::new();
    check(&schema, &schema, &value, "$", &mut errors);
    assert!(errors.is_empty(), "{errors:#?}");
    // The checker does catch a wrong document.
    let mut wrong = value.clone();
    wrong["languages"][1]["skills"]["listening"] = "A7".into();
    wrong["surprise"] = 1.into();
    let mut errors = Vec::new();
    check(&schema, &schema, &wrong, "$", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn the_page_is_self_contained_and_prints_on_a4() {
    let mut k = TestKiosk::new("ar");
    let _server = server_for(&mut k);
    full_assessment(&mut k, "ar");
    let url = finish_and_scan(&mut k);
    let (_, _, page) = get(&url);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("@media print"));
    assert!(page.contains("@page{size:A4"));
    assert!(page.contains("name=\"viewport\""));
    // The two advice links are for a person to follow; nothing is loaded from outside.
    let loaded = page
        .replace("href=\"https://www.anerkennung-in-deutschland.de\"", "")
        .replace("href=\"https://www.netzwerk-iq.de\"", "");
    for external in [
        "<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "https://", "http://",
    ] {
        assert!(
            !loaded.contains(external),
            "page refers to something outside: {external}"
        );
    }
    // German beside the client's language.
    assert!(page.contains("lang=\"de\""));
    assert!(page.contains("Kompetenz-Portfolio"));
}

#[test]
fn a_screen_too_small_for_the_qr_code_says_so_and_shows_the_address() {
    let mut k = TestKiosk::new("en");
    let _server = server_for(&mut k);
    k.new_client("en");
    k.key(crossterm::event::KeyCode::Enter);
    k.act(Action::ShowSummary);
    k.act(Action::Finish);
    let Some(LinkState::Ready { url, .. }) = k.app().link.clone() else {
        panic!("no link");
    };
    k.resize(60, 20);
    let text = k.text();
    assert!(text.contains("too small for the phone code"), "{text}");
    assert!(qr_on_buffer(k.render().backend().buffer()).is_none());
    let joined: String = text.lines().map(str::trim).collect();
    assert!(joined.contains(&url), "{text}");
    // Large again: the code is back.
    k.resize(80, 24);
    assert_eq!(qr_on_buffer(k.render().backend().buffer()), Some(url));
}
