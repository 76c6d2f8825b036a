//! A fixed pool of password-hashing threads: half the cores, at least one.
//!
//! Argon2id needs several MiB per computation. Running it on tokio's elastic blocking pool
//! spreads those buffers over many threads, and the allocator keeps one set per thread (about
//! 1 GB after a registration burst). A few long-lived threads, each with one buffer (see
//! `argon2id`), bound both the CPU given to hashing and the memory it holds, and leave the
//! async executor free. Half the cores keeps the other half for every other request, so a
//! burst of sign-ups cannot starve page loads.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex, OnceLock};

type Job = Box<dyn FnOnce() + Send>;

fn queue() -> &'static mpsc::Sender<Job> {
    static QUEUE: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        for i in 0..thread_count() {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("password-hash-{i}"))
                .spawn(move || work(&receiver))
                .expect("a hashing thread starts");
        }
        sender
    })
}

fn thread_count() -> usize {
    let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(1);
    (cores / 2).max(1)
}

fn work(receiver: &Mutex<mpsc::Receiver<Job>>) {
    loop {
        let job = match receiver.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        match job {
            // A panicking job only loses its own answer; the thread keeps serving.
            Ok(job) => drop(catch_unwind(AssertUnwindSafe(job))),
            Err(_) => return,
        }
    }
}

/// Why a hashing job gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("the hashing threads have stopped")]
    Stopped,
    #[error("a hashing job panicked")]
    JobFailed,
    #[error(transparent)]
    Argon2(#[from] super::argon2id::Argon2Error),
}

/// Runs `task` on a hashing thread and waits for its result without blocking the executor.
pub async fn run<T: Send + 'static>(task: impl FnOnce() -> T + Send + 'static) -> Result<T, HashError> {
    let (reply, answer) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = reply.send(task());
    });
    queue().send(job).map_err(|_| HashError::Stopped)?;
    answer.await.map_err(|_| HashError::JobFailed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn jobs_run_off_the_executor_and_survive_a_panicking_job() {
        let name = run(|| std::thread::current().name().unwrap_or_default().to_owned()).await.unwrap();
        assert!(name.starts_with("password-hash-"));
        assert!(run(|| -> u8 { panic!("boom") }).await.is_err());
        assert_eq!(run(|| 2 + 2).await.unwrap(), 4);
    }
}
