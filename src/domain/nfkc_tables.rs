//! NFKC from the `unicode-normalization` crate's tables.

use unicode_normalization::UnicodeNormalization;

pub fn nfkc(text: &str) -> String {
    text.nfkc().collect()
}
