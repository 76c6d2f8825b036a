//! Server-function failures get honest status codes: input that cannot be decoded is the
//! client's fault (400), a failure of ours is temporary (503). Never a 500 for user input.

use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;

const MAX_ERROR_BODY: usize = 16 * 1024;

pub async fn classify(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
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
    let kind = body.split(|b| *b == b'|').next().unwrap_or_default();
    match kind {
        b"Args" | b"Deserialization" | b"MissingArg" => StatusCode::BAD_REQUEST,
        _ => StatusCode::SERVICE_UNAVAILABLE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_errors_are_the_clients_and_the_rest_are_temporary() {
        assert_eq!(status_for(b"Args|missing field `form`"), StatusCode::BAD_REQUEST);
        assert_eq!(status_for(b"Deserialization|bad"), StatusCode::BAD_REQUEST);
        assert_eq!(status_for(b"ServerError|Something went wrong"), StatusCode::SERVICE_UNAVAILABLE);
    }
}
