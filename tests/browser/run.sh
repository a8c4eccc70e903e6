#!/usr/bin/env bash
# Runs the page test: installs what it needs when missing (Debian's Chromium, playwright-core
# from npm), starts the server on a free loopback port with a history in memory and a token,
# drives the page, stops the server. Builds into $CARGO_TARGET_DIR when set.
# Usage: tests/browser/run.sh [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else
    echo "the browser test needs Debian's chromium (apt-get install chromium)" >&2
    exit 2
  fi
fi
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --silent

# $TENDERLINT_BIN, else the debug build (built when missing or stale).
binary="${TENDERLINT_BIN:-}"
if [ -z "$binary" ]; then
  (cd "$root" && cargo build --quiet --locked)
  binary="${CARGO_TARGET_DIR:-$root/target}/debug/tenderlint"
fi
token="browser-test-$RANDOM$RANDOM"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
TENDERLINT_TOKEN="$token" "$binary" serve --addr "127.0.0.1:$port" --db :memory: >"${TMPDIR:-/tmp}/tenderlint-browser-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
TENDERLINT_TOKEN="$token" node page.test.mjs "http://127.0.0.1:$port" "${1:-}"
