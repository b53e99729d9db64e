//! What recognition means for a client: from the occupations of their education and
//! jobs to notices that say which case applies, in their language and in German.

use super::{AdviceKind, Education, Occupation, RecognitionAdvice, RegulatedFlag, Work};
use crate::domain::reference::{RecognitionCase, Reference, RegulatedProfession, reference};
use crate::i18n::Tr;

/// The regulated professions an occupation is or includes.
pub(super) fn flags(occupation: &Option<Occupation>) -> Vec<RegulatedFlag> {
    let (Some(code), Ok(reference)) = (
        occupation.as_ref().and_then(|o| o.isco.as_deref()),
        reference(),
    ) else {
        return Vec::new();
    };
    reference
        .regulated_for(code)
        .into_iter()
        .map(|(p, partly)| RegulatedFlag {
            profession: p.id.clone(),
            reference_de: p.reference_de.clone(),
            case: p.case,
            partly,
        })
        .collect()
}

/// The notices, each profession once: those a profession is needed for first (by
/// case), then "only if this was your work", then a university degree's statement
/// of comparability, then voluntary recognition of vocational qualifications.
pub(super) fn advice(education: &[Education], work: &[Work], lang: &str) -> Vec<RecognitionAdvice> {
    let Ok(reference) = reference() else {
        return Vec::new();
    };
    let (tr, de) = (Tr::new(lang), Tr::new("de"));
    let mut seen: Vec<(&str, bool)> = Vec::new();
    let all = education
        .iter()
        .flat_map(|e| &e.regulated)
        .chain(work.iter().flat_map(|w| &w.regulated));
    for flag in all {
        match seen.iter_mut().find(|(id, _)| *id == flag.profession) {
            // A profession that one occupation is, and another only includes.
            Some((_, partly)) => *partly &= flag.partly,
            None => seen.push((&flag.profession, flag.partly)),
        }
    }
    let mut out: Vec<RecognitionAdvice> = seen
        .into_iter()
        .filter_map(|(id, partly)| {
            let p = reference.regulated.iter().find(|p| p.id == id)?;
            Some(profession_advice(reference, p, partly, tr, de))
        })
        .collect();
    out.sort_by_key(|a| (a.partly, a.kind));
    let blocked = |e: &Education| {
        e.regulated
            .iter()
            .any(|f| !f.partly && f.case == RecognitionCase::OwnRoute)
    };
    if education
        .iter()
        .any(|e| e.kind.as_deref() == Some("university") && !blocked(e))
    {
        out.push(RecognitionAdvice {
            kind: AdviceKind::Comparability,
            partly: false,
            profession: None,
            isco: None,
            reference_de: None,
            text: tr.t("recognition-comparability"),
            text_de: de.t("recognition-comparability"),
            note: None,
            note_de: None,
            competent_de: Some("Zentralstelle für ausländisches Bildungswesen (ZAB)".into()),
            legal_basis_de: None,
            documents: Vec::new(),
            documents_de: Vec::new(),
            document_ids: Vec::new(),
        });
    }
    for e in education {
        let Some(code) = e.qualification.as_ref().and_then(|q| q.isco.as_deref()) else {
            continue;
        };
        let free = e.kind.as_deref() == Some("vocational") && e.regulated.is_empty();
        if !free || out.iter().any(|a| a.isco.as_deref() == Some(code)) {
            continue;
        }
        let Some(group) = reference.isco_group(code) else {
            continue;
        };
        out.push(RecognitionAdvice {
            kind: AdviceKind::Voluntary,
            partly: false,
            profession: None,
            isco: Some(code.to_string()),
            reference_de: Some(group.name("de").to_string()),
            text: tr.t1(
                "recognition-voluntary",
                "occupation",
                group.name(lang).to_string(),
            ),
            text_de: de.t1(
                "recognition-voluntary",
                "occupation",
                group.name("de").to_string(),
            ),
            note: None,
            note_de: None,
            competent_de: None,
            legal_basis_de: None,
            documents: Vec::new(),
            documents_de: Vec::new(),
            document_ids: Vec::new(),
        });
    }
    out
}

/// The notice for one regulated profession.
fn profession_advice(
    reference: &Reference,
    p: &RegulatedProfession,
    partly: bool,
    tr: Tr<'_>,
    de: Tr<'_>,
) -> RecognitionAdvice {
    let say = |t: Tr<'_>| {
        let case = t.t1(p.case.message_id(), "occupation", t.t(&p.name_id()));
        if partly {
            let only = t.t1("recognition-partly", "occupation", t.t(&p.name_id()));
            format!("{only} {case}")
        } else {
            case
        }
    };
    // Papers only where a procedure is the way, and the profession is certainly the
    // client's (not "only if this was your work").
    let papers = if partly || p.case == RecognitionCase::OwnRoute {
        Vec::new()
    } else {
        reference.documents_for(p)
    };
    RecognitionAdvice {
        kind: p.case.into(),
        partly,
        profession: Some(p.id.clone()),
        isco: None,
        reference_de: Some(p.reference_de.clone()),
        text: say(tr),
        text_de: say(de),
        note: p.note_id().map(|id| tr.t(&id)),
        note_de: p.note_id().map(|id| de.t(&id)),
        competent_de: Some(p.competent_de.clone()),
        legal_basis_de: Some(p.legal_basis_de.clone()),
        documents: papers.iter().map(|id| tr.t(id)).collect(),
        documents_de: papers.iter().map(|id| de.t(id)).collect(),
        document_ids: papers,
    }
}
