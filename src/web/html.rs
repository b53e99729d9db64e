//! The portfolio as one self-contained HTML page for a phone (and for A4 paper).
//!
//! No script, no external font, image or style: one inline stylesheet whose hash the
//! server puts in its Content-Security-Policy, and an inline SVG chart. Every text a
//! client typed goes through maud's escaping. Labels are in the client's language
//! with German beneath, so the page serves the client and a German office alike.

use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sha2::{Digest, Sha256};

use crate::domain::checklist::{self, Catalog};
use crate::domain::portfolio::{CEFR_SKILLS, Portfolio};
use crate::domain::session::{ClientSession, answer_path};
use crate::domain::wording::{answer_text, choice_text, entries_of, entry_label};
use crate::i18n::{SHIPPED, Tr, format_date, format_stamp, is_rtl};

/// The page's only stylesheet: mobile first, then A4 print.
pub const CSS: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#111;background:#fff}\
main{max-width:46rem;margin:0 auto;padding:1rem}\
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;border-bottom:2px solid #1f4e79}\
h3{font-size:1.05rem;margin:1rem 0 .3rem}\
.de{display:block;font-size:.8em;color:#555;font-weight:normal}\
.status{padding:.5rem .7rem;border-radius:.3rem;background:#fff4ce;border:1px solid #d8b600}\
.status.reviewed{background:#e3f4e1;border-color:#3a8c34}\
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:start;vertical-align:top}\
th{background:#eef3f8}\
dl{margin:.3rem 0}dt{font-weight:600;margin-top:.5rem}dd{margin:0 0 0 1rem;white-space:pre-wrap;overflow-wrap:anywhere}\
[dir=rtl] dd{margin:0 1rem 0 0}\
.notice{border-inline-start:4px solid #b35c00;padding:.2rem .7rem;margin:.6rem 0;background:#fdf1e6}\
svg{max-width:100%;height:auto}\
ol,ul{padding-inline-start:1.3rem}\
footer{margin-top:2rem;font-size:.85rem;color:#444}\
@page{size:A4;margin:16mm 14mm}\
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}footer a{color:#000}\
h2{break-after:avoid}section,tr,dl>div{break-inside:avoid}.status{background:none}.noprint{display:none}}";

/// The `style-src` source of [`CSS`] for the Content-Security-Policy.
pub static CSS_HASH: LazyLock<String> = LazyLock::new(|| {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(CSS.as_bytes()))
    )
});

/// Labels in the client's language, with German beneath when that is another one.
#[derive(Clone, Copy)]
struct Labels<'a> {
    tr: Tr<'a>,
    de: Option<Tr<'static>>,
}

impl Labels<'_> {
    fn new(lang: &str) -> Labels<'_> {
        Labels {
            tr: Tr::new(lang),
            de: (!lang.starts_with("de")).then(|| Tr::new("de")),
        }
    }

    /// Message `id` in both languages.
    fn both(&self, id: &str) -> Markup {
        self.pair(self.tr.t(id), self.de.map(|de| de.t(id)))
    }

    fn pair(&self, own: String, german: Option<String>) -> Markup {
        html! {
            (own)
            @if let Some(german) = german.filter(|g| *g != own) {
                span.de lang="de" dir="ltr" { (german) }
            }
        }
    }
}

/// The full page of `portfolio` (derived from `client`), made at `now`, with a
/// link to its JSON form at `json_href` when it is served.
pub fn render(
    portfolio: &Portfolio,
    client: &ClientSession,
    catalog: &Catalog,
    now: DateTime<Utc>,
    json_href: Option<&str>,
) -> String {
    let lang = portfolio.language.as_str();
    let l = Labels::new(lang);
    let tr = l.tr;
    let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
    let today = now.date_naive();
    let made = |t: Tr<'_>| t.t1("page-made", "date", format_date(t.lang, today));
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex, nofollow";
                meta name="referrer" content="no-referrer";
                title { (tr.t("page-title")) }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    header {
                        h1 { (l.both("page-title")) }
                        @if let Some(review) = &portfolio.reviewed {
                            p.status.reviewed {
                                (l.pair(
                                    tr.t2("page-reviewed", ("name", review.by.clone().into()), ("date", format_stamp(lang, &review.at).into())),
                                    l.de.map(|de| de.t2("page-reviewed", ("name", review.by.clone().into()), ("date", format_stamp("de", &review.at).into()))),
                                ))
                            }
                        } @else {
                            p.status { (l.both("page-self-assessment")) }
                        }
                        p { (l.pair(made(tr), l.de.map(made))) }
                    }
                    (timeline(l, portfolio, catalog))
                    (competences(l, portfolio, catalog))
                    (languages(l, portfolio))
                    (recognition(l, portfolio))
                    (advisor_part(l, portfolio))
                    (answers(l, client, catalog))
                    @if let Some(href) = json_href {
                        footer { p.noprint { a href=(href) { (l.both("page-json")) } } }
                    }
                }
            }
        }
    }
    .into_string()
}

fn timeline(l: Labels<'_>, portfolio: &Portfolio, catalog: &Catalog) -> Markup {
    if portfolio.timeline.is_empty() {
        return html! {};
    }
    let stage_name = |s: &str| {
        catalog
            .item("life", "stage")
            .map(|i| choice_text(l.tr, "life", i, s))
            .unwrap_or_default()
    };
    html! {
        section #timeline {
            h2 { (l.both("summary-timeline")) }
            ol {
                @for stage in &portfolio.timeline {
                    li {
                        @if let Some(from) = stage.from {
                            bdi { (from) "–" (stage.to.map(|t| t.to_string()).unwrap_or_default()) } " "
                        }
                        strong { (stage.stage.as_deref().map(stage_name).unwrap_or_default()) }
                        @if let Some(place) = &stage.place { ", " (place) }
                    }
                }
            }
        }
    }
}

/// Competences: a bar chart of the groups (SVG), then every rated competence with
/// the client's and the advisor's rating side by side.
fn competences(l: Labels<'_>, portfolio: &Portfolio, catalog: &Catalog) -> Markup {
    if portfolio.competences.is_empty() {
        return html! {};
    }
    let groups = portfolio.competence_groups();
    let rtl = is_rtl(l.tr.lang);
    const ROW: usize = 34;
    const WIDTH: f64 = 360.0;
    const LABEL: f64 = 150.0;
    let height = groups.len() * ROW + 24;
    let section = catalog.section("competences");
    let name = |group: &str, id: &str| {
        section
            .and_then(|s| {
                let item = s.items.iter().find(|i| i.id == group)?;
                Some(crate::domain::wording::competence_text(
                    l.tr,
                    "competences",
                    item,
                    id,
                ))
            })
            .unwrap_or_else(|| id.to_string())
    };
    html! {
        section #competences {
            h2 { (l.tr.t("summary-competences")) @if let Some(de) = l.de { span.de lang="de" dir="ltr" { (de.t("summary-competences")) } } }
            svg role="img" viewBox=(format!("0 0 {} {height}", LABEL + WIDTH + 40.0)) width=(LABEL + WIDTH + 40.0) height=(height) {
                title { (l.tr.t("summary-competences")) }
                @for (n, (group, count, average)) in groups.iter().enumerate() {
                    @let y = n * ROW + 4;
                    @let bar = WIDTH * average / 3.0;
                    @let (text_x, anchor, bar_x) = if rtl { (LABEL + WIDTH + 40.0 - 4.0, "end", LABEL + WIDTH + 40.0 - LABEL - bar) } else { (4.0, "start", LABEL) };
                    text x=(text_x) y=(y + 20) font-size="14" text-anchor=(anchor) fill="#111" { (l.tr.t(&format!("summary-group-{group}"))) }
                    rect x=(format!("{bar_x:.1}")) y=(y + 4) width=(format!("{bar:.1}")) height="22" fill="#1f4e79" {}
                    text x=(if rtl { format!("{:.1}", bar_x - 4.0) } else { format!("{:.1}", bar_x + bar + 4.0) }) y=(y + 20) font-size="13" text-anchor=(if rtl { "end" } else { "start" }) fill="#111" {
                        (format!("{average:.1}")) " (" (count) ")"
                    }
                }
                @for (n, level) in ["A", "B", "C"].iter().enumerate() {
                    @let x = if rtl { LABEL + WIDTH + 40.0 - LABEL - WIDTH * (n as f64 + 1.0) / 3.0 } else { LABEL + WIDTH * (n as f64 + 1.0) / 3.0 };
                    line x1=(format!("{x:.1}")) x2=(format!("{x:.1}")) y1="0" y2=(height - 16) stroke="#999" stroke-dasharray="3 3" {}
                    text x=(format!("{x:.1}")) y=(height - 2) font-size="12" text-anchor="middle" fill="#333" { (level) }
                }
            }
            p { (l.tr.t("scale-legend")) }
            table {
                thead { tr { th {} th { (l.both("page-self-rating")) } th { (l.both("page-advisor-rating")) } } }
                tbody {
                    @for c in &portfolio.competences {
                        tr {
                            td { (name(&c.group, &c.id)) }
                            td { (c.self_rating.as_deref().unwrap_or("–")) }
                            td { (c.advisor_rating.as_deref().unwrap_or("–")) }
                        }
                    }
                }
            }
        }
    }
}

/// Languages on the CEFR self-assessment grid.
fn languages(l: Labels<'_>, portfolio: &Portfolio) -> Markup {
    if portfolio.languages.is_empty() {
        return html! {};
    }
    html! {
        section #languages {
            h2 { (l.both("summary-languages")) }
            table {
                thead {
                    tr {
                        th {}
                        @for skill in CEFR_SKILLS { th { (l.both(&format!("skill-{skill}"))) } }
                    }
                }
                tbody {
                    @for language in &portfolio.languages {
                        tr {
                            th { (language.language) }
                            @if language.mother_tongue {
                                td colspan="5" { (l.both("summary-mother-tongue")) }
                            } @else {
                                @for skill in CEFR_SKILLS {
                                    td { (language.skills.get(skill).cloned().flatten().unwrap_or_else(|| "–".into())) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What recognition means for the client (each notice with its authority, law and
/// note), where to get free advice, the source, and the papers to bring.
fn recognition(l: Labels<'_>, portfolio: &Portfolio) -> Markup {
    let bring = portfolio.documents_to_bring(l.tr.lang);
    let de = |text: &str| l.de.map(|_| text.to_string());
    html! {
        @for advice in &portfolio.recognition {
            div.notice {
                p { (l.pair(advice.text.clone(), de(&advice.text_de))) }
                @if let (Some(note), Some(note_de)) = (&advice.note, &advice.note_de) {
                    p { (l.pair(format!("{} {note}", l.tr.t("recognition-note")), l.de.map(|d| format!("{} {note_de}", d.t("recognition-note"))))) }
                }
                @if let Some(reference) = &advice.reference_de {
                    p lang="de" { strong { (l.tr.t("recognition-reference")) } " " (reference) @if let Some(code) = &advice.isco { " (ISCO-08 " (code) ")" } }
                }
                @if let Some(competent) = &advice.competent_de {
                    p lang="de" { strong { (l.tr.t("page-authority")) } " " (competent) }
                }
                @if let Some(law) = &advice.legal_basis_de {
                    p lang="de" { strong { (l.tr.t("page-legal-basis")) } " " (law) }
                }
            }
        }
        @if !portfolio.recognition.is_empty() {
            p.help {
                (l.pair(l.tr.t("recognition-help"), l.de.map(|d| d.t("recognition-help"))))
                br;
                a href="https://www.anerkennung-in-deutschland.de" { "www.anerkennung-in-deutschland.de" }
                " · "
                a href="https://www.netzwerk-iq.de" { "www.netzwerk-iq.de" }
            }
            p.source { small { (l.pair(l.tr.t("recognition-source"), l.de.map(|d| d.t("recognition-source")))) } }
        }
        @if !bring.is_empty() {
            section #bring {
                h2 { (l.both("summary-bring")) }
                ul { @for (own, german) in &bring { li { (l.pair(own.clone(), de(german))) } } }
            }
        }
    }
}

/// What the advisor added: notes for the portfolio, the plan, documents seen.
fn advisor_part(l: Labels<'_>, portfolio: &Portfolio) -> Markup {
    html! {
        @if !portfolio.advisor_notes.is_empty() {
            section #advisor-notes {
                h2 { (l.both("page-advisor-notes")) }
                dl {
                    @for note in &portfolio.advisor_notes {
                        div { dt { (l.both(&checklist::section_key(&note.section))) } dd { (note.text) } }
                    }
                }
            }
        }
        @if !portfolio.plan.is_empty() {
            section #plan {
                h2 { (l.both("page-plan")) }
                ol {
                    @for step in &portfolio.plan {
                        li {
                            @if let Some(date) = step.date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()) {
                                strong { bdi { (format_date(l.tr.lang, date)) } } " "
                            }
                            (step.step)
                        }
                    }
                }
            }
        }
        @if !portfolio.documents_checked.is_empty() {
            section #documents-checked {
                h2 { (l.both("page-documents-checked")) }
                ul {
                    @for d in &portfolio.documents_checked {
                        li lang="de" {
                            (d.document) " — "
                            span lang=(l.tr.lang) { (l.tr.t(if d.status == "verified" { "adv-doc-verified" } else { "adv-doc-seen" })) }
                        }
                    }
                }
            }
        }
    }
}

/// Every answer, section by section, question in both languages.
fn answers(l: Labels<'_>, client: &ClientSession, catalog: &Catalog) -> Markup {
    let item_rows = |section: &checklist::Section, entry: Option<&str>| -> Vec<(String, Markup)> {
        section
            .items
            .iter()
            .filter_map(|item| {
                let answer = client
                    .answers
                    .get(&answer_path(&section.id, entry, &item.id))?;
                let key = checklist::item_key(&section.id, &item.id);
                let own = answer_text(l.tr, section, &item.id, answer);
                let german = l
                    .de
                    .map(|de| answer_text(de, section, &item.id, answer))
                    .filter(|g| *g != own && !matches!(answer, crate::domain::session::Answer::Text(_)));
                Some((
                    key,
                    html! { (own) @if let Some(g) = german { span.de lang="de" dir="ltr" { (g) } } },
                ))
            })
            .collect()
    };
    html! {
        section #answers {
            h2 { (l.both("page-answers")) }
            @for section in &catalog.sections {
                @let entries = if section.repeat { entries_of(&client.answers, &section.id) } else { Vec::new() };
                @let single = if section.repeat { Vec::new() } else { item_rows(section, None) };
                @if !single.is_empty() || !entries.is_empty() {
                    h3 { (l.both(&checklist::section_key(&section.id))) }
                    @for (n, entry) in entries.iter().enumerate() {
                        h4 { (n + 1) ". " (entry_label(l.tr, &client.answers, section, entry)) }
                        dl { @for (key, value) in item_rows(section, Some(entry)) { div { dt { (l.both(&key)) } dd { (value) } } } }
                    }
                    @if !single.is_empty() {
                        dl { @for (key, value) in single { div { dt { (l.both(&key)) } dd { (value) } } } }
                    }
                }
            }
        }
    }
}

/// The one page every unknown, expired or withdrawn link gets, in every language.
pub fn not_found() -> String {
    html! {
        (DOCTYPE)
        html lang="de" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex, nofollow";
                title { "404" }
                style { (PreEscaped(CSS)) }
            }
            body {
                main {
                    @for lang in SHIPPED {
                        p lang=(lang) dir=(if is_rtl(lang) { "rtl" } else { "ltr" }) { (Tr::new(lang).t("page-not-found")) }
                    }
                }
            }
        }
    }
    .into_string()
}
