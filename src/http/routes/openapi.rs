//! `GET /openapi.json`: the OpenAPI 3.1 description of this API. The schemas of the bodies are
//! generated from the Rust types (the same as `schemas/*.json`), so they cannot drift from what
//! the server sends; the paths are described here, next to the routes.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use strum::VariantNames;

use super::super::history::ChecksPage;
use super::checks::{DEFAULT_PAGE, MAX_PAGE};
use crate::model::{self, Facts, Report, RuleInfo};
use crate::report::Format;

/// The handler.
pub(in crate::http) async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        axum::Json(&*DOCUMENT),
    )
        .into_response()
}

/// The schema of `T` as an OpenAPI component: its definitions are lifted into `components`.
fn component<T: schemars::JsonSchema>(name: &str, components: &mut serde_json::Map<String, Value>) {
    let mut schema = model::json_schema::<T>();
    let definitions = schema
        .as_object_mut()
        .and_then(|s| s.remove("$defs"))
        .unwrap_or_default();
    if let Some(object) = schema.as_object_mut() {
        object.remove("$schema");
        object.remove("$id");
    }
    components.insert(name.to_string(), relink(schema));
    if let Value::Object(definitions) = definitions {
        for (key, value) in definitions {
            components.insert(key, relink(value));
        }
    }
}

/// `#/$defs/X` references become `#/components/schemas/X`.
fn relink(schema: Value) -> Value {
    let text = schema
        .to_string()
        .replace("\"#/$defs/", "\"#/components/schemas/");
    serde_json::from_str(&text).unwrap_or(schema)
}

fn error(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

/// Built once: the schemas do not change while the server runs.
static DOCUMENT: LazyLock<Value> = LazyLock::new(build);

/// The whole description.
pub fn document() -> Value {
    DOCUMENT.clone()
}

fn build() -> Value {
    let mut components = serde_json::Map::new();
    component::<Report>("Report", &mut components);
    component::<Facts>("Facts", &mut components);
    component::<RuleInfo>("Rule", &mut components);
    component::<ChecksPage>("ChecksPage", &mut components);
    components.insert(
        "Error".to_string(),
        json!({
            "type": "object", "required": ["error"], "additionalProperties": false,
            "properties": { "error": { "type": "object", "required": ["code", "message"], "additionalProperties": false,
                "properties": { "code": { "type": "string" }, "message": { "type": "string" } } } }
        }),
    );
    components.insert(
        "Health".to_string(),
        json!({ "type": "object", "required": ["status"], "properties": {
            "status": { "enum": ["ok", "ready", "not_ready"] },
            "history": { "description": "The history's database and whether it answered (readiness only; null without a history).",
                "oneOf": [{ "type": "null" }, { "type": "object", "required": ["backend", "reachable"], "additionalProperties": false,
                    "properties": { "backend": { "enum": ["sqlite", "postgres"] }, "reachable": { "type": "boolean" } } }] } } }),
    );
    let formats = json!({
        "name": "format", "in": "query", "required": false,
        "schema": { "enum": Format::VARIANTS, "default": "json" },
        "description": "Rendering of the report: the formats of `tenderlint check --format`."
    });
    let report_content = json!({
        "application/json": { "schema": { "$ref": "#/components/schemas/Report" } },
        "application/sarif+json": { "schema": { "type": "object" } },
        "application/xml": { "schema": { "type": "string" } },
        "text/markdown": { "schema": { "type": "string" } },
        "text/html": { "schema": { "type": "string" } },
        "text/plain": { "schema": { "type": "string" } }
    });
    let unauthorised = error("Token missing or wrong.");
    let forbidden = || {
        error(
            "Refused as cross-site request forgery: sent from another site (Sec-Fetch-Site), or with the session cookie but without the page's X-CSRF-Token.",
        )
    };
    let rate_limited = || {
        error(
            "Over the per-client rate limit (--rate-limit); header Retry-After says when to try again.",
        )
    };
    let busy = || {
        error(
            "Too many uploads already waiting (--queue); header Retry-After says when to try again.",
        )
    };
    // The reader's language; Accept-Language otherwise, then the tender's own.
    let lang = json!({ "name": "lang", "in": "query", "required": false,
        "description": "The language of the findings (en, fr, de); Accept-Language otherwise, then the tender's own language, then English. A stored report is written again in it when the server runs the policy set that judged it.",
        "schema": { "type": "string" } });
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "tenderlint",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Checks public procurement tenders against digital-sovereignty criteria. Every route but /healthz, /readyz, /, /assets/ and /login requires the token when the server has one (Authorization: Bearer TOKEN, or the session cookie set by /login; a state-changing request with the cookie also needs the page's X-CSRF-Token header)."
        },
        "security": [{ "bearer": [] }],
        "paths": {
            "/v1/check": { "post": {
                "summary": "Check tender documents (multipart upload, refused whole when one cannot be read) or ready facts (JSON). With package=true the files are one consultation file, judged together (a zip archive always is): a document of it that cannot be read is named in the report's errors, and the others are judged.",
                "parameters": [formats, { "name": "profile", "in": "query", "required": false, "schema": { "type": "string" } },
                    { "name": "package", "in": "query", "required": false, "schema": { "type": "boolean", "default": false } }, lang.clone()],
                "requestBody": { "required": true, "content": {
                    "multipart/form-data": { "schema": { "type": "object", "properties": { "file": { "type": "array", "items": { "type": "string", "format": "binary" } } } } },
                    "application/json": { "schema": { "$ref": "#/components/schemas/Facts" } } } },
                "responses": {
                    "200": { "description": "The report; header X-Tenderlint-Check-Ids names the recorded checks.", "content": report_content },
                    "400": error("Malformed request."), "401": unauthorised, "403": forbidden(),
                    "413": error("Upload over the size limit."), "415": error("Unsupported format."),
                    "422": error("A document could not be read (the same reason as the command line gives), or took too long."),
                    "429": rate_limited(), "500": error("Server fault; the cause is logged."), "503": busy() } } },
            "/v1/facts": { "post": {
                "summary": "The sovereignty facts of uploaded documents (with package=true, of the files together as one consultation file).",
                "parameters": [{ "name": "package", "in": "query", "required": false, "schema": { "type": "boolean", "default": false } }],
                "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "type": "object" } } } },
                "responses": {
                    "200": { "description": "One facts object per document.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Facts" } } } } },
                    "400": error("Malformed request."), "401": unauthorised, "403": forbidden(), "413": error("Upload over the size limit."),
                    "415": error("Unsupported format."), "422": error("A document could not be read, or took too long."),
                    "429": rate_limited(), "503": busy() } } },
            "/v1/rules": { "get": { "summary": "Every rule of the policy set.",
                "responses": {
                    "200": { "description": "The rules.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Rule" } } } } },
                    "401": unauthorised } } },
            "/v1/rules/{id}": { "get": { "summary": "One rule.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": {
                    "200": { "description": "The rule.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Rule" } } } },
                    "401": unauthorised, "404": error("No such rule.") } } },
            "/v1/checks": { "get": { "summary": "Past checks, most recent first, a page at a time. Every replica sharing the database answers the same pages.",
                "parameters": [
                    { "name": "limit", "in": "query", "required": false, "description": "Checks on the page.",
                      "schema": { "type": "integer", "minimum": 1, "maximum": MAX_PAGE, "default": DEFAULT_PAGE } },
                    { "name": "cursor", "in": "query", "required": false, "description": "Where the page starts: the `next` of the page before, passed back as it is (opaque). Checks recorded meanwhile do not shift the pages that follow.",
                      "schema": { "type": "string" } }],
                "responses": {
                    "200": { "description": "A page of the history; `next` is absent on the last page.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ChecksPage" } } } },
                    "400": error("A limit out of range, or a cursor this server did not make."),
                    "401": unauthorised, "404": error("The server keeps no history.") } } },
            "/v1/checks/{id}": { "get": { "summary": "The report of a past check.",
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }, formats, lang],
                "responses": {
                    "200": { "description": "The report.", "content": report_content },
                    "400": error("Unknown format."), "401": unauthorised, "404": error("No such check, or no history.") } } },
            "/healthz": { "get": { "summary": "Liveness.", "security": [],
                "responses": { "200": { "description": "Alive.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } } } } },
            "/readyz": { "get": { "summary": "Readiness: policies loaded, history's database reachable (not ready while it is down, so a load balancer sends requests to other replicas).", "security": [],
                "responses": {
                    "200": { "description": "Ready.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
                    "503": { "description": "Not ready.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } } } } },
            "/openapi.json": { "get": { "summary": "This description.",
                "responses": { "200": { "description": "OpenAPI 3.1.", "content": { "application/json": { "schema": { "type": "object" } } } } } } },
            "/": { "get": { "summary": "The page for procurement officers.", "security": [],
                "parameters": [{ "name": "lang", "in": "query", "required": false, "schema": { "enum": ["en", "fr", "de"] } }],
                "responses": { "200": { "description": "HTML page.", "content": { "text/html": { "schema": { "type": "string" } } } } } } },
            "/login": { "post": { "summary": "Exchange the token for a session cookie.", "security": [],
                "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": { "token": { "type": "string" } }, "required": ["token"] } } } },
                "responses": { "303": { "description": "Back to the page, signed in or not." }, "403": forbidden(), "429": rate_limited() } } },
            "/assets/page.js": { "get": { "summary": "The page's script.", "security": [],
                "responses": { "200": { "description": "JavaScript, cacheable for good (its URL in the page changes with it).", "content": { "text/javascript": { "schema": { "type": "string" } } } } } } },
            "/assets/page.css": { "get": { "summary": "The page's style.", "security": [],
                "responses": { "200": { "description": "CSS, cacheable for good (its URL in the page changes with it).", "content": { "text/css": { "schema": { "type": "string" } } } } } } }
        },
        "components": { "schemas": components, "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } } }
    })
}
