// Bad input gets a TypeError or RangeError, never a wrong answer; edge values answer as the core.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { builds } from './expectations.mjs';

const notNumbers = ['410001002', undefined, null, true, {}, [], 410001002n, Symbol('x')];
const outOfRange = [-1, -0.5, 0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 53, Number.MAX_VALUE];

for (const [build, z] of Object.entries(builds)) {
  const lookups = [z.message, z.suggestion, z.info, z.eventMessage, z.eventSuggestion, z.eventInfo, z.guidanceOf];
  test(`${build}: codes that are not numbers are TypeErrors`, () => {
    for (const f of lookups) {
      for (const v of notNumbers) {
        assert.throws(() => f(v), TypeError, `${f.name}(${String(v)})`);
      }
    }
  });

  test(`${build}: numbers outside 0..4294967295 or not integers are RangeErrors`, () => {
    for (const f of lookups) {
      for (const v of outOfRange) {
        assert.throws(() => f(v), RangeError, `${f.name}(${v})`);
      }
    }
    for (const v of outOfRange) {
      assert.throws(() => z.check({ Code: v }), RangeError);
    }
  });

  test(`${build}: the extremes of the range answer`, () => {
    for (const code of [0, -0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) {
      assert.equal(typeof z.message(code), 'string');
      assert.equal(z.info(code).code, code + 0); // -0 reads as 0
      assert.equal(typeof z.eventMessage(code, 'en'), 'string');
    }
  });

  test(`${build}: lang is 'zh' or 'en'`, () => {
    for (const lang of ['EN', 'zh-CN', '', 'fr']) {
      assert.throws(() => z.message(0, lang), RangeError);
      assert.throws(() => z.eventSuggestion(1001, lang), RangeError);
    }
    for (const lang of [null, 1, {}]) {
      assert.throws(() => z.message(0, lang), TypeError);
    }
    assert.equal(z.message(0, undefined), z.message(0, 'zh'));
  });

  test(`${build}: check() refuses what is not a response`, () => {
    for (const v of [undefined, null, 'x', 0, true]) {
      assert.throws(() => z.check(v), TypeError);
    }
    for (const v of [{}, { Code: '0' }, { Code: null }, { code: 0 }]) {
      assert.throws(() => z.check(v), TypeError);
    }
    // Message and RequestId that are not strings are taken as absent.
    assert.throws(() => z.check({ Code: 410001002, Message: 5, RequestId: {} }), (e) => e.zegoMessage === null && e.requestId === null);
  });
}
