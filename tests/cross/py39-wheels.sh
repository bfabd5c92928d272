#!/usr/bin/env bash
# The Python suite's tools for CPython 3.9 (tests/dist/requirements-py39.txt), downloaded once
# into target/roots/py39 and again only when their pins change; prints the folder.
# usage: tests/cross/py39-wheels.sh PYTHON
set -euo pipefail
python=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
pins=$root/tests/dist/requirements-py39.txt
wheels=$root/target/roots/py39
if ! cmp -s "$pins" "$wheels/requirements-py39.txt"; then
    rm -rf "$wheels" "$wheels.new"
    "$python" -m pip download --quiet --disable-pip-version-check --python-version 3.9 \
        --only-binary=:all: --no-deps -r "$pins" -d "$wheels.new" >&2
    cp "$pins" "$wheels.new/"
    mv "$wheels.new" "$wheels"
fi
echo "$wheels"
