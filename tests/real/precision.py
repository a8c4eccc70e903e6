#!/usr/bin/env python3
"""Finding precision of tenderlint on the judged set of real public tenders.

Runs a tenderlint binary on every document of tests/real/documents (and of any
--extra directory), matches each finding to a lawyer's judgement in
judgements.tsv by (document id, rule, quote prefix) and prints, per document
and overall: findings, right, wrong, overstated, unjudged, and
precision = right / judged. Unjudged findings are listed so that a reviewer
can judge them and add a row to judgements.tsv. It then counts how many of the
requirements in missed.tsv are now found (a finding of that rule quoting that
sentence).

Usage:
    python3 tests/real/precision.py [BINARY] [--set DIR] [--extra DIR]... [--json FILE]

--set DIR measures another judged set laid out the same way: its documents in
DIR/files and DIR/judgements.tsv, DIR/missed.tsv, DIR/sources.tsv beside them
(e.g. tests/real/documents_v5). Without it, tests/real itself is measured.

BINARY defaults to target/release/tenderlint. Standard library only.
Exit status: 0 once the report is printed (whatever the figures), 2 when the
binary cannot be run or its output cannot be read.
"""

import argparse
import collections
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTE_PREFIX = 80
VERDICTS = ("right", "wrong", "overstated")


def norm(text):
    """Whitespace-collapsed text with typographic quotes and apostrophes folded."""
    text = (text or "").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    return " ".join(text.split())


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def doc_id(path):
    return os.path.splitext(os.path.basename(path))[0]


def first_quote(finding):
    evidence = finding.get("evidence") or []
    return norm(evidence[0].get("quote", "")) if evidence else ""


def all_quotes(finding):
    return [norm(e.get("quote", "")) for e in finding.get("evidence") or []]


def prefix_match(judged, found):
    """Judged quote prefix against the first 80 characters of a finding's quote."""
    found = found[:QUOTE_PREFIX]
    if judged == found:
        return True
    # Tolerate a prefix cut inside a word or a quote shortened by a later extractor.
    shorter = min(len(judged), len(found))
    return shorter >= 40 and judged[:shorter] == found[:shorter]


def run_binary(binary, paths):
    cmd = [binary, "check", "--format", "json", "--fail-on", "never"] + paths
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as err:
        sys.exit(f"ERROR: cannot run {binary}: {err}")
    # Status 2 with a report: some document could not be read (a scan); the report names it.
    if proc.returncode not in (0, 1, 2):
        sys.stderr.write(proc.stderr)
        sys.exit(f"ERROR: {binary} exited with status {proc.returncode}")
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError as err:
        sys.stderr.write(proc.stderr)
        sys.exit(f"ERROR: {binary} did not print a JSON report (status {proc.returncode}): {err}")
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", nargs="?", default="target/release/tenderlint")
    parser.add_argument("--set", dest="judged_set", metavar="DIR",
                        help="measure the judged set in DIR: documents in DIR/files, DIR/judgements.tsv, "
                             "DIR/missed.tsv, DIR/sources.tsv (default: tests/real)")
    parser.add_argument("--documents",
                        help="directory of the copied documents (default: tests/real/documents, or DIR/files with --set)")
    parser.add_argument("--extra", action="append", default=[],
                        help="further directory of documents (e.g. the non-copied ones, fetched from sources.tsv)")
    parser.add_argument("--json", help="also write the per-finding results to this JSON file")
    args = parser.parse_args()
    base = os.path.abspath(args.judged_set) if args.judged_set else HERE
    if args.documents is None:
        args.documents = os.path.join(base, "files") if args.judged_set else os.path.join(HERE, "documents")

    judgements = collections.defaultdict(list)
    for row in read_tsv(os.path.join(base, "judgements.tsv")):
        if row["verdict"] not in VERDICTS:
            sys.exit(f"ERROR: judgements.tsv: unknown verdict {row['verdict']!r}")
        judgements[(row["document"], row["rule"])].append(
            (norm(row["quote"]), row["verdict"], row["reason"], row.get("severity") or None))
    missed = read_tsv(os.path.join(base, "missed.tsv"))

    paths = []
    for directory in [args.documents] + args.extra:
        # A set none of whose documents may be copied has no files/ directory.
        if directory == args.documents and not os.path.isdir(directory):
            continue
        for name in sorted(os.listdir(directory)):
            full = os.path.join(directory, name)
            if os.path.isfile(full) and not name.startswith("."):
                paths.append(os.path.abspath(full))
    if not paths:
        sys.exit("ERROR: no documents found")

    report = run_binary(args.binary, paths)
    by_id = {}
    for document in report.get("documents", []):
        by_id[doc_id(document["path"])] = document

    totals = collections.Counter()
    per_rule = collections.defaultdict(collections.Counter)
    unjudged = []
    results = []
    print(f"tenderlint precision on the judged set of real tenders ({args.binary})")
    print(f"policy {report.get('policy', {}).get('hash', '?')[:12]}, profile {report.get('policy', {}).get('profile', '?')}\n")
    header = f"{'document':44} {'findings':>8} {'right':>6} {'wrong':>6} {'overst.':>7} {'unjudged':>8} {'precision':>9}"
    print(header)
    print("-" * len(header))
    for path in paths:
        ident = doc_id(path)
        document = by_id.get(ident)
        if document is None:
            print(f"{ident:44} NOT IN REPORT")
            continue
        if document.get("errors"):
            print(f"{ident:44} ERROR: {'; '.join(str(e) for e in document['errors'])}")
        counts = collections.Counter()
        for finding in document.get("findings", []):
            quote = first_quote(finding)
            rule = finding["rule"]
            verdict = None
            # A judgement made at one severity (the optional `severity` column) does not judge
            # the finding once the rule gives it another: "overstated" at warning may be right
            # for information.
            judged = [(q, v) for q, v, _reason, severity in judgements.get((ident, rule), [])
                      if severity in (None, finding.get("severity"))]
            for judged_quote, judged_verdict in judged:
                if judged_quote and prefix_match(judged_quote, quote):
                    verdict = judged_verdict
                    break
            # A finding of absence is judged on the whole document (its judgement quotes
            # nothing); the sentences it cites only say why the rule applied.
            if verdict is None:
                verdict = next((v for q, v in judged if not q), None)
            counts["findings"] += 1
            if verdict is None:
                counts["unjudged"] += 1
                unjudged.append((ident, rule, quote[:QUOTE_PREFIX], finding.get("message", "")))
            else:
                counts[verdict] += 1
                per_rule[rule][verdict] += 1
            results.append({"document": ident, "rule": rule, "quote": quote[:QUOTE_PREFIX], "verdict": verdict})
        totals.update(counts)
        judged = counts["right"] + counts["wrong"] + counts["overstated"]
        precision = f"{counts['right'] / judged:.1%}" if judged else "-"
        print(f"{ident:44} {counts['findings']:8} {counts['right']:6} {counts['wrong']:6} "
              f"{counts['overstated']:7} {counts['unjudged']:8} {precision:>9}")

    judged = totals["right"] + totals["wrong"] + totals["overstated"]
    print("-" * len(header))
    precision = f"{totals['right'] / judged:.1%}" if judged else "-"
    print(f"{'OVERALL (' + str(len(paths)) + ' documents)':44} {totals['findings']:8} {totals['right']:6} "
          f"{totals['wrong']:6} {totals['overstated']:7} {totals['unjudged']:8} {precision:>9}")
    if judged:
        print(f"\nprecision = right / judged = {totals['right']} / {judged} = {totals['right'] / judged:.1%}"
              f"   (right or overstated: {(totals['right'] + totals['overstated']) / judged:.1%})")

    print("\nper rule (judged findings):")
    for rule in sorted(per_rule):
        c = per_rule[rule]
        n = sum(c.values())
        print(f"  {rule:46} {n:4}  right {c['right']:3}  wrong {c['wrong']:3}  overstated {c['overstated']:3}")

    present = {doc_id(p) for p in paths}
    sources = read_tsv(os.path.join(base, "sources.tsv"))
    absent = sorted(({s["id"] for s in sources} | {d for (d, _r) in judgements}) - present)
    if absent:
        print("\njudged but not present here (not copied; fetch them from sources.tsv and pass --extra DIR):")
        for ident in absent:
            print(f"  {ident}")

    if unjudged:
        print(f"\nUNJUDGED findings ({len(unjudged)}): judge each and add a row to judgements.tsv")
        for ident, rule, quote, message in unjudged:
            print(f"  {ident}\t{rule}\t{quote!r}\n      {message}")

    found = 0
    relevant = [m for m in missed if m["document"] in present]
    print(f"\nmissed requirements (missed.tsv) now found: ", end="")
    lines = []
    for item in relevant:
        want = norm(item["quote"])
        findings = by_id.get(item["document"], {}).get("findings", [])
        hit = any(f["rule"] == item["rule"] and any(want in q for q in all_quotes(f)) for f in findings)
        found += hit
        lines.append(f"  [{'found' if hit else 'still missed'}] {item['document']}  {item['rule']}  {want[:70]!r}")
    print(f"{found} of {len(relevant)} (of {len(missed)} listed; the others are in documents not present)")
    for line in lines:
        print(line)

    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"totals": dict(totals), "findings": results, "unjudged": unjudged}, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
