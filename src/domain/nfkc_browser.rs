//! NFKC from the browser (`String.prototype.normalize("NFKC")`).

use web_sys::js_sys::JsString;

pub fn nfkc(text: &str) -> String {
    JsString::from(text).normalize("NFKC").into()
}
