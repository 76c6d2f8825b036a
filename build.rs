//! Rebuilds the binary when a migration is added or changed: `sqlx::migrate!` embeds the
//! `migrations/` folders at compile time, and Cargo does not watch them by itself. Also records
//! the version of the disposable-domain list (the `mailchecker` package in `Cargo.lock`) for
//! `registration --version`.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=Cargo.lock");
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let version = locked_version(&lock, "mailchecker").unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=DISPOSABLE_LIST_VERSION=mailchecker {version}");
}

/// The version `Cargo.lock` pins for `package`.
fn locked_version(lock: &str, package: &str) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines().skip_while(|line| line.trim() != name_line);
    lines.next()?;
    let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
    Some(version.to_owned())
}
