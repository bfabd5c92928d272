// A code of every guidance, in every product of the oracle, throws the class the map of every
// language's error classes names for Node (tests/error-classes.tsv, which `cargo xtask gen`
// writes from xtask/src/gen/exceptions/mod.rs), exported under that name, naming its product.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { builds } from './expectations.mjs';
import { rows } from './oracle.mjs';

const map = new Map(
  readFileSync(new URL('../../tests/error-classes.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .map(([guidance, , , , node]) => [guidance, node]),
);

// guidance -> product -> a code of the product with that guidance: the first the oracle lists
// that one section alone defines; for unknown, a code past the product's last.
const samples = new Map([...map.keys()].map((g) => [g, new Map()]));
const last = new Map();
for (const r of rows.filter((o) => o.kind === 'return')) {
  last.set(r.product, Math.max(last.get(r.product) ?? 0, r.code));
  if (r.code !== 0 && !r.ambiguous && !samples.get(r.guidance).has(r.product)) {
    samples.get(r.guidance).set(r.product, r.code);
  }
}
for (const [product, code] of last) {
  samples.get('unknown').set(product, code + 1);
}

for (const [build, z] of Object.entries(builds)) {
  test(`${build}: the map names the class of every guidance`, () => {
    for (const [guidance, name] of map) {
      assert.equal(z.errorClass(guidance), z[name], `${guidance}: ${name}, exported under its name`);
      assert.equal(z[name].name, name);
    }
  });

  test(`${build}: a code of every guidance throws the map's class, naming its product`, () => {
    const checked = [];
    for (const [guidance, name] of map) {
      for (const [product, code] of samples.get(guidance)) {
        const what = `${product} ${code} (${guidance})`;
        assert.throws(() => z.check({ Code: code, RequestId: 'req-map' }, { product }), (e) => {
          assert.equal(e.constructor, z[name], what);
          assert.equal(e.name, name, what);
          assert.equal(e.product, product, what);
          assert.equal(e.guidance, guidance, what);
          if (product !== z.Product.AI_AGENT) {
            assert.ok(e.message.startsWith(`${product} ${code}`), `${what}: ${e.message}`);
          }
          return true;
        });
        checked.push(guidance);
      }
    }
    // A guidance no non-zero code of any product has cannot be thrown; the rest must be.
    const expected = [...map.keys()].filter((g) => samples.get(g).size > 0);
    assert.deepEqual([...new Set(checked)], expected);
    assert.ok(checked.includes('unknown'));
    console.log(`# guidance no non-zero return code has, not thrown: ${[...map.keys()].filter((g) => !checked.includes(g)).join(' ')}`);
  });
}
