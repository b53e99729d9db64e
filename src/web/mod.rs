//! The portfolio server: `{base_url}/p/{token}` (HTML), `{base_url}/p/{token}.json`
//! and `/healthz`, on axum with a small tokio runtime of its own thread(s).
//!
//! Unknown, expired and withdrawn tokens get one and the same 404 page. Misses are
//! answered late once an address (or everybody together) keeps missing, so nobody
//! can try tokens quickly (they are 128 random bits, so this is a second wall, not
//! the first); a valid token is always answered at once.
//!
//! The server stays up: it takes at most [`MAX_CONNECTIONS`] connections (and
//! [`MAX_CONNECTIONS_PER_ADDRESS`] from one address), closes a connection that sends
//! no request within [`HEADER_TIMEOUT`] (also between requests), and answers "try
//! again" (503) at once when the database is held by another program or its file
//! is gone.

pub mod export;
pub mod html;

pub use export::to_json;

use std::collections::HashMap;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;

use crate::domain::checklist::Catalog;

use crate::domain::portfolio;
use crate::store::{Store, StoreError};

/// Misses an address may make within [`MISS_WINDOW`] before its misses are slowed.
const FREE_MISSES: u32 = 10;
/// Misses everybody together may make within [`MISS_WINDOW`] before all are slowed.
const FREE_MISSES_OVERALL: u32 = 200;
/// After this long without a miss an address starts afresh.
const MISS_WINDOW: Duration = Duration::from_secs(10 * 60);
/// The first delay of a slowed miss; it doubles with every further miss.
const FIRST_DELAY: Duration = Duration::from_millis(100);
/// Longest wait put on one miss.
const MAX_DELAY: Duration = Duration::from_secs(10);
/// Spacing of slowed misses over all addresses together.
const OVERALL_SPACING: Duration = Duration::from_millis(50);
/// Most addresses remembered; beyond, new addresses count only overall.
const MAX_TRACKED: usize = 10_000;
/// Most connections at once.
pub const MAX_CONNECTIONS: usize = 512;
/// Most connections at once from one address.
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 64;
/// A connection that sends no complete request head for this long is closed (also
/// while it idles between requests).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(8);
/// How long a lookup waits for a database another program holds before it answers
/// "try again" (503): a held database must not hold up every phone.
const READER_BUSY: Duration = Duration::from_millis(250);

/// The Content-Security-Policy of every response: nothing may load or run but the
/// page's own stylesheet.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src {}; img-src 'none'; base-uri 'none'; \
         form-action 'none'; frame-ancestors 'none'",
        *html::CSS_HASH
    )
}

/// Who a miss is counted against: the address, or for IPv6 its /64 network (one
/// machine commonly holds a whole /64).
fn miss_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// Misses of one address.
#[derive(Debug, Clone, Copy)]
struct MissCount {
    count: u32,
    last: Instant,
    /// The earliest moment its next slowed miss may be answered.
    next_release: Instant,
}

/// When misses are answered. Slowed misses of one address are answered one after
/// the other, `delay` apart, however many arrive at once; past the overall budget
/// every miss also waits its turn on one line for all addresses. The table is
/// bounded and is never wiped to make room.
struct Limiter {
    by_address: HashMap<IpAddr, MissCount>,
    overall: MissCount,
}

impl Limiter {
    fn new(now: Instant) -> Self {
        Self {
            by_address: HashMap::new(),
            overall: MissCount {
                count: 0,
                last: now,
                next_release: now,
            },
        }
    }

    /// Counts a miss from `ip` at `now`; returns when it may be answered.
    fn miss(&mut self, ip: IpAddr, now: Instant) -> Instant {
        let key = miss_key(ip);
        if !self.by_address.contains_key(&key) && self.by_address.len() >= MAX_TRACKED {
            self.by_address
                .retain(|_, m| now.duration_since(m.last) < MISS_WINDOW || m.next_release > now);
        }
        let mut release = now;
        let tracked = self.by_address.len() < MAX_TRACKED || self.by_address.contains_key(&key);
        if tracked {
            let entry = self.by_address.entry(key).or_insert(MissCount {
                count: 0,
                last: now,
                next_release: now,
            });
            release = release.max(Self::count(entry, FREE_MISSES, FIRST_DELAY, now));
            if entry.count == FREE_MISSES + 1 {
                tracing::warn!("many unknown portfolio links from one address; slowing it down");
            }
        }
        let overall_free = if tracked { FREE_MISSES_OVERALL } else { 0 };
        let overall = &mut self.overall;
        if now.duration_since(overall.last) >= MISS_WINDOW {
            overall.count = 0;
        }
        overall.count += 1;
        overall.last = now;
        if overall.count > overall_free {
            let at = overall.next_release.max(release) + OVERALL_SPACING;
            overall.next_release = at;
            release = release.max(at);
        }
        // No miss is held longer than this: a held answer holds a connection.
        release.min(now + MAX_DELAY * 3)
    }

    fn count(entry: &mut MissCount, free: u32, first: Duration, now: Instant) -> Instant {
        if now.duration_since(entry.last) >= MISS_WINDOW && entry.next_release <= now {
            entry.count = 0;
        }
        entry.count += 1;
        entry.last = now;
        if entry.count <= free {
            return now;
        }
        let steps = (entry.count - free - 1).min(16);
        let delay = (first * 2u32.pow(steps)).min(MAX_DELAY);
        let at = entry.next_release.max(now) + delay;
        entry.next_release = at;
        at
    }

    /// Addresses remembered.
    #[cfg(test)]
    fn tracked(&self) -> usize {
        self.by_address.len()
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
    /// Runs `f` on a pooled read connection. A connection whose file was removed
    /// or replaced is not pooled again.
    fn with_reader<T>(&self, f: impl FnOnce(&mut Store) -> T) -> Result<T, StoreError> {
        let pooled = self.readers.lock().map(|mut r| r.pop()).unwrap_or(None);
        let mut store = match pooled {
            Some(s) => s,
            None => Store::open_reader(&self.db, READER_BUSY)?,
        };
        let out = f(&mut store);
        if store.fault().is_none()
            && let Ok(mut readers) = self.readers.lock()
        {
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
                    serve(listener, router, stopped).await;
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

/// Connections open now, in all and per address.
#[derive(Default)]
struct ConnectionCount {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

/// One open connection, counted until it ends.
struct Counted {
    counts: Arc<Mutex<ConnectionCount>>,
    address: IpAddr,
}

impl Counted {
    /// Counts a new connection from `address`, or `None` if the caps are reached.
    fn admit(counts: &Arc<Mutex<ConnectionCount>>, address: IpAddr) -> Option<Self> {
        let mut c = counts.lock().ok()?;
        let here = c.by_address.get(&address).copied().unwrap_or(0);
        if c.total >= MAX_CONNECTIONS || here >= MAX_CONNECTIONS_PER_ADDRESS {
            return None;
        }
        c.total += 1;
        c.by_address.insert(address, here + 1);
        Some(Self {
            counts: Arc::clone(counts),
            address,
        })
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        if let Ok(mut c) = self.counts.lock() {
            c.total = c.total.saturating_sub(1);
            if let Some(n) = c.by_address.get_mut(&self.address) {
                *n -= 1;
                if *n == 0 {
                    c.by_address.remove(&self.address);
                }
            }
        }
    }
}

/// Accepts connections until `stopped`: each within the caps is served over HTTP/1
/// with the header timeout; one past a cap is closed at once. Running out of file
/// descriptors pauses accepting briefly instead of spinning.
async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let counts = Arc::new(Mutex::new(ConnectionCount::default()));
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut stopped => return,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                tracing::warn!(error = %e, "cannot accept a connection now");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(counted) = Counted::admit(&counts, miss_key(peer.ip())) else {
            drop(stream);
            continue;
        };
        let router = router.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(
                move |request: hyper::Request<hyper::body::Incoming>| {
                    let mut request = request.map(axum::body::Body::new);
                    request.extensions_mut().insert(ConnectInfo(peer));
                    router.clone().oneshot(request)
                },
            );
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .max_buf_size(64 * 1024)
                .serve_connection(TokioIo::new(stream), service);
            let _ = connection.await;
            drop(counted);
        });
    }
}

fn router(db: PathBuf, catalog: Catalog) -> Router {
    let shared = Arc::new(Shared {
        db,
        catalog,
        pages: Mutex::new(HashMap::new()),
        readers: Mutex::new(Vec::new()),
        limiter: Mutex::new(Limiter::new(Instant::now())),
        csp: HeaderValue::from_str(&content_security_policy())
            .unwrap_or(HeaderValue::from_static("default-src 'none'")),
    });
    Router::new()
        .route("/healthz", get(healthz))
        .route("/p/{*token}", get(portfolio_page))
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
            s.check_file()?;
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
    static PAGE: std::sync::LazyLock<String> = std::sync::LazyLock::new(html::not_found);
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
    uri: axum::http::Uri,
) -> Response {
    // The token as sent, not percent-decoded: a token is URL-safe base64, so any
    // other byte (`%FF` too) is simply a token that does not exist.
    let raw = uri.path().strip_prefix("/p/").unwrap_or_default();
    let (token, json) = match raw.strip_suffix(".json") {
        Some(t) => (t, true),
        None => (raw, false),
    };
    let well_formed = !token.is_empty()
        && token.len() <= 64
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    // A lookup is one indexed query and, mostly, a cached page: microseconds, so it
    // runs right here; a hop to tokio's blocking pool cost more than the lookup
    // (measured: 43k against 60k+ requests/s). A page made afresh takes ~40 µs more.
    let found = if well_formed {
        lookup(&shared, token, json)
    } else {
        Ok(Found::Missing)
    };
    match found {
        Ok(Found::Html(body)) => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            axum::body::Bytes::from_owner(ArcText(body)),
        )
            .into_response(),
        Ok(Found::Json(body)) => (
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            axum::body::Bytes::from_owner(ArcText(body)),
        )
            .into_response(),
        Ok(Found::Missing) => {
            // Only misses wait: a valid token is never slowed, whoever else missed.
            let now = Instant::now();
            let release = shared
                .limiter
                .lock()
                .map(|mut l| l.miss(peer.ip(), now))
                .unwrap_or(now);
            if release > now {
                tokio::time::sleep_until(release.into()).await;
            }
            not_found()
        }
        Err(e) => {
            tracing::error!(error = %e, "portfolio lookup failed");
            try_again()
        }
    }
}

/// "Please try again in a moment" (503), at once.
fn try_again() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Please try again in a moment.\n",
    )
        .into_response()
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
        let Some(client) = crate::domain::code::ClientCode::parse(&code)
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
            html::render(&portfolio, &client, &shared.catalog, now, Some(&href)).into()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u32) -> IpAddr {
        IpAddr::V4(std::net::Ipv4Addr::from(0x0a00_0000 + n))
    }

    #[test]
    fn misses_of_one_address_are_answered_one_after_the_other_and_it_recovers() {
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..FREE_MISSES {
            assert_eq!(l.miss(ip(7), t), t);
        }
        // 100 misses at the same moment (in parallel) are answered in a row,
        // each at least the growing delay after the one before.
        let releases: Vec<Instant> = (0..100).map(|_| l.miss(ip(7), t)).collect();
        assert_eq!(releases[0], t + FIRST_DELAY);
        assert_eq!(releases[1], t + FIRST_DELAY * 3);
        for pair in releases.windows(2) {
            assert!(pair[1] >= pair[0]);
            // One after the other, until the longest wait any miss is held.
            assert!(pair[1] > pair[0] || pair[1] == t + MAX_DELAY * 3);
        }
        assert_eq!(*releases.last().unwrap(), t + MAX_DELAY * 3);
        // Another address is not slowed by that one …
        assert_eq!(l.miss(ip(8), t), t);
        // … and the slowed one recovers after a quiet window.
        let later = t + MISS_WINDOW * 2;
        assert_eq!(l.miss(ip(7), later), later);
    }

    #[test]
    fn many_addresses_cannot_wipe_the_table_and_are_slowed_together() {
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..=FREE_MISSES {
            l.miss(ip(1), t);
        }
        for n in 2..(MAX_TRACKED as u32 + 2_000) {
            l.miss(ip(n), t);
        }
        assert!(l.tracked() <= MAX_TRACKED, "bounded");
        // The first address is still remembered and still slowed.
        assert!(l.miss(ip(1), t) > t);
        // Past the overall budget every miss waits its turn, new addresses too.
        assert!(l.miss(ip(999_999), t) > t);
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        assert_eq!(miss_key(a), miss_key(b));
        let t = Instant::now();
        let mut l = Limiter::new(t);
        for _ in 0..FREE_MISSES {
            l.miss(a, t);
        }
        assert!(l.miss(b, t) > t);
    }

    #[test]
    fn connections_are_capped_in_all_and_per_address() {
        let counts = Arc::new(Mutex::new(ConnectionCount::default()));
        let mut held = Vec::new();
        for _ in 0..MAX_CONNECTIONS_PER_ADDRESS {
            held.push(Counted::admit(&counts, ip(1)).unwrap());
        }
        assert!(Counted::admit(&counts, ip(1)).is_none());
        assert!(Counted::admit(&counts, ip(2)).is_some());
        held.pop();
        assert!(Counted::admit(&counts, ip(1)).is_some(), "a slot came free");
        let mut others = Vec::new();
        let mut n = 10;
        while let Some(c) = Counted::admit(&counts, ip(n)) {
            others.push(c);
            n += 1;
        }
        assert_eq!(counts.lock().unwrap().total, MAX_CONNECTIONS);
        drop(others);
        drop(held);
        assert_eq!(counts.lock().unwrap().total, 0);
    }
}
