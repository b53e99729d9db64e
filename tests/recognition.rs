//! Recognition advice that is true: each case through `portfolio::derive`, the
//! portfolio page and its JSON, in the client's language with German beneath.
//! A session is made in a real SQLite file; its answers are set as the checklist
//! stores them.

use skills_kiosk::domain::checklist::Catalog;
use skills_kiosk::domain::portfolio::{self, AdviceKind, Portfolio};
use skills_kiosk::domain::session::{Answer, ClientSession, answer_path, entries_path};
use skills_kiosk::store::Store;
use skills_kiosk::web::{export::to_json, html};

/// One education entry (kind, ISCO group) and one job (ISCO group), as a client
/// in `lang` would have answered.
fn client(lang: &str, education: &[(&str, &str)], jobs: &[&str]) -> ClientSession {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.sqlite3")).unwrap();
    let mut session = store.create_session(lang).unwrap();
    let answers = &mut session.answers;
    let mut ids = Vec::new();
    for (n, (kind, isco)) in education.iter().enumerate() {
        let id = format!("e{n}");
        answers.insert(
            answer_path("education", Some(&id), "kind"),
            Answer::Choice(kind.to_string()),
        );
        if !isco.is_empty() {
            answers.insert(
                answer_path("education", Some(&id), "qualification"),
                Answer::Occupation {
                    isco: Some(isco.to_string()),
                    words: String::new(),
                },
            );
        }
        ids.push(id);
    }
    answers.insert(entries_path("education"), Answer::Choices(ids));
    let mut ids = Vec::new();
    for (n, isco) in jobs.iter().enumerate() {
        let id = format!("w{n}");
        answers.insert(
            answer_path("work", Some(&id), "occupation"),
            Answer::Occupation {
                isco: Some(isco.to_string()),
                words: String::new(),
            },
        );
        ids.push(id);
    }
    answers.insert(entries_path("work"), Answer::Choices(ids));
    session
}

/// The portfolio, its page and its JSON.
fn outputs(session: &ClientSession) -> (Portfolio, String, serde_json::Value) {
    let catalog = Catalog::embedded().unwrap();
    let p = portfolio::derive(session, &catalog, &session.language);
    let now = chrono::Utc::now();
    let page = html::render(&p, session, &catalog, now, None);
    let json = serde_json::from_str(&to_json(&p, now)).unwrap();
    (p, page, json)
}

fn kinds(p: &Portfolio) -> Vec<(AdviceKind, Option<&str>, bool)> {
    p.recognition
        .iter()
        .map(|a| (a.kind, a.profession.as_deref(), a.partly))
        .collect()
}

/// The page shows `text` (escaped as the page escapes it).
fn shows(page: &str, text: &str) -> bool {
    page.contains(&text.replace('&', "&amp;").replace('"', "&quot;"))
        || page.contains(&text.replace('&', "&amp;"))
}

#[test]
fn a_craft_needs_recognition_only_for_an_own_business() {
    let (p, page, json) = outputs(&client("en", &[("vocational", "7231")], &["7231"]));
    assert_eq!(
        kinds(&p),
        [(
            AdviceKind::SelfEmployment,
            Some("craft_motor_vehicle"),
            false
        )]
    );
    let text = &p.recognition[0].text;
    assert!(
        text.contains("as an employee") && text.contains("own business"),
        "{text}"
    );
    assert!(!text.contains("before working"), "{text}");
    assert!(
        p.recognition[0]
            .text_de
            .contains("Kraftfahrzeugtechniker-Handwerk")
    );
    assert!(shows(&page, text) && shows(&page, &p.recognition[0].text_de));
    assert_eq!(json["recognition"][0]["kind"], "self_employment");
    assert_eq!(json["schema_version"], 2);
}

#[test]
fn an_engineer_is_told_only_the_title_is_protected_once() {
    // A civil engineer who also worked as one: one notice, not two.
    let (p, page, json) = outputs(&client("ar", &[("university", "2142")], &["2142"]));
    let k = kinds(&p);
    assert_eq!(k[0], (AdviceKind::Title, Some("engineer"), false));
    assert_eq!(
        k.iter()
            .filter(|(kind, ..)| *kind == AdviceKind::Title)
            .count(),
        1
    );
    assert!(
        p.recognition[0]
            .text_de
            .contains("Nur die Berufsbezeichnung")
    );
    assert!(
        p.recognition[0]
            .note_de
            .as_deref()
            .unwrap()
            .contains("Bauanträge")
    );
    // A degree: the statement of comparability too.
    assert!(
        k.iter()
            .any(|(kind, ..)| *kind == AdviceKind::Comparability)
    );
    assert!(shows(&page, &p.recognition[0].text_de));
    assert_eq!(json["recognition"][0]["kind"], "title");
}

#[test]
fn a_nurse_gets_one_licence_notice_with_health_papers_in_her_language_and_german() {
    let (p, page, json) = outputs(&client("uk", &[("vocational", "2221")], &["3221"]));
    let licences: Vec<_> = p
        .recognition
        .iter()
        .filter(|a| a.kind == AdviceKind::Licence && !a.partly)
        .collect();
    assert_eq!(licences.len(), 1, "{:?}", kinds(&p));
    let nurse = licences[0];
    assert_eq!(nurse.profession.as_deref(), Some("nurse"));
    assert!(
        nurse
            .documents_de
            .iter()
            .any(|d| d.contains("Führungszeugnis"))
    );
    assert_eq!(nurse.documents.len(), nurse.documents_de.len());
    // The papers reach the page in the client's language with German beneath.
    for (own, de) in p.documents_to_bring("uk") {
        assert!(shows(&page, &own) && shows(&page, &de), "{own} / {de}");
    }
    assert_eq!(json["recognition"][0]["kind"], "licence");
}

#[test]
fn a_doctor_needs_the_approbation_and_the_medical_language_exam() {
    let (p, page, json) = outputs(&client("ps", &[("university", "2211")], &[]));
    let doctor = &p.recognition[0];
    assert_eq!(
        (doctor.kind, doctor.profession.as_deref()),
        (AdviceKind::Licence, Some("doctor"))
    );
    assert!(
        doctor
            .documents_de
            .iter()
            .any(|d| d.contains("Fachsprachprüfung"))
    );
    assert!(doctor.note_de.as_deref().unwrap().contains("Approbation"));
    assert!(doctor.legal_basis_de.as_deref().unwrap().contains("BÄO"));
    assert!(shows(&page, doctor.legal_basis_de.as_deref().unwrap()));
    assert!(
        json["recognition"][0]["documents_de"]
            .as_array()
            .unwrap()
            .len()
            > 8
    );
}

#[test]
fn a_judge_is_told_there_is_no_recognition_and_what_is_needed_instead() {
    let (p, page, json) = outputs(&client("fa", &[], &["2612"]));
    let judge = &p.recognition[0];
    assert_eq!(
        (judge.kind, judge.profession.as_deref()),
        (AdviceKind::OwnRoute, Some("judge"))
    );
    assert!(
        judge.text_de.contains("nicht einfach anerkannt"),
        "{}",
        judge.text_de
    );
    assert!(!judge.text_de.contains("hilft Ihnen beim Antrag"));
    assert!(
        judge.documents.is_empty(),
        "no papers for a procedure that does not exist"
    );
    assert!(
        judge
            .note_de
            .as_deref()
            .unwrap()
            .contains("Staatsprüfungen")
    );
    assert!(shows(&page, &judge.text_de));
    assert_eq!(json["recognition"][0]["kind"], "own_route");
}

#[test]
fn a_university_graduate_in_free_work_gets_the_zab_route_and_free_advice() {
    // Economists are not regulated.
    let (p, page, json) = outputs(&client("ti", &[("university", "2631")], &["2631"]));
    assert_eq!(kinds(&p), [(AdviceKind::Comparability, None, false)]);
    assert!(p.recognition[0].text_de.contains("ZAB"));
    assert!(page.contains("href=\"https://www.anerkennung-in-deutschland.de\""));
    assert!(page.contains("href=\"https://www.netzwerk-iq.de\""));
    assert_eq!(json["recognition"][0]["kind"], "comparability");
}

#[test]
fn a_vocational_qualification_in_free_work_can_be_recognised_voluntarily() {
    // Tailoring is not a master craft: free, and recognition is still possible.
    let (p, page, _) = outputs(&client("so", &[("vocational", "7531")], &[]));
    assert_eq!(kinds(&p), [(AdviceKind::Voluntary, None, false)]);
    let advice = &p.recognition[0];
    assert_eq!(advice.isco.as_deref(), Some("7531"));
    assert!(advice.text_de.contains("nicht reglementiert"));
    assert!(shows(&page, advice.reference_de.as_deref().unwrap()));
}

#[test]
fn an_electricians_papers_have_no_health_lines() {
    let (p, _, _) = outputs(&client("de", &[("vocational", "7411")], &["7411"]));
    assert_eq!(
        kinds(&p),
        [(AdviceKind::SelfEmployment, Some("craft_electrical"), false)]
    );
    let papers = &p.recognition[0].documents_de;
    assert!(papers.iter().any(|d| d.contains("Antragsformular")));
    assert!(
        papers
            .iter()
            .any(|d| d.contains("leitender oder selbstständiger"))
    );
    for d in papers {
        for health in [
            "Deutschkenntnisse für den Beruf",
            "gesundheitlich",
            "Führungszeugnis",
            "Berufsbehörde",
        ] {
            assert!(!d.contains(health), "{d}");
        }
    }
}

#[test]
fn a_group_that_only_includes_a_regulated_profession_says_so() {
    // Psychologists: only psychotherapy needs the licence; accountants: only tax
    // advice and auditing; no papers for what may not be the client's work.
    let (p, _, _) = outputs(&client("en", &[], &["2634", "2411"]));
    for advice in &p.recognition {
        assert!(advice.partly, "{:?}", kinds(&p));
        assert!(
            advice.text.starts_with("Only if this was your work"),
            "{}",
            advice.text
        );
        assert!(advice.documents.is_empty());
    }
    assert_eq!(p.recognition.len(), 2);
}

#[test]
fn every_profession_has_its_name_and_note_in_every_language() {
    let reference = skills_kiosk::domain::reference::reference().unwrap();
    for lang in skills_kiosk::i18n::SHIPPED {
        let has = |id: &str| skills_kiosk::i18n::locales().has(lang, id);
        for p in &reference.regulated {
            assert!(has(&p.name_id()), "{lang}: {}", p.name_id());
            if let Some(note) = p.note_id() {
                assert!(has(&note), "{lang}: {note}");
            }
            for doc in reference.documents_for(p) {
                assert!(has(&doc), "{lang}: {doc}");
            }
        }
    }
}
