#!/usr/bin/env bash
# Fuzzes tenderlint's readers and the facts JSON with AFL++ (cargo-afl, stable Rust).
#
#   fuzz/run.sh [TARGET|all] [SECONDS]      # default: all targets, 120 s each
#
# Targets: pdf docx odt html text markdown xlsx ods zip eforms ocds facts. Installs cargo-afl (and builds its AFL++)
# when missing, builds the targets instrumented, fuzzes each in turn from its seeds
# (fuzz/seeds/TARGET, resuming fuzz/out/TARGET when it exists) and copies every crash and hang
# into fuzz/regressions/TARGET/, which `cargo test` replays. Exits 1 when this run found any.
# FUZZ_TIMEOUT_MS (default 5000) is the time after which an input counts as a hang.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

targets=(pdf docx odt html text markdown xlsx ods zip eforms ocds facts)
target="${1:-all}"
seconds="${2:-120}"
if [ "$target" != all ]; then
  if ! printf '%s\n' "${targets[@]}" | grep -qxF -- "$target"; then
    echo "unknown target '$target'; targets: ${targets[*]}" >&2
    exit 2
  fi
  targets=("$target")
fi

# cargo-afl of the afl crate's version in Cargo.lock, and the AFL++ it builds.
afl_version="$(awk '/^name = "afl"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if ! cargo afl --version 2>/dev/null | grep -qF "$afl_version"; then
  cargo install --locked cargo-afl --version "$afl_version"
fi
# Every subcommand but `config` fails while AFL++ is not built; `addseeds -h` alone then exits 0.
if ! cargo afl addseeds -h >/dev/null 2>&1; then
  cargo afl config --build
fi

# Apart from the ordinary builds: the instrumentation flags would rebuild them all otherwise.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$here/target}/afl"
# Not --locked: when the main crate gains a dependency, this lock file lacks it and a locked
# build would refuse to start. Cargo adds what is missing and keeps every version already pinned.
cargo afl build --release --quiet
if ! git diff --quiet -- Cargo.lock 2>/dev/null; then
  echo "fuzz/Cargo.lock gained the main crate's new dependencies: commit it" >&2
fi

dictionaries="$(find "${XDG_DATA_HOME:-$HOME/.local/share}/afl.rs" -type d -name dictionaries 2>/dev/null | head -n 1)"
dictionary() {
  case "$1" in
    pdf) echo pdf.dict ;;
    docx|odt|xlsx|ods|eforms) echo xml.dict ;;
    html) echo html_tags.dict ;;
    markdown) echo markdown.dict ;;
    facts|ocds) echo json.dict ;;
    text) echo utf8.dict ;;
  esac
}

# A shared machine: no CPU pinning, no core-dump or CPU-governor checks, no screen.
export AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_AUTORESUME=1

found=0
for t in "${targets[@]}"; do
  dict=()
  if [ -n "$dictionaries" ] && [ -f "$dictionaries/$(dictionary "$t")" ]; then
    dict=(-x "$dictionaries/$(dictionary "$t")")
  fi
  echo "== $t: ${seconds}s" >&2
  mkdir -p "out/$t"
  cargo afl fuzz -i "seeds/$t" -o "out/$t" -V "$seconds" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none \
    "${dict[@]}" -- "$CARGO_TARGET_DIR/release/$t" >"out/$t.log" 2>&1 || {
    echo "afl-fuzz failed for $t; see fuzz/out/$t.log" >&2
    tail -n 20 "out/$t.log" >&2
    exit 2
  }
  grep -E "execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs" "out/$t/default/fuzzer_stats" \
    | tr -s ' ' | paste -sd ' ' >&2
  # Crashes and hangs under a name that says which and is the same for the same input.
  for kind in crashes hangs; do
    for file in "out/$t/default/$kind"/id:*; do
      [ -e "$file" ] || continue
      label=crash
      [ "$kind" = hangs ] && label=hang
      sha="$(sha1sum "$file" | cut -c1-16)"
      name="$label-$sha"
      mkdir -p "regressions/$t"
      # Known by its digest: a regression may have been renamed to say what it broke.
      if ! compgen -G "regressions/$t/$label-*$sha" >/dev/null; then
        cp "$file" "regressions/$t/$name"
        echo "new $label: fuzz/regressions/$t/$name" >&2
        found=1
      fi
    done
  done
done
exit "$found"
