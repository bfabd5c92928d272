#!/usr/bin/env bash
# The sdist as a user without a wheel for their platform gets it: `pip install` into a new venv,
# which builds it with maturin (from PyPI, as pip's build isolation does) and cargo, then the
# Python suite against what was installed.
# usage: tests/dist/sdist.sh SDIST PYTHON
set -euo pipefail
sdist=$(realpath "$1") python=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/target/dist-test/sdist
rm -rf "$out/venv" && mkdir -p "$out"
pip_quiet=(--quiet --disable-pip-version-check)

"$python" -m venv "$out/venv"
# The sdist's cargo build keeps its outputs under target/ so that a second run is quick, but
# not those of the project's own crates: the sdist gives every file one fixed old mtime, so
# cargo would take new sources of the same version for the ones it built last time.
cargo clean --quiet --manifest-path "$root/Cargo.toml" --target-dir "$out/cargo" --release \
    -p zego-codes -p zego-codes-render -p zego-codes-python
CARGO_TARGET_DIR=$out/cargo "$out/venv/bin/python" -m pip install "${pip_quiet[@]}" "$sdist"
"$out/venv/bin/python" -m pip install "${pip_quiet[@]}" "$(grep '^pytest==' "$root/python/requirements-dev.txt")"
cd "$root/python/tests"
ZEGO_CODES_ROOT=$root ZEGOCODES_PRODUCTS=${ZEGOCODES_PRODUCTS:?set ZEGOCODES_PRODUCTS to the products oracle} \
    "$out/venv/bin/python" -m pytest -q -p no:cacheprovider
echo "sdist: $(basename "$sdist") built and installed into a new venv; the suite passed against it"
