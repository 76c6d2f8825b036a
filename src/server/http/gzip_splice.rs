//! A gzip stream made of parts compressed once and short texts put between them on each
//! answer, with no compression work per answer. Each part is deflated on its own and ends on
//! a byte boundary (a sync flush), so parts and stored blocks (the texts, as they are) follow
//! one another in one valid deflate stream; only the CRC of the whole is computed per answer.

use flate2::write::DeflateEncoder;
use flate2::{Compression, Crc};
use std::io::Write;

/// The gzip header: deflate, no name, no time, maximum compression, unknown system.
const HEADER: [u8; 10] = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x02, 0xff];
/// An empty stored block marked final: the end of the deflate stream.
const LAST_BLOCK: [u8; 5] = [0x01, 0x00, 0x00, 0xff, 0xff];

/// `part` deflated at the strongest level, ending byte-aligned and not final.
pub fn deflate_part(part: &[u8]) -> Vec<u8> {
    let mut encoder = DeflateEncoder::new(Vec::with_capacity(part.len() / 3 + 64), Compression::best());
    // Writing to a Vec cannot fail; flush() is a sync flush, which ends on a byte boundary.
    encoder.write_all(part).expect("writing to memory");
    encoder.flush().expect("writing to memory");
    std::mem::take(encoder.get_mut())
}

/// The gzip member of `parts[0] + filler + parts[1] + filler + … + parts[n]`, from the parts as
/// they are and as `deflate_part` made them. The filler must be shorter than 64 KiB.
pub fn gzip_spliced(parts: &[&[u8]], deflated: &[&[u8]], filler: &[u8]) -> Vec<u8> {
    debug_assert_eq!(parts.len(), deflated.len());
    let length = u16::try_from(filler.len()).expect("a filler shorter than 64 KiB");
    let stored_header = [0x00, length as u8, (length >> 8) as u8, !length as u8, !(length >> 8) as u8];
    let size: usize = deflated.iter().map(|d| d.len()).sum::<usize>() + parts.len() * (filler.len() + 5) + 32;
    let mut out = Vec::with_capacity(size);
    let mut crc = Crc::new();
    out.extend_from_slice(&HEADER);
    for (i, (part, compressed)) in parts.iter().zip(deflated).enumerate() {
        if i > 0 {
            out.extend_from_slice(&stored_header);
            out.extend_from_slice(filler);
            crc.update(filler);
        }
        out.extend_from_slice(compressed);
        crc.update(part);
    }
    out.extend_from_slice(&LAST_BLOCK);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    out
}

/// Whether a request with these headers accepts gzip.
pub fn wants_gzip(headers: &axum::http::HeaderMap) -> bool {
    headers.get(axum::http::header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).is_some_and(accepts_gzip)
}

/// Whether an `Accept-Encoding` value accepts gzip (by name or by `*`, with a weight above 0).
pub fn accepts_gzip(accept_encoding: &str) -> bool {
    let mut gzip = None;
    let mut any = None;
    for item in accept_encoding.split(',') {
        let mut fields = item.split(';').map(str::trim);
        let name = fields.next().unwrap_or_default().to_ascii_lowercase();
        let weight = fields
            .filter_map(|f| f.strip_prefix("q=").or_else(|| f.strip_prefix("Q=")))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        match name.as_str() {
            "gzip" | "x-gzip" => gzip = Some(weight > 0.0),
            "*" => any = Some(weight > 0.0),
            _ => {}
        }
    }
    gzip.or(any).unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).expect("valid gzip");
        out
    }

    #[test]
    fn the_spliced_stream_is_the_parts_with_the_filler_between() {
        let page = "<html><head><script nonce=\"N\">x</script></head><body>".repeat(40);
        let parts: Vec<&[u8]> = page.split('N').map(str::as_bytes).collect();
        let deflated: Vec<Vec<u8>> = parts.iter().map(|p| deflate_part(p)).collect();
        let deflated: Vec<&[u8]> = deflated.iter().map(Vec::as_slice).collect();
        for filler in ["abc", "GttaUHLtzphEGjAISOW-fA", ""] {
            let zipped = gzip_spliced(&parts, &deflated, filler.as_bytes());
            assert_eq!(String::from_utf8(gunzip(&zipped)).unwrap(), page.replace('N', filler));
        }
    }

    #[test]
    fn a_single_part_is_a_plain_gzip_and_compresses() {
        let page = "<p>the same words again and again</p>".repeat(100);
        let deflated = deflate_part(page.as_bytes());
        let zipped = gzip_spliced(&[page.as_bytes()], &[&deflated], b"unused");
        assert_eq!(gunzip(&zipped), page.as_bytes());
        assert!(zipped.len() < page.len() / 10, "{} of {}", zipped.len(), page.len());
    }

    #[test]
    fn gzip_is_accepted_by_name_or_star_unless_weighted_zero() {
        assert!(accepts_gzip("gzip, deflate, br"));
        assert!(accepts_gzip("br;q=1.0, GZIP;q=0.5"));
        assert!(accepts_gzip("*"));
        assert!(!accepts_gzip("gzip;q=0, *"));
        assert!(!accepts_gzip("br, deflate"));
        assert!(!accepts_gzip(""));
        assert!(!accepts_gzip("identity"));
        assert!(!accepts_gzip("*;q=0"));
    }
}
