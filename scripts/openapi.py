#!/usr/bin/env python3
"""Writes src/http/openapi.json from the JSON Schemas in schemas/ (run after changing either).

The report and facts schemas are lifted into components; their $defs become components too.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lift(schema, name, components):
    defs = schema.pop("$defs", {})
    text = json.dumps(schema).replace('"#/$defs/', '"#/components/schemas/')
    lifted = json.loads(text)
    for key in ("$schema", "$id"):
        lifted.pop(key, None)
    components[name] = lifted
    for key, value in defs.items():
        components[key] = json.loads(json.dumps(value).replace('"#/$defs/', '"#/components/schemas/'))


def error(description):
    return {"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def main():
    components = {}
    for file, name in (("report.schema.json", "Report"), ("facts.schema.json", "Facts")):
        with open(os.path.join(ROOT, "schemas", file), encoding="utf-8") as f:
            lift(json.load(f), name, components)
    components["Error"] = {
        "type": "object", "required": ["error"], "additionalProperties": False,
        "properties": {"error": {"type": "object", "required": ["code", "message"], "additionalProperties": False,
                                 "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}}}
    components["Rule"] = {
        "type": "object",
        "required": ["id", "family", "title", "description", "severity", "legal_basis", "remediation", "examples", "package", "file", "line"],
        "properties": {
            "id": {"type": "string"}, "family": {"type": "string"}, "title": {"type": "string"}, "description": {"type": "string"},
            "severity": {"enum": ["error", "warning", "info"]},
            "legal_basis": {"type": "array", "items": {"$ref": "#/components/schemas/reference"}},
            "remediation": {"type": "string"},
            "examples": {"type": "object", "properties": {"fail": {"type": "string"}, "pass": {"type": "string"}}},
            "package": {"type": "string"}, "file": {"type": "string"}, "line": {"type": "integer"}}}
    components["CheckRecord"] = {
        "type": "object", "required": ["id", "time", "file", "size", "policy_hash", "profile", "summary"],
        "properties": {"id": {"type": "string"}, "time": {"type": "string", "format": "date-time"}, "file": {"type": "string"},
                       "sha256": {"type": ["string", "null"]}, "size": {"type": "integer"}, "policy_hash": {"type": "string"},
                       "profile": {"type": "string"}, "summary": {"type": "object"}}}
    components["Health"] = {"type": "object", "required": ["status"], "properties": {"status": {"enum": ["ok", "ready", "not_ready"]}}}
    report_formats = {"name": "format", "in": "query", "required": False,
                      "schema": {"enum": ["json", "sarif", "markdown", "html"], "default": "json"},
                      "description": "Rendering of the report."}
    report_content = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Report"}},
        "application/sarif+json": {"schema": {"type": "object"}},
        "text/markdown": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "tenderlint", "version": "1.0.0",
                 "description": "Checks public procurement tenders against digital-sovereignty criteria. Every route but /healthz, /readyz, / and /login requires the token when the server has one (Authorization: Bearer TOKEN, or the session cookie set by /login)."},
        "security": [{"bearer": []}],
        "paths": {
            "/v1/check": {"post": {
                "summary": "Check tender documents (multipart upload) or ready facts (JSON).",
                "parameters": [report_formats, {"name": "profile", "in": "query", "required": False, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {
                    "multipart/form-data": {"schema": {"type": "object", "properties": {"file": {"type": "array", "items": {"type": "string", "format": "binary"}}}}},
                    "application/json": {"schema": {"$ref": "#/components/schemas/Facts"}}}},
                "responses": {
                    "200": {"description": "The report; header X-Tenderlint-Check-Ids names the recorded checks.", "content": report_content},
                    "400": error("Malformed request."), "401": error("Token missing or wrong."),
                    "413": error("Upload over the size limit."), "415": error("Unsupported format."),
                    "422": error("The document could not be read (same reason as the command line)."),
                    "500": error("Server fault; the cause is logged.")}}},
            "/v1/facts": {"post": {
                "summary": "The sovereignty facts of uploaded documents.",
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                "responses": {"200": {"description": "One facts object per document.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Facts"}}}}},
                              "400": error("Malformed request."), "401": error("Token missing or wrong."), "413": error("Upload over the size limit."),
                              "415": error("Unsupported format."), "422": error("The document could not be read.")}}},
            "/v1/rules": {"get": {"summary": "Every rule of the policy set.",
                                  "responses": {"200": {"description": "The rules.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}}},
                                                "401": error("Token missing or wrong.")}}},
            "/v1/rules/{id}": {"get": {"summary": "One rule.", "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                                       "responses": {"200": {"description": "The rule.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Rule"}}}},
                                                     "401": error("Token missing or wrong."), "404": error("No such rule.")}}},
            "/v1/checks": {"get": {"summary": "Past checks, most recent first.",
                                   "responses": {"200": {"description": "The history.", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/CheckRecord"}}}}},
                                                 "401": error("Token missing or wrong."), "404": error("The server keeps no history.")}}},
            "/v1/checks/{id}": {"get": {"summary": "The report of a past check.",
                                        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}, report_formats],
                                        "responses": {"200": {"description": "The report.", "content": report_content},
                                                      "401": error("Token missing or wrong."), "404": error("No such check, or no history.")}}},
            "/healthz": {"get": {"summary": "Liveness.", "security": [], "responses": {"200": {"description": "Alive.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}}},
            "/readyz": {"get": {"summary": "Readiness: policies loaded, history writable.", "security": [],
                                "responses": {"200": {"description": "Ready.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
                                              "503": {"description": "Not ready.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}}},
            "/openapi.json": {"get": {"summary": "This description.", "responses": {"200": {"description": "OpenAPI 3.1.", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/": {"get": {"summary": "The page for procurement officers.", "security": [], "parameters": [{"name": "lang", "in": "query", "required": False, "schema": {"enum": ["fr", "en"]}}],
                          "responses": {"200": {"description": "HTML page.", "content": {"text/html": {"schema": {"type": "string"}}}}}}},
            "/login": {"post": {"summary": "Exchange the token for a session cookie.", "security": [],
                                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"token": {"type": "string"}}, "required": ["token"]}}}},
                                "responses": {"303": {"description": "Back to the page, signed in or not."}}}},
        },
        "components": {"schemas": components, "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
    with open(os.path.join(ROOT, "src", "http", "openapi.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
