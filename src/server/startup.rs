//! Building the application: database, migrations, outbox worker, router, listener.

use super::config::Settings;
use super::db;
use super::http::routes::{router, session_layer};
use super::mail::{transport::Transport, worker};
use super::state::{AppState, Core};
use leptos::config::LeptosOptions;
use tokio::net::TcpListener;

/// Connects, migrates and assembles the shared core; fails at once if the database does not
/// answer (the command line).
pub async fn build_core(settings: Settings) -> Result<Core, String> {
    let pool = db::connect(&settings.database).await.map_err(|e| format!("cannot open database: {e}"))?;
    db::migrate(&pool).await.map_err(|e| format!("cannot apply migrations: {e}"))?;
    Core::new(settings, pool)
}

/// Like `build_core`, but while the database is unreachable it tries again with backoff (each
/// attempt logged) until `DATABASE_STARTUP_TIMEOUT_SECONDS` have passed (the server).
pub async fn build_core_patiently(settings: Settings) -> Result<Core, String> {
    let deadline = tokio::time::Instant::now() + settings.database_startup_timeout;
    let mut wait = std::time::Duration::from_millis(250);
    for attempt in 1.. {
        let error = match db::connect(&settings.database).await {
            Ok(pool) => match db::migrate(&pool).await {
                Ok(()) => return Core::new(settings, pool),
                Err(sqlx::migrate::MigrateError::Execute(e)) if db::is_unavailable(&e) => e,
                Err(e) => return Err(format!("cannot apply migrations: {e}")),
            },
            Err(e) if db::is_unavailable(&e) => e,
            Err(e) => return Err(format!("cannot open database: {e}")),
        };
        if tokio::time::Instant::now() + wait > deadline {
            return Err(format!("cannot open database after {attempt} attempts: {error}"));
        }
        tracing::warn!(attempt, retry_in_ms = wait.as_millis() as u64, %error, "database unavailable at startup; trying again");
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(std::time::Duration::from_secs(5));
    }
    unreachable!("the loop returns")
}

/// Starts the outbox worker for this core's `EMAIL_URL`.
pub fn spawn_outbox_worker(core: &Core) -> Result<tokio::task::JoinHandle<()>, String> {
    let transport = Transport::from_url(&core.settings.email_url, core.dev_mailbox.clone())?;
    let task = worker::run(worker::Worker {
        pool: core.db.clone(),
        transport,
        wakeup: core.outbox_wakeup.clone(),
        max_delay: core.settings.email_retry_max_delay,
        lease: core.settings.outbox_lease,
        metrics: core.metrics.clone(),
        max_attempts: core.settings.email_max_attempts,
        breaker_failures: core.settings.mail_breaker_failures,
    });
    Ok(tokio::spawn(task))
}

/// Runs `cleanupregistration` every `interval` inside the server, with a log line per run.
pub fn spawn_scheduled_cleanup(core: &Core, interval: std::time::Duration) -> tokio::task::JoinHandle<()> {
    let core = core.clone();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.tick().await;
        loop {
            ticker.tick().await;
            let batch = super::services::cleanup::DEFAULT_BATCH_SIZE;
            match super::services::cleanup::delete_expired_users(&core, chrono::Utc::now(), batch).await {
                Ok(deleted) => tracing::info!(deleted, "scheduled cleanupregistration run"),
                Err(e) => tracing::error!(error = %e, "scheduled cleanupregistration failed"),
            }
        }
    })
}

/// The parts of a running application that serve requests.
pub struct Services {
    pub state: AppState,
    pub sessions: tower_sessions::SessionManagerLayer<crate::server::session_store::Store>,
    /// The outbox worker; `serve` stops it when the server stops.
    pub outbox_worker: tokio::task::JoinHandle<()>,
}

impl Services {
    /// Starts the outbox worker (and scheduled cleanup) for `core` and prepares the sessions.
    pub async fn start(core: Core, leptos_options: LeptosOptions) -> Result<Self, String> {
        let outbox_worker = spawn_outbox_worker(&core)?;
        let sessions = session_layer(&core).await?;
        if let Some(interval) = core.settings.cleanup_interval {
            spawn_scheduled_cleanup(&core, interval);
        }
        Ok(Self { state: AppState::new(core, leptos_options), sessions, outbox_worker })
    }

    pub fn router(&self) -> axum::Router {
        router(self.state.clone(), self.sessions.clone())
    }
}

/// A running web application (used by the tests and by embedding sites).
pub struct Application {
    pub listener: TcpListener,
    pub state: AppState,
    pub sessions: tower_sessions::SessionManagerLayer<crate::server::session_store::Store>,
    /// The outbox worker; it stops when the application is dropped.
    pub outbox_worker: tokio::task::JoinHandle<()>,
}

impl Application {
    pub async fn build(settings: Settings, leptos_options: LeptosOptions) -> Result<Self, String> {
        Self::build_with(settings, leptos_options, |core| core).await
    }

    /// Like `build`, letting an embedding site adjust the core (e.g. add registration rules).
    pub async fn build_with(
        settings: Settings,
        leptos_options: LeptosOptions,
        customize: impl FnOnce(Core) -> Core,
    ) -> Result<Self, String> {
        let addr = leptos_options.site_addr;
        let core = customize(build_core(settings).await?);
        let Services { state, sessions, outbox_worker } = Services::start(core, leptos_options).await?;
        let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        Ok(Self { listener, state, sessions, outbox_worker })
    }

    pub fn local_addr(&self) -> std::net::SocketAddr {
        self.listener.local_addr().expect("bound listener has an address")
    }

    /// Serves until SIGINT or SIGTERM, finishing in-flight requests.
    pub async fn run(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes, then lets in-flight requests finish.
    pub async fn run_until(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let app = router(self.state, self.sessions);
        let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
        let served = axum::serve(self.listener, app).with_graceful_shutdown(stop).await;
        self.outbox_worker.abort();
        served
    }
}

/// Serves the full application: the port opens at once; until the database answers, `/readyz`
/// says 503, `/healthz` 200 and every other request 503 with `Retry-After`.
pub async fn serve(settings: Settings, leptos_options: LeptosOptions) -> Result<(), String> {
    let addr = leptos_options.site_addr;
    let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let ready = std::sync::Arc::new(std::sync::OnceLock::new());
    let app = super::http::starting::dispatch(ready.clone());
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal());
    let mut server = std::pin::pin!(async move { server.await });
    tracing::info!("listening on http://{local}");
    let services = tokio::select! {
        built = async { Services::start(build_core_patiently(settings).await?, leptos_options).await } => built?,
        served = &mut server => return served.map_err(|e| e.to_string()),
    };
    let _ = ready.set(services.router());
    tracing::info!("ready");
    let served = server.await;
    services.outbox_worker.abort();
    served.map_err(|e| e.to_string())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}
