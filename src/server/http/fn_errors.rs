//! Server-function failures get honest status codes. Use cases' refusals set theirs as they
//! are mapped (`server::door`); what fails before a body runs (input that cannot be decoded)
//! or without a use case arrives here as a 500 and is given the status of its `ServerError`:
//! never a 500 for user input.

use crate::api::error::ServerError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use server_fn::error::FromServerFnError;

const MAX_ERROR_BODY: usize = 16 * 1024;

pub async fn classify(request: Request, next: Next) -> Response {
    let is_server_fn =
        request.uri().path().starts_with("/api/") && !request.uri().path().starts_with("/api/v1/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_ERROR_BODY).await.unwrap_or_default();
    parts.status = status_for(&bytes);
    Response::from_parts(parts, Body::from(bytes))
}

fn status_for(body: &[u8]) -> StatusCode {
    let error = ServerError::de(body.to_vec().into());
    StatusCode::from_u16(error.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_errors_are_the_clients_and_the_rest_are_temporary() {
        assert_eq!(status_for(&ServerError::BadRequest.ser()), StatusCode::BAD_REQUEST);
        assert_eq!(status_for(&ServerError::Unavailable.ser()), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(status_for(b"not postcard at all"), StatusCode::SERVICE_UNAVAILABLE);
    }
}
