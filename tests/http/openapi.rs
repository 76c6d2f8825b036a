//! The OpenAPI document at `/api/v1/openapi.json`: valid OpenAPI 3.1 (checked by
//! `openapi-spec-validator`, installed by `make test`), and every operation it lists is one
//! the door matrix drives.

use crate::doors::JSON_OPERATIONS;
use crate::harness::TestApp;
use std::path::{Path, PathBuf};

fn validator() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/openapi/bin/openapi-spec-validator");
    assert!(
        path.exists(),
        "no OpenAPI validator at {}: run `make test` (scripts/bootstrap.sh installs it)",
        path.display()
    );
    path
}

async fn document(app: &TestApp) -> serde_json::Value {
    let response = app.get("/api/v1/openapi.json").await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_document_is_valid_openapi_3_1() {
    let app = TestApp::spawn(&[]).await;
    let doc = document(&app).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let output = std::process::Command::new(validator()).arg(&file).output().expect("the validator runs");
    assert!(
        output.status.success(),
        "the document is valid: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[tokio::test]
async fn every_documented_operation_is_driven_by_the_door_matrix() {
    let app = TestApp::spawn(&[]).await;
    let doc = document(&app).await;
    let mut documented: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object().unwrap().keys().map(move |method| format!("{} {path}", method.to_uppercase()))
        })
        .collect();
    documented.sort();
    let mut driven: Vec<String> = JSON_OPERATIONS.iter().map(|op| (*op).to_owned()).collect();
    driven.sort();
    assert_eq!(documented, driven);
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let problems = operation["responses"]
                .as_object()
                .unwrap()
                .values()
                .filter(|r| r["content"].get("application/problem+json").is_some())
                .count();
            assert!(problems >= 2, "{method} {path} documents its refusals as problem details");
        }
    }
}

#[tokio::test]
async fn unknown_operations_and_unreadable_bodies_are_problems_not_pages() {
    let app = TestApp::spawn(&[]).await;
    let client = TestApp::client();
    let unknown = client.get(app.url("/api/v1/nothing-here")).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
    assert_eq!(unknown.headers()["content-type"], "application/problem+json");
    let broken = client
        .post(app.url("/api/v1/register"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(broken.status(), 400);
    assert_eq!(broken.headers()["content-type"], "application/problem+json");
    let form = client.post(app.url("/api/v1/login")).form(&[("username", "a")]).send().await.unwrap();
    assert_eq!(form.status(), 415);
    let cross = client
        .post(app.url("/api/v1/login"))
        .header("origin", "https://evil.example")
        .json(&serde_json::json!({"username": "a", "password": "b"}))
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), 403, "the cross-site rule holds on the API");
    assert_eq!(cross.headers()["content-type"], "application/problem+json");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}
