//! Format detection from the bytes: magic numbers, the parts inside a zip archive, HTML sniffing.
//! The file name is only a tie-breaker between plain text and Markdown, which share their bytes.

use std::io::Cursor;

use super::IngestError;
use super::text::{decode_text, looks_like_markdown};
use crate::model::Format;

const ODT_MIMETYPE: &str = "application/vnd.oasis.opendocument.text";
const ODS_MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// Tells which format some bytes are in, or why they are not in a supported one.
pub fn detect_format(bytes: &[u8], name: &str) -> Result<Format, IngestError> {
    let unsupported = |found: &str| {
        Err(IngestError::Unsupported {
            found: found.to_string(),
        })
    };
    let head = &bytes[..bytes.len().min(1024)];
    if find(head, b"%PDF-").is_some() {
        return Ok(Format::Pdf);
    }
    if is_zip(bytes) {
        return detect_zip(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return unsupported(
            "a legacy Microsoft Office file (Word 97–2003 .doc or similar); save it as DOCX or ODT",
        );
    }
    if bytes.starts_with(b"{\\rtf") {
        return unsupported("RTF; save it as DOCX, ODT or PDF");
    }
    for (magic, what) in IMAGE_MAGIC {
        if bytes.starts_with(magic) {
            return unsupported(&format!(
                "{what} image; a scanned tender needs OCR first (for example into a PDF with a text layer)"
            ));
        }
    }
    for (magic, what) in ARCHIVE_MAGIC {
        if bytes.starts_with(magic) {
            return unsupported(&format!("{what} archive; extract the documents first"));
        }
    }
    let Some(text) = decode_text(bytes) else {
        return unsupported("binary data of an unknown kind");
    };
    let trimmed = text.trim_start();
    if looks_like_html(trimmed) {
        return Ok(Format::Html);
    }
    if trimmed.starts_with("<?xml") || trimmed.starts_with('<') && trimmed.contains("xmlns") {
        if is_eforms(trimmed) {
            return Ok(Format::Eforms);
        }
        return unsupported(
            "XML that is neither XHTML nor an eForms notice (PriorInformationNotice, ContractNotice or ContractAwardNotice in the UBL namespaces)",
        );
    }
    if is_ocds(trimmed) {
        return Ok(Format::Ocds);
    }
    let lower_name = name.to_ascii_lowercase();
    if lower_name.ends_with(".md")
        || lower_name.ends_with(".markdown")
        || looks_like_markdown(&text)
    {
        return Ok(Format::Markdown);
    }
    Ok(Format::Text)
}

/// Whether XML text is an eForms notice: its root element is one of the three UBL notice
/// documents eForms uses, in its UBL namespace.
fn is_eforms(xml: &str) -> bool {
    let head: String = xml.chars().take(8192).collect();
    super::eforms::ROOTS.iter().any(|root| {
        // The root may carry a prefix bound to its namespace: `<urn:ContractNotice xmlns:urn=…>`.
        (head.contains(&format!("<{root}")) || head.contains(&format!(":{root} ")))
            && head.contains(&format!(
                "urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
            ))
    })
}

/// Whether text is OCDS JSON: an object (or JSON Lines of objects) that names an `ocid`, or a
/// package's `releases` or `records`, near its start.
fn is_ocds(text: &str) -> bool {
    let head: String = text.chars().take(65_536).collect();
    head.starts_with('{')
        && ["\"ocid\"", "\"releases\"", "\"records\""]
            .iter()
            .any(|key| head.contains(key))
}

/// Whether the start of a file is a structured notice (eForms XML, OCDS JSON): how a directory
/// tells notices from the other XML and JSON files it may hold.
pub fn looks_like_notice(head: &[u8]) -> bool {
    decode_text(head).is_some_and(|text| {
        let text = text.trim_start();
        is_eforms(text) || is_ocds(text)
    })
}

/// Whether a file may hold several notices (an OCDS package, JSON Lines): only then is it worth
/// reading whole to split it.
pub fn may_hold_notices(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(65_536)];
    let head = head.trim_ascii_start();
    head.starts_with(b"{")
        && (find(head, b"\"releases\"").is_some()
            || find(head, b"\"records\"").is_some()
            || (find(head, b"\"ocid\"").is_some()
                && (find(head, b"}\n{").is_some() || find(head, b"}\r\n{").is_some())))
}

const IMAGE_MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG"),
    (b"\xFF\xD8\xFF", "a JPEG"),
    (b"II*\x00", "a TIFF"),
    (b"MM\x00*", "a TIFF"),
    (b"GIF8", "a GIF"),
];

const ARCHIVE_MAGIC: &[(&[u8], &str)] = &[
    (b"\x1F\x8B", "a gzip"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip"),
    (b"Rar!", "a RAR"),
    (b"BZh", "a bzip2"),
];

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<')
            && [
                "<head", "<body", "<p>", "<p ", "<div", "<h1", "<table", "<title",
            ]
            .iter()
            .any(|tag| head.contains(tag)))
        || (head.starts_with("<?xml") && head.contains("http://www.w3.org/1999/xhtml"))
}

/// Whether the bytes start like a zip archive (a local file header, or the end record of an
/// empty archive).
pub(super) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Whether a zip is an office file (Office Open XML or OpenDocument, of a kind read or not)
/// rather than an archive of documents. When its directory is lost, the first parts still
/// name what it was.
pub(super) fn is_office_zip(bytes: &[u8]) -> bool {
    match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive
            .file_names()
            .any(|name| name.is_ok_and(|name| is_office_part(&name))),
        Err(_) => {
            broken_office_format(bytes).is_some()
                || find(bytes, b"[Content_Types].xml").is_some()
                || find(head(bytes), OPENDOCUMENT_MIMETYPE_PREFIX.as_bytes()).is_some()
        }
    }
}

/// Parts that only office files have at their root.
fn is_office_part(name: &str) -> bool {
    matches!(
        name,
        "[Content_Types].xml" | "mimetype" | "META-INF/manifest.xml"
    ) || ["word/", "xl/", "ppt/"]
        .iter()
        .any(|prefix| name.starts_with(prefix))
}

const OPENDOCUMENT_MIMETYPE_PREFIX: &str = "application/vnd.oasis.opendocument.";

/// The first bytes of a zip, where an OpenDocument file stores its mimetype uncompressed.
fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(200)]
}

/// The format a zip whose directory is lost was, from the names and mimetype in its first
/// parts.
fn broken_office_format(bytes: &[u8]) -> Option<Format> {
    if find(bytes, b"word/").is_some() {
        Some(Format::Docx)
    } else if find(bytes, b"xl/workbook").is_some() {
        Some(Format::Xlsx)
    } else if find(head(bytes), ODT_MIMETYPE.as_bytes()).is_some() {
        Some(Format::Odt)
    } else if find(head(bytes), ODS_MIMETYPE.as_bytes()).is_some() {
        Some(Format::Ods)
    } else {
        None
    }
}

fn detect_zip(bytes: &[u8]) -> Result<Format, IngestError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        match broken_office_format(bytes) {
            Some(format) => IngestError::Corrupt {
                format,
                detail: format!("the zip archive cannot be opened ({e})"),
            },
            None => IngestError::Unsupported {
                found: format!("a zip archive that cannot be opened ({e})"),
            },
        }
    })?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    if names.iter().any(|n| n == "word/document.xml") {
        return Ok(Format::Docx);
    }
    if names.iter().any(|n| n == "xl/workbook.xml") {
        return Ok(Format::Xlsx);
    }
    if names.iter().any(|n| n == "mimetype") {
        let mimetype = super::xml::read_part(&mut archive, "mimetype", 1024).map_err(|e| {
            IngestError::Corrupt {
                format: Format::Odt,
                detail: e.to_string(),
            }
        })?;
        let mimetype = String::from_utf8_lossy(&mimetype).trim().to_string();
        let kind = match mimetype.as_str() {
            ODT_MIMETYPE => return Ok(Format::Odt),
            ODS_MIMETYPE => return Ok(Format::Ods),
            "application/vnd.oasis.opendocument.presentation" => "an ODP presentation".to_string(),
            other => format!("an OpenDocument file of type {other}"),
        };
        return Err(IngestError::Unsupported { found: kind });
    }
    let found = if names.iter().any(|n| n.starts_with("ppt/")) {
        "a PPTX presentation"
    } else if names.iter().any(|n| is_office_part(n)) {
        "an Office Open XML file that is neither a DOCX document nor an XLSX workbook"
    } else {
        "a zip archive of documents; check it as a package (--package) or extract the documents first"
    };
    Err(IngestError::Unsupported {
        found: found.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_magic_wins_over_the_name() {
        assert_eq!(
            detect_format(b"%PDF-1.7\n...", "x.txt").ok(),
            Some(Format::Pdf)
        );
    }

    #[test]
    fn html_is_sniffed() {
        assert_eq!(
            detect_format(b"\n<!DOCTYPE html><html><body>x</body></html>", "a.txt").ok(),
            Some(Format::Html)
        );
        assert_eq!(
            detect_format(b"<div><p>Texte</p></div>", "a").ok(),
            Some(Format::Html)
        );
    }

    #[test]
    fn markdown_by_name_or_content() {
        assert_eq!(
            detect_format(b"plain words", "a.md").ok(),
            Some(Format::Markdown)
        );
        assert_eq!(
            detect_format(b"# Titre\n\nTexte du march\xc3\xa9.", "a").ok(),
            Some(Format::Markdown)
        );
        assert_eq!(
            detect_format(b"Texte simple.", "a.pdf").ok(),
            Some(Format::Text)
        );
    }

    #[test]
    fn legacy_and_images_are_named() {
        let doc = detect_format(
            &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0],
            "a.doc",
        );
        assert!(doc.is_err_and(|e| e.to_string().contains("Word 97–2003")));
        let png = detect_format(b"\x89PNG\r\n\x1a\n\0\0", "scan.pdf");
        assert!(png.is_err_and(|e| e.to_string().contains("OCR")));
    }
}
