//! A fixed pool of password-hashing threads, one per core.
//!
//! Argon2id needs several MiB per computation. Running it on tokio's elastic blocking pool
//! spreads those buffers over many threads, and the allocator keeps one set per thread (about
//! 1 GB after a registration burst). A few long-lived threads, each with one buffer (see
//! `argon2id`), bound the memory hashing holds and leave the async executor free.
//!
//! Half the threads (at least one) run at normal priority: hashing always progresses, with
//! at most half the cores. The others run at the lowest priority (nice 19): they take the
//! cycles nothing else wants, so hashing can use every core of an idle machine, yet a page
//! request that wakes up takes their core at once (a burst of sign-ups cannot starve page
//! loads, and a storm of page loads only slows the extra threads).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex, OnceLock};

type Job = Box<dyn FnOnce() + Send>;

fn queue() -> &'static mpsc::Sender<Job> {
    static QUEUE: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    QUEUE.get_or_init(|| {
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let (threads, normal) = thread_counts();
        for i in 0..threads {
            let receiver = Arc::clone(&receiver);
            std::thread::Builder::new()
                .name(format!("password-hash-{i}"))
                .spawn(move || {
                    if i >= normal {
                        lowest_priority();
                    }
                    work(&receiver)
                })
                .expect("a hashing thread starts");
        }
        sender
    })
}

/// How many hashing threads, and how many of them at normal priority.
fn thread_counts() -> (usize, usize) {
    let cores = std::thread::available_parallelism().map(usize::from).unwrap_or(1);
    (cores, (cores / 2).max(1))
}

/// Lowers the calling thread to nice 19 (Linux sets a thread's own niceness by its id).
#[cfg(target_os = "linux")]
fn lowest_priority() {
    // SAFETY: gettid takes nothing; setpriority only reads its integer arguments.
    let done = unsafe { libc::setpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t, 19) };
    if done != 0 {
        tracing::warn!("a hashing thread keeps normal priority: setpriority failed");
    }
}

#[cfg(not(target_os = "linux"))]
fn lowest_priority() {}

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

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn half_the_threads_hash_at_the_usual_priority_and_the_others_at_the_lowest() {
        fn niceness() -> i32 {
            // SAFETY: plain system calls on the calling thread's own id.
            unsafe { libc::getpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t) }
        }
        let (threads, normal) = thread_counts();
        // Every thread holds one job at once, so each reports its own priority.
        let together = Arc::new(std::sync::Barrier::new(threads));
        let jobs = (0..threads).map(|_| {
            let together = Arc::clone(&together);
            run(move || {
                together.wait();
                niceness()
            })
        });
        let mut seen: Vec<i32> =
            futures::future::join_all(jobs).await.into_iter().map(Result::unwrap).collect();
        seen.sort_unstable();
        let usual = niceness();
        assert_eq!(seen, [vec![usual; normal], vec![19; threads - normal]].concat());
    }
}
