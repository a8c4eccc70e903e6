//! Zip archives of documents: members in archive order with chained names, nested archives,
//! hostile names and shapes (traversal, bombs, too many entries, too deep, encrypted, broken),
//! each refused for the entry or for the archive as the limits say.

use std::io::Write;
use std::time::{Duration, Instant};

use tenderlint::deadline::{CancelFlag, Deadline};
use tenderlint::ingest::{
    FileError, IngestError, IngestOptions, Member, Source, Unpacked, detect_format, is_archive,
    unpack,
};
use zip::write::SimpleFileOptions;

const CCTP: &[u8] = "Les données sont hébergées dans l'Union européenne.".as_bytes();
const RC: &[u8] = b"# R\xc3\xa8glement\n\nLes offres sont remises en PDF.\n";

/// A zip of these entries, in this order, deflated.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(entries, zip::CompressionMethod::Deflated)
}

fn zip_with(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in entries {
        if name.ends_with('/') {
            zip.add_directory(*name, options)
                .unwrap_or_else(|e| panic!("{e}"));
        } else {
            zip.start_file(*name, options)
                .unwrap_or_else(|e| panic!("{e}"));
            zip.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}"));
    out.into_inner()
}

fn unpack_as(name: &str, bytes: &[u8], options: &IngestOptions) -> Result<Unpacked, FileError> {
    unpack(Source { name, bytes }, options)
}

fn unpacked(bytes: &[u8]) -> Unpacked {
    unpack_as("dce.zip", bytes, &IngestOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn whole_error(bytes: &[u8], options: &IngestOptions) -> IngestError {
    match unpack_as("dce.zip", bytes, options) {
        Ok(unpacked) => panic!("unpacked: {:?}", names(&unpacked)),
        Err(e) => {
            assert_eq!(e.name, "dce.zip");
            e.error
        }
    }
}

/// Each member's name, and `Err` with the error for those that failed.
fn names(unpacked: &Unpacked) -> Vec<Result<String, String>> {
    unpacked
        .members
        .iter()
        .map(|m| match m {
            Ok(Member { name, .. }) => Ok(name.clone()),
            Err(e) => Err(e.to_string()),
        })
        .collect()
}

#[test]
fn a_zip_of_two_documents_gives_both_with_chained_names_and_skips_system_files() {
    let bytes = zip_of(&[
        ("annexes/", b""),
        ("annexes/CCTP.txt", CCTP),
        ("__MACOSX/annexes/._CCTP.txt", b"\0\x05\x16\x07"),
        (".DS_Store", b"\0\0\0\x01Bud1"),
        ("Thumbs.db", b"\xd0\xcf"),
        ("RC.md", RC),
    ]);
    assert!(is_archive(&bytes));
    let unpacked = unpacked(&bytes);
    assert_eq!(
        names(&unpacked),
        vec![
            Ok("dce.zip/annexes/CCTP.txt".to_string()),
            Ok("dce.zip/RC.md".to_string())
        ]
    );
    let bodies: Vec<&[u8]> = unpacked
        .members
        .iter()
        .flatten()
        .map(|m| m.bytes.as_ref())
        .collect();
    assert_eq!(bodies, vec![CCTP, RC]);
    assert_eq!(unpacked.notes.len(), 1, "{:?}", unpacked.notes);
    let note = &unpacked.notes[0];
    assert!(
        note.starts_with("skipped 4 entries that are not documents"),
        "{note}"
    );
    for kind in ["directories", "__MACOSX/", ".DS_Store", "Thumbs.db"] {
        assert!(note.contains(kind), "{note}");
    }
}

#[test]
fn a_nested_zip_is_unpacked_in_place() {
    let annexes = zip_of(&[("CCTP.txt", CCTP), ("BPU.txt", b"Prix unitaires.")]);
    let bytes = zip_of(&[
        ("RC.md", RC),
        ("annexes.zip", &annexes),
        ("AE.txt", b"Acte d'engagement."),
    ]);
    assert_eq!(
        names(&unpacked(&bytes)),
        vec![
            Ok("dce.zip/RC.md".to_string()),
            Ok("dce.zip/annexes.zip/CCTP.txt".to_string()),
            Ok("dce.zip/annexes.zip/BPU.txt".to_string()),
            Ok("dce.zip/AE.txt".to_string()),
        ]
    );
}

#[test]
fn office_documents_inside_are_members_not_archives() {
    let docx = std::fs::read(crate::fixtures().join("fr_cctp_suite_collaborative.docx"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!is_archive(&docx));
    let xlsx = std::fs::read(crate::fixtures().join("sheets/fr_matrice_exigences.xlsx"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!is_archive(&xlsx));
    assert!(!is_archive(b"%PDF-1.7"));
    let bytes = zip_of(&[("CCTP.docx", &docx), ("matrice.xlsx", &xlsx)]);
    let unpacked = unpacked(&bytes);
    assert_eq!(
        names(&unpacked),
        vec![
            Ok("dce.zip/CCTP.docx".to_string()),
            Ok("dce.zip/matrice.xlsx".to_string())
        ]
    );
    assert!(matches!(
        unpack_as("CCTP.docx", &docx, &IngestOptions::default()),
        Err(FileError {
            error: IngestError::Unsupported { .. },
            ..
        })
    ));
}

#[test]
fn a_plain_zip_given_as_a_document_says_to_check_it_as_a_package() {
    let bytes = zip_of(&[("CCTP.txt", CCTP)]);
    let error = detect_format(&bytes, "dce.zip")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(error.contains("check it as a package"), "{error}");
}

#[test]
fn traversal_names_are_shown_made_safe_and_never_touch_the_disk() {
    let bytes = zip_of(&[
        ("../../etc/passwd.txt", b"root:x:0:0"),
        ("/abs/x.txt", b"absolu"),
        ("C:\\win\\y.txt", b"windows"),
        ("ok.txt", b"ordinaire"),
    ]);
    let unpacked = unpacked(&bytes);
    assert_eq!(
        names(&unpacked),
        vec![
            Ok("dce.zip/etc/passwd.txt".to_string()),
            Ok("dce.zip/abs/x.txt".to_string()),
            Ok("dce.zip/win/y.txt".to_string()),
            Ok("dce.zip/ok.txt".to_string()),
        ]
    );
    assert_eq!(unpacked.notes.len(), 1, "{:?}", unpacked.notes);
    assert!(
        unpacked.notes[0].starts_with("3 entries have unsafe names"),
        "{}",
        unpacked.notes[0]
    );
}

#[test]
fn a_symbolic_link_is_skipped_with_a_note() {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = SimpleFileOptions::default();
    zip.add_symlink("lien.txt", "/etc/passwd", options)
        .unwrap_or_else(|e| panic!("{e}"));
    zip.start_file("CCTP.txt", options)
        .unwrap_or_else(|e| panic!("{e}"));
    zip.write_all(CCTP).unwrap_or_else(|e| panic!("{e}"));
    zip.finish().unwrap_or_else(|e| panic!("{e}"));
    let unpacked = unpacked(out.get_ref());
    assert_eq!(names(&unpacked), vec![Ok("dce.zip/CCTP.txt".to_string())]);
    assert_eq!(
        unpacked.notes,
        vec!["skipped 1 symbolic link: dce.zip/lien.txt".to_string()]
    );
}

#[test]
fn a_nested_zip_bomb_fails_alone_and_quickly() {
    let zeros = vec![0u8; 64 << 20];
    let inner = zip_of(&[("bombe.txt", &zeros), ("annexe.txt", b"Annexe.")]);
    assert!(inner.len() < 1 << 20, "the bomb is {} bytes", inner.len());
    let bytes = zip_of(&[("CCTP.txt", CCTP), ("annexes.zip", &inner)]);
    let started = Instant::now();
    let unpacked = unpacked(&bytes);
    assert!(started.elapsed() < Duration::from_secs(10));
    let names = names(&unpacked);
    assert_eq!(names.len(), 3, "{names:?}");
    assert_eq!(names[0], Ok("dce.zip/CCTP.txt".to_string()));
    assert_eq!(names[2], Ok("dce.zip/annexes.zip/annexe.txt".to_string()));
    let error = names[1].clone().err().unwrap_or_default();
    assert!(
        error.starts_with("dce.zip/annexes.zip/bombe.txt: the entry inflates more than 100 times"),
        "{error}"
    );
}

#[test]
fn an_entry_over_the_file_limit_fails_alone() {
    // Deflated 300 KB of one letter is far below the ratio judged (1 MiB), and over 200 KB.
    let big = vec![b'a'; 300_000];
    let bytes = zip_of(&[("gros.txt", &big), ("CCTP.txt", CCTP)]);
    let options = IngestOptions {
        max_file_bytes: 200_000,
        ..IngestOptions::default()
    };
    let unpacked = unpack_as("dce.zip", &bytes, &options).unwrap_or_else(|e| panic!("{e}"));
    let names = names(&unpacked);
    let error = names[0].clone().err().unwrap_or_default();
    assert!(
        error.starts_with("dce.zip/gros.txt: the file is 293.0 KiB, over the limit of 195.3 KiB"),
        "{error}"
    );
    assert_eq!(names[1], Ok("dce.zip/CCTP.txt".to_string()));
}

#[test]
fn the_whole_tree_is_bounded_in_inflated_bytes() {
    let part = vec![b'x'; 400_000];
    let inner = zip_of(&[("b.txt", &part), ("c.txt", &part)]);
    let bytes = zip_of(&[("a.txt", &part), ("annexes.zip", &inner)]);
    let options = IngestOptions {
        max_inflated_bytes: 1_000_000,
        ..IngestOptions::default()
    };
    let error = whole_error(&bytes, &options);
    assert!(
        matches!(error, IngestError::InflatesTooMuch { limit: 1_000_000 }),
        "{error}"
    );
}

#[test]
fn too_many_entries_over_the_tree_fail_the_archive() {
    let files: Vec<(String, Vec<u8>)> = (0..8)
        .map(|n| (format!("f{n}.txt"), format!("Fichier {n}.").into_bytes()))
        .collect();
    let entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    let inner = zip_of(&entries);
    let bytes = zip_of(&[("a.txt", b"A."), ("b.zip", &inner)]);
    let options = IngestOptions {
        max_archive_entries: 9,
        ..IngestOptions::default()
    };
    let error = whole_error(&bytes, &options);
    assert!(
        error
            .to_string()
            .starts_with("the archive holds more than 9 entries"),
        "{error}"
    );
    let options = IngestOptions {
        max_archive_entries: 10,
        ..IngestOptions::default()
    };
    assert!(unpack_as("dce.zip", &bytes, &options).is_ok());
}

#[test]
fn a_zip_nested_too_deep_fails_alone() {
    let c = zip_of(&[("profond.txt", b"Trop profond.")]);
    let b = zip_of(&[("ok.txt", b"Lisible."), ("c.zip", &c)]);
    let a = zip_of(&[("b.zip", &b)]);
    let bytes = zip_of(&[("a.zip", &a), ("RC.md", RC)]);
    let names = names(&unpacked(&bytes));
    assert_eq!(
        names,
        vec![
            Ok("dce.zip/a.zip/b.zip/ok.txt".to_string()),
            Err(
                "dce.zip/a.zip/b.zip/c.zip: a zip archive nested more than 3 levels deep; extract it and check its documents"
                    .to_string()
            ),
            Ok("dce.zip/RC.md".to_string()),
        ]
    );
}

/// Sets a field of the local and central headers of the entry `name` (offsets from each
/// header's signature), as a tool that writes such entries would.
fn patch_entry(
    bytes: &mut [u8],
    name: &str,
    local_offset: usize,
    central_offset: usize,
    value: u16,
) {
    let mut patched = 0;
    for at in 0..bytes.len().saturating_sub(46) {
        let (name_at, field) = match &bytes[at..at + 4] {
            b"PK\x03\x04" => (at + 30, at + local_offset),
            b"PK\x01\x02" => (at + 46, at + central_offset),
            _ => continue,
        };
        if bytes.get(name_at..name_at + name.len()) == Some(name.as_bytes()) {
            bytes[field..field + 2].copy_from_slice(&value.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "{name}: both headers");
}

#[test]
fn an_encrypted_entry_fails_alone_naming_it() {
    let mut bytes = zip_with(
        &[("secret.txt", b"chiffre"), ("CCTP.txt", CCTP)],
        zip::CompressionMethod::Stored,
    );
    // Bit 0 of the general purpose flags: the entry is encrypted.
    patch_entry(&mut bytes, "secret.txt", 6, 8, 1);
    let names = names(&unpacked(&bytes));
    assert_eq!(
        names,
        vec![
            Err(
                "dce.zip/secret.txt: encrypted entry: the archive protects it with a password; extract it first"
                    .to_string()
            ),
            Ok("dce.zip/CCTP.txt".to_string()),
        ]
    );
}

#[test]
fn an_entry_compressed_with_an_unknown_method_fails_alone() {
    let mut bytes = zip_with(
        &[("bzip.txt", b"compresse"), ("CCTP.txt", CCTP)],
        zip::CompressionMethod::Stored,
    );
    // Method 12 is bzip2, which tenderlint does not inflate.
    patch_entry(&mut bytes, "bzip.txt", 8, 10, 12);
    let names = names(&unpacked(&bytes));
    let error = names[0].clone().err().unwrap_or_default();
    assert!(
        error.starts_with("dce.zip/bzip.txt: the entry is compressed with"),
        "{error}"
    );
    assert_eq!(names[1], Ok("dce.zip/CCTP.txt".to_string()));
}

#[test]
fn a_corrupt_entry_fails_alone() {
    let text = "Les données sont hébergées en France. ".repeat(200);
    let mut bytes = zip_of(&[("abime.txt", text.as_bytes()), ("CCTP.txt", CCTP)]);
    // Damage the deflated data of the first entry (after its 30-byte header and name).
    for byte in &mut bytes[50..90] {
        *byte ^= 0x5A;
    }
    let names = names(&unpacked(&bytes));
    let error = names[0].clone().err().unwrap_or_default();
    assert!(error.starts_with("dce.zip/abime.txt: corrupt"), "{error}");
    assert_eq!(names[1], Ok("dce.zip/CCTP.txt".to_string()));
}

#[test]
fn an_empty_or_broken_archive_fails_whole() {
    let empty = zip_of(&[]);
    assert!(is_archive(&empty));
    let error = whole_error(&empty, &IngestOptions::default());
    assert!(matches!(error, IngestError::NoDocuments), "{error}");
    let only_folders = zip_of(&[("vide/", b""), ("__MACOSX/", b"")]);
    let error = whole_error(&only_folders, &IngestOptions::default());
    assert!(matches!(error, IngestError::NoDocuments), "{error}");
    let whole = zip_of(&[("CCTP.txt", CCTP), ("RC.md", RC)]);
    let truncated = &whole[..whole.len() / 2];
    assert!(is_archive(truncated));
    let error = whole_error(truncated, &IngestOptions::default());
    assert!(
        error
            .to_string()
            .starts_with("corrupt or truncated zip archive"),
        "{error}"
    );
    let error = whole_error(b"", &IngestOptions::default());
    assert!(matches!(error, IngestError::Empty), "{error}");
}

#[test]
fn unpacking_stops_at_the_deadline() {
    let bytes = zip_of(&[("CCTP.txt", CCTP)]);
    let options = IngestOptions {
        deadline: Deadline::after(Some(Duration::ZERO), CancelFlag::new()),
        ..IngestOptions::default()
    };
    let error = whole_error(&bytes, &options);
    assert!(matches!(error, IngestError::Interrupted(_)), "{error}");
}
