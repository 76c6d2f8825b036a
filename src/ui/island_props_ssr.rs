//! Server side: the props come from the render's context and are written out for the browser.

use leptos::prelude::use_context;
use serde::Serialize;

/// The island's props (provided as context by the page that places the island) and their
/// encoding for the `data-props` attribute of the island's form.
pub fn load<T>(_form_id: &str) -> (T, String)
where
    T: Clone + Default + Serialize + Send + Sync + 'static,
{
    let props = use_context::<T>().unwrap_or_default();
    let encoded = encode(&props);
    (props, encoded)
}

/// Postcard, hex-encoded (what `island_props_client::load` reads back).
fn encode<T: Serialize>(props: &T) -> String {
    postcard::to_allocvec(props).map(hex::encode).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::encode;
    use crate::api::types::ResendSeed;
    use crate::domain::FieldErrors;

    #[test]
    fn props_read_back_as_they_were_written() {
        let seed = ResendSeed {
            email: "Zoë@example.com".into(),
            errors: FieldErrors::single("email", crate::domain::Msg::text("Zoë: no valid address")),
            sent: true,
        };
        let encoded = encode(&seed);
        assert!(encoded.bytes().all(|b| b.is_ascii_hexdigit()), "safe in an attribute: {encoded}");
        let back: ResendSeed = postcard::from_bytes(&hex::decode(&encoded).unwrap()).unwrap();
        assert_eq!(back, seed);
    }
}
