//! Running the kiosk: carrying out effects against storage, and the terminal loop.

mod advisor_work;
pub mod input;

pub use advisor_work::{AdvisorEnv, carry_out};

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::execute;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};

use crate::kiosk::{self, App, Effect, Msg};
use crate::store::{Store, StoreError, StoreWorker};
use crate::ui::theme::Theme;

/// How often the loop wakes without input (idle countdown, saving typed text).
const TICK: Duration = Duration::from_millis(100);
/// How long the kiosk waits for queued saves when it stops.
const SHUTDOWN_FLUSH: Duration = Duration::from_secs(5);

/// What the terminal must do after a message.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Repaint every cell (a client left).
    pub clear: bool,
    /// End the program.
    pub quit: bool,
}

/// The state machine joined to real storage.
pub struct Kiosk {
    /// The state.
    pub app: App,
    store: StoreWorker,
    advisor: AdvisorEnv,
}

impl Kiosk {
    /// A kiosk on `store`.
    pub fn new(app: App, store: StoreWorker) -> Self {
        let advisor = AdvisorEnv {
            catalog: app.catalog.clone(),
            export_dir: None,
            default_export_dir: store.default_export_dir().to_path_buf(),
            terminal: app.settings.terminal.clone(),
        };
        Self {
            app,
            store,
            advisor,
        }
    }

    /// Exports made at the kiosk go to `dir` (default: `exports/` beside the database).
    pub fn with_export_dir(mut self, dir: Option<std::path::PathBuf>) -> Self {
        self.advisor.export_dir = dir;
        self
    }

    /// Applies `msg` and carries out every effect it leads to.
    pub fn handle(&mut self, msg: Msg, now: Instant) -> Outcome {
        let mut outcome = Outcome::default();
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for effect in kiosk::update(&mut self.app, msg, now) {
                match effect {
                    Effect::Write(change) => self.store.write(change),
                    Effect::Create(language) => {
                        queue.push(Msg::Created(self.store.create_session(&language)));
                    }
                    Effect::Load(code) => {
                        let terminal = &self.app.settings.terminal;
                        queue.push(Msg::Loaded(self.store.look_up_code(&code, terminal)));
                    }
                    Effect::CodeWait => {
                        let wait = self.store.code_wait(&self.app.settings.terminal);
                        queue.push(Msg::CodeWait(wait.unwrap_or_default()));
                    }
                    Effect::MakeLink(session) => {
                        let days = self.app.settings.link_ttl_days;
                        queue.push(Msg::LinkMade(self.store.new_link(&session, days)));
                    }
                    Effect::Refresh(session, version) => self.store.refresh(session, version),
                    Effect::Advisor(op) => {
                        queue.push(Msg::Advisor(carry_out(op, &self.store, &self.advisor)))
                    }
                    Effect::ClearScreen => outcome.clear = true,
                    Effect::Quit => outcome.quit = true,
                }
            }
        }
        outcome
    }

    /// What the terminal reported, turned into what the person meant (see
    /// [`input`]) and applied.
    pub fn handle_event(&mut self, event: Event, now: Instant) -> Outcome {
        match input::message(&self.app, event) {
            Some(msg) => self.handle(msg, now),
            None => Outcome::default(),
        }
    }

    /// Feeds the storage thread's reports into the state.
    pub fn take_reports(&mut self, now: Instant) {
        let reports: Vec<_> = self.store.reports().collect();
        for report in reports {
            kiosk::update(&mut self.app, Msg::Save(report), now);
        }
    }

    /// Waits until every queued write is on disk (or `timeout` passes).
    pub fn flush(&mut self, timeout: Duration) -> bool {
        let done = self.store.flush(timeout);
        self.take_reports(Instant::now());
        done
    }
}

/// Flags the signal handlers set, and the event loop's heartbeat.
pub struct Signals {
    terminate: Arc<AtomicBool>,
    heartbeat: Arc<std::sync::atomic::AtomicU64>,
    watching: AtomicBool,
}

/// After SIGTERM/SIGHUP the loop has this long to save and stop before the watchdog
/// ends the process (the loop can be stuck in a terminal that has gone away).
const STOP_GRACE: Duration = Duration::from_secs(5);
/// A loop that has not come round for this long is stuck: the watchdog ends the
/// process with status 1 and systemd starts the kiosk again.
const STUCK_AFTER: Duration = Duration::from_secs(30);

fn seconds_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Signals {
    /// SIGTERM and SIGHUP end the kiosk cleanly; SIGINT, SIGQUIT and SIGTSTP are
    /// ignored, so no key combination can stop or suspend it.
    pub fn install() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let terminate = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTERM, Arc::clone(&terminate))?;
        signal_hook::flag::register(SIGHUP, Arc::clone(&terminate))?;
        let ignored = Arc::new(AtomicBool::new(false));
        for signal in [SIGINT, SIGQUIT, SIGTSTP] {
            signal_hook::flag::register(signal, Arc::clone(&ignored))?;
        }
        Ok(Self {
            terminate,
            heartbeat: Arc::new(std::sync::atomic::AtomicU64::new(seconds_now())),
            watching: AtomicBool::new(false),
        })
    }

    /// The event loop is alive.
    fn beat(&self) {
        self.heartbeat.store(seconds_now(), Ordering::Relaxed);
    }

    /// Starts the watchdog: when the terminal goes away, crossterm can keep the loop
    /// spinning inside `poll` (seen with tmux killed), deaf to SIGTERM and SIGHUP.
    /// Writes already queued reach the disk within the grace time; the storage
    /// thread commits each as it takes it.
    /// Every loop that owns the terminal runs under it (started once per process).
    fn watchdog(&self) {
        if self.watching.swap(true, Ordering::SeqCst) {
            return;
        }
        let terminate = Arc::clone(&self.terminate);
        let heartbeat = Arc::clone(&self.heartbeat);
        let _ = std::thread::Builder::new()
            .name("watchdog".into())
            .spawn(move || {
                let mut asked: Option<Instant> = None;
                loop {
                    std::thread::sleep(Duration::from_millis(250));
                    if terminate.load(Ordering::Relaxed) {
                        let since = *asked.get_or_insert_with(Instant::now);
                        if since.elapsed() > STOP_GRACE {
                            tracing::error!("the loop did not stop when asked; ending the process");
                            std::process::exit(0);
                        }
                    }
                    let last = heartbeat.load(Ordering::Relaxed);
                    if seconds_now().saturating_sub(last) > STUCK_AFTER.as_secs() {
                        tracing::error!(
                            "the event loop is stuck (terminal gone?); ending the process"
                        );
                        std::process::exit(1);
                    }
                }
            });
    }

    /// Whether SIGTERM or SIGHUP has arrived.
    pub fn terminating(&self) -> bool {
        self.terminate.load(Ordering::Relaxed)
    }
}

fn restore_extras() {
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
}

/// Runs the kiosk in the terminal until it is told to stop.
pub fn run_terminal(mut kiosk: Kiosk, signals: Signals) -> io::Result<()> {
    let mut terminal = ratatui::init();
    // ratatui's hook restores raw mode and the main screen; ours first turns off
    // mouse reporting and bracketed paste, so a crash never leaves them on.
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_extras();
        ratatui_hook(info);
    }));
    execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste)?;
    signals.beat();
    signals.watchdog();
    if kiosk.app.settings.rtl == crate::config::RtlMode::App {
        // The kiosk puts right-to-left text in visual order itself: ask terminals that
        // would reorder it again (VTE's BiDi mode) not to. Others ignore this.
        let mut out = io::stdout();
        out.write_all(b"\x1b[8l")?;
        out.flush()?;
    }
    let result = event_loop(&mut terminal, &mut kiosk, &signals);
    if !kiosk.flush(SHUTDOWN_FLUSH) {
        tracing::error!("some changes could not be saved before stopping");
    }
    restore_extras();
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    kiosk: &mut Kiosk,
    signals: &Signals,
) -> io::Result<()> {
    let size = terminal.size()?;
    kiosk.handle(Msg::Resize(size.width, size.height), Instant::now());
    let mut last_tick = Instant::now();
    loop {
        signals.beat();
        kiosk.take_reports(Instant::now());
        execute!(io::stdout(), BeginSynchronizedUpdate)?;
        terminal.draw(|frame| crate::view::view(&kiosk.app, frame))?;
        execute!(io::stdout(), EndSynchronizedUpdate)?;
        io::stdout().flush()?;

        if signals.terminating() {
            tracing::info!("asked to stop; saving");
            // Keys typed just before the signal may still wait unread: take them.
            let mut burst = InputBurst::default();
            while event::poll(Duration::ZERO).unwrap_or(false) {
                match event::read() {
                    Ok(ev) => {
                        burst.take(ev, kiosk);
                    }
                    Err(_) => break,
                }
            }
            burst.finish(kiosk);
            kiosk.handle(Msg::Terminate, Instant::now());
            return Ok(());
        }
        let mut outcome = Outcome::default();
        if event::poll(TICK)? {
            // Take everything that is waiting, so a paste or fast typing draws once.
            let mut burst = InputBurst::default();
            loop {
                let o = burst.take(event::read()?, kiosk);
                outcome.clear |= o.clear;
                outcome.quit |= o.quit;
                if outcome.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
            let o = burst.finish(kiosk);
            outcome.clear |= o.clear;
            outcome.quit |= o.quit;
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            let o = kiosk.handle(Msg::Tick, last_tick);
            outcome.clear |= o.clear;
            outcome.quit |= o.quit;
        }
        if outcome.clear {
            repaint_every_cell(terminal)?;
        }
        if outcome.quit {
            return Ok(());
        }
    }
}

/// The events read in one go. A pasted text that itself holds the terminal's
/// end-of-paste marker ends early, and the rest arrives as keys in the same burst:
/// those are taken as more pasted text, never as keys (they could open the advisor
/// login or leave the screen). No person types that fast after a paste.
#[derive(Default)]
struct InputBurst {
    paste: Option<String>,
}

impl InputBurst {
    fn take(&mut self, ev: Event, kiosk: &mut Kiosk) -> Outcome {
        use crossterm::event::{KeyCode, KeyEventKind};
        match (&mut self.paste, ev) {
            (Some(text), Event::Paste(more)) => {
                text.push_str(&more);
                Outcome::default()
            }
            (None, Event::Paste(text)) => {
                self.paste = Some(text);
                Outcome::default()
            }
            (Some(text), Event::Key(key)) => {
                if key.kind != KeyEventKind::Release {
                    match key.code {
                        KeyCode::Char(c) => text.push(c),
                        KeyCode::Enter => text.push('\n'),
                        KeyCode::Tab => text.push('\t'),
                        // What was an escape sequence inside the paste is dropped.
                        _ => {}
                    }
                }
                Outcome::default()
            }
            (_, ev) => {
                let mut outcome = self.finish(kiosk);
                let o = kiosk.handle_event(ev, Instant::now());
                outcome.clear |= o.clear;
                outcome.quit |= o.quit;
                outcome
            }
        }
    }

    /// Hands over a paste still being gathered.
    fn finish(&mut self, kiosk: &mut Kiosk) -> Outcome {
        match self.paste.take() {
            Some(text) => kiosk.handle_event(Event::Paste(text), Instant::now()),
            None => Outcome::default(),
        }
    }
}

/// Writes every cell of the screen once with a blank that no screen uses, so the next
/// frame rewrites every cell: nothing of the last client can stay anywhere, even
/// where the terminal lost track. (ratatui's `clear` asks the terminal for the cursor
/// position, and a terminal that does not answer would stop the kiosk.)
fn repaint_every_cell(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    terminal.draw(|frame| {
        for cell in frame.buffer_mut().content.iter_mut() {
            cell.reset();
            cell.set_symbol("\u{2007}");
        }
    })?;
    Ok(())
}

/// How often the fault screen tries the database again.
const STORAGE_RETRY: Duration = Duration::from_secs(5);

/// While the database cannot be used, shows staff why (in `lang` and English) and
/// tries again every few seconds; returns the store once it opens, or `None` when
/// the kiosk is asked to stop. Keys do nothing here.
pub fn wait_for_storage(
    db: &std::path::Path,
    first: StoreError,
    lang: &str,
    signals: &Signals,
) -> Option<Store> {
    let theme = Theme::new(
        crate::config::ThemeName::Default,
        Theme::no_color_requested(),
    );
    let mut terminal = ratatui::init();
    // A terminal that goes away can keep this loop in the event poll, deaf to
    // SIGTERM: the watchdog ends the process then, as in the kiosk's own loop.
    signals.beat();
    signals.watchdog();
    let mut error = first;
    let mut next_try = Instant::now() + STORAGE_RETRY;
    let result = loop {
        signals.beat();
        if signals.terminating() {
            break None;
        }
        let page = crate::view::fault_page(lang, &error);
        if terminal
            .draw(|f| crate::ui::render(&page, f.area(), &theme, f))
            .is_err()
        {
            break None;
        }
        match event::poll(Duration::from_millis(250)) {
            Ok(true) => {
                if event::read().is_err() {
                    break None;
                }
            }
            Ok(false) => {}
            Err(_) => break None,
        }
        if Instant::now() >= next_try {
            match Store::open_for_kiosk(db) {
                Ok(store) => {
                    tracing::info!("database usable again");
                    break Some(store);
                }
                Err(e) => {
                    if e != error {
                        tracing::error!(error = %e, "database still unusable");
                    }
                    error = e;
                    next_try = Instant::now() + STORAGE_RETRY;
                }
            }
        }
    };
    ratatui::restore();
    result
}
