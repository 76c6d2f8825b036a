//! NFKC from the `unicode-normalization` crate's tables; lower case from the standard library.

use unicode_normalization::UnicodeNormalization;

pub fn nfkc(text: &str) -> String {
    text.nfkc().collect()
}

pub fn lowercase(text: &str) -> String {
    text.to_lowercase()
}
