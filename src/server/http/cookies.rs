//! The short-lived cookie that lets `register/complete/` name the address to check.

use axum::http::{header, HeaderMap, HeaderValue};

pub const REGISTERED_EMAIL: &str = "registration_email";

/// `Set-Cookie` value: HttpOnly, SameSite=Lax, scoped to the completion page, 10 minutes.
pub fn registered_email_cookie(email: &str, secure: bool) -> HeaderValue {
    let encoded: String = url::form_urlencoded::byte_serialize(email.as_bytes()).collect();
    let secure = if secure { "; Secure" } else { "" };
    let value = format!("{REGISTERED_EMAIL}={encoded}; Path=/accounts/register/complete/; Max-Age=600; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Reads the address back from a request's cookies.
pub fn registered_email(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == REGISTERED_EMAIL)
        .and_then(|(_, value)| {
            url::form_urlencoded::parse(format!("v={value}").as_bytes()).next().map(|(_, v)| v.into_owned())
        })
        .filter(|v| !v.is_empty() && v.len() <= 254)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_an_address() {
        let cookie = registered_email_cookie("a+b@example.com", false);
        let pair = cookie.to_str().unwrap().split(';').next().unwrap().to_owned();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, format!("other=1; {pair}").parse().unwrap());
        assert_eq!(registered_email(&headers).as_deref(), Some("a+b@example.com"));
        assert!(cookie.to_str().unwrap().contains("HttpOnly"));
    }
}
