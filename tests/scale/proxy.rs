//! A TCP proxy in front of PostgreSQL that a test can cut (every connection dropped, new ones
//! refused) and restore.

use std::sync::Arc;
use tokio::io::copy_bidirectional;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct Proxy {
    pub port: u16,
    open: watch::Sender<bool>,
    _task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Listens on a free port and forwards to `upstream` (host:port).
    pub async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (open, watcher) = watch::channel(true);
        let upstream = Arc::new(upstream);
        let task = tokio::spawn(async move {
            loop {
                let Ok((client, _)) = listener.accept().await else { continue };
                if !*watcher.borrow() {
                    drop(client);
                    continue;
                }
                tokio::spawn(forward(client, upstream.clone(), watcher.clone()));
            }
        });
        Self { port, open, _task: task }
    }

    pub fn cut(&self) {
        self.open.send_replace(false);
    }

    pub fn restore(&self) {
        self.open.send_replace(true);
    }
}

async fn forward(mut client: TcpStream, upstream: Arc<String>, mut open: watch::Receiver<bool>) {
    let Ok(mut server) = TcpStream::connect(upstream.as_str()).await else { return };
    tokio::select! {
        _ = copy_bidirectional(&mut client, &mut server) => {}
        _ = open.wait_for(|open| !*open) => {}
    }
}
