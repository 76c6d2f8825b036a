//! NFKC and lower case from the browser (`String.prototype.normalize("NFKC")`,
//! `String.prototype.toLowerCase()`).

use web_sys::js_sys::JsString;

pub fn nfkc(text: &str) -> String {
    JsString::from(text).normalize("NFKC").into()
}

pub fn lowercase(text: &str) -> String {
    JsString::from(text).to_lower_case().into()
}
