#!/usr/bin/env python3
"""Builds the hostile corpus: malformed, hostile and pathological inputs made from fixtures/.

    python3 tests/hostile/generate.py OUTDIR [--quick]

Deterministic (fixed seeds), standard library only. Nothing here is committed: the files are
made in OUTDIR for tests/hostile/run.sh, which checks each with `tenderlint check`. --quick makes
fewer mutations and truncations (what CI runs); every kind of input is made in both modes.
"""

import io
import random
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The fixtures' own builders: the bomb and the scanned PDF are made once, there.
sys.path.insert(0, str(ROOT / "fixtures" / "make"))
import build  # noqa: E402

FIXTURES = ROOT / "fixtures"

# Every fixture tender of every format, the sources of mutations and truncations.
SOURCES = [
    "fr_cctp_suite_collaborative.pdf",
    "fr_cctp_suite_collaborative.docx",
    "fr_cctp_suite_collaborative.odt",
    "fr_avis_hebergement_site.html",
    "fr_avis_relation_usagers_utf16.txt",
    "en_tender_summary_email_service.md",
    "en_rfp_research_data_platform.pdf",
    "en_rfp_research_data_platform.docx",
    "de_leistungsbeschreibung_fachverfahren.odt",
    "de_leistungsbeschreibung_fachverfahren.pdf",
    "de_kurzfassung_dateiaustausch_cp1252.txt",
    "sheets/fr_matrice_exigences.xlsx",
    "sheets/fr_matrice_exigences.ods",
]
QUICK_SOURCES = [
    "fr_cctp_suite_collaborative.pdf",
    "fr_cctp_suite_collaborative.docx",
    "fr_cctp_suite_collaborative.odt",
    "fr_avis_hebergement_site.html",
    "fr_avis_relation_usagers_utf16.txt",
    "en_tender_summary_email_service.md",
    "sheets/fr_matrice_exigences.xlsx",
    "sheets/fr_matrice_exigences.ods",
]

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    b'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODT_NS = (
    b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
SENTENCE = "Le titulaire héberge les données dans l'Union européenne"


def zip_bytes(parts, compress=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compress
            archive.writestr(info, data)
    return out.getvalue()


def docx(document, extra=()):
    return zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document), *extra])


def odt(content, extra=()):
    return zip_bytes([("mimetype", ODT_MIMETYPE), ("content.xml", content), *extra])


def docx_body(inner):
    return b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + W + b"><w:body>" + inner + b"</w:body></w:document>"


def odt_body(inner):
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ODT_NS
        + b"><office:body><office:text>" + inner + b"</office:text></office:body></office:document-content>"
    )


def paragraph(text):
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


class Corpus:
    def __init__(self, out):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def add(self, name, data):
        (self.out / name).write_bytes(data)

    def add_stream(self, name, chunks):
        with open(self.out / name, "wb") as f:
            for chunk in chunks:
                f.write(chunk)


def mutations(corpus, sources, per_source):
    """Random byte flips; the first bytes are kept so the format is still detected."""
    for source in sources:
        data = (FIXTURES / source).read_bytes()
        stem, ext = Path(source).name.rsplit(".", 1)
        rng = random.Random(source)
        for n in range(per_source):
            mutant = bytearray(data)
            for _ in range(rng.choice([1, 4, 16, 64])):
                at = rng.randrange(8, len(mutant))
                mutant[at] ^= 1 << rng.randrange(8)
            corpus.add(f"mutated_{n}_{stem}.{ext}", bytes(mutant))


def truncations(corpus, sources, fractions):
    for source in sources:
        data = (FIXTURES / source).read_bytes()
        stem, ext = Path(source).name.rsplit(".", 1)
        for fraction in fractions:
            cut = max(1, int(len(data) * fraction))
            corpus.add(f"truncated_{int(fraction * 100)}_{stem}.{ext}", data[:cut])
        corpus.add(f"truncated_last_byte_{stem}.{ext}", data[:-1])


def bombs(corpus):
    # 300 MiB of spaces in word/document.xml, over the 256 MiB inflate limit, compressed to ~300 KB.
    corpus.add("zip_bomb.docx", build.zip_bomb_docx())
    # Many parts each well under the limit, together over it (headers are all read).
    header = docx_body(b"").replace(b"w:document", b"w:hdr") + b" " * (8 << 20)
    corpus.add("zip_bomb_many_parts.docx", docx(
        docx_body(paragraph(SENTENCE + ".")),
        [(f"word/header{n}.xml", header) for n in range(1, 40)],
    ))
    # A zip in a zip in a zip…: a bare zip, not a document.
    inner = docx(docx_body(paragraph(SENTENCE + ".")))
    for depth in range(10):
        inner = zip_bytes([(f"level{depth}.zip", inner)])
    corpus.add("nested_zips.docx", inner)
    # A DOCX whose main part is itself a zip, and one carrying nested zips as embeddings.
    corpus.add("zip_as_document_xml.docx", docx(inner))
    corpus.add("nested_zip_embedding.docx", docx(
        docx_body(paragraph(SENTENCE + ".")), [("word/embeddings/package.zip", inner)]
    ))


def archives(corpus):
    """Zip archives of documents (a tender's files in one download) in hostile shapes."""
    document = (SENTENCE + ".").encode()
    corpus.add("archive_two_documents.zip", zip_bytes([("CCTP.txt", document), ("RC.md", b"# RC\n\n" + document)]))
    corpus.add("archive_traversal_names.zip", zip_bytes([
        ("../../etc/passwd.txt", document), ("/abs/x.txt", document), ("C:\\win\\y.txt", document),
        ("nul\x00byte.txt", document),
    ]))
    # An inner zip whose one entry inflates to 200 MiB of zeros.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("bombe.txt", "w", force_zip64=True) as entry:
            chunk = bytes(1 << 20)
            for _ in range(200):
                entry.write(chunk)
    corpus.add("archive_nested_bomb.zip", zip_bytes([("CCTP.txt", document), ("annexes.zip", out.getvalue())]))
    corpus.add("archive_20k_entries.zip", zip_bytes([(f"f{n}.txt", b"") for n in range(20_000)], zipfile.ZIP_STORED))
    nested = zip_bytes([("CCTP.txt", document)])
    for depth in range(12):
        nested = zip_bytes([(f"niveau{depth}.zip", nested)])
    corpus.add("archive_nested_12_deep.zip", nested)
    # An encrypted entry: bit 0 of the general purpose flags, in both headers.
    plain = zip_bytes([("secret.txt", document), ("CCTP.txt", document)], zipfile.ZIP_STORED)
    encrypted = bytearray(plain)
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = plain.index(signature)
        encrypted[at + flags] |= 1
    corpus.add("archive_encrypted_entry.zip", bytes(encrypted))
    corpus.add("archive_empty.zip", zip_bytes([]))
    corpus.add("archive_only_system_files.zip", zip_bytes([("__MACOSX/._a", b"x"), (".DS_Store", b"x"), ("Thumbs.db", b"x")]))
    corpus.add("archive_truncated.zip", plain[: len(plain) // 2])


def sheets(corpus):
    """Spreadsheets whose few bytes describe a huge grid."""
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    cell = b'<c r="%s" t="inlineStr"><is><t>' + SENTENCE.encode() + b'.</t></is></c>'
    # Two cells at opposite corners of the largest sheet: a dense reader allocates 17 G cells.
    rows = b'<row r="1">' + cell % b"A1" + b'</row><row r="1048576">' + cell % b"XFD1048576" + b"</row>"
    corpus.add("sheet_far_corners.xlsx", zip_bytes([
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
         b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        ("_rels/.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", b'<?xml version="1.0"?><workbook ' + ns + b" " + rel
         + b'><sheets><sheet name="Exigences" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", b'<?xml version="1.0"?><worksheet ' + ns + b'><dimension ref="A1:XFD1048576"/><sheetData>'
         + rows + b"</sheetData></worksheet>"),
    ]))
    # Every cell of every row of the largest sheet holds the sentence, in 300 bytes of XML.
    ods_ns = ODT_NS + b' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    row = (b'<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384">'
           b"<text:p>" + SENTENCE.encode() + b".</text:p></table:table-cell></table:table-row>")
    corpus.add("sheet_repeated_grid.ods", zip_bytes([
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", b'<?xml version="1.0"?><office:document-content ' + ods_ns
         + b'><office:body><office:spreadsheet><table:table table:name="Exigences">' + row * 1000
         + b"</table:table></office:spreadsheet></office:body></office:document-content>"),
    ]))


def entities(corpus):
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    ) + b"]>"
    xxe = b'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    param = b'<!DOCTYPE foo [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]>'
    for name, doctype, use in [
        ("billion_laughs", laughs, b"&lol9;"),
        ("xxe_file", xxe, b"&xxe;"),
        ("xxe_parameter_entity", param, b""),
    ]:
        body = docx_body(b"<w:p><w:r><w:t>" + use + b"</w:t></w:r></w:p>")
        corpus.add(f"{name}.docx", docx(body.replace(b"?><w:document", b"?>" + doctype + b"<w:document", 1)))
        content = odt_body(b"<text:p>" + use + b"</text:p>")
        corpus.add(f"{name}.odt", odt(content.replace(b"?><office:", b"?>" + doctype + b"<office:", 1)))
    # Entities in a part other than the body (the styles are read too).
    styles = b'<?xml version="1.0"?>' + laughs + b"<w:styles " + W + b">&lol9;</w:styles>"
    corpus.add("billion_laughs_in_styles.docx", docx(
        docx_body(paragraph(SENTENCE + ".")), [("word/styles.xml", styles)]
    ))


def nesting(corpus):
    depth = 200_000
    corpus.add("deep_nesting_200k_div.html", b"<!DOCTYPE html><html><body>" + b"<div>" * depth
               + SENTENCE.encode() + b"." + b"</div>" * depth + b"</body></html>")
    depth = 100_000
    corpus.add("deep_nesting_100k_sdt.docx", docx(docx_body(
        b"<w:sdt><w:sdtContent>" * depth + paragraph(SENTENCE + ".") + b"</w:sdtContent></w:sdt>" * depth
    )))
    corpus.add("deep_nesting_100k_tables.docx", docx(docx_body(
        b"<w:tbl><w:tr><w:tc>" * depth + paragraph(SENTENCE + ".") + b"</w:tc></w:tr></w:tbl>" * depth
    )))
    corpus.add("deep_nesting_100k_sections.odt", odt(odt_body(
        b"<text:section>" * depth + b"<text:p>" + SENTENCE.encode() + b".</text:p>" + b"</text:section>" * depth
    )))
    corpus.add("deep_nesting_markdown.md", b"".join(
        b"  " * n + b"- " + SENTENCE.encode() + b"\n" for n in range(1000)
    ) + b">" * 100_000 + b" quote\n")


def encodings(corpus):
    text = (FIXTURES / "formats" / "fr_ccap_articles_numerotes.txt").read_text(encoding="utf-8")
    corpus.add("utf16le_without_bom.txt", text.encode("utf-16-le"))
    corpus.add("utf16be_without_bom.txt", text.encode("utf-16-be"))
    rng = random.Random("invalid-utf8")
    data = bytearray(text.encode())
    for _ in range(40):
        data.insert(rng.randrange(len(data)), rng.choice([0xFF, 0xC3, 0xE2, 0x80, 0xF0]))
    corpus.add("invalid_utf8.txt", bytes(data))
    paragraphs = text.split("\n\n")
    mixed = b"\n\n".join(
        p.encode(["utf-8", "cp1252", "utf-16-le"][n % 3], "replace") for n, p in enumerate(paragraphs)
    )
    corpus.add("mixed_encodings.txt", mixed)
    corpus.add("nul_bytes.txt", text.encode().replace(b" ", b"\x00 "))
    corpus.add("charset_lies.html", b'<html><head><meta charset="utf-16"></head><body><p>'
               + text.encode("cp1252", "replace") + b"</p></body></html>")


def huge(corpus, quick):
    words = SENTENCE.split()
    # One sentence of 11 MB: words without a single full stop.
    corpus.add_stream("one_sentence_11mb.txt", (
        (" ".join(words[(n + k) % len(words)] for k in range(64)) + " ").encode()
        for n in range(11 * 1024 * 1024 // (64 * 7))
    ))
    corpus.add_stream("pipe_table_200k_rows.txt", (b"| AWS | Azure | Google |\n" for _ in range(200_000)))
    corpus.add_stream("million_tiny_blocks.txt", (b"a\n\n" for _ in range(1_000_000)))
    # One unbroken word of 4 MB, and a line of 4 MB with no space at all in an HTML page.
    corpus.add("one_word_4mb.txt", b"x" * (4 << 20))
    corpus.add("long_attribute.html", b'<html><body><p title="' + b"a" * (4 << 20) + b'">'
               + SENTENCE.encode() + b".</p></body></html>")
    if not quick:
        corpus.add_stream("pipe_table_50mb.txt", (b"| AWS | Azure | Google | OVHcloud |\n" for _ in range(1_400_000)))


def empties(corpus):
    for name in ["empty.txt", "empty.pdf", "empty.docx", "empty.html", "empty.md"]:
        corpus.add(name, b"")
    corpus.add("whitespace_only.txt", b" \n\t\r\n" * 1000)
    corpus.add("empty_zip.docx", zip_bytes([]))
    corpus.add("empty_body.docx", docx(docx_body(b"")))
    corpus.add("pdf_header_only.pdf", b"%PDF-1.7\n")


def scanned_pdf(corpus):
    """Pages showing only an image, as a scanner makes them: no text layer."""
    corpus.add("scanned_like.pdf", build.scanned_pdf())


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    quick = "--quick" in sys.argv[2:]
    corpus = Corpus(Path(sys.argv[1]))
    mutations(corpus, QUICK_SOURCES if quick else SOURCES, 2 if quick else 10)
    truncations(corpus, QUICK_SOURCES if quick else SOURCES, [0.5] if quick else [0.1, 0.5, 0.9])
    bombs(corpus)
    archives(corpus)
    sheets(corpus)
    entities(corpus)
    nesting(corpus)
    encodings(corpus)
    huge(corpus, quick)
    empties(corpus)
    scanned_pdf(corpus)


if __name__ == "__main__":
    main()
