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
mod limiter;

use limiter::{Limiter, miss_key};

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
