// check() through every guidance a return code has, and the error classes, in both builds.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { builds, codes, guidances } from './expectations.mjs';

for (const [build, z] of Object.entries(builds)) {
  test(`${build}: one ZegoError subclass per guidance`, () => {
    const classes = guidances.map((g) => z.errorClass(g.name));
    assert.equal(new Set(classes).size, guidances.length);
    for (const cls of classes) {
      assert.ok(cls.prototype instanceof z.ZegoError, cls.name);
      assert.equal(z[cls.name], cls, `${cls.name} is exported under its name`);
    }
    assert.throws(() => z.errorClass('retry'), RangeError);
    assert.throws(() => z.errorClass(undefined), TypeError);
  });

  test(`${build}: check() through every guidance`, () => {
    const covered = new Map();
    for (const r of codes.filter((c) => c.kind === 'R')) {
      const response = { Code: r.code, Message: `message ${r.code}`, RequestId: `request-${r.code}`, Data: { id: r.code } };
      if (r.success) {
        assert.deepEqual(z.check(response), { id: r.code });
        continue;
      }
      const g = guidances[r.guidance];
      covered.set(g.name, (covered.get(g.name) ?? 0) + 1);
      let thrown;
      try {
        z.check(response);
      } catch (e) {
        thrown = e;
      }
      assert.ok(thrown instanceof z.errorClass(g.name), `${r.code} throws the class of ${g.name}`);
      for (const other of guidances.filter((o) => o.name !== g.name)) {
        assert.ok(!(thrown instanceof z.errorClass(other.name)), `${r.code} is no ${other.name}`);
      }
      assert.ok(thrown instanceof Error);
      assert.equal(thrown.name, z.errorClass(g.name).name);
      assert.equal(thrown.code, r.code);
      assert.equal(thrown.codeName, r.known ? r.name : null);
      assert.equal(thrown.zegoMessage, response.Message);
      assert.equal(thrown.requestId, response.RequestId);
      assert.equal(thrown.guidance, g.name);
      assert.equal(thrown.retryable, r.retryable);
      assert.equal(thrown.suggestion, r.suggestionZh);
      for (const part of [String(r.code), r.name, response.Message, response.RequestId]) {
        assert.ok(thrown.message.includes(part), `${thrown.message} lacks ${part}`);
      }
      // Without Message and RequestId, the catalog's text in the language asked for.
      assert.throws(() => z.check({ Code: r.code }, 'en'), (e) => e.zegoMessage === null && e.requestId === null &&
        e.message.endsWith(`: ${r.messageEn}`) && e.suggestion === r.suggestionEn);
    }
    const report = guidances.map((g) => `${g.name}=${covered.get(g.name) ?? 0}`).join(' ');
    console.log(`# return codes through check() per guidance: ${report}`);
    assert.ok(covered.get('unknown') > 0);
  });
}
