#!/usr/bin/env python3
"""Derives the fuzz targets' seed corpora (fuzz/seeds/<target>/) from fixtures/.

Seeds are kept to a few KB each, since AFL++ mutates small inputs far better: archives keep only
the parts the readers open, the DOCX and ODT targets also get their main XML part alone (the
harness packs it into an archive), and the PDFs are tiny ones written here with a fixture's
text. The facts seeds are the facts tenderlint reads in two fixtures, so the script needs the
binary for them:

    python3 fuzz/derive_seeds.py [PATH/TO/tenderlint]
"""

import io
import json
import shutil
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The fixtures' own PDF writer.
sys.path.insert(0, str(ROOT / "fixtures" / "make"))
import build  # noqa: E402

FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "fuzz" / "seeds"
FORMATS = FIXTURES / "formats"
SMALL = ["fr_ccap_articles_numerotes", "de_vertragsbedingungen_klauseln"]


def write(target, name, data):
    folder = SEEDS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def rezip(path, keep, compress=zipfile.ZIP_DEFLATED):
    """The archive with only the parts in `keep` (`mimetype` first and stored, as ODF wants)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for name in keep:
            if name in source.namelist():
                kind = zipfile.ZIP_STORED if name == "mimetype" else compress
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = kind
                target.writestr(info, source.read(name))
    return out.getvalue()


def pdf(lines, compress):
    """A one-page PDF showing `lines` in Helvetica (WinAnsi), with a correct xref table."""
    ops = ["BT /F1 11 Tf 14 TL 56 780 Td"]
    for line in lines:
        text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({text}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    extra = b""
    if compress:
        stream = zlib.compress(stream, 9)
        extra = b" /Filter /FlateDecode"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), extra) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return build.pdf_file(objects)


def main():
    # Without a binary the facts seeds cannot be made again: keep them.
    for folder in SEEDS.iterdir() if SEEDS.exists() else []:
        if folder.is_dir() and (folder.name != "facts" or len(sys.argv) > 1):
            shutil.rmtree(folder)
    for stem in SMALL:
        text = (FORMATS / f"{stem}.txt").read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()][:12]
        # Long lines wrapped at 90 characters, as a PDF would lay them out.
        wrapped = [part for line in lines for part in textwrap.wrap(line, 90)]
        write("pdf", f"{stem}.pdf", pdf(wrapped, compress=False))
        write("pdf", f"{stem}_flate.pdf", pdf(wrapped, compress=True))

        docx = FORMATS / f"{stem}.docx"
        write("docx", f"{stem}.docx", rezip(docx, [
            "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
            "word/document.xml", "word/styles.xml", "word/numbering.xml",
            "word/header1.xml", "word/footer1.xml",
        ]))
        with zipfile.ZipFile(docx) as archive:
            write("docx", f"{stem}_document.xml", archive.read("word/document.xml"))

        odt = FORMATS / f"{stem}.odt"
        write("odt", f"{stem}.odt", rezip(odt, [
            "mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml",
        ]))
        with zipfile.ZipFile(odt) as archive:
            write("odt", f"{stem}_content.xml", archive.read("content.xml"))

        write("html", f"{stem}.html", (FORMATS / f"{stem}.html").read_bytes())
        write("text", f"{stem}.txt", (FORMATS / f"{stem}.txt").read_bytes())
        write("markdown", f"{stem}.md", (FORMATS / f"{stem}.md").read_bytes())

    sheets = FIXTURES / "sheets"
    write("xlsx", "fr_matrice_exigences.xlsx", rezip(sheets / "fr_matrice_exigences.xlsx", [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
    ]))
    ods = sheets / "fr_matrice_exigences.ods"
    write("ods", "fr_matrice_exigences.ods", rezip(ods, ["mimetype", "META-INF/manifest.xml", "content.xml"]))
    with zipfile.ZipFile(ods) as archive:
        write("ods", "fr_matrice_exigences_content.xml", archive.read("content.xml"))
    # A package of two small documents, one of them in a nested zip.
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as target:
        target.writestr(zipfile.ZipInfo("Annexe.md", date_time=(2026, 1, 1, 0, 0, 0)),
                        (FORMATS / f"{SMALL[1]}.md").read_bytes()[:3000])
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(zipfile.ZipInfo("CCAP.txt", date_time=(2026, 1, 1, 0, 0, 0)),
                        (FORMATS / f"{SMALL[0]}.txt").read_bytes()[:3000])
        target.writestr(zipfile.ZipInfo("Annexes.zip", date_time=(2026, 1, 1, 0, 0, 0)), inner.getvalue())
    write("zip", "dce.zip", package.getvalue())

    write("html", "fr_avis_hebergement_site.html",
          (FIXTURES / "fr_avis_hebergement_site.html").read_bytes())
    for name in ["fr_avis_relation_usagers_utf16.txt", "de_kurzfassung_dateiaustausch_cp1252.txt"]:
        write("text", name, (FIXTURES / name).read_bytes())
    write("markdown", "en_tender_summary_email_service.md",
          (FIXTURES / "en_tender_summary_email_service.md").read_bytes())
    # Notices: a minimal and a richer eForms notice of two families, and OCDS in its three
    # main shapes (a release, JSON Lines, a record).
    for name in ["sdk_cn_24_minimal.xml", "fr_cn_hebergement.xml", "de_pin_cloud.xml"]:
        write("eforms", name, (FIXTURES / "notices" / "eforms" / name).read_bytes())
    for name in ["fr_release_hebergement.json", "fr_releases_3.jsonl", "de_record_cloud.json"]:
        write("ocds", name, (FIXTURES / "notices" / "ocds" / name).read_bytes())

    if len(sys.argv) > 1:
        for stem in SMALL:
            facts = subprocess.run(
                [sys.argv[1], "facts", "--format", "json", f"fixtures/formats/{stem}.txt"],
                check=True, capture_output=True, cwd=ROOT,
            ).stdout
            # `facts` prints a list, one object per file; the API takes one object.
            (one,) = json.loads(facts)
            write("facts", f"{stem}.json", json.dumps(one, ensure_ascii=False, separators=(",", ":")).encode())
    else:
        print("no tenderlint binary given: the facts seeds are left out", file=sys.stderr)


if __name__ == "__main__":
    main()
