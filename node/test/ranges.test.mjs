// Codes around every range end and every known code answer as a plain scan of the generated
// data says, in both builds. The lookups read the range from a table by granule (the code's top
// bits) whose width the data decides, so the codes tried are each range end and each known
// code, one either side, and the first and last codes of every power-of-two block around each
// end, which holds the granule edges whatever width is chosen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Family } from '../dist/esm/family.js';
import { CATEGORY_NAMES, EVENT_CATEGORY_NAMES, EVENT_TABLE, RETURN_TABLE } from '../dist/esm/generated/codes.js';
import { builds } from './expectations.mjs';

const MAX = 2 ** 32 - 1;

/** The codes to try for a family: every end and known code with its neighbours, the edges of
 * the blocks of 2^bits codes holding or next to each end, and the extremes. */
function probes(data) {
  const around = [...data.ranges.last, ...data.codes];
  for (let bits = 0; bits <= 32; bits++) {
    const size = 2 ** bits;
    for (const e of data.ranges.last) {
      const start = Math.floor(e / size) * size;
      around.push(start, start + size - 1, start + size, start - 1);
    }
  }
  const codes = new Set([0, 2 ** 31 - 1, 2 ** 31, MAX]);
  for (const c of around) {
    for (const d of [-1, 0, 1]) {
      if (c + d >= 0 && c + d <= MAX) {
        codes.add(c + d);
      }
    }
  }
  return [...codes];
}

/** What a code answers, by a scan of the data: its entry's texts if the catalog holds it,
 * else the texts of the first range whose end is not below it. */
function expected(data, categories, code) {
  const i = data.codes.indexOf(code);
  const r = data.ranges.last.findIndex((last) => code <= last);
  const [messages, suggestions, at] =
    i >= 0 ? [data.messages, data.suggestions, i] : [data.ranges.messages, data.ranges.suggestions, r];
  return {
    messageZh: messages[0][at],
    messageEn: messages[1][at],
    suggestionZh: suggestions[0][at],
    suggestionEn: suggestions[1][at],
    category: categories[data.ranges.category[r]],
  };
}

for (const [build, z] of Object.entries(builds)) {
  const families = [
    ['return codes', RETURN_TABLE, CATEGORY_NAMES, z.message, z.suggestion, z.info],
    ['event codes', EVENT_TABLE, EVENT_CATEGORY_NAMES, z.eventMessage, z.eventSuggestion, z.eventInfo],
  ];
  for (const [what, data, categories, message, suggestion, info] of families) {
    test(`${build}: ${what} around every range end and known code answer as a scan of the data`, () => {
      const codes = probes(data);
      assert.ok(codes.length > data.ranges.last.length * 32);
      for (const code of codes) {
        const want = expected(data, categories, code);
        const { category, ...texts } = want;
        const answers = {
          messageZh: message(code),
          messageEn: message(code, 'en'),
          suggestionZh: suggestion(code, 'zh'),
          suggestionEn: suggestion(code, 'en'),
        };
        assert.deepEqual(answers, texts, `${what} ${code}`);
        const { messageZh, messageEn, suggestionZh, suggestionEn, category: got } = info(code);
        assert.deepEqual({ messageZh, messageEn, suggestionZh, suggestionEn }, texts, `info ${what} ${code}`);
        assert.equal(got, category, `info ${what} ${code}`);
      }
    });
  }
}

test('ranges too dense for the range table answer as a scan of their ends', () => {
  const family = (last) => new Family({ ...RETURN_TABLE, ranges: { ...RETURN_TABLE.ranges, last } });
  const scan = (last, code) => last.findIndex((end) => code <= end);
  for (const last of [[0, 1, MAX], [4000000000, 4000000100, MAX], [0, 99, 100, 4294967294, MAX]]) {
    const f = family(last);
    for (const end of last) {
      for (const code of [end - 1, end, end + 1]) {
        if (code >= 0 && code <= MAX) {
          assert.equal(f.range(code), scan(last, code), `ends ${last.join(', ')}: code ${code}`);
        }
      }
    }
  }
  for (const data of [RETURN_TABLE, EVENT_TABLE]) {
    assert.equal(family(data.ranges.last).range(MAX), data.ranges.last.length - 1);
  }
});
