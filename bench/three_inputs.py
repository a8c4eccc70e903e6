#!/usr/bin/env python3
"""The three inputs of issue 13, on the command line and on the server.

Makes them (an HTML page of 200 000 nested <div>, an 11 MB text of words with no full stop,
a 4.6 MB text of 200 000 rows "| AWS | Azure | Google |"), then for each:
- runs `tenderlint check FILE`: wall time, exit code, and the message (the first error line);
- uploads it to `tenderlint serve` (POST /v1/check): status, wall time, and the server's CPU
  time (utime + stime in /proc/PID/stat) over the second that starts one second after the
  answer: the server is idle when it used under 5 % of a core then.

Prints a Markdown table. Exits 1 when an input takes 5 s or more, a hostile one is not
answered 422, the table is refused, or the server is not idle a second later.

usage: bench/three_inputs.py [--binary target/release/tenderlint]
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT_S = 5.0
TICKS = os.sysconf("SC_CLK_TCK")


def inputs(folder):
    """(label, file name, hostile) of the three inputs, written into `folder`."""
    made = []
    deep = os.path.join(folder, "deep.html")
    with open(deep, "wb") as f:
        f.write(b"<!DOCTYPE html><html><body>" + b"<div>" * 200_000 + b"The service shall be hosted by AWS."
                + b"</div>" * 200_000 + b"</body></html>")
    made.append(("200 000 nested `<div>` (HTML, 2.2 MB)", deep, True))
    endless = os.path.join(folder, "endless.txt")
    words = b"the service shall be hosted by AWS in eu-west-1 and data may be stored anywhere "
    with open(endless, "wb") as f:
        f.write(words * (11_000_000 // len(words)))
    made.append(("one sentence of words, no full stop (text, 11 MB)", endless, True))
    table = os.path.join(folder, "table.txt")
    with open(table, "wb") as f:
        f.write(b"| AWS | Azure | Google |\n" * 200_000)
    made.append(("200 000 rows `\\| AWS \\| Azure \\| Google \\|` (text, 4.6 MiB)", table, False))
    return made


def cli(binary, path):
    start = time.perf_counter()
    done = subprocess.run([binary, "check", path, "--format", "json"], capture_output=True, text=True,
                          timeout=120)
    elapsed = time.perf_counter() - start
    message = next((line for line in done.stderr.splitlines() if line.strip()), "")
    if done.returncode in (0, 1):
        try:
            report = json.loads(done.stdout)
            summary = report.get("summary", {})
            message = (f"a report: {summary.get('errors', '?')} errors, "
                       f"{summary.get('warnings', '?')} warnings, {summary.get('infos', '?')} infos")
        except ValueError:
            message = "a report"
    return elapsed, done.returncode, message.replace(path, os.path.basename(path))


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)


def upload(port, path):
    boundary = uuid.uuid4().hex
    with open(path, "rb") as f:
        data = f.read()
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{os.path.basename(path)}"\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/check", data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status, code = response.status, ""
    except urllib.error.HTTPError as error:
        status = error.code
        try:
            code = json.loads(error.read())["error"]["code"]
        except (ValueError, KeyError, TypeError):
            code = ""
    return time.perf_counter() - start, status, code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, "target/release/tenderlint"))
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    made = inputs(folder.name)

    rows, ok = [], True
    results = {path: cli(args.binary, path) for _, path, _ in made}

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [args.binary, "serve", "--addr", f"127.0.0.1:{port}", "--db",
         os.path.join(folder.name, "history.sqlite"), "--rate-limit", "0"],
        stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        for label, path, hostile in made:
            elapsed, code, message = results[path]
            served, status, error = upload(port, path)
            time.sleep(1)
            before = cpu_ticks(server.pid)
            time.sleep(1)
            busy = (cpu_ticks(server.pid) - before) / TICKS
            expected = 422 if hostile else 200
            good = (elapsed < LIMIT_S and served < LIMIT_S and status == expected and busy < 0.05
                    and (code == 2) == hostile)
            ok &= good
            rows.append(f"| {label} | {elapsed:.2f} s, exit {code} | {message} | "
                        f"{served:.2f} s, {status}{' ' + error if error else ''} | "
                        f"{busy * 100:.0f} % | {'yes' if good else 'NO'} |")
    finally:
        server.terminate()
        server.wait(timeout=10)
        folder.cleanup()

    print("| input | CLI `check` | CLI message | server `POST /v1/check` | server CPU 1–2 s after | met |")
    print("|---|---|---|---|---:|---|")
    print("\n".join(rows))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
