#!/usr/bin/env bash
# Two `tenderlint serve` replicas on one real PostgreSQL server, as behind a load balancer:
# checks sent to both are read from either, a session opened on one is good on the other, the
# history pages across them, a replica restarted mid-run loses no record, and /readyz follows
# the database. Uses the debug binary that scripts/test builds (TENDERLINT_BIN to change it);
# stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/replicas/postgres.sh

bin=${TENDERLINT_BIN:-${CARGO_TARGET_DIR:-target}/debug/tenderlint}
[ -x "$bin" ] || { echo "no $bin: build it first (scripts/test does)" >&2; exit 2; }
command -v curl >/dev/null || { echo "the replica tests need curl" >&2; exit 2; }

work=$(mktemp -d)
pgdir=$(mktemp -d)
token=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
declare -A pid port
passed=0 failed=0

stop_replica() {
  local name=$1
  if [ -n "${pid[$name]:-}" ]; then
    kill -TERM "${pid[$name]}" 2>/dev/null || true
    wait "${pid[$name]}" 2>/dev/null || true
    pid[$name]=""
  fi
}
cleanup() {
  for name in "${!pid[@]}"; do stop_replica "$name"; done
  pg_stop "$pgdir"
  rm -rf "$work" "$pgdir"
}
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "ok: $*"; }
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }
expect() { # expect DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

launch_replica() {
  local name=$1
  port[$name]=${port[$name]:-$(free_port)}
  "$bin" serve --addr "127.0.0.1:${port[$name]}" --db "$PG_URL" --token "$token" \
    --rate-limit 0 --concurrent 1 2>>"$work/$name.log" &
  pid[$name]=$!
}
wait_ready() {
  local name=$1
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:${port[$name]}/readyz" 2>/dev/null; then return 0; fi
    kill -0 "${pid[$name]}" 2>/dev/null || { cat "$work/$name.log" >&2; return 1; }
    sleep 0.1
  done
  echo "replica $name never became ready" >&2
  return 1
}
start_replica() { launch_replica "$1" && wait_ready "$1"; }

url() { echo "http://127.0.0.1:${port[$1]}$2"; }
api() { # api REPLICA PATH [curl args...]: the body; fails on an HTTP error
  local name=$1 path=$2; shift 2
  curl -fsS -H "Authorization: Bearer $token" "$@" "$(url "$name" "$path")"
}
tender() { # tender NAME: a small tender, different for each name
  printf 'Marché %s. Les données sont hébergées en France. Le titulaire fournit 300 licences Microsoft 365.\n' "$1" >"$work/$1"
  echo "$work/$1"
}
check_on() { # check_on REPLICA FILE: the id of the recorded check
  local file
  file=$(tender "$2")
  curl -fsS -o /dev/null -D - -H "Authorization: Bearer $token" -F "file=@$file" "$(url "$1" /v1/check)" \
    | tr -d '\r' | sed -n 's/^x-tenderlint-check-ids: //Ip'
}
ids_on() { # ids_on REPLICA: every id of the history, following the cursor 3 at a time
  local name=$1 cursor="" page
  while :; do
    page=$(api "$name" "/v1/checks?limit=3${cursor:+&cursor=$cursor}")
    python3 -c 'import json, sys; [print(c["id"]) for c in json.load(sys.stdin)["checks"]]' <<<"$page"
    cursor=$(python3 -c 'import json, sys; print(json.load(sys.stdin).get("next", ""))' <<<"$page")
    [ -n "$cursor" ] || break
  done
}
contains_all() { # contains_all FILE_OF_IDS ID...
  local list=$1; shift
  for id in "$@"; do grep -qx "$id" "$list" || { echo "missing $id" >&2; return 1; }; done
}

started=$SECONDS
pg_start "$pgdir"
# Both at once on an empty database: they race to create the schema.
launch_replica a
launch_replica b
wait_ready a
wait_ready b
ok "PostgreSQL and two replicas started ($((SECONDS - started)) s)"
migrations=$("$(pg_bin)/psql" "$PG_URL" -tAc "SELECT count(*), count(DISTINCT version) FROM schema_migrations")
expect "replicas starting together applied each migration once ($migrations)" \
  test "$migrations" = "$(ls src/http/history/migrations/postgres/*.sql | wc -l)|$(ls src/http/history/migrations/postgres/*.sql | wc -l)"

ready=$(curl -fsS "$(url a /readyz)")
expect "/readyz names the database" grep -q '"backend":"postgres","reachable":true' <<<"$ready"

# Checks sent to both replicas, each read back from the other.
ids=()
for n in 1 2 3; do
  ids+=("$(check_on a "a$n.txt")" "$(check_on b "b$n.txt")")
done
expect "six checks recorded, three on each replica" test "$(printf '%s\n' "${ids[@]}" | grep -c '^[0-9a-f]\{32\}$')" -eq 6
ids_on a >"$work/on-a"
ids_on b >"$work/on-b"
expect "replica a lists the checks of both" contains_all "$work/on-a" "${ids[@]}"
expect "replica b lists the checks of both" contains_all "$work/on-b" "${ids[@]}"
expect "both list the same history, page after page" cmp -s "$work/on-a" "$work/on-b"
report=$(api a "/v1/checks/${ids[1]}")
expect "a report recorded by b is read on a, with its policy hash" \
  python3 -c 'import json, sys; r = json.load(sys.stdin); assert len(r["policy"]["hash"]) == 64; assert r["documents"][0]["path"] == "b1.txt"' <<<"$report"
expect "a report recorded by a is read on b as Markdown" \
  grep -q "a1.txt" <(api b "/v1/checks/${ids[0]}?format=markdown")

# A session opened on one replica is good on the other, its CSRF token included.
cookie=$(curl -fsS -o /dev/null -D - --data-urlencode "token=$token" "$(url a /login)" \
  | tr -d '\r' | sed -n 's/^set-cookie: \(tenderlint_session=[^;]*\).*/\1/Ip')
expect "the login on a sets a session cookie" test -n "$cookie"
expect "the session opened on a reads the history on b" \
  curl -fsS -o /dev/null -H "Cookie: $cookie" "$(url b /v1/checks)"
csrf=$(curl -fsS -H "Cookie: $cookie" "$(url b /)" | sed -n 's/.*data-csrf="\([0-9a-f]*\)".*/\1/p')
file=$(tender "page.txt")
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" \
  -F "file=@$file" "$(url a /v1/check)")
expect "the page served by b uploads through a" test "$status" = 200

# Replica a restarts while uploads are under way on it and on b: every check answered with an
# id is in the history afterwards, and b answers all of its own.
upload_loop() { # upload_loop REPLICA PREFIX: uploads one after another, ids to a file
  for n in $(seq 1 "$per_client"); do
    check_on "$1" "$2-$n.txt" >>"$work/answered-$1" || true
  done
}
per_client=25
: >"$work/answered-a"
clients=()
for client in 1 2; do
  upload_loop a "restart-a$client" 2>>"$work/clients.log" &
  clients+=($!)
  upload_loop b "restart-b$client" 2>>"$work/clients.log" &
  clients+=($!)
done
# Restart once a few checks went through, while the others are still to come.
while [ "$(grep -c . "$work/answered-a")" -lt 4 ]; do sleep 0.05; done
stop_replica a
start_replica a
wait "${clients[@]}"
after=$(check_on a "after-restart.txt")
expect "the restarted replica records again" test -n "$after"
mapfile -t answered < <(cat "$work/answered-a" "$work/answered-b")
expect "b answered all its uploads while a restarted" test "$(grep -c . "$work/answered-b")" -eq $((2 * per_client))
ids_on b >"$work/on-b"
expect "no answered check lost across the restart (${#answered[@]} answered, $(grep -c . "$work/answered-a") of $((2 * per_client)) by a)" \
  contains_all "$work/on-b" "${ids[@]}" "${answered[@]}" "$after"
ids_on a >"$work/on-a"
expect "the restarted replica reads what the other recorded meanwhile" \
  contains_all "$work/on-a" "${answered[@]}"

# Readiness follows the database: down, then back.
pg_ctl_cluster "$pgdir" stop
status=$(curl -sS -o "$work/readyz" -w '%{http_code}' "$(url b /readyz)")
expect "without the database, /readyz is 503 not_ready" \
  test "$status $(grep -o '"status":"not_ready"' "$work/readyz")" = '503 "status":"not_ready"'
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$(url b /v1/checks)")
expect "without the database, the history answers 500 at once" test "$status" = 500
pg_ctl_cluster "$pgdir" start
status=$(curl -sS -o /dev/null -w '%{http_code}' "$(url b /readyz)")
expect "the database back, /readyz is 200" test "$status" = 200
expect "the database back, checks are recorded" test -n "$(check_on b "back.txt")"

# Secrets stay out of the logs.
expect "neither the token nor the database password is logged" \
  bash -c "! grep -qF -e '$token' -e '$(cat "$pgdir/password")' '$work'/*.log"

echo "replicas: $passed passed, $failed failed ($((SECONDS - started)) s)"
[ "$failed" -eq 0 ]
