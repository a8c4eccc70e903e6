"""Runs the benchmarks of bench/run.sh and writes BENCHMARKS.md.

Every stage is timed side by side with a peer in the same run, and reported as medians and
ratios (these machines are noisy: single timings mean little).
"""

import html
import json
import os
import pathlib
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
# TENDERLINT=path: measure that binary instead (one built elsewhere) with --only.
TENDERLINT = pathlib.Path(os.environ.get("TENDERLINT", ROOT / "target" / "release" / "tenderlint"))
QUICK = "--quick" in sys.argv
SIZES = (10, 100, 300)
FORMATS = ("pdf", "docx", "odt")
SOURCES = (
    "fr_cctp_suite_collaborative.tl",
    "en_rfp_research_data_platform.tl",
    "de_leistungsbeschreibung_fachverfahren.tl",
    "de_kurzfassung_dateiaustausch.txt",
    "fr_avis_relation_usagers.txt",
)
WORDS_PER_PAGE = 230  # with the heading, fits on an A4 page in LibreOffice's default style


def run(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def timed(args) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # check exits 1 when it finds something
        raise SystemExit(f"{args}: exit {done.returncode}\n{done.stderr}")
    return elapsed, int(done.stderr.strip().splitlines()[-1])


def medians(commands: dict, iterations: int) -> dict:
    """Median wall time and peak memory of each command, runs interleaved so drift hits all."""
    samples = {name: [] for name in commands}
    for _ in range(iterations):
        for name, args in commands.items():
            samples[name].append(timed(args))
    return {
        name: (
            statistics.median(s[0] for s in runs),
            max(s[1] for s in runs),
        )
        for name, runs in samples.items()
    }


def paragraphs() -> list[str]:
    """The fixture texts as plain paragraphs, markup dropped."""
    found = []
    for name in SOURCES:
        for line in (ROOT / "fixtures" / "src" / name).read_text().splitlines():
            line = re.sub(r"^[#=-]+\s*", "", line.strip())
            if len(line.split()) > 3 and not line.startswith("|"):
                found.append(line)
    return found


def synthetic_tenders() -> dict:
    """Tenders of 10, 100 and 300 pages in PDF, DOCX and ODT, made by LibreOffice from HTML
    with a page break before each page's heading. Kept between runs."""
    texts = paragraphs()
    made = {}
    for pages in SIZES:
        base = WORK / f"tender_{pages}p"
        if not all(base.with_suffix(f".{f}").exists() for f in FORMATS):
            body, cursor = [], 0
            for page in range(1, pages + 1):
                body.append(f'<h2 style="page-break-before: always">Section {page}</h2>')
                words = 0
                while words < WORDS_PER_PAGE:
                    text = texts[cursor % len(texts)]
                    cursor += 1
                    words += len(text.split())
                    body.append(f"<p>{html.escape(text)}</p>")
            source = base.with_suffix(".html")
            source.write_text(
                '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                + "\n".join(body)
                + "</body></html>"
            )
            soffice = ["soffice", "--headless", "--infilter=HTML (StarWriter)"]
            run([*soffice, "--convert-to", "odt", "--outdir", WORK, source])
            odt = base.with_suffix(".odt")
            run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, odt])
            run(["soffice", "--headless", "--convert-to", "docx", "--outdir", WORK, odt])
        info = run(["pdfinfo", base.with_suffix(".pdf")]).stdout
        actual = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        made[pages] = {"pages": actual, **{f: base.with_suffix(f".{f}") for f in FORMATS}}
    return made


def cpu_time(args) -> float:
    """CPU seconds (user + system) of one run of a command, from the child's rusage."""
    child = subprocess.Popen(
        [str(a) for a in args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args}: exit {os.waitstatus_to_exitcode(status)}\n{child.stderr.read()}")
    child.stderr.close()
    return usage.ru_utime + usage.ru_stime


def pdf_pages(pdf: pathlib.Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf]).stdout).group(1))


def real_pdfs() -> list[pathlib.Path]:
    """The public PDFs of other producers kept in bench/inputs/ (see its README)."""
    return sorted((ROOT / "bench" / "inputs").glob("*.pdf"))


def extraction(tenders: dict) -> list[str]:
    lines = [
        "## Extraction: `tenderlint extract` vs `pdftotext` (poppler)",
        "",
        "Same PDFs, whole process per run (start-up included): CPU time (user + system, from the "
        f"child's rusage) per page, median of {ITERATIONS} interleaved runs. The synthetic "
        "tenders come from LibreOffice; the others are public PDFs of other producers "
        "(`bench/inputs/README.md`).",
        "",
        "| input | pages | tenderlint CPU/page | pdftotext CPU/page | ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    inputs = [(f"synthetic, {size} pages", t["pdf"], t["pages"]) for size, t in tenders.items()]
    inputs += [(f"`{pdf.name}`", pdf, pdf_pages(pdf)) for pdf in real_pdfs()]
    for label, pdf, pages in inputs:
        samples = {"tenderlint": [], "pdftotext": []}
        for _ in range(ITERATIONS):
            samples["tenderlint"].append(cpu_time([TENDERLINT, "extract", pdf]))
            samples["pdftotext"].append(cpu_time(["pdftotext", pdf, "-"]))
        ours = statistics.median(samples["tenderlint"]) / pages
        peer = statistics.median(samples["pdftotext"]) / pages
        RESULTS[f"extract_ratio_{pdf.stem}"] = ours / peer
        lines.append(
            f"| {label} | {pages} | {ours * 1000:.2f} ms | {peer * 1000:.2f} ms | {ours / peer:.2f} × |"
        )
    worst = max(v for k, v in RESULTS.items() if k.startswith("extract_ratio"))
    lines += [
        "",
        verdict(worst <= 1.0, f"≤ 1.0 × pdftotext CPU per page: worst {worst:.2f} ×"),
    ]
    return lines


def policy_evaluation() -> list[str]:
    fixture = ROOT / "fixtures" / "fr_cctp_suite_collaborative.odt"
    facts = WORK / "facts.json"
    facts.write_text(run([TENDERLINT, "facts", "--format", "json", fixture]).stdout)
    bench = run(
        ["cargo", "bench", "--quiet", "--bench", "stages", "--", *(["--quick"] if QUICK else [])],
        cwd=ROOT,
    ).stdout
    regorus_us = float(re.search(r"POLICY_EVAL_US=([\d.]+)", bench).group(1))
    opa = json.loads(
        run(
            [
                WORK / "venv" / "bin" / "python",
                ROOT / "bench" / "opa_eval.py",
                ROOT / "policies",
                facts,
                "eu",
                "20" if QUICK else "301",
            ]
        ).stdout
    )
    report = json.loads(run([TENDERLINT, "check", "--format", "json", "--fail-on", "never", fixture]).stdout)
    ours = sorted(f["rule"] for d in report["documents"] for f in d["findings"])
    opa_us = (opa["full_s"] - opa["bridge_s"]) * 1e6
    RESULTS["policy_speedup"] = opa_us / regorus_us
    same = ours == opa["rules"]
    return [
        "## Policy evaluation: regorus (in tenderlint) vs Open Policy Agent",
        "",
        "The bundled pack (every `deny`/`warn`/`info` set, one query) on the facts of "
        "`fixtures/fr_cctp_suite_collaborative.odt`, profile `eu`. regorus: `cargo bench --bench "
        "stages` (the rule gathering every set, compiled once for regorus's register VM; per "
        "evaluation a VM loaded with the program, the data and the input, run; the bench's last "
        "lines compare the VM with regorus's interpreter on the judgement with the scorecard). OPA: the "
        "`opa-golib-python-bindings` wheel (OPA embedded through a C bridge); the bridge's own "
        f"cost, a trivial query `x := 1` with the same input ({opa['bridge_s'] * 1e6:.0f} µs), "
        "is subtracted.",
        "",
        "| engine | median per evaluation | findings |",
        "|---|---:|---:|",
        f"| regorus | {regorus_us:.0f} µs | {len(ours)} |",
        f"| OPA (bridge subtracted) | {opa_us:.0f} µs | {len(opa['rules'])} |",
        f"| OPA (as measured) | {opa['full_s'] * 1e6:.0f} µs | |",
        "",
        f"Both engines find {'the same' if same else 'DIFFERENT'} rules: the pack is portable.",
        "",
        verdict(
            RESULTS["policy_speedup"] >= 2,
            f"≥ 2 × faster than OPA: {RESULTS['policy_speedup']:.2f} ×",
        ),
        "",
        "Facts extraction, from the same bench (in process, plain text):",
        "",
        "```",
        *[l for l in bench.splitlines() if l.strip()],
        "```",
    ]


def end_to_end(tenders: dict) -> list[str]:
    corpus = WORK / "corpus100"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir()
    fixtures = sorted(
        p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".pdf", ".docx", ".odt", ".html")
    )
    for i in range(100):
        source = fixtures[i % len(fixtures)]
        shutil.copy(source, corpus / f"{i:03}_{source.name}")
    (wall, rss), = medians({"check": [TENDERLINT, "check", "--format", "json", corpus]}, ITERATIONS).values()
    lines = [
        "## End to end",
        "",
        f"`tenderlint check --format json` on 100 documents (the {len(fixtures)} PDF, DOCX, ODT "
        f"and HTML fixtures, 1–3 pages each, cycled), all cores: median {wall:.2f} s, "
        f"**{100 / wall:.0f} documents/s**, peak memory {rss / 1024:.0f} MiB.",
        "",
        "How cost grows: one tender on one core (`taskset -c 0 … --jobs 1`), "
        "whole process, median wall time and peak memory.",
        "",
        "| pages | format | time | per page | peak memory |",
        "|---:|---|---:|---:|---:|",
    ]
    for size, tender in tenders.items():
        for fmt in FORMATS:
            (wall, rss), = medians(
                {fmt: ["taskset", "-c", "0", TENDERLINT, "check", "--jobs", "1", "--format", "json", tender[fmt]]},
                ITERATIONS,
            ).values()
            RESULTS[f"check_{size}_{fmt}"] = wall
            lines.append(
                f"| {tender['pages']} | {fmt} | {wall * 1000:.0f} ms "
                f"| {wall / tender['pages'] * 1000:.1f} ms | {rss / 1024:.0f} MiB |"
            )
    slowest = max(RESULTS[f"check_300_{f}"] for f in FORMATS)
    lines += ["", verdict(slowest < 2.0, f"a 300-page tender in under 2 s on one core: slowest {slowest:.2f} s")]
    return lines


WRK_SCRIPT = """
local f = io.open(os.getenv("BENCH_PDF"), "rb")
local body = f:read("*a")
f:close()
local boundary = "tenderlintbench"
wrk.method = "POST"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = "--" .. boundary .. "\\r\\n"
  .. 'Content-Disposition: form-data; name="file"; filename="tender.pdf"\\r\\n'
  .. "Content-Type: application/pdf\\r\\n\\r\\n" .. body .. "\\r\\n--" .. boundary .. "--\\r\\n"
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def rss_kib(pid: int) -> int:
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1))


def server(tenders: dict) -> list[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    script = WORK / "post_pdf.lua"
    script.write_text(WRK_SCRIPT)
    # History on disk: kept in memory it would grow with every report and hide the process's own.
    history = WORK / "history.sqlite"
    history.unlink(missing_ok=True)
    process = subprocess.Popen(
        # No per-client rate limit (every request comes from one address) and a queue for every
        # client: a refusal is no measure of a check, the wait is.
        [TENDERLINT, "serve", "--addr", f"127.0.0.1:{port}", "--db", history, "--rate-limit", "0", "--queue", "32"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        duration = 3 if QUICK else 20
        lines = [
            "## Server: `POST /v1/check` with a 10-page PDF",
            "",
            f"`tenderlint serve` on loopback, `wrk` ({duration} s per level, one thread per core, "
            "the client shares the machine), history in a SQLite file, `--rate-limit 0 --queue 32` "
            "(every client waits its turn instead of a 503: the wait is what is measured).",
            "",
            "| clients | requests/s | p50 | p99 | errors | server memory after |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        rss_start = rss_kib(process.pid)
        worst_p99, errors = 0.0, 0
        for clients in (1, 8, 32):
            out = run(
                ["wrk", "-t", str(min(clients, os.cpu_count() or 1)), "-c", str(clients), "-d", f"{duration}s",
                 "--timeout", "10s", "-s", script, f"{url}/v1/check"],
                env={**os.environ, "BENCH_PDF": str(tenders[10]["pdf"])},
            ).stdout
            requests, seconds, p50, p99, failed = re.search(
                r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", out
            ).groups()
            rate = int(requests) / float(seconds)
            worst_p99, errors = max(worst_p99, float(p99)), errors + int(failed)
            lines.append(
                f"| {clients} | {rate:.1f} | {float(p50):.0f} ms | {float(p99):.0f} ms | {failed} "
                f"| {rss_kib(process.pid) / 1024:.0f} MiB |"
            )
        lines += [
            "",
            f"Server memory at start: {rss_start / 1024:.0f} MiB.",
            "",
            verdict(
                errors == 0 and worst_p99 < 300,
                f"32 clients, no error, p99 under 300 ms (issue 17): {errors} errors, worst p99 {worst_p99:.0f} ms",
            ),
        ]
        return lines
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def hostile_shapes() -> list[str]:
    """The worst shapes of input from 1 to 50 MB (benches/hostile.rs): time per MB must stay flat."""
    args = ["cargo", "bench", "--quiet", "--bench", "hostile", "--"] + (["--quick"] if QUICK else [])
    out = run(args, cwd=ROOT).stdout
    rows, ratios = [], {}
    for line in out.splitlines():
        ratio = re.match(r"(.+?)\s+time per MB, largest vs smallest: ([0-9.]+)", line)
        if ratio:
            ratios[ratio.group(1).strip()] = float(ratio.group(2))
            continue
        cells = re.match(r"(.+?)\s+([0-9]+)\s+([0-9.]+)\s+([0-9.]+)\s+(.*)", line)
        if cells and not line.startswith("shape"):
            name, size, seconds, per_mb, outcome = cells.groups()
            rows.append(f"| {name.strip()} | {size} | {float(seconds):.2f} s | {float(per_mb):.3f} s | {outcome.strip()} |")
    worst = max(ratios.values(), default=0.0)
    return [
        "## Hostile shapes: reading and facts, 1 to 50 MB",
        "",
        "`benches/hostile.rs`, in-process, one core; the text budget raised so that every size is read.",
        "",
        "| shape | MB | time | per MB | outcome |",
        "|---|---:|---:|---:|---|",
        *rows,
        "",
        "Time per MB, largest size vs smallest: "
        + ", ".join(f"{name} {ratio:.2f}×" for name, ratio in ratios.items()),
        "",
        verdict(worst <= 1.5, f"time per MB flat (at most 1.5× from the smallest to the largest size): worst {worst:.2f}×"),
    ]


def soak() -> list[str]:
    """bench/soak.py: 32 clients for 10 minutes (30 s in quick mode), hostile files mixed in."""
    seconds = 30 if QUICK else 600
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--seconds", str(seconds),
         "--binary", str(TENDERLINT)],
        capture_output=True, text=True,
    )
    lines = done.stdout.strip().splitlines()
    return [
        "## Soak: 32 clients, hostile files mixed in",
        "",
        f"`bench/soak.py --seconds {seconds}`: each client uploads a fixture tender, reads the answer "
        "and pauses 2 s; one upload in ten is hostile (200 000 nested divs, a zip bomb, entity "
        "expansion, a truncated PDF, a 1 MB endless sentence). The server runs with "
        "`--rate-limit 0 --queue 32 --document-timeout 10` and its history in a SQLite file, on "
        "the same 2 cores.",
        "",
        *[f"    {line}" for line in lines],
        "",
        verdict(done.returncode == 0, "zero 5xx, p99 of normal tenders under 1 s, resident memory within 10 % after warm-up"),
    ]


NOTICES = 10_000


def generated_notices() -> tuple[pathlib.Path, pathlib.Path]:
    """10 000 notices made from the project's own fixtures, ids and buyers varied: half eForms
    files in one directory, half OCDS releases in one JSON Lines file. Kept between runs."""
    eforms_dir = WORK / "notices" / "eforms"
    ocds_lines = WORK / "notices" / "releases.jsonl"
    half = NOTICES // 2
    if eforms_dir.is_dir() and len(list(eforms_dir.iterdir())) == half and ocds_lines.exists():
        return eforms_dir, ocds_lines
    shutil.rmtree(WORK / "notices", ignore_errors=True)
    eforms_dir.mkdir(parents=True)
    sources = sorted((ROOT / "fixtures" / "notices" / "eforms").glob("[a-z][a-z]_*.xml"))
    templates = [s.read_text() for s in sources]
    for i in range(half):
        text = templates[i % len(templates)]
        # A distinct notice each time: its identifiers and the buyer's name change.
        text = re.sub(r"(<cbc:ID schemeName=\"notice-id\">)[^<]*", rf"\g<1>{i:08d}-bench", text)
        text = text.replace("</cbc:Name>", f" {i}</cbc:Name>", 1)
        (eforms_dir / f"notice_{i:05d}.xml").write_text(text)
    release = json.loads((ROOT / "fixtures" / "notices" / "ocds" / "fr_release_hebergement.json").read_text())
    with ocds_lines.open("w") as out:
        for i in range(half):
            release["ocid"] = f"ocds-bench0-{i:06d}"
            release["id"] = f"{i}"
            out.write(json.dumps(release, ensure_ascii=False) + "\n")
    return eforms_dir, ocds_lines


def notices() -> list[str]:
    """Notices per second: `check --format jsonl` on 5 000 eForms files and 5 000 OCDS releases
    in JSON Lines, next to parsing alone (xmllint, and Python's json) as the peer."""
    eforms_dir, ocds_lines = generated_notices()
    iterations = 1 if QUICK else 3
    xml_files = sorted(str(p) for p in eforms_dir.iterdir())
    results = medians(
        {
            "eforms": [TENDERLINT, "check", "--format", "jsonl", "--fail-on", "never", eforms_dir],
            "ocds": [TENDERLINT, "check", "--format", "jsonl", "--fail-on", "never", ocds_lines],
            "xmllint": ["sh", "-c", f"xmllint --noout {eforms_dir}/*.xml"],
            "json": [sys.executable, "-c", f"import json\nfor line in open({str(ocds_lines)!r}): json.loads(line)"],
        },
        iterations,
    )
    half = len(xml_files)
    rate = {name: half / seconds for name, (seconds, _) in results.items()}
    memory = {name: kib / 1024 for name, (_, kib) in results.items()}
    return [
        "## Notices: eForms and OCDS in batches",
        "",
        f"`tenderlint check --format jsonl` on {half} eForms notices (one file each) and on "
        f"{half} OCDS releases (one JSON Lines file), made from the project's own notices with "
        "their identifiers and buyers varied; both cores; median of "
        f"{iterations} run(s). The peers only parse: `xmllint --noout` on the same XML files, "
        "Python's `json` on the same lines.",
        "",
        "| input | tenderlint | notices/s | peak memory | peer (parse only) | peer notices/s | ratio |",
        "|---|---:|---:|---:|---|---:|---:|",
        f"| {half} eForms files | {results['eforms'][0]:.2f} s | {rate['eforms']:.0f} | "
        f"{memory['eforms']:.0f} MiB | xmllint {results['xmllint'][0]:.2f} s | {rate['xmllint']:.0f} | "
        f"{results['eforms'][0] / results['xmllint'][0]:.1f}× |",
        f"| {half} OCDS releases (JSON Lines) | {results['ocds'][0]:.2f} s | {rate['ocds']:.0f} | "
        f"{memory['ocds']:.0f} MiB | json {results['json'][0]:.2f} s | {rate['json']:.0f} | "
        f"{results['ocds'][0] / results['json'][0]:.1f}× |",
        "",
        "Reading, fact extraction and the whole policy pack run for every notice; the peers do "
        "none of it, so the ratio is what judging costs over parsing.",
    ]


def arenas() -> list[str]:
    """bench/arenas.sh: the soak's load for 2 minutes (20 s in quick mode), glibc as it is and
    with MALLOC_ARENA_MAX=2."""
    seconds = 20 if QUICK else 120
    table = run([str(ROOT / "bench" / "arenas.sh"), str(seconds), str(TENDERLINT)]).stdout.strip()
    warm = [int(m) for m in re.findall(r"^\|[^|]*\|[^|]*\|[^|]*\| (\d+) MiB", table, re.M)]
    change = (
        f"Capping the arenas moves resident memory after warm-up from {warm[0]} to {warm[1]} MiB "
        f"({(warm[1] - warm[0]) / warm[0] * 100:+.0f} %)."
        if len(warm) == 2 and warm[0] else ""
    )
    return [
        "## Soak: the server's memory, glibc's arenas capped or not",
        "",
        f"`bench/arenas.sh {seconds}`: the soak's load (32 clients, one upload in ten hostile) for "
        f"{seconds} s, once with glibc as it is and once with `MALLOC_ARENA_MAX=2`; resident memory "
        "sampled every 5 s, warm-up the first 60 s (half the run in quick mode).",
        "",
        table,
        "",
        "History: documents used to run on tokio's blocking threads, which come and go; each new "
        "thread grew its own regex caches and glibc arena, and the soak measured 275 MiB after "
        "warm-up, against 191 MiB once documents ran on a pool of `--concurrent` long-lived "
        "threads (`src/http/state.rs`). The pool is what was chosen: it bounds the number of "
        "threads that ever allocate, hence of arenas and caches, without a second allocator. "
        + change
        + " Absolute levels move with the binary (the reference data and regexes grow) and with "
        "what else the machine runs: compare the rows of one run, not runs of different days.",
    ]


def three_inputs() -> list[str]:
    """bench/three_inputs.py: the inputs of issue 13 on the command line and the server."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "three_inputs.py"), "--binary", str(TENDERLINT)],
        capture_output=True, text=True,
    )
    return [
        "## The three inputs of issue 13",
        "",
        "`bench/three_inputs.py`: `tenderlint check FILE` on each, then an upload to "
        "`tenderlint serve` (default limits); the server's CPU is read from `/proc` over the second "
        "that starts one second after the answer.",
        "",
        *done.stdout.strip().splitlines(),
        "",
        verdict(done.returncode == 0, "each ends in under 5 s, with a clear message and exit 2 "
                "on the command line and 422 on the server for the hostile ones, a report for the "
                "table; the server idle a second later"),
    ]


REPLICA_TENDER = (
    "Marché de services numériques. Les données sont hébergées en France. Le titulaire fournit "
    "300 licences Microsoft 365 et assure la réversibilité des données. "
) * 12


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of these processes, from /proc (gone ones count nothing)."""
    ticks = 0
    for pid in pids:
        try:
            fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_pids(pgdir: pathlib.Path) -> list[int]:
    """The cluster's server and its children (one backend per pooled connection)."""
    postmaster = int((pgdir / "data" / "postmaster.pid").read_text().split()[0])
    children = [
        int(stat.parent.name)
        for stat in pathlib.Path("/proc").glob("[0-9]*/stat")
        if stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[1] == str(postmaster)
    ]
    return [postmaster, *children]


def replicas() -> list[str]:
    """POST /v1/check of a small tender: one replica on SQLite, one and two on PostgreSQL."""
    helper = ROOT / "tests" / "replicas" / "postgres.sh"
    pgdir = pathlib.Path(tempfile.mkdtemp())
    database = run(
        ["bash", "-c", f'source "{helper}" && PG_FSYNC=on pg_start "$1" && echo "$PG_URL"', "_", str(pgdir)]
    ).stdout.strip().splitlines()[-1]
    tender = WORK / "replica_tender.txt"
    tender.write_text(REPLICA_TENDER)
    script = WORK / "post_txt.lua"
    script.write_text(WRK_SCRIPT.replace("tender.pdf", "tender.txt").replace("application/pdf", "text/plain"))
    duration = 3 if QUICK else 15
    clients = 8

    def serve(db) -> tuple[subprocess.Popen, int]:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        process = subprocess.Popen(
            [TENDERLINT, "serve", "--addr", f"127.0.0.1:{port}", "--db", db, "--rate-limit", "0"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.1)
        return process, port

    def load(ports: list[int]) -> tuple[float, float, float, int]:
        """Requests/s over all replicas, worst p50 and p99 (ms), errors: one wrk per replica."""
        runs = [
            subprocess.Popen(
                ["wrk", "-t", "1", "-c", str(clients // len(ports)), "-d", f"{duration}s", "--timeout", "10s",
                 "-s", script, f"http://127.0.0.1:{port}/v1/check"],
                stdout=subprocess.PIPE, text=True, env={**os.environ, "BENCH_PDF": str(tender)},
            )
            for port in ports
        ]
        results = [
            re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)", r.communicate()[0]).groups()
            for r in runs
        ]
        rate = sum(int(n) / float(seconds) for n, seconds, *_ in results)
        return (rate, max(float(r[2]) for r in results), max(float(r[3]) for r in results),
                sum(int(r[4]) for r in results))

    setups = [
        ("one replica, SQLite file", [WORK / "replicas.sqlite"]),
        ("one replica, PostgreSQL", [database]),
        ("two replicas, PostgreSQL", [database, database]),
    ]
    rows, cpu_per_check, rates = [], {}, {}
    try:
        for name, dbs in setups:
            (WORK / "replicas.sqlite").unlink(missing_ok=True)
            servers = [serve(db) for db in dbs]
            try:
                load([port for _, port in servers])  # warm-up: pools filled, caches hot
                pids = [p.pid for p, _ in servers]
                database_pids = postgres_pids(pgdir) if "PostgreSQL" in name else []
                before = (cpu_seconds(pids), cpu_seconds(database_pids))
                rate, p50, p99, errors = load([port for _, port in servers])
                after = (cpu_seconds(pids), cpu_seconds(database_pids))
            finally:
                for process, _ in servers:
                    process.send_signal(signal.SIGTERM)
                    process.wait(timeout=30)
            checks = max(rate * duration, 1)
            server_ms = (after[0] - before[0]) / checks * 1000
            database_ms = (after[1] - before[1]) / checks * 1000
            cpu_per_check[name], rates[name] = (server_ms, database_ms), rate
            database_cell = f"{database_ms:.1f} ms" if "PostgreSQL" in name else "(in the server)"
            rows.append(
                f"| {name} | {rate:.0f} | {p50:.0f} ms | {p99:.0f} ms | {errors} | {server_ms:.1f} ms "
                f"| {database_cell} |"
            )
    finally:
        run(["bash", "-c", f'source "{helper}" && pg_stop "$1"', "_", str(pgdir)])
        shutil.rmtree(pgdir, ignore_errors=True)
    sqlite_ms = cpu_per_check["one replica, SQLite file"][0]
    pg_server_ms, pg_database_ms = cpu_per_check["one replica, PostgreSQL"]
    return [
        "## Replicas: `POST /v1/check` on one and two replicas, PostgreSQL against SQLite",
        "",
        f"A {len(REPLICA_TENDER.encode()) // 1024} KiB text tender (small, so the history's share shows), "
        f"{clients} clients (`wrk`, one per replica, {duration} s after a warm-up, split evenly), "
        "`--rate-limit 0`, each replica with its default workers (one per core). PostgreSQL runs on "
        "the same machine (a cluster of `tests/replicas/postgres.sh`, flushing its writes as SQLite "
        "does), and so do the clients: all share the 2 cores, so a second replica brings no CPU, "
        "only more workers. CPU per check is the processes' user and system time over the checks "
        "answered; the machine is shared, so other work shows in the rates.",
        "",
        "| set-up | checks/s | p50 | p99 | errors | server CPU per check | PostgreSQL CPU per check |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        f"What the database costs per check: on PostgreSQL {pg_server_ms + pg_database_ms:.1f} ms of CPU "
        f"(server and database) against {sqlite_ms:.1f} ms on SQLite, where the writes happen in the "
        f"server's own process. Two replicas answer "
        f"{rates['two replicas, PostgreSQL'] / rates['one replica, PostgreSQL']:.2f}× the checks of one "
        "on these 2 cores; across machines each replica brings its own.",
    ]


def replace_sections(text: str, sections: list[list[str]]) -> str:
    """`text` with each section (known by its heading) replaced, or added at the end."""
    for section in sections:
        heading = section[0]
        body = "\n".join(section) + "\n"
        pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
        if pattern.search(text):
            text = pattern.sub(lambda _: body + "\n", text, count=1)
        else:
            text = text.rstrip("\n") + "\n\n" + body
    return text.rstrip("\n") + "\n"


def verdict(met: bool, text: str) -> str:
    return f"**Target {'met' if met else 'NOT met'}**: {text}."


def machine() -> list[str]:
    cpu = next(
        (l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
        platform.processor(),
    )
    versions = {
        "tenderlint": run([TENDERLINT, "--version"]).stdout.strip(),
        "rustc": run(["rustc", "--version"]).stdout.strip(),
        "pdftotext": run(["pdftotext", "-v"]).stderr.splitlines()[0],
        "LibreOffice": run(["soffice", "--version"]).stdout.strip(),
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()[0],
        "OPA wheel": run([WORK / "venv" / "bin" / "pip", "show", "opa-golib-python-bindings"])
        .stdout.split("Version: ")[1].splitlines()[0],
    }
    return [
        "# Benchmarks",
        "",
        f"Written by `bench/run.sh{' --quick' if QUICK else ''}` on "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Do not edit: run it again. "
        "What the numbers mean, and where the time goes: `bench/README.md`.",
        "",
        f"Machine: {cpu}, {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
        f"{platform.system()} {platform.release()}.",
        "",
        *[f"- {name}: {version}" for name, version in versions.items()],
    ]


ITERATIONS = 3 if QUICK else 9
RESULTS: dict = {}


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    target = WORK / "BENCHMARKS.md" if QUICK else ROOT / "BENCHMARKS.md"
    # `--only=extraction,policy,end_to_end,server,hostile,soak,arenas,inputs,notices,replicas` runs those sections and replaces them in the existing file.
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), None)
    if only:
        chosen = {"extraction": lambda: extraction(synthetic_tenders()), "policy": policy_evaluation, "end_to_end": lambda: end_to_end(synthetic_tenders()), "server": lambda: server(synthetic_tenders()), "hostile": hostile_shapes, "soak": soak, "arenas": arenas, "inputs": three_inputs, "notices": notices, "replicas": replicas}
        now = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        sections = []
        for name in only.split(","):
            section = chosen[name]()
            # The heading's date is of the last full run: say when this section was measured.
            sections.append(section[:1] + ["", f"*Measured on {now} by `bench/run.sh --only={name}`.*"] + section[1:])
        existing = target.read_text() if target.exists() else ""
        target.write_text(replace_sections(existing, sections))
        print(f"updated {only} in {target}", file=sys.stderr)
        return
    tenders = synthetic_tenders()
    sections = [
        machine(),
        extraction(tenders),
        policy_evaluation(),
        end_to_end(tenders),
        server(tenders),
        hostile_shapes(),
        soak(),
        notices(),
        arenas(),
        three_inputs(),
        replicas(),
    ]
    text = "\n\n".join("\n".join(s) for s in sections) + "\n"
    target.write_text(text)
    print(text)
    print(f"written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
