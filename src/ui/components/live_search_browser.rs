//! The browser half of the live search: read the form, fetch the page it would load, swap in
//! the new results and put the search in the address bar. A page without results (a login
//! page, after the session ended) or a failed request falls back to loading the page itself.

use leptos::wasm_bindgen::{JsCast, JsValue};
use leptos::web_sys::{
    DomParser, Element, FormData, HtmlFormElement, Response, SupportedType, UrlSearchParams,
};
use wasm_bindgen_futures::JsFuture;

/// The element whose contents a search replaces.
const RESULTS: &str = "people-results";

/// Loads the search `form` describes and shows its results, if its answer is `still_latest`.
pub async fn refresh(form: Element, still_latest: impl Fn() -> bool) {
    let Some(url) = form.dyn_into::<HtmlFormElement>().ok().and_then(|form| search_url(&form)) else {
        return;
    };
    let results = page_text(&url).await.and_then(|html| results_of(&html));
    if !still_latest() {
        return;
    }
    let window = leptos::prelude::window();
    let current = leptos::prelude::document().get_element_by_id(RESULTS);
    match (results, current) {
        (Some(results), Some(current)) => {
            current.set_inner_html(&results);
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

/// The results of a fetched page, if it has any.
fn results_of(html: &str) -> Option<String> {
    let page = DomParser::new().ok()?.parse_from_string(html, SupportedType::TextHtml).ok()?;
    Some(page.get_element_by_id(RESULTS)?.inner_html())
}
