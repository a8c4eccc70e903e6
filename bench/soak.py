#!/usr/bin/env python3
"""Soak test: a tenderlint server on loopback under a bounded load of officers.

CLIENTS clients, for SECONDS, each uploading a tender, reading the answer and pausing THINK
seconds; one upload in HOSTILE_EVERY is a hostile or pathological file (deep nesting, a zip bomb,
entity expansion, a truncated PDF, an endless sentence). Reports the answers by status, the
latency of normal tenders (median, p99), and the server's resident memory after warm-up.
It fails (exit 1) on any 5xx, on a p99 over 1 s for normal tenders, or when resident memory
after warm-up moves more than 10 % from its level at the end of warm-up.

usage: bench/soak.py [--seconds 600] [--clients 32] [--think 2] [--binary target/release/tenderlint]
"""

import argparse
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NORMAL = [
    "fixtures/fr_cctp_suite_collaborative.pdf",
    "fixtures/fr_cctp_suite_collaborative.docx",
    "fixtures/en_rfp_research_data_platform.pdf",
    "fixtures/de_leistungsbeschreibung_fachverfahren.odt",
    "fixtures/fr_avis_hebergement_site.html",
    "fixtures/en_tender_summary_email_service.md",
]
HOSTILE_EVERY = 10
WARM_UP = 60


def hostile_files():
    """Hostile and pathological uploads, made in memory."""
    deep = ("<div>" * 200_000 + "AWS" + "</div>" * 200_000).encode()
    words = b"the service shall be hosted by AWS in eu-west-1 and data may be stored anywhere "
    endless = words * (1_000_000 // len(words))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document>" + b" " * (300 * 1024 * 1024))
    with open(os.path.join(ROOT, "fixtures/fr_cctp_suite_collaborative.pdf"), "rb") as f:
        truncated = f.read()[:5000]
    with open(os.path.join(ROOT, "fixtures/malformed/billion_laughs.docx"), "rb") as f:
        laughs = f.read()
    return [
        ("deep.html", deep),
        ("endless.txt", endless),
        ("bomb.docx", bomb.getvalue()),
        ("truncated.pdf", truncated),
        ("laughs.docx", laughs),
    ]


def multipart(name, data):
    boundary = uuid.uuid4().hex
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\n'
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return boundary, body


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return 0.0


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--think", type=float, default=2.0)
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/tenderlint"))
    args = parser.parse_args()

    port = free_port()
    # The history in a file, as a deployment keeps it: with ":memory:" every report recorded
    # stays in the process, and its memory grows with the requests by design.
    history = tempfile.TemporaryDirectory()
    server = subprocess.Popen(
        [args.binary, "serve", "--addr", f"127.0.0.1:{port}",
         "--db", os.path.join(history.name, "history.sqlite"),
         "--rate-limit", "0", "--queue", str(args.clients), "--document-timeout", "10"],
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        normal = []
        for path in NORMAL:
            with open(os.path.join(ROOT, path), "rb") as f:
                normal.append((os.path.basename(path), f.read()))
        hostile = hostile_files()
        stop = time.time() + args.seconds
        lock = threading.Lock()
        statuses, latencies = {}, []

        def client(index):
            n = 0
            while time.time() < stop:
                n += 1
                is_hostile = (index + n) % HOSTILE_EVERY == 0
                pool = hostile if is_hostile else normal
                # Every HOSTILE_EVERY-th request is hostile: count those apart, or the same
                # hostile file would come back each time.
                turn = (index + n) // HOSTILE_EVERY if is_hostile else index + n
                name, data = pool[turn % len(pool)]
                boundary, body = multipart(name, data)
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/v1/check", data=body,
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
                start = time.time()
                try:
                    with urllib.request.urlopen(request, timeout=120) as response:
                        response.read()
                        status = response.status
                except urllib.error.HTTPError as error:
                    status = error.code
                except OSError as error:
                    status = f"connection: {error}"
                elapsed = time.time() - start
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    if not is_hostile:
                        latencies.append(elapsed)
                time.sleep(args.think)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for thread in threads:
            thread.start()
        samples = []
        started = time.time()
        while any(t.is_alive() for t in threads):
            samples.append((time.time() - started, rss_mib(server.pid)))
            time.sleep(5)
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=10)
        history.cleanup()

    warm = [m for t, m in samples if t >= min(WARM_UP, args.seconds / 2)]
    base = warm[0] if warm else 0.0
    drift = max((abs(m - base) / base for m in warm), default=0.0) if base else 0.0
    latencies.sort()
    p50 = statistics.median(latencies) if latencies else float("nan")
    p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan")
    errors = sum(c for s, c in statuses.items() if not isinstance(s, int) or s >= 500)
    print(f"clients {args.clients}, {args.seconds:.0f} s, think {args.think} s, "
          f"one upload in {HOSTILE_EVERY} hostile")
    print("answers:", ", ".join(f"{s}: {c}" for s, c in sorted(statuses.items(), key=str)))
    print(f"normal tenders: {len(latencies)} checks, median {p50 * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms")
    print(f"resident memory after warm-up: {base:.0f} MiB at first, "
          f"{min(warm, default=0):.0f}-{max(warm, default=0):.0f} MiB, drift {drift * 100:.1f} %")
    print(f"resident memory at the end: {samples[-1][1] if samples else 0.0:.0f} MiB, "
          f"peak {max((m for _, m in samples), default=0.0):.0f} MiB")
    ok = errors == 0 and p99 < 1.0 and drift <= 0.10
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
