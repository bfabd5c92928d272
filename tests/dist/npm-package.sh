#!/usr/bin/env bash
# The npm tarball where users install it: into a fresh project from the file (no registry:
# the package has no dependencies), then imported as ESM and required as CommonJS, each
# checking a failed response and looking up a code (of AI Agent and of another product)
# through the package's exports map; and
# TypeScript programs of both kinds type-checked against the installed .d.ts files (module
# resolution nodenext, strict) with the TypeScript compiler given.
# usage: tests/dist/npm-package.sh TARBALL TSC
set -euo pipefail
tarball=$(realpath "$1") tsc=$(realpath "$2")
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
import { check, message, NotFoundError, Product, productInfo, ZegoCode } from 'zego-codes';
try {
  check({ Code: ZegoCode.AGENT_INSTANCE_NOT_FOUND, Message: 'gone', RequestId: 'r1' });
} catch (e) {
  console.log('esm', e instanceof NotFoundError, e.code, e.zegoMessage, e.requestId, message(0, 'en') !== '');
}
try {
  check({ Code: 410001002 }, { product: Product.ASR });
} catch (e) {
  console.log('esm', e instanceof NotFoundError, e.product, e.codeName === productInfo('asr', 410001002).name, productInfo('rtc', 41003).ambiguous);
}
JS
cat > cjs.cjs <<'JS'
const { check, message, NotFoundError, Product, productInfo, ZegoCode } = require('zego-codes');
try {
  check({ Code: ZegoCode.AGENT_INSTANCE_NOT_FOUND, Message: 'gone', RequestId: 'r1' });
} catch (e) {
  console.log('cjs', e instanceof NotFoundError, e.code, e.zegoMessage, e.requestId, message(0, 'en') !== '');
}
try {
  check({ Code: 410001002 }, { product: Product.ASR });
} catch (e) {
  console.log('cjs', e instanceof NotFoundError, e.product, e.codeName === productInfo('asr', 410001002).name, productInfo('rtc', 41003).ambiguous);
}
JS
[ "$(node esm.mjs)" = $'esm true 410001002 gone r1 true\nesm true asr true true' ] || fail "ESM import printed: $(node esm.mjs)"
[ "$(node cjs.cjs)" = $'cjs true 410001002 gone r1 true\ncjs true asr true true' ] || fail "CommonJS require printed: $(node cjs.cjs)"
cat > typed.mts <<'TS'
import { check, info, message, RateLimitError, ZegoCode, type CodeInfo, type Guidance } from 'zego-codes';
import { definitions, Product, ProductCode, productInfo, productMessage, type Meaning, type ProductCodeInfo, type ProductId } from 'zego-codes';
const code: ZegoCode = ZegoCode.AGENT_INSTANCE_NOT_FOUND;
const text: string = message(code, 'en');
const about: CodeInfo = info(code);
const g: Guidance = about.guidance;
const data: { id: string } | undefined = check<{ id: string }>({ Code: 0, Data: { id: 'x' } });
export const all = [text, g, data, RateLimitError.name];
const rtc: ProductId = Product.RTC;
const exact: ProductCodeInfo = productInfo(rtc, ProductCode.RTC.MEDIA_FILE_NOT_FOUND, { section: 'media_files' });
const who: readonly Meaning[] = definitions('return', 3);
const zim: unknown = check({ Code: 0 }, { product: 'zim', lang: 'en' });
export const products = [exact.meanings, who, zim, productMessage('asr', 410001002, 'en')];
TS
cat > typed.cts <<'TS'
import z = require('zego-codes');
export const m: string = z.eventMessage(z.ZegoEventCode.LLM_ERROR, 'zh');
export const e: z.ZegoError = new z.NotFoundError(z.ZegoCode.AGENT_INSTANCE_NOT_FOUND, null, 'r1');
TS
cat > bad.mts <<'TS'
import { message } from 'zego-codes';
export const wrong = message(0, 'fr');
TS
cat > badproduct.mts <<'TS'
import { productInfo, productMessage } from 'zego-codes';
export const wrong = productMessage('rct', 0);
export const section = productInfo('zim', 0, { section: 'media_files' });
TS
printf '{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2020", "strict": true, "noEmit": true, "types": [] }, "files": ["typed.mts", "typed.cts"] }\n' > tsconfig.json
node "$tsc" -p tsconfig.json || fail "the package's types do not check (above)"
bad=$(node "$tsc" --module nodenext --strict --noEmit bad.mts || true)
grep -q "error TS2345: Argument of type '\"fr\"'" <<<"$bad" || fail "the types accept lang 'fr': $bad"
bad=$(node "$tsc" --module nodenext --strict --noEmit badproduct.mts || true)
grep -q "Argument of type '\"rct\"'" <<<"$bad" || fail "the types accept product 'rct': $bad"
grep -q "'\"media_files\"' is not assignable" <<<"$bad" || fail "the types accept ZIM's section media_files: $bad"
echo "dist: the npm tarball installs into a fresh project and runs as ESM and CommonJS"
