#!/usr/bin/env bash
# Benchmarks every stage of tenderlint against a peer, in one run, and writes BENCHMARKS.md.
# Installs what it needs on a fresh Debian machine (poppler, LibreOffice, wrk, OPA's wheel).
# usage: bench/run.sh [--quick] [--only=extraction,policy,end_to_end,server,hostile,soak,arenas,inputs,notices,replicas]
#   --quick: few iterations, proves the harness still works; --only: run those sections and
#   replace them in BENCHMARKS.md
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/.work
mkdir -p "$work"

missing=()
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v soffice >/dev/null || missing+=(libreoffice-writer)
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/bin/time ] || missing+=(time)
python3 -c "import ensurepip, venv" 2>/dev/null || missing+=(python3-venv)
command -v taskset >/dev/null || missing+=(util-linux)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# OPA, embedded in a Python wheel. It declares Python >= 3.14 but works on 3.11.
if [ ! -d "$work/venv" ]; then
    python3 -m venv "$work/venv"
fi
if ! "$work/venv/bin/python" -c "import opa_bindings" 2>/dev/null; then
    "$work/venv/bin/pip" download -q --no-deps --python-version 3.14 --only-binary=:all: \
        -d "$work/wheels" opa-golib-python-bindings
    "$work/venv/bin/pip" install -q --ignore-requires-python --no-deps "$work"/wheels/*.whl
fi

cargo build --release --quiet
exec "$work/venv/bin/python" bench/run.py "$@"
