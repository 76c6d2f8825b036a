//! Browser side: the props are read back from the attribute the server wrote.

use leptos::prelude::document;
use serde::de::DeserializeOwned;

/// The props the server wrote into the `data-props` attribute of the form with this id, and
/// the attribute itself (the hydrated view keeps it as it is).
pub fn load<T: Default + DeserializeOwned>(form_id: &str) -> (T, String) {
    let encoded = document()
        .get_element_by_id(form_id)
        .and_then(|form| form.get_attribute("data-props"))
        .unwrap_or_default();
    let props = hex::decode(&encoded).ok().and_then(|bytes| postcard::from_bytes(&bytes).ok());
    (props.unwrap_or_default(), encoded)
}
