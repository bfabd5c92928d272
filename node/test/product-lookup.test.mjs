// productLookup(product): one product's lookups held by the caller, against the products oracle
// and the product functions, in both builds: every row of the oracle, unknown codes near each
// and at the edges of the code space, in both languages, and bad input.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { builds } from './expectations.mjs';
import { groups, keyOf, rows } from './oracle.mjs';

const products = [...new Set(rows.map((r) => r.product))];
const langs = ['zh', 'en'];

/** Every code to try in each product and kind: each known one, codes near it, and the edges. */
const samples = new Set();
for (const r of rows) {
  for (const d of [-1000, -2, -1, 0, 1, 2, 1000]) {
    const c = r.code + d;
    if (c >= 0 && c < 2 ** 32) samples.add(c);
  }
}
for (const c of [0, 1, 99999999, 100000000, 100999999, 101000000, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) samples.add(c);

for (const [build, z] of Object.entries(builds)) {
  test(`${build}: productLookup gives each product one frozen object naming it`, () => {
    assert.deepEqual(products, Object.values(z.Product));
    for (const p of products) {
      const lookup = z.productLookup(p);
      assert.ok(Object.isFrozen(lookup), p);
      assert.equal(lookup, z.productLookup(p), p);
      assert.equal(lookup.product, p);
      for (const other of products) assert.equal(lookup === z.productLookup(other), other === p, `${p} ${other}`);
    }
  });

  test(`${build}: every row of the oracle answers through productLookup as the core gives it`, () => {
    for (const r of rows) {
      const lookup = z.productLookup(r.product);
      const what = `${keyOf(r)} ${r.section ?? ''}`;
      const [message, suggestion] =
        r.kind === 'event' ? [lookup.eventMessage, lookup.eventSuggestion] : [lookup.message, lookup.suggestion];
      const exact = lookup.info(r.code, { kind: r.kind, section: r.section });
      assert.equal(exact.name, r.name, what);
      assert.equal(exact.section, r.section, what);
      if (r.ambiguous) continue; // unqualified, a sentence saying so: the product functions' test
      // Unqualified, the first section that lists the code answers.
      const first = groups.get(keyOf(r))[0];
      for (const lang of langs) {
        assert.equal(message.call(lookup, r.code, lang), lang === 'en' ? first.message_en : first.message_zh, what);
        assert.equal(suggestion.call(lookup, r.code, lang), lang === 'en' ? first.suggestion_en : first.suggestion_zh, what);
      }
      assert.equal(message.call(lookup, r.code), first.message_zh, what);
    }
  });

  test(`${build}: productLookup answers as the product functions for every code near each known one`, () => {
    for (const p of products) {
      const lookup = z.productLookup(p);
      for (const c of samples) {
        const what = `${p} ${c}`;
        for (const lang of langs) {
          assert.equal(lookup.message(c, lang), z.productMessage(p, c, lang), what);
          assert.equal(lookup.suggestion(c, lang), z.productSuggestion(p, c, lang), what);
          assert.equal(lookup.eventMessage(c, lang), z.productEventMessage(p, c, lang), what);
          assert.equal(lookup.eventSuggestion(c, lang), z.productEventSuggestion(p, c, lang), what);
        }
        assert.equal(lookup.message(c), z.productMessage(p, c), what);
        assert.deepEqual(lookup.info(c), z.productInfo(p, c), what);
        assert.deepEqual(lookup.info(c, { kind: 'event' }), z.productInfo(p, c, { kind: 'event' }), what);
      }
    }
    // AI Agent's held lookup is today's default one.
    const aiagent = z.productLookup(z.Product.AI_AGENT);
    for (const c of samples) {
      for (const lang of langs) {
        assert.equal(aiagent.message(c, lang), z.message(c, lang), `${c}`);
        assert.equal(aiagent.suggestion(c, lang), z.suggestion(c, lang), `${c}`);
        assert.equal(aiagent.eventMessage(c, lang), z.eventMessage(c, lang), `${c}`);
        assert.equal(aiagent.eventSuggestion(c, lang), z.eventSuggestion(c, lang), `${c}`);
      }
    }
  });

  test(`${build}: productLookup and its lookups refuse bad input as the product functions do`, () => {
    assert.throws(() => z.productLookup('nope'), RangeError);
    assert.throws(() => z.productLookup('RTC'), RangeError);
    for (const bad of [undefined, null, 1, {}, Symbol('rtc')]) assert.throws(() => z.productLookup(bad), TypeError);
    for (const p of products) {
      const lookup = z.productLookup(p);
      for (const f of [lookup.message, lookup.suggestion, lookup.eventMessage, lookup.eventSuggestion]) {
        for (const bad of ['1', undefined, null, 1n, {}]) assert.throws(() => f.call(lookup, bad), TypeError, p);
        for (const bad of [-1, 0.5, NaN, Infinity, 2 ** 32]) assert.throws(() => f.call(lookup, bad), RangeError, p);
        assert.throws(() => f.call(lookup, 0, 'fr'), RangeError, p);
        assert.throws(() => f.call(lookup, 0, null), TypeError, p);
      }
      assert.throws(() => lookup.info(0, { section: 'nope' }), RangeError, p);
      assert.throws(() => lookup.info(0, { kind: 'nope' }), RangeError, p);
    }
  });
}
