//! Building the application: database, migrations, outbox worker, router, listener.

use super::config::Settings;
use super::db;
use super::http::routes::{router, session_layer};
use super::mail::{transport::Transport, worker};
use super::state::{AppState, Core};
use leptos::config::LeptosOptions;
use tokio::net::TcpListener;

/// Connects, migrates and assembles the shared core.
pub async fn build_core(settings: Settings) -> Result<Core, String> {
    let pool = db::connect(&settings.database).await.map_err(|e| format!("cannot open database: {e}"))?;
    db::migrate(&pool).await.map_err(|e| format!("cannot apply migrations: {e}"))?;
    Core::new(settings, pool)
}

/// Starts the outbox worker for this core's `EMAIL_URL`.
pub fn spawn_outbox_worker(core: &Core) -> Result<tokio::task::JoinHandle<()>, String> {
    let transport = Transport::from_url(&core.settings.email_url)?;
    let task = worker::run(worker::Worker {
        pool: core.db.clone(),
        transport,
        wakeup: core.outbox_wakeup.clone(),
        max_delay: core.settings.email_retry_max_delay,
        lease: core.settings.outbox_lease,
        metrics: core.metrics.clone(),
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

/// A running web application (used by `serve` and by the tests).
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
        let outbox_worker = spawn_outbox_worker(&core)?;
        let sessions = session_layer(&core).await?;
        if let Some(interval) = core.settings.cleanup_interval {
            spawn_scheduled_cleanup(&core, interval);
        }
        let listener = TcpListener::bind(addr).await.map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        Ok(Self { listener, state: AppState { core, leptos_options }, sessions, outbox_worker })
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
