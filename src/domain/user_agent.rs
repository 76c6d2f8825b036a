//! A person's name for a browser: "Firefox on Linux" from its `User-Agent` header, for the
//! profile's list of sessions and the security notices. Unknown agents are shown as sent
//! (shortened), an empty one as "Unknown browser".

/// Browsers by the token that names them, most specific first (Edge and Opera also say
/// "Chrome", Chrome also says "Safari").
const BROWSERS: [(&str, &str); 7] = [
    ("Edg/", "Edge"),
    ("OPR/", "Opera"),
    ("Firefox/", "Firefox"),
    ("Chromium/", "Chromium"),
    ("Chrome/", "Chrome"),
    ("Safari/", "Safari"),
    ("curl/", "curl"),
];

/// Systems by the token that names them (Android before Linux, iPhone before Mac OS X).
const SYSTEMS: [(&str, &str); 7] = [
    ("Android", "Android"),
    ("iPhone", "iOS"),
    ("iPad", "iPadOS"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
];

/// How long an unrecognised agent may be when shown as sent.
const MAX_SHOWN: usize = 60;

pub fn describe(user_agent: &str) -> String {
    let agent = user_agent.trim();
    if agent.is_empty() {
        return "Unknown browser".to_owned();
    }
    let found = |table: &[(&str, &'static str)]| {
        table.iter().find(|(token, _)| agent.contains(token)).map(|(_, name)| *name)
    };
    match (found(&BROWSERS), found(&SYSTEMS)) {
        (Some(browser), Some(system)) => format!("{browser} on {system}"),
        (Some(browser), None) => browser.to_owned(),
        _ => agent.chars().filter(|c| !c.is_control()).take(MAX_SHOWN).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn common_browsers_get_their_names() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(describe(firefox), "Firefox on Linux");
        let chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        assert_eq!(describe(chrome), "Chrome on Windows");
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0";
        assert_eq!(describe(edge), "Edge on Windows");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1";
        assert_eq!(describe(iphone), "Safari on iOS");
        let android =
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";
        assert_eq!(describe(android), "Chrome on Android");
    }

    #[test]
    fn other_agents_are_shown_shortened_and_clean() {
        assert_eq!(describe(""), "Unknown browser");
        assert_eq!(describe("curl/8.5.0"), "curl");
        assert_eq!(describe("my-app\u{7}/1.0"), "my-app/1.0");
        assert_eq!(describe(&"x".repeat(500)).len(), 60);
    }
}
