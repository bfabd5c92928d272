#!/bin/bash
# Runs inside the Debian 11 root (tests/dist/debian11.sh made the scratch folder S): the
# released wheel, C SDK and command, as a user of that system would install and use them.
# usage: in-debian11.sh S
set -euo pipefail
s=$1
cd "$s"
# shellcheck source=/dev/null # the Debian 11 root's file, not this machine's
. /etc/os-release
echo "debian11: $PRETTY_NAME, $(ldd --version | head -n 1), $(python3 --version), gcc $(gcc -dumpfullversion), $(cmake --version | head -n 1)"

# Python: the wheel into a new venv (pip 20.3 checks its manylinux2014 tag), then the suite.
python3 -m venv "$s/venv"
echo "debian11: $("$s/venv/bin/python" -m pip --version)"
pip=("$s/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-cache-dir --no-index)
"${pip[@]}" --find-links "$s/py39" -r "$s/py39/requirements-py39.txt"
"${pip[@]}" "$s"/dist/zego_codes-*.whl
(cd "$s/python/tests" && ZEGO_CODES_ROOT=$s ZEGOCODES_PRODUCTS=$s/products.json "$s/venv/bin/python" -m pytest -q -p no:cacheprovider)
echo "debian11: the wheel installed on CPython 3.9 and the Python suite passed"

# The C SDK, unpacked where no compiler looks by itself.
sdk=$s/opt/vendor/zego
mkdir -p "$sdk"
tar xzf "$s"/dist/libzego_codes-*.tar.gz -C "$sdk" --strip-components=1
bash "$s/sdk.sh" "$sdk" "$s/consumer" "$s/sdk-build" | grep -v '^+ '

# The command: the same output as on the machine that built it.
mkdir -p "$s/cli"
tar xzf "$s"/dist/zego-codes-*.tar.gz -C "$s/cli" --strip-components=1
bash "$s/cli-cases.sh" "$s/cli/zego-codes" "$s/cli-got"
diff -ru "$s/cli-expected" "$s/cli-got" || { echo "debian11: zego-codes prints differently here (above)" >&2; exit 1; }
# shellcheck disable=SC2012 # a count for the message; ls counts what a reader would see
echo "debian11: zego-codes ran $(ls "$s/cli-got" | wc -l) commands with the same output as on the build machine"
