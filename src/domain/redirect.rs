//! Which `next` targets a login may follow: local paths only.

/// Returns `next` when it is a local path (`/…`), refusing scheme-relative (`//host`),
/// backslash tricks (`/\host`), absolute URLs, `javascript:` and control characters.
pub fn safe_next(next: &str) -> Option<&str> {
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace())
        && next.len() <= 2000;
    local.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_paths_are_followed() {
        assert_eq!(safe_next("/accounts/profile/"), Some("/accounts/profile/"));
        assert_eq!(safe_next("/search?q=1#top"), Some("/search?q=1#top"));
    }

    #[test]
    fn anything_that_can_leave_the_site_is_refused() {
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "evil",
            "/\tevil",
            "/ok\r\nLocation: x",
            "/a\\b",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }
}
