//! `ApiJson<T>`: a JSON request body, refused with a problem-details answer (400, or 415 for
//! another content type) when it cannot be read.

use super::problem::from_rejection;
use crate::server::i18n::Words;
use crate::server::state::AppState;
use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;

pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let headers = request.headers().clone();
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(Self(value)),
            Err(rejection) => {
                let words = Words::new(&state.core.catalogues, &headers);
                Err(from_rejection(rejection, &words).into_response())
            }
        }
    }
}
