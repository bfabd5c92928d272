//! What git says of the repository, for the tasks that read or copy "the project's files".

use std::path::Path;
use std::process::Command;

/// The files under `root` that git tracks or would add (new, not ignored), matching
/// `pathspecs` (all files when empty), relative to `root`. A file deleted in the working tree
/// but still tracked is left out.
pub fn project_files(root: &Path, pathspecs: &[&str]) -> Result<Vec<String>, String> {
    let out = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
            "--",
        ])
        .args(pathspecs)
        .current_dir(root)
        .output()
        .map_err(|e| format!("git ls-files (git must be installed): {e}"))?;
    if !out.status.success() {
        return Err(format!("git ls-files: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(out
        .stdout
        .split(|&b| b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .filter(|p| root.join(p).is_file())
        .collect())
}
