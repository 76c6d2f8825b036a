//! "Did you mean …?": an address whose domain is a near miss of a mail provider people
//! actually use (`data/mail-providers.txt`) gets a suggestion. Near means at most two edits
//! (insertions, deletions, substitutions or swaps of neighbouring letters), one for short
//! domains. Pure: the same check runs on the server and in the browser.

const PROVIDERS: &str = include_str!("../../data/mail-providers.txt");

fn providers() -> impl Iterator<Item = &'static str> {
    PROVIDERS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The corrected address, if the domain of `address` is a near miss of a known provider.
pub fn suggest(address: &str) -> Option<String> {
    let (local, domain) = address.trim().rsplit_once('@')?;
    let domain = domain.to_ascii_lowercase(); // Providers are ASCII; no Unicode tables in the browser.
    if local.is_empty() || domain.is_empty() || providers().any(|p| p == domain) {
        return None;
    }
    let allowed = if domain.chars().count() < 8 { 1 } else { 2 };
    let (best, distance) =
        providers().map(|p| (p, edit_distance(&domain, p))).min_by_key(|(_, distance)| *distance)?;
    (distance <= allowed).then(|| format!("{local}@{best}"))
}

/// Optimal string alignment distance: Levenshtein plus swaps of neighbouring characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_common_providers_get_a_suggestion() {
        assert_eq!(suggest("jane@gmial.com").as_deref(), Some("jane@gmail.com"), "a swap");
        assert_eq!(suggest("jane@gmail.con").as_deref(), Some("jane@gmail.com"), "a wrong letter");
        assert_eq!(suggest("jane@hotmal.com").as_deref(), Some("jane@hotmail.com"), "a missing letter");
        assert_eq!(
            suggest("Jane.Doe@YAHOO.CMO").as_deref(),
            Some("Jane.Doe@yahoo.com"),
            "case of the local part kept"
        );
    }

    #[test]
    fn known_and_unrelated_domains_get_none() {
        for address in [
            "jane@gmail.com",
            "jane@GMAIL.COM",
            "jane@example.com",
            "jane@university.edu",
            "no-at-sign",
            "@gmial.com",
        ] {
            assert_eq!(suggest(address), None, "{address}");
        }
    }

    #[test]
    fn the_distance_counts_swaps_as_one_edit() {
        assert_eq!(edit_distance("gmial.com", "gmail.com"), 1);
        assert_eq!(edit_distance("gmail.com", "gmail.com"), 0);
        assert_eq!(edit_distance("gmx.de", "web.de"), 3);
    }
}
