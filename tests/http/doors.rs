//! The three doors of every action, driven the way their clients drive them: the plain HTML
//! form (URL-encoded POST, a browser without JavaScript), the server function (URL-encoded
//! arguments, postcard answer, as a hydrated island sends them) and the JSON API. Each answer
//! is read back into one `Outcome`, so a test can demand the same outcome from all three.

use crate::harness::{location, TestApp};
use registration::api::error::ServerError;
use registration::api::forms::{Navigate, ResendSent};
use reqwest::{Client, Response};

/// The entrances to every action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Door {
    Form,
    ServerFn,
    Json,
}

pub const ALL: [Door; 3] = [Door::Form, Door::ServerFn, Door::Json];

/// Every JSON operation the matrix drives (`tests/http/openapi.rs` holds the document to it).
pub const JSON_OPERATIONS: [&str; 19] = [
    "POST /api/v1/register",
    "POST /api/v1/activation/resend",
    "GET /api/v1/activation/{key}",
    "POST /api/v1/activation",
    "POST /api/v1/activation/renew",
    "POST /api/v1/login",
    "POST /api/v1/logout",
    "GET /api/v1/me",
    "POST /api/v1/password/change",
    "POST /api/v1/password/reset",
    "POST /api/v1/password/reset/confirm",
    "POST /api/v1/account/delete",
    "POST /api/v1/account/email",
    "POST /api/v1/account/email/confirm",
    "POST /api/v1/account/not-me",
    "GET /api/v1/account/sessions",
    "POST /api/v1/account/sessions/end",
    "POST /api/v1/account/sessions/end-others",
    "POST /api/v1/account/language",
];

/// What an action did, as its door told it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Field errors, by field name.
    Invalid(Vec<String>),
    NotFound,
    RateLimited,
    LoginRequired,
    Closed,
    AlreadyLoggedIn,
    /// The activation key or reset token did not work.
    Refused,
    Other(u16, String),
}

/// One action with its input: `(field, value)` pairs as a form sends them.
pub struct Action {
    pub name: &'static str,
    pub form_path: String,
    pub form_success: &'static str,
    pub server_fn: &'static str,
    /// The server function's argument that holds the form (`form`), or `None` for flat ones.
    pub server_fn_form: Option<&'static str>,
    pub json_path: &'static str,
    pub fields: Vec<(String, String)>,
    /// Fields that the server function and the API take outside the form (`token`, `key`).
    pub extra: Vec<(String, String)>,
}

impl Action {
    pub fn new(name: &'static str, form_path: &str, form_success: &'static str) -> Self {
        let (server_fn, server_fn_form, json_path) = match name {
            "register" => ("register", Some("form"), "/api/v1/register"),
            "resend" => ("resend", Some("form"), "/api/v1/activation/resend"),
            "activate" => ("activate", None, "/api/v1/activation"),
            "renew" => ("", None, "/api/v1/activation/renew"),
            "login" => ("login", Some("form"), "/api/v1/login"),
            "logout" => ("logout", None, "/api/v1/logout"),
            "password_change" => ("password_change", Some("form"), "/api/v1/password/change"),
            "password_reset" => ("password_reset", Some("form"), "/api/v1/password/reset"),
            "password_reset_confirm" => {
                ("password_reset_confirm", Some("form"), "/api/v1/password/reset/confirm")
            }
            "delete_account" => ("delete_account", Some("form"), "/api/v1/account/delete"),
            "email_change" => ("email_change", Some("form"), "/api/v1/account/email"),
            "email_change_confirm" => ("email_change_confirm", None, "/api/v1/account/email/confirm"),
            "not_me" => ("not_me", None, "/api/v1/account/not-me"),
            "end_session" => ("end_session", Some("form"), "/api/v1/account/sessions/end"),
            "end_other_sessions" => ("end_other_sessions", None, "/api/v1/account/sessions/end-others"),
            "language" => ("language", Some("form"), "/api/v1/account/language"),
            other => panic!("no such action {other}"),
        };
        Self {
            name,
            form_path: form_path.to_owned(),
            form_success,
            server_fn,
            server_fn_form,
            json_path,
            fields: Vec::new(),
            extra: Vec::new(),
        }
    }

    pub fn field(mut self, name: &str, value: &str) -> Self {
        self.fields.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn extra(mut self, name: &str, value: &str) -> Self {
        self.extra.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sends the action through `door` with `client` (whose cookies hold any session).
    pub async fn send(&self, app: &TestApp, client: &Client, door: Door) -> Outcome {
        match door {
            Door::Form => self.form(app, client).await,
            Door::ServerFn => self.server_fn(app, client).await,
            Door::Json => self.json(app, client).await,
        }
    }

    async fn form(&self, app: &TestApp, client: &Client) -> Outcome {
        let response = client.post(app.url(&self.form_path)).form(&self.fields).send().await.unwrap();
        let status = response.status().as_u16();
        let to = location(&response);
        match status {
            302 if to.starts_with(self.form_success) => Outcome::Done,
            302 if to == "/accounts/register/closed/" => Outcome::Closed,
            302 if to.starts_with("/accounts/login/?next=") => Outcome::LoginRequired,
            302 if self.name == "register" => Outcome::AlreadyLoggedIn,
            200 | 503 => form_page_outcome(status, &response.text().await.unwrap()),
            404 => Outcome::NotFound,
            429 => Outcome::RateLimited,
            _ => Outcome::Other(status, to),
        }
    }

    /// What the answer through `door` says in words: the page (form), the messages of the
    /// errors (server function), the problem's title and messages (JSON).
    pub async fn words(&self, app: &TestApp, client: &Client, door: Door) -> String {
        match door {
            Door::Form => {
                let response = client.post(app.url(&self.form_path)).form(&self.fields).send().await.unwrap();
                response.text().await.unwrap()
            }
            Door::ServerFn => {
                let (_, bytes) = self.call_server_fn(app, client).await;
                match postcard::from_bytes::<ServerError>(&bytes) {
                    Ok(ServerError::Invalid(errors)) => format!("{:?}", errors.texts()),
                    other => format!("{other:?}"),
                }
            }
            Door::Json => {
                let mut body = serde_json::Map::new();
                for (name, value) in self.extra.iter().chain(&self.fields) {
                    body.insert(name.clone(), serde_json::Value::String(value.clone()));
                }
                let response = client.post(app.url(self.json_path)).json(&body).send().await.unwrap();
                let problem: serde_json::Value = response.json().await.unwrap();
                format!("{} {}", problem["title"].as_str().unwrap_or_default(), problem["errors"])
            }
        }
    }

    async fn call_server_fn(&self, app: &TestApp, client: &Client) -> (u16, Vec<u8>) {
        let mut body: Vec<(String, String)> = self.extra.clone();
        for (name, value) in &self.fields {
            let key = match self.server_fn_form {
                Some(arg) => format!("{arg}[{name}]"),
                None => name.clone(),
            };
            body.push((key, value.clone()));
        }
        let url = app.url(&format!("/api/{}", self.server_fn));
        let response = client.post(url).form(&body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.bytes().await.unwrap().to_vec())
    }

    async fn server_fn(&self, app: &TestApp, client: &Client) -> Outcome {
        let (status, bytes) = self.call_server_fn(app, client).await;
        if status == 200 {
            let navigated = postcard::from_bytes::<Navigate>(&bytes).is_ok();
            let sent = postcard::from_bytes::<ResendSent>(&bytes).is_ok();
            assert!(navigated || sent, "{}: a success reply decodes", self.name);
            return Outcome::Done;
        }
        let error: ServerError = postcard::from_bytes(&bytes).unwrap_or_else(|e| {
            panic!("{}: status {status} with a body that is no ServerError ({e}): {bytes:?}", self.name)
        });
        assert_eq!(error.status(), status, "{}: the status matches the error {error:?}", self.name);
        match error {
            ServerError::Invalid(errors) => Outcome::Invalid(errors.fields().map(str::to_owned).collect()),
            ServerError::NotFound => Outcome::NotFound,
            ServerError::RateLimited { .. } => Outcome::RateLimited,
            ServerError::LoginRequired => Outcome::LoginRequired,
            ServerError::Redirect(to) if to == "/accounts/register/closed/" => Outcome::Closed,
            ServerError::Redirect(to) if to.is_empty() => Outcome::Refused,
            ServerError::Redirect(_) if self.name == "register" => Outcome::AlreadyLoggedIn,
            other => Outcome::Other(status, format!("{other:?}")),
        }
    }

    async fn json(&self, app: &TestApp, client: &Client) -> Outcome {
        let mut body = serde_json::Map::new();
        for (name, value) in self.extra.iter().chain(&self.fields) {
            body.insert(name.clone(), serde_json::Value::String(value.clone()));
        }
        let response = client.post(app.url(self.json_path)).json(&body).send().await.unwrap();
        json_outcome(response).await
    }
}

/// The JSON API's answer as an outcome (problem details for every refusal).
pub async fn json_outcome(response: Response) -> Outcome {
    let status = response.status().as_u16();
    if (200..300).contains(&status) {
        return Outcome::Done;
    }
    let content_type = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_owned());
    assert_eq!(content_type.as_deref(), Some("application/problem+json"), "status {status}");
    let problem: serde_json::Value = response.json().await.unwrap();
    assert_eq!(problem["status"], status, "{problem}");
    let kind = problem["type"].as_str().unwrap().trim_start_matches("/api/v1/problems/").to_owned();
    match kind.as_str() {
        "invalid-input" => Outcome::Invalid(problem["errors"].as_object().unwrap().keys().cloned().collect()),
        "not-found" => Outcome::NotFound,
        "rate-limited" => Outcome::RateLimited,
        "login-required" => Outcome::LoginRequired,
        "registration-closed" => Outcome::Closed,
        "already-logged-in" => Outcome::AlreadyLoggedIn,
        "invalid-token" | "activation-key-invalid" | "activation-key-expired" | "already-activated" => {
            Outcome::Refused
        }
        _ => Outcome::Other(status, kind),
    }
}

/// A form page shown again: with field errors (each field's error list that is not hidden;
/// `id_form_errors` is the form's own, `__all__`), or explaining a dead key or token.
fn form_page_outcome(status: u16, html: &str) -> Outcome {
    if html.contains("Password reset unsuccessful") || html.contains("data-reason=") {
        return Outcome::Refused;
    }
    if html.contains("class=\"card resend-sent\"") || html.contains("class=\"card activation-renewed\"") {
        return Outcome::Done;
    }
    let mut fields: Vec<String> = html
        .split("<ul id=\"id_")
        .skip(1)
        .filter_map(|rest| {
            let tag = &rest[..rest.find('>').unwrap()];
            let name = tag.split("_errors\"").next().unwrap();
            if !tag.contains("class=\"errorlist\"") {
                return None;
            }
            let shown = !tag.contains("hidden");
            shown.then(|| if name == "form" { "__all__".to_owned() } else { name.to_owned() })
        })
        .collect();
    fields.sort();
    if fields.is_empty() {
        return Outcome::Other(status, "a page without errors".to_owned());
    }
    Outcome::Invalid(fields)
}

/// A client with its own cookie jar (its own session).
pub fn client() -> Client {
    TestApp::client()
}
