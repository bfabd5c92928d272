//! include/zego_codes.h: cbindgen (pinned in Cargo.toml, since point releases change its
//! output) over the C ABI crate ffi/, configured by ffi/cbindgen.toml, plus the version
//! macros of the ffi package's version.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The header's full text, from the sources under ffi/src with each of `generated` (a file
/// name under ffi/src and its text) standing in for the committed file, so one
/// `cargo xtask gen` writes them and the header consistently even when the committed ones
/// are stale.
pub fn generate(root: &Path, generated: &[(&str, &str)]) -> Result<String, String> {
    let ffi = root.join("ffi");
    let mut config = cbindgen::Config::from_file(ffi.join("cbindgen.toml"))?;
    config.after_includes = Some(version_macros(&package_version(root)?)?);

    let mirror = Mirror::new()?;
    copy_tree(&ffi.join("src"), &mirror.0)?;
    for (name, text) in generated {
        write(&mirror.0.join(name), text)?;
    }

    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(mirror.0.join("lib.rs"))
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).map_err(|e| format!("cbindgen wrote invalid UTF-8: {e}"))
}

/// The version of the ffi package as Cargo sees it (its own, or the workspace's).
fn package_version(root: &Path) -> Result<String, String> {
    let ffi = read_toml(&root.join("ffi/Cargo.toml"))?;
    let version = &ffi["package"]["version"];
    let version = if version.get("workspace").and_then(toml::Value::as_bool) == Some(true) {
        read_toml(&root.join("Cargo.toml"))?["workspace"]["package"]["version"].clone()
    } else {
        version.clone()
    };
    version
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| "ffi/Cargo.toml: no package version".to_owned())
}

fn version_macros(version: &str) -> Result<String, String> {
    let core = version.split(['-', '+']).next().unwrap_or(version);
    let parts: Vec<u64> = core
        .split('.')
        .map(|p| p.parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("version {version:?} is not MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else {
        return Err(format!("version {version:?} is not MAJOR.MINOR.PATCH"));
    };
    Ok(format!(
        "\n/** The version of this header, \"MAJOR.MINOR.PATCH\"; zego_codes_version() gives the library's. */\n\
         #define ZEGO_CODES_VERSION \"{version}\"\n\
         #define ZEGO_CODES_VERSION_MAJOR {major}\n\
         #define ZEGO_CODES_VERSION_MINOR {minor}\n\
         #define ZEGO_CODES_VERSION_PATCH {patch}\n"
    ))
}

fn read_toml(path: &Path) -> Result<toml::Table, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.parse().map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    let err = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    fs::create_dir_all(to).map_err(|e| err(to, e))?;
    for entry in fs::read_dir(from).map_err(|e| err(from, e))? {
        let path = entry.map_err(|e| err(from, e))?.path();
        let dest = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_tree(&path, &dest)?;
        } else {
            fs::copy(&path, &dest).map_err(|e| err(&path, e))?;
        }
    }
    Ok(())
}

/// A scratch copy of ffi/src, removed when dropped.
struct Mirror(PathBuf);

impl Mirror {
    fn new() -> Result<Mirror, String> {
        // Tests generate in parallel threads of one process: the counter keeps them apart.
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("zego-codes-header-{}-{n}", std::process::id()));
        // A directory left by a killed run with the same pid would hold stale files.
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(Mirror(dir))
    }
}

impl Drop for Mirror {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_macros_split_the_version() {
        let m = version_macros("1.22.333").unwrap();
        assert!(m.contains("#define ZEGO_CODES_VERSION \"1.22.333\"\n"));
        assert!(m.contains("#define ZEGO_CODES_VERSION_MAJOR 1\n"));
        assert!(m.contains("#define ZEGO_CODES_VERSION_MINOR 22\n"));
        assert!(m.contains("#define ZEGO_CODES_VERSION_PATCH 333\n"));
        assert!(version_macros("1.2").is_err());
        assert!(version_macros("1.x.3").is_err());
    }
}
