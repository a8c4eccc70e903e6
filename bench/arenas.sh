#!/usr/bin/env bash
# The server's resident memory under the soak's load, with glibc as it is and with its arenas
# capped (MALLOC_ARENA_MAX=2): does the cap add anything to the pool of long-lived worker
# threads? Runs bench/soak.py once each way and prints a Markdown table.
#
#   bench/arenas.sh [SECONDS] [BINARY]      # default: 120 s each, target/release/tenderlint
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
binary="${2:-target/release/tenderlint}"

echo "| glibc | answers | p99 of normal tenders | RSS after warm-up | range after warm-up | at the end | peak |"
echo "|---|---|---:|---:|---:|---:|---:|"
for arenas in "" 2; do
  if [ -n "$arenas" ]; then
    label="MALLOC_ARENA_MAX=$arenas"
    out="$(MALLOC_ARENA_MAX="$arenas" python3 bench/soak.py --seconds "$seconds" --binary "$binary" || true)"
  else
    label="as it is (one arena per thread, up to 8 per core)"
    out="$(python3 bench/soak.py --seconds "$seconds" --binary "$binary" || true)"
  fi
  answers="$(sed -n 's/^answers: //p' <<<"$out")"
  p99="$(sed -n 's/.*p99 \([0-9]* ms\).*/\1/p' <<<"$out")"
  warm="$(sed -n 's/^resident memory after warm-up: \([0-9]* MiB\) at first, \([0-9-]* MiB\).*/\1|\2/p' <<<"$out")"
  end="$(sed -n 's/^resident memory at the end: \([0-9]* MiB\), peak \([0-9]* MiB\)/\1|\2/p' <<<"$out")"
  echo "| $label | $answers | $p99 | ${warm%%|*} | ${warm#*|} | ${end%%|*} | ${end#*|} |"
done
