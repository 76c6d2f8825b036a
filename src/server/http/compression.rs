//! Answers rendered per request (pages with a session user or errors, the admin, JSON) go out
//! gzipped to a client that accepts it. Such answers are a few kilobytes, so the cost of
//! gzip is mostly setting a compressor up: each thread keeps one at the fastest level and
//! resets it between answers (no allocation per answer). Answers that are compressed already
//! pass as they are: the kept forms (gzipped once, `page_cache`) and the precompressed static
//! files; so do streams (`text/event-stream`) and anything but HTML and JSON.

use super::gzip_splice::wants_gzip;
use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use std::cell::RefCell;

/// Smaller answers gain less than the gzip header and the CPU cost.
const SMALLEST: usize = 512;
/// The largest answer buffered to be compressed (pages and JSON are far smaller).
const LARGEST: usize = 4 << 20;
/// The gzip header: deflate, no name, no time, fastest compression, unknown system.
const HEADER: [u8; 10] = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0xff];

pub async fn gzip_answers(request: Request, next: Next) -> Response {
    let asked = request.method() != Method::HEAD && wants_gzip(request.headers());
    let response = next.run(request).await;
    if !asked || !compressible(&response) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LARGEST).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if bytes.len() < SMALLEST {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let Some(zipped) = gzip(&bytes) else { return Response::from_parts(parts, Body::from(bytes)) };
    parts.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    Response::from_parts(parts, Body::from(zipped))
}

/// HTML or JSON with a body, not encoded yet, not known to be small.
fn compressible(response: &Response) -> bool {
    let headers = response.headers();
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let text = kind.starts_with("text/html") || kind.starts_with("application/json");
    let length = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    let status = response.status();
    text && !headers.contains_key(header::CONTENT_ENCODING)
        && !(status.is_informational()
            || status == StatusCode::NO_CONTENT
            || status == StatusCode::NOT_MODIFIED)
        && length.is_none_or(|n| n >= SMALLEST)
}

thread_local! {
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
}

/// `data` as one gzip member, deflated by this thread's compressor (`None`: the compressor
/// failed, which deflating memory into memory does not do; the answer then goes plain).
fn gzip(data: &Bytes) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    out.extend_from_slice(&HEADER);
    DEFLATE.with_borrow_mut(|deflate| {
        deflate.reset();
        loop {
            let read = deflate.total_in() as usize;
            out.reserve(data.len() / 4 + 64);
            match deflate.compress_vec(&data[read..], &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => return Some(()),
                Ok(_) => continue,
                Err(_) => return None,
            }
        }
    })?;
    let mut crc = Crc::new();
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn answers_are_valid_gzip_and_the_compressor_is_reused_cleanly() {
        for page in ["<p>again and again</p>".repeat(400), "x".repeat(100_000), String::from("<p>short</p>")]
        {
            for _ in 0..2 {
                let zipped = gzip(&Bytes::from(page.clone())).expect("deflated");
                let mut out = String::new();
                flate2::read::GzDecoder::new(&zipped[..]).read_to_string(&mut out).expect("valid gzip");
                assert_eq!(out, page);
            }
        }
    }

    #[test]
    fn only_html_and_json_not_encoded_yet_are_compressed() {
        let answer = |kind: &'static str, extra: Option<(header::HeaderName, &'static str)>| {
            let mut response = ([(header::CONTENT_TYPE, kind)], "x".repeat(1000)).into_response();
            if let Some((name, value)) = extra {
                response.headers_mut().insert(name, HeaderValue::from_static(value));
            }
            compressible(&response)
        };
        assert!(answer("text/html; charset=utf-8", None));
        assert!(answer("application/json", None));
        assert!(!answer("text/html", Some((header::CONTENT_ENCODING, "gzip"))));
        assert!(!answer("text/html", Some((header::CONTENT_LENGTH, "100"))));
        assert!(!answer("text/event-stream", None));
        assert!(!answer("application/wasm", None));
    }
}
