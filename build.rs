//! Embeds the policy pack (`policies/`) in the binary, so that the tool works from any directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, root, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rego" | "json" | "ftl")
        ) {
            out.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf());
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("policies");
    println!("cargo:rerun-if-changed=policies");
    let mut files = Vec::new();
    collect(&root, &root, &mut files)?;
    let mut code = String::from(
        "/// The policy pack's files: path relative to `policies/`, contents.\npub const BUNDLED_POLICIES: &[(&str, &str)] = &[\n",
    );
    for file in &files {
        let relative = file.to_string_lossy().replace('\\', "/");
        let absolute = root.join(file);
        let _ = writeln!(
            code,
            "    ({relative:?}, include_str!({:?})),",
            absolute.to_string_lossy()
        );
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("bundled_policies.rs");
    std::fs::write(out, code)
}
