// The built package uses no host API (tsconfig gives tsc no Node.js or DOM types; this checks
// the output too), so it runs beyond Node: Deno, Bun, workers, browsers.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const hostNames = /\b(process|Buffer|require\(['"]node:|globalThis|window|document|setTimeout|__dirname|import\.meta)\b/;

test('the built files name no host API and import only each other', () => {
  for (const build of ['esm', 'cjs']) {
    const dir = new URL(`../dist/${build}/`, import.meta.url);
    const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js'));
    assert.ok(files.length > 0);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      // Code only: ZEGO's texts and the comments may say "process".
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
      assert.doesNotMatch(code, hostNames, `${build}/${f}`);
      for (const [, spec] of text.matchAll(/(?:from |require\()['"]([^'"]+)['"]/g)) {
        assert.ok(spec.startsWith('./') || spec.startsWith('../'), `${build}/${f} imports ${spec}`);
      }
    }
  }
});
