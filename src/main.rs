//! The `registration` binary: see `server::cli`.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    registration::server::cli::main().await
}
