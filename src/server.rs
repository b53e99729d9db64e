//! The portfolio server: `{base_url}/p/{token}` (HTML), `{base_url}/p/{token}.json`
//! and `/healthz`, on axum with a small tokio runtime of its own thread(s).
//!
//! Unknown, expired and withdrawn tokens get one and the same 404 page. An address
//! that keeps missing is slowed down, so nobody can try tokens quickly (they are
//! 128 random bits, so this is a second wall, not the first).

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{SecondsFormat, Utc};

use crate::catalog::Catalog;
use crate::page;
use crate::portfolio;
use crate::store::{Store, StoreError};

/// Misses an address may make before it is slowed down.
const FREE_MISSES: u32 = 10;
/// After this long without a miss an address starts afresh.
const MISS_WINDOW: Duration = Duration::from_secs(10 * 60);
/// Longest wait put on one request.
const MAX_DELAY: Duration = Duration::from_secs(10);
/// Most addresses remembered (the oldest are forgotten first).
const MAX_TRACKED: usize = 10_000;

/// The Content-Security-Policy of every response: nothing may load or run but the
/// page's own stylesheet.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src {}; img-src 'none'; base-uri 'none'; \
         form-action 'none'; frame-ancestors 'none'",
        *page::CSS_HASH
    )
}

/// Misses per address.
#[derive(Default)]
struct Limiter {
    misses: HashMap<IpAddr, (u32, Instant)>,
}

impl Limiter {
    /// How long a request from `ip` waits before it is answered.
    fn delay(&mut self, ip: IpAddr, now: Instant) -> Duration {
        match self.misses.get(&ip) {
            Some((n, last)) if now.duration_since(*last) < MISS_WINDOW && *n >= FREE_MISSES => {
                let steps = (*n - FREE_MISSES).min(16);
                (Duration::from_millis(100) * 2u32.pow(steps)).min(MAX_DELAY)
            }
            _ => Duration::ZERO,
        }
    }

    fn miss(&mut self, ip: IpAddr, now: Instant) {
        if self.misses.len() >= MAX_TRACKED {
            self.misses
                .retain(|_, (_, last)| now.duration_since(*last) < MISS_WINDOW);
            if self.misses.len() >= MAX_TRACKED {
                self.misses.clear();
            }
        }
        let entry = self.misses.entry(ip).or_insert((0, now));
        if now.duration_since(entry.1) >= MISS_WINDOW {
            entry.0 = 0;
        }
        entry.0 += 1;
        entry.1 = now;
        if entry.0 == FREE_MISSES {
            tracing::warn!(%ip, "many unknown portfolio links from one address; slowing it down");
        }
    }
}

/// Pages made, by session, its last change, the day, and the token for HTML (its
/// JSON link names it) or `None` for JSON: a page is made again only when the
/// client's answers changed.
type PageCache = HashMap<(i64, String, chrono::NaiveDate, Option<String>), Arc<str>>;

/// Pages kept at most (the cache is emptied when full).
const CACHED_PAGES: usize = 512;

struct Shared {
    db: PathBuf,
    catalog: Catalog,
    pages: Mutex<PageCache>,
    readers: Mutex<Vec<Store>>,
    limiter: Mutex<Limiter>,
    csp: HeaderValue,
}

impl Shared {
    /// Runs `f` on a pooled read connection.
    fn with_reader<T>(&self, f: impl FnOnce(&Store) -> T) -> Result<T, StoreError> {
        let pooled = self.readers.lock().map(|mut r| r.pop()).unwrap_or(None);
        let store = match pooled {
            Some(s) => s,
            None => Store::open_reader(&self.db)?,
        };
        let out = f(&store);
        if let Ok(mut readers) = self.readers.lock() {
            readers.push(store);
        }
        Ok(out)
    }
}

/// A running portfolio server.
pub struct PortfolioServer {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl PortfolioServer {
    /// Binds `bind` (port 0 picks a free port) and serves the database at `db` on
    /// `threads` worker threads, in the background.
    pub fn start(
        bind: SocketAddr,
        db: PathBuf,
        catalog: Catalog,
        threads: usize,
    ) -> io::Result<Self> {
        let listener = std::net::TcpListener::bind(bind)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads.max(1))
            .thread_name("portfolio-server")
            .enable_io()
            .enable_time()
            .build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let router = router(db, catalog);
        let thread = std::thread::Builder::new()
            .name("portfolio-server".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = match tokio::net::TcpListener::from_std(listener) {
                        Ok(l) => l,
                        Err(e) => {
                            tracing::error!(error = %e, "portfolio server cannot listen");
                            return;
                        }
                    };
                    let service = router.into_make_service_with_connect_info::<SocketAddr>();
                    if let Err(e) = axum::serve(listener, service)
                        .with_graceful_shutdown(async {
                            let _ = stopped.await;
                        })
                        .await
                    {
                        tracing::error!(error = %e, "portfolio server stopped");
                    }
                });
            })?;
        tracing::info!(%addr, "portfolio server listening");
        Ok(Self {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until the process ends.
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for PortfolioServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn router(db: PathBuf, catalog: Catalog) -> Router {
    let shared = Arc::new(Shared {
        db,
        catalog,
        pages: Mutex::new(HashMap::new()),
        readers: Mutex::new(Vec::new()),
        limiter: Mutex::new(Limiter::default()),
        csp: HeaderValue::from_str(&content_security_policy())
            .unwrap_or(HeaderValue::from_static("default-src 'none'")),
    });
    Router::new()
        .route("/healthz", get(healthz))
        .route("/p/{token}", get(portfolio_page))
        .fallback(not_found_handler)
        .layer(axum::middleware::map_response_with_state(
            Arc::clone(&shared),
            secure_headers,
        ))
        .with_state(shared)
}

async fn secure_headers(State(shared): State<Arc<Shared>>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, shared.csp.clone());
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        "x-robots-tag",
        HeaderValue::from_static("noindex, nofollow, noarchive"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

async fn healthz(State(shared): State<Arc<Shared>>) -> Response {
    let check = tokio::task::spawn_blocking(move || {
        shared.with_reader(|s| {
            s.connection()
                .query_row("SELECT count(*) FROM link", [], |r| r.get::<_, i64>(0))
                .map_err(StoreError::from)
        })
    })
    .await;
    match check {
        Ok(Ok(Ok(_))) => (StatusCode::OK, "ok\n").into_response(),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response(),
    }
}

fn not_found() -> Response {
    static PAGE: std::sync::LazyLock<String> = std::sync::LazyLock::new(page::not_found);
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    (StatusCode::NOT_FOUND, headers, PAGE.as_str()).into_response()
}

async fn not_found_handler() -> Response {
    not_found()
}

/// A cached page handed to the response without copying it.
struct ArcText(Arc<str>);

impl AsRef<[u8]> for ArcText {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// What a lookup found.
enum Found {
    Html(Arc<str>),
    Json(Arc<str>),
    Missing,
}

async fn portfolio_page(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(token): Path<String>,
) -> Response {
    let ip = peer.ip();
    let delay = shared
        .limiter
        .lock()
        .map(|mut l| l.delay(ip, Instant::now()))
        .unwrap_or_default();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let (token, json) = match token.strip_suffix(".json") {
        Some(t) => (t.to_string(), true),
        None => (token, false),
    };
    // A lookup is one indexed query and, mostly, a cached page: microseconds, so it
    // runs right here; a hop to tokio's blocking pool cost more than the lookup
    // (measured: 43k against 60k+ requests/s). A page made afresh takes ~40 µs more.
    let found: Result<_, std::convert::Infallible> = Ok(lookup(&shared, &token, json));
    match found {
        Ok(Ok(Found::Html(body))) => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            axum::body::Bytes::from_owner(ArcText(body)),
        )
            .into_response(),
        Ok(Ok(Found::Json(body))) => (
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            axum::body::Bytes::from_owner(ArcText(body)),
        )
            .into_response(),
        Ok(Ok(Found::Missing)) => {
            if let Ok(mut l) = shared.limiter.lock() {
                l.miss(ip, Instant::now());
            }
            not_found()
        }
        Ok(Err(e)) => {
            tracing::error!(error = %e, "portfolio lookup failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "Please try again in a moment.\n",
            )
                .into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn lookup(shared: &Shared, token: &str, json: bool) -> Result<Found, StoreError> {
    let now = Utc::now();
    let found = shared.with_reader(|s| -> Result<_, StoreError> {
        let Some((id, code, updated_at)) = s.resolve_link_meta(token, now)? else {
            return Ok(None);
        };
        let key = (
            id,
            updated_at,
            now.date_naive(),
            (!json).then(|| token.to_string()),
        );
        if let Some(page) = shared.pages.lock().ok().and_then(|p| p.get(&key).cloned()) {
            return Ok(Some(page));
        }
        let Some(client) = crate::code::ClientCode::parse(&code)
            .ok()
            .map(|c| s.load_session(&c))
            .transpose()?
            .flatten()
        else {
            return Ok(None);
        };
        let portfolio = portfolio::derive(&client, &shared.catalog, &client.language);
        let body: Arc<str> = if json {
            to_json(&portfolio, now).into()
        } else {
            let href = format!("{token}.json");
            page::render(&portfolio, &client, &shared.catalog, now, Some(&href)).into()
        };
        if let Ok(mut pages) = shared.pages.lock() {
            if pages.len() >= CACHED_PAGES {
                pages.clear();
            }
            pages.insert(key, Arc::clone(&body));
        }
        Ok(Some(body))
    })??;
    Ok(match found {
        None => Found::Missing,
        Some(body) if json => Found::Json(body),
        Some(body) => Found::Html(body),
    })
}

/// The portfolio's JSON form, with the moment it was made.
pub fn to_json(portfolio: &portfolio::Portfolio, now: chrono::DateTime<Utc>) -> String {
    let mut value = serde_json::to_value(portfolio).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "generated_at".into(),
            now.to_rfc3339_opts(SecondsFormat::Secs, true).into(),
        );
    }
    // `<`, `>` and `&` occur only inside strings; as \u escapes they cannot close a
    // tag even if some program pastes the JSON into HTML.
    serde_json::to_string_pretty(&value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misses_slow_an_address_down_and_it_recovers() {
        let mut l = Limiter::default();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        let t = Instant::now();
        for _ in 0..FREE_MISSES {
            assert_eq!(l.delay(ip, t), Duration::ZERO);
            l.miss(ip, t);
        }
        assert_eq!(l.delay(ip, t), Duration::from_millis(100));
        l.miss(ip, t);
        assert_eq!(l.delay(ip, t), Duration::from_millis(200));
        for _ in 0..30 {
            l.miss(ip, t);
        }
        assert_eq!(l.delay(ip, t), MAX_DELAY);
        assert_eq!(l.delay(other, t), Duration::ZERO);
        assert_eq!(l.delay(ip, t + MISS_WINDOW), Duration::ZERO);
    }
}
