#!/usr/bin/env bash
# The npm tarball where users install it: into a fresh project from the file (no registry:
# the package has no dependencies), then imported as ESM and required as CommonJS, each
# checking a failed response and looking up a code through the package's exports map.
# usage: tests/dist/npm-package.sh TARBALL
set -euo pipefail
tarball=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$here/../../target/dist-test/npm")
rm -rf "$out" && mkdir -p "$out"
fail() { echo "dist: $*" >&2; exit 1; }

tar tzf "$tarball" > "$out/list"
for f in package/package.json package/LICENSE package/README.md package/dist/esm/index.js \
    package/dist/esm/index.d.ts package/dist/cjs/index.js package/dist/cjs/index.d.ts package/dist/cjs/package.json; do
    grep -qxF "$f" "$out/list" || fail "the npm tarball lacks $f"
done
! grep -E '^package/(src|test|node_modules)/' "$out/list" || fail "the npm tarball carries sources or tests"

cd "$out"
printf '{ "name": "uses-zego-codes", "version": "0.0.0", "private": true }\n' > package.json
npm install --no-audit --no-fund --offline --silent "$tarball"
cat > esm.mjs <<'JS'
import { check, message, NotFoundError, ZegoCode } from 'zego-codes';
try {
  check({ Code: ZegoCode.AGENT_INSTANCE_NOT_FOUND, Message: 'gone', RequestId: 'r1' });
} catch (e) {
  console.log('esm', e instanceof NotFoundError, e.code, e.zegoMessage, e.requestId, message(0, 'en') !== '');
}
JS
cat > cjs.cjs <<'JS'
const { check, message, NotFoundError, ZegoCode } = require('zego-codes');
try {
  check({ Code: ZegoCode.AGENT_INSTANCE_NOT_FOUND, Message: 'gone', RequestId: 'r1' });
} catch (e) {
  console.log('cjs', e instanceof NotFoundError, e.code, e.zegoMessage, e.requestId, message(0, 'en') !== '');
}
JS
[ "$(node esm.mjs)" = "esm true 410001002 gone r1 true" ] || fail "ESM import printed: $(node esm.mjs)"
[ "$(node cjs.cjs)" = "cjs true 410001002 gone r1 true" ] || fail "CommonJS require printed: $(node cjs.cjs)"
echo "dist: the npm tarball installs into a fresh project and runs as ESM and CommonJS"
