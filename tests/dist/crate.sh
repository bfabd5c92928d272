#!/usr/bin/env bash
# The .crate as a user's dependency: unpacked outside the workspace, named by path from a new
# project, built offline (the core has no dependencies), and run: the program lists every
# return code with its name and English text through the crate's public API, which must equal
# what the released command lists.
# usage: tests/dist/crate.sh CRATE CLI_TARBALL
set -euo pipefail
crate=$(realpath "$1") cli_tar=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$here/../../target/dist-test/crate")
rm -rf "$out/src" "$out/app" "$out/cli" && mkdir -p "$out/src" "$out/app/src" "$out/cli"
# `m`: the files get the time of unpacking. cargo package gives every file one fixed old
# mtime, so with the cached target folder cargo would take a new crate of the same version
# for the one it built last time and run stale code.
tar xzmf "$crate" -C "$out/src"
dep=$(ls -d "$out"/src/zego-codes-*)

# A project of its own: the empty [workspace] keeps cargo from looking for the repository's.
cat > "$out/app/Cargo.toml" <<TOML
[package]
name = "uses-zego-codes"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
zego-codes = { path = "$dep" }

[workspace]
TOML
cat > "$out/app/src/main.rs" <<'RUST'
use zego_codes::{Code, Lang};

fn main() {
    for code in Code::all() {
        println!("{}\t{}\t{}", code.get(), code.name().unwrap_or(""), code.message(Lang::En));
    }
}
RUST
(cd "$out/app" && CARGO_TARGET_DIR="$out/target" cargo run --offline --quiet) > "$out/from-crate.tsv"

tar xzf "$cli_tar" -C "$out/cli" --strip-components=1
"$out/cli/zego-codes" list --json | python3 -c '
import json, sys
for c in json.load(sys.stdin):
    print(c["code"], c["name"], c["message_en"], sep="\t")' > "$out/from-cli.tsv"
[ -s "$out/from-cli.tsv" ] || { echo "crate: the command listed nothing" >&2; exit 1; }
if ! diff -u "$out/from-cli.tsv" "$out/from-crate.tsv"; then
    echo "crate: the packaged crate and the released command disagree (above)" >&2
    exit 1
fi
echo "crate: $(basename "$crate") built offline as a path dependency of a new project; its $(wc -l < "$out/from-crate.tsv") codes equal the command's"
