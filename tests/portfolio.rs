//! The portfolio derived from a whole assessment done through the state machine,
//! compared with a reviewed JSON snapshot.

mod common;

use common::TestKiosk;
use skills_kiosk::domain::portfolio;

#[test]
fn a_full_assessment_gives_the_reviewed_portfolio() {
    let mut k = TestKiosk::new("en");
    common::full_assessment(&mut k, "en");
    let client = k.app().client.clone().unwrap();
    let derived = portfolio::derive(&client, &k.app().catalog, "en");
    let json = serde_json::to_string_pretty(&derived).unwrap();
    insta::assert_snapshot!("portfolio_full_assessment", json);

    // The same answers read back from the database give the same portfolio
    // (the code on screen was replaced for snapshots, so it is read from the file).
    let reloaded = {
        let store = skills_kiosk::store::Store::open(&k.db).unwrap();
        let code: String = store
            .connection()
            .query_row("SELECT code FROM session", [], |r| r.get(0))
            .unwrap();
        store
            .load_session(&skills_kiosk::domain::code::ClientCode::parse(&code).unwrap())
            .unwrap()
            .unwrap()
    };
    assert_eq!(reloaded.answers, client.answers);
    assert_eq!(
        portfolio::derive(&reloaded, &k.app().catalog, "en"),
        derived
    );
}

#[test]
fn regulated_occupations_are_flagged_with_their_reference_occupation() {
    let mut k = TestKiosk::new("en");
    common::full_assessment(&mut k, "en");
    let p = portfolio::derive(k.app().client.as_ref().unwrap(), &k.app().catalog, "en");
    // The nursing school: regulated; the tailor's shop: master craftsman rules do
    // not cover tailoring, so no flag.
    assert!(!p.education[0].regulated.is_empty());
    assert!(
        p.education[0]
            .regulated
            .iter()
            .any(|f| f.reference_de.contains("Pflegefach"))
    );
    assert_eq!(p.education[0].isced, Some(4));
    assert_eq!(p.education[0].eqf, vec![4]);
    assert_eq!(
        p.work[0].occupation.as_ref().unwrap().isco.as_deref(),
        Some("7531")
    );
    assert_eq!(
        p.work[0].occupation.as_ref().unwrap().title_de.as_deref(),
        Some("Schneider, Kürschner und Hutmacher")
    );
    assert!(p.work[0].regulated.is_empty());
    assert_eq!(p.work[1].occupation.as_ref().unwrap().isco, None);
    assert!(!p.recognition.is_empty());
    assert!(p.recognition[0].documents_de.len() >= 5);
    let german = &p.languages[1];
    assert_eq!(german.skills["listening"].as_deref(), Some("A2"));
    assert!(p.languages[0].mother_tongue);
    assert!(p.competences.iter().any(|c| !c.shown_in.is_empty()));
    assert_eq!(p.assessment, "self");
}
