// Every code and event answers as the core, in both builds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { builds, categories, codes, guidances, since, version } from './expectations.mjs';

for (const [build, z] of Object.entries(builds)) {
  test(`${build}: every code and event answers as the core`, () => {
    assert.ok(codes.length > 0);
    for (const r of codes) {
      const [message, suggestion, info, table] =
        r.kind === 'R' ? [z.message, z.suggestion, z.info, z.ZegoCode] : [z.eventMessage, z.eventSuggestion, z.eventInfo, z.ZegoEventCode];
      const what = `${r.kind} ${r.code}`;
      assert.equal(message(r.code), r.messageZh, what);
      assert.equal(message(r.code, 'zh'), r.messageZh, what);
      assert.equal(message(r.code, 'en'), r.messageEn, what);
      assert.equal(suggestion(r.code), r.suggestionZh, what);
      assert.equal(suggestion(r.code, 'en'), r.suggestionEn, what);
      const i = info(r.code);
      assert.ok(Object.isFrozen(i), what);
      assert.deepEqual(
        { ...i },
        {
          code: r.code,
          known: r.known,
          name: r.known ? r.name : null,
          category: categories[r.kind].get(r.category),
          guidance: guidances[r.guidance].name,
          retryable: r.retryable,
          since: r.known ? since.get(`${r.kind} ${r.code}`) : null,
          withdrawn: r.known && r.withdrawn !== '' ? r.withdrawn : null,
          messageZh: r.messageZh,
          messageEn: r.messageEn,
          suggestionZh: r.suggestionZh,
          suggestionEn: r.suggestionEn,
        },
        what,
      );
      if (r.known) {
        assert.equal(table[r.name], r.code, what);
      }
      if (r.kind === 'R') {
        assert.equal(z.guidanceOf(r.code), guidances[r.guidance].name, what);
      }
    }
  });

  test(`${build}: ZegoCode and ZegoEventCode hold exactly the known codes, frozen`, () => {
    for (const [kind, table] of [['R', z.ZegoCode], ['E', z.ZegoEventCode]]) {
      const known = codes.filter((r) => r.kind === kind && r.known);
      assert.deepEqual(Object.entries(table), known.map((r) => [r.name, r.code]));
      assert.ok(Object.isFrozen(table));
    }
  });

  test(`${build}: every guidance`, () => {
    for (const g of guidances) {
      assert.deepEqual({ ...z.guidanceInfo(g.name) }, { name: g.name, retryable: g.retryable, summaryZh: g.summaryZh, summaryEn: g.summaryEn });
    }
  });
}

test('package.json has the version of the core', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.equal(pkg.version, version);
});
