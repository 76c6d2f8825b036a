//! Reading a request's cookies, and the short-lived cookie that lets `register/complete/` name
//! the address to check.

use axum::http::{header, HeaderMap, HeaderValue};

pub const REGISTERED_EMAIL: &str = "registration_email";

/// `Set-Cookie` value: HttpOnly, SameSite=Lax, scoped to the completion page, 10 minutes.
pub fn registered_email_cookie(email: &str, secure: bool) -> HeaderValue {
    let encoded: String = url::form_urlencoded::byte_serialize(email.as_bytes()).collect();
    let secure = if secure { "; Secure" } else { "" };
    let value = format!("{REGISTERED_EMAIL}={encoded}; Path=/accounts/register/complete/; Max-Age=600; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The value of the cookie `name` among a request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(found, value)| (found == name).then_some(value))
}

/// Reads the address back from a request's cookies.
pub fn registered_email(headers: &HeaderMap) -> Option<String> {
    cookie(headers, REGISTERED_EMAIL)
        .and_then(|value| {
            url::form_urlencoded::parse(format!("v={value}").as_bytes()).next().map(|(_, v)| v.into_owned())
        })
        .filter(|v| !v.is_empty() && v.len() <= 254)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_is_found_by_its_exact_name_in_any_cookie_header() {
        let mut headers = HeaderMap::new();
        assert_eq!(cookie(&headers, "sessionid"), None);
        headers.insert(header::COOKIE, HeaderValue::from_static("lang=fr; xsessionid=1"));
        assert_eq!(cookie(&headers, "sessionid"), None);
        headers.append(header::COOKIE, HeaderValue::from_static("a=b;  sessionid=abc"));
        assert_eq!(cookie(&headers, "sessionid"), Some("abc"));
        assert_eq!(cookie(&headers, "lang"), Some("fr"));
    }

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
