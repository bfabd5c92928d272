// The cross-language oracle: every product's entries as `zego-codes list --all-products --json`
// prints them from the Rust core. make test-node passes the file in ZEGOCODES_PRODUCTS;
// without it the command runs through cargo from the repository.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const text = process.env.ZEGOCODES_PRODUCTS
  ? readFileSync(process.env.ZEGOCODES_PRODUCTS, 'utf8')
  : execFileSync('cargo', ['run', '-q', '--locked', '-p', 'zego-codes-cli', '--', 'list', '--all-products', '--json'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });

/** One object per product, kind, code and section. */
export const rows = JSON.parse(text);

/** A row's lookup key: the rows with one key are an unqualified lookup's meanings. */
export const keyOf = (r) => `${r.product} ${r.kind} ${r.code}`;

/** The rows by key, each group in the oracle's order. */
export const groups = new Map();
for (const r of rows) {
  if (!groups.has(keyOf(r))) groups.set(keyOf(r), []);
  groups.get(keyOf(r)).push(r);
}

/** A row as the fields of a Meaning. */
export const asMeaning = (r) => ({
  code: r.code,
  product: r.product,
  kind: r.kind,
  section: r.section,
  name: r.name,
  category: r.category,
  guidance: r.guidance,
  retryable: r.retryable,
  since: r.since,
  withdrawn: r.withdrawn,
  messageZh: r.message_zh,
  messageEn: r.message_en,
  suggestionZh: r.suggestion_zh,
  suggestionEn: r.suggestion_en,
  causeZh: r.cause_zh,
  causeEn: r.cause_en,
});
