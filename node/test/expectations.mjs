// The core's printed expectations (ffi/examples/expectations.rs), what every known code and a
// set of edge codes must answer, straight from the Rust core: make test-node passes the file
// in ZEGOCODES_EXPECTATIONS; without it the printer runs through cargo from the repository.
// Also both builds of the package, so every test runs against ESM and CommonJS alike.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const text = process.env.ZEGOCODES_EXPECTATIONS
  ? readFileSync(process.env.ZEGOCODES_EXPECTATIONS, 'utf8')
  : execFileSync('cargo', ['run', '-q', '--locked', '-p', 'zego-codes-ffi', '--example', 'expectations'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });

const unescape = (s) => s.replace(/\\(.)/g, (_, c) => ({ t: '\t', n: '\n', '\\': '\\' })[c]);
const lines = text.trimEnd().split('\n').map((line) => line.split('\t').map(unescape));

export const version = lines.find((l) => l[0] === 'V')[1];

/** R and E records: kind, code, known, name, texts, withdrawn, category, guidance... */
export const codes = lines
  .filter((l) => l[0] === 'R' || l[0] === 'E')
  .map((l) => ({
    kind: l[0],
    code: Number(l[1]),
    known: l[2] === '1',
    name: l[3],
    messageZh: l[4],
    suggestionZh: l[5],
    messageEn: l[6],
    suggestionEn: l[7],
    withdrawn: l[8],
    category: Number(l[9]),
    guidance: Number(l[10]),
    retryable: l[11] === '1',
    success: l[12] === '1',
  }));

/** `since` by kind and code. */
export const since = new Map(lines.filter((l) => l[0] === 'S').map((l) => [`${l[1]} ${l[2]}`, l[3]]));

export const guidances = lines
  .filter((l) => l[0] === 'G')
  .map((l) => ({ value: Number(l[1]), name: l[2], retryable: l[3] === '1', summaryZh: l[4], summaryEn: l[5] }));

/** Category names by value: C for return codes, K for event codes. */
export const categories = {
  R: new Map(lines.filter((l) => l[0] === 'C').map((l) => [Number(l[1]), l[2]])),
  E: new Map(lines.filter((l) => l[0] === 'K').map((l) => [Number(l[1]), l[2]])),
};

export const builds = {
  esm: await import('../dist/esm/index.js'),
  cjs: createRequire(import.meta.url)('../dist/cjs/index.js'),
};
