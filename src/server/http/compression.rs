//! Answers rendered per request (pages with a session user or errors, the admin, JSON) go out
//! gzipped to a client that accepts it, at the fastest level: HTML and JSON shrink to a
//! fifth or less for little CPU. Answers that are compressed already pass as they are: the
//! kept forms (gzipped once, `page_cache`) and the precompressed static files.

use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Smaller answers gain less than the gzip header and the CPU cost.
const SMALLEST: u16 = 512;

pub fn layer() -> CompressionLayer<impl Predicate> {
    let worth_it = SizeAbove::new(SMALLEST)
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::GRPC)
        .and(NotForContentType::SSE);
    CompressionLayer::new().quality(CompressionLevel::Fastest).compress_when(worth_it)
}
