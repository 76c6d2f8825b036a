//! The browser half of the live search: read the form, fetch the page it would load, swap in
//! the new results and the status line (a live region, so it is read out), and put the search
//! in the address bar. A page without results (a login page, after the session ended) or a
//! failed request falls back to loading the page itself.

use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{
    DomParser, Element, FormData, HtmlFormElement, Response, SupportedType, UrlSearchParams,
};
use wasm_bindgen_futures::JsFuture;

/// The element whose contents a search replaces.
const RESULTS: &str = "people-results";
/// The status line (a live region) whose text a search replaces.
const STATUS: &str = "people-status";

/// Loads the search `form` describes and shows its results, if its answer is `still_latest`.
pub async fn refresh(form: Element, still_latest: impl Fn() -> bool) {
    let Some(url) = form.dyn_into::<HtmlFormElement>().ok().and_then(|form| search_url(&form)) else {
        return;
    };
    let found = page_text(&url).await.and_then(|html| results_of(&html));
    if !still_latest() {
        return;
    }
    let window = leptos::prelude::window();
    let document = leptos::prelude::document();
    match (found, document.get_element_by_id(RESULTS)) {
        (Some((results, status)), Some(current)) => {
            current.set_inner_html(&results);
            if let Some(line) = document.get_element_by_id(STATUS) {
                line.set_text_content(Some(&status));
            }
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
            }
        }
        _ => {
            let _ = window.location().set_href(&url);
        }
    }
}

/// The address the form would load when sent.
fn search_url(form: &HtmlFormElement) -> Option<String> {
    let fields = FormData::new_with_form(form).ok()?;
    let query = UrlSearchParams::new_with_str_sequence_sequence(&fields).ok()?;
    let action = form.get_attribute("action").unwrap_or_default();
    Some(format!("{action}?{}", String::from(query.to_string())))
}

async fn page_text(url: &str) -> Option<String> {
    let answer = JsFuture::from(leptos::prelude::window().fetch_with_str(url)).await.ok()?;
    let response = answer.dyn_into::<Response>().ok()?;
    if !response.ok() || response.redirected() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// The results of a fetched page and its status line, if it has them.
fn results_of(html: &str) -> Option<(String, String)> {
    let page = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    let status = page.get_element_by_id(STATUS)?.text_content().unwrap_or_default();
    Some((page.get_element_by_id(RESULTS)?.inner_html(), status))
}
