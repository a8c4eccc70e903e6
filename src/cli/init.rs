//! `tenderlint init DIR`: scaffolds a house pack, a buyer's own rules beside the bundled pack —
//! a rule with its METADATA and examples, its messages in en, fr and de, its Rego tests, a data
//! file and a README — that
//! `tenderlint test --house-pack DIR` passes at once.

use std::io::Write;
use std::path::Path;

use super::exit;

/// The files of a new house pack: path in the pack, contents.
const HOUSE_PACK: [(&str, &str); 7] = [
    (
        "README.md",
        include_str!("../../templates/house_pack/README.md"),
    ),
    (
        "house/hosting.rego",
        include_str!("../../templates/house_pack/hosting.rego"),
    ),
    (
        "house/hosting.en.ftl",
        include_str!("../../templates/house_pack/hosting.en.ftl"),
    ),
    (
        "house/hosting.fr.ftl",
        include_str!("../../templates/house_pack/hosting.fr.ftl"),
    ),
    (
        "house/hosting.de.ftl",
        include_str!("../../templates/house_pack/hosting.de.ftl"),
    ),
    (
        "house/hosting_test.rego",
        include_str!("../../templates/house_pack/hosting_test.rego"),
    ),
    (
        "data/house.json",
        include_str!("../../templates/house_pack/house.json"),
    ),
];

/// `tenderlint init DIR`. Writes nothing when a file of the pack is already there.
pub fn init(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    if let Some((path, _)) = HOUSE_PACK.iter().find(|(path, _)| dir.join(path).exists()) {
        writeln!(
            err,
            "error: {} already exists; init writes a new house pack and overwrites nothing",
            dir.join(path).display()
        )?;
        return Ok(exit::ERROR);
    }
    for (path, text) in HOUSE_PACK {
        let target = dir.join(path);
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, text));
        if let Err(error) = written {
            writeln!(err, "error: {}: {error}", target.display())?;
            return Ok(exit::ERROR);
        }
        writeln!(out, "wrote {}", target.display())?;
    }
    let shown = dir.display();
    writeln!(
        out,
        "\nnext:\n  tenderlint test --house-pack {shown}\n  tenderlint check --house-pack {shown} tender.pdf"
    )?;
    Ok(exit::OK)
}
