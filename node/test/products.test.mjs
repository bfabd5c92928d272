// Every product's codes against the core's oracle, in both builds: every row qualified by its
// section and unqualified, ambiguity with every meaning, unknown codes, who defines a number,
// check() by product, the products themselves and bad input.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { builds, codes } from './expectations.mjs';
import { asMeaning, groups, keyOf, rows } from './oracle.mjs';

const products = [...new Set(rows.map((r) => r.product))];
// A product's key in Product and the per-product tables: its words (data/products.toml) in
// upper case, the same letters as its id (AI_AGENT for aiagent).
const fold = (s) => s.toLowerCase().replaceAll('_', '');

/** The fields of a ProductCodeInfo a row gives, unqualified or qualified. */
const infoOfRow = (r, section) => ({
  ...asMeaning(r),
  section,
  known: true,
  ambiguous: false,
});

/** The suggestion of an AI Agent code the catalog does not hold, of either kind. */
function unknownSuggestion(z, kind, lang) {
  for (let c = 2 ** 32 - 1; ; c--) {
    const i = kind === 'event' ? z.eventInfo(c) : z.info(c);
    if (!i.known) return lang === 'en' ? i.suggestionEn : i.suggestionZh;
  }
}

for (const [build, z] of Object.entries(builds)) {
  const text = (kind, which) =>
    kind === 'event'
      ? which === 'message' ? z.productEventMessage : z.productEventSuggestion
      : which === 'message' ? z.productMessage : z.productSuggestion;

  test(`${build}: every row of the oracle answers as the core, qualified and not`, () => {
    assert.ok(rows.length > 0);
    for (const r of rows) {
      const what = `${keyOf(r)} ${r.section ?? ''}`;
      const exact = z.productInfo(r.product, r.code, { kind: r.kind, section: r.section });
      const { meanings, ...fields } = exact;
      assert.ok(Object.isFrozen(exact) && Object.isFrozen(meanings), what);
      assert.deepEqual(fields, infoOfRow(r, r.section), what);
      assert.equal(meanings.length, 1, what);
      assert.deepEqual({ ...meanings[0] }, asMeaning(r), what);
      assert.ok(Object.isFrozen(meanings[0]), what);

      const group = groups.get(keyOf(r));
      const plain = z.productInfo(r.product, r.code, r.kind === 'event' ? { kind: 'event' } : undefined);
      assert.equal(plain.ambiguous, r.ambiguous, what);
      assert.deepEqual(plain.meanings.map((m) => ({ ...m })), group.map(asMeaning), what);
      for (const lang of ['zh', 'en']) {
        const L = lang === 'en' ? 'En' : 'Zh';
        assert.equal(text(r.kind, 'message')(r.product, r.code, lang), plain[`message${L}`], what);
        assert.equal(text(r.kind, 'suggestion')(r.product, r.code, lang), plain[`suggestion${L}`], what);
      }
      assert.equal(text(r.kind, 'message')(r.product, r.code), plain.messageZh, what);
      if (!r.ambiguous) {
        const { meanings: _, ...unqualified } = plain;
        assert.deepEqual(unqualified, infoOfRow(group[0], null), what);
        continue;
      }
      // Ambiguous: known, no name, one sentence for every ambiguous code (no meaning's), an
      // unknown code's suggestion, the guidance its meanings share or unknown.
      const guidances = new Set(group.map((g) => g.guidance));
      assert.equal(new Set(group.map((g) => g.name)).size > 1, true, what);
      assert.deepEqual(
        [plain.known, plain.name, plain.since, plain.withdrawn, plain.causeZh, plain.causeEn, plain.section],
        [true, null, null, null, '', '', null],
        what,
      );
      assert.equal(plain.guidance, guidances.size === 1 ? group[0].guidance : 'unknown', what);
      for (const lang of ['zh', 'en']) {
        const L = lang === 'en' ? 'En' : 'Zh';
        assert.ok(plain[`message${L}`] !== '' && !rows.some((o) => o.message_zh === plain[`message${L}`] || o.message_en === plain[`message${L}`]), what);
        assert.equal(plain[`suggestion${L}`], unknownSuggestion(z, r.kind, lang), what);
      }
    }
    const ambiguous = rows.filter((r) => r.ambiguous).map((r) => z.productInfo(r.product, r.code, { kind: r.kind }));
    assert.equal(new Set(ambiguous.map((i) => i.messageEn)).size, 1, 'one ambiguity sentence');
  });

  test(`${build}: ProductCode and ProductEventCode name every code of every product, frozen`, () => {
    const upper = (id) => Object.keys(z.Product).find((k) => z.Product[k] === id);
    for (const [table, kind] of [[z.ProductCode, 'return'], [z.ProductEventCode, 'event']]) {
      assert.ok(Object.isFrozen(table));
      assert.deepEqual(Object.keys(table), products.map(upper));
      for (const p of products) {
        const want = [];
        for (const r of rows.filter((o) => o.product === p && o.kind === kind)) {
          if (!want.some(([name]) => name === r.name)) want.push([r.name, r.code]);
        }
        assert.ok(Object.isFrozen(table[upper(p)]), p);
        assert.deepEqual(Object.entries(table[upper(p)]), want, `${kind} ${p}`);
      }
    }
    // The default product's are today's.
    assert.deepEqual({ ...z.ProductCode.AI_AGENT }, { ...z.ZegoCode });
    assert.deepEqual({ ...z.ProductEventCode.AI_AGENT }, { ...z.ZegoEventCode });
  });

  test(`${build}: unknown codes near every known one answer with their product's text`, () => {
    const samples = new Map();
    for (const r of rows) {
      for (const d of [-2, -1, 1, 2, 1000]) {
        const c = r.code + d;
        if (c >= 0 && c < 2 ** 32) samples.set(`${r.product} ${r.kind} ${c}`, [r.product, r.kind, c]);
      }
    }
    for (const p of products) {
      for (const kind of ['return', 'event']) {
        for (const c of [1, 99999999, 100000000, 100012345, 100999999, 101000000, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) {
          samples.set(`${p} ${kind} ${c}`, [p, kind, c]);
        }
      }
    }
    const familyText = new Map();
    let n = 0;
    for (const [key, [p, kind, c]] of samples) {
      if (groups.has(key)) continue;
      n++;
      const i = z.productInfo(p, c, { kind });
      const what = `${key}: ${JSON.stringify(i)}`;
      assert.deepEqual(
        [i.known, i.ambiguous, i.name, i.guidance, i.retryable, i.since, i.withdrawn, i.causeZh, i.causeEn, i.meanings.length],
        [false, false, null, 'unknown', false, null, null, '', '', 0],
        what,
      );
      const ai = kind === 'event' ? z.eventInfo(c) : z.info(c);
      let category;
      if (kind === 'event') category = p === 'aiagent' ? ai.category : 'unknown';
      else category = p === 'aiagent' || ai.category === 'success' || ai.category === 'common' ? ai.category : 'business';
      assert.equal(i.category, category, what);
      for (const lang of ['zh', 'en']) {
        const L = lang === 'en' ? 'En' : 'Zh';
        const got = i[`message${L}`];
        assert.equal(text(kind, 'message')(p, c, lang), got, what);
        assert.equal(text(kind, 'suggestion')(p, c, lang), i[`suggestion${L}`], what);
        assert.equal(i[`suggestion${L}`], unknownSuggestion(z, kind, lang), what);
        if (p === 'aiagent' || (kind === 'return' && ai.category === 'common')) {
          // AI Agent's own texts (its own gateway codes aside: their unknown text is tried on others).
          if (!ai.known) assert.equal(got, ai[`message${L}`], what);
        } else {
          const fk = `${p} ${kind} ${lang}`;
          if (!familyText.has(fk)) familyText.set(fk, got);
          assert.equal(got, familyText.get(fk), what);
          assert.ok(got.includes(z.productDetails(p)[`name${L}`]), what);
          assert.ok(!rows.some((o) => o.message_zh === got || o.message_en === got), what);
        }
      }
    }
    assert.ok(n > 0);
  });

  test(`${build}: definitions() lists exactly every product and section that defines a number`, () => {
    const want = new Map();
    for (const r of rows) {
      const k = `${r.kind} ${r.code}`;
      if (!want.has(k)) want.set(k, []);
      want.get(k).push(asMeaning(r));
    }
    for (const [k, ms] of want) {
      const [kind, code] = k.split(' ');
      const got = z.definitions(kind, Number(code));
      assert.ok(Object.isFrozen(got), k);
      assert.deepEqual(got.map((m) => ({ ...m })), ms, k);
    }
    assert.deepEqual(z.definitions('return', 2 ** 32 - 1), []);
  });

  test(`${build}: RTC's 41003 is ambiguous, 3 is AI Agent's, ASR's 410001002 is ASR's`, () => {
    const rtc = z.productInfo(z.Product.RTC, 41003);
    const group = groups.get('rtc return 41003');
    assert.ok(rtc.ambiguous && rtc.known && rtc.name === null && group.length >= 2);
    assert.equal(rtc.meanings.length, group.length);
    assert.notEqual(rtc.meanings[0].name, rtc.meanings[1].name);
    for (const m of rtc.meanings) {
      const exact = z.productInfo('rtc', 41003, { section: m.section });
      assert.equal(exact.name, m.name);
      assert.equal(exact.ambiguous, false);
      assert.equal(z.ProductCode.RTC[m.name], 41003);
    }

    const { meanings: _, product, section, causeZh, causeEn, ambiguous, kind, ...three } = z.productInfo(z.Product.AI_AGENT, 3);
    assert.deepEqual([product, section, causeZh, causeEn, ambiguous, kind], ['aiagent', null, '', '', false, 'return']);
    assert.deepEqual(three, { ...z.info(3) });
    const defs = z.definitions('return', 3);
    assert.ok(defs.some((m) => m.product !== 'aiagent'));
    assert.equal(defs.length, rows.filter((r) => r.kind === 'return' && r.code === 3).length);

    const asr = z.productInfo(z.Product.ASR, 410001002);
    const [row] = groups.get('asr return 410001002');
    assert.equal(asr.name, row.name);
    assert.notEqual(asr.name, z.info(410001002).name);
    assert.notEqual(z.productMessage('asr', 410001002, 'en'), z.message(410001002, 'en'));
  });

  test(`${build}: the default product answers as today's lookups for every code of the expectations`, () => {
    for (const r of codes) {
      const kind = r.kind === 'R' ? 'return' : 'event';
      const today = r.kind === 'R' ? z.info(r.code) : z.eventInfo(r.code);
      const { meanings: _, product, section, causeZh, causeEn, ambiguous, kind: k, ...rest } = z.productInfo('aiagent', r.code, { kind });
      assert.deepEqual(rest, { ...today }, `${kind} ${r.code}`);
      assert.deepEqual([product, section, causeZh, causeEn, ambiguous, k], ['aiagent', null, '', '', false, kind]);
    }
  });

  test(`${build}: check() with a product throws the class of the code's guidance there, naming it`, () => {
    for (const r of rows.filter((o) => o.kind === 'return')) {
      const response = { Code: r.code, Message: `message ${r.product}`, RequestId: `request-${r.product}`, Data: { id: 1 } };
      if (r.code === 0) {
        assert.deepEqual(z.check(response, { product: r.product }), { id: 1 });
        continue;
      }
      const i = z.productInfo(r.product, r.code);
      let thrown;
      try {
        z.check(response, { product: r.product, lang: 'en' });
      } catch (e) {
        thrown = e;
      }
      const what = `${keyOf(r)}: ${thrown}`;
      assert.ok(thrown instanceof z.errorClass(i.guidance), what);
      assert.ok(thrown instanceof z.ZegoError, what);
      assert.equal(thrown.product, r.product, what);
      assert.equal(thrown.code, r.code);
      assert.equal(thrown.codeName, i.name);
      assert.equal(thrown.guidance, i.guidance);
      assert.equal(thrown.retryable, i.retryable);
      assert.equal(thrown.suggestion, i.suggestionEn);
      assert.equal(thrown.zegoMessage, response.Message);
      assert.equal(thrown.requestId, response.RequestId);
      if (r.product === 'aiagent') {
        assert.throws(() => z.check(response, 'en'), (e) => e.message === thrown.message && e.constructor === thrown.constructor);
      } else {
        assert.ok(thrown.message.startsWith(`${r.product} ${r.code}${i.name ? ` ${i.name}` : ''}: ${response.Message}`), what);
      }
      assert.throws(() => z.check({ Code: r.code }, { product: r.product }), (e) => e.message.endsWith(`: ${i.messageZh}`) && e.suggestion === i.suggestionZh);
    }
    // Today's calls are unchanged: the product is AI Agent.
    assert.throws(() => z.check({ Code: 410001002 }), (e) => e.product === 'aiagent' && e.message.startsWith('410001002 '));
    assert.throws(() => z.check({ Code: 1 }, { product: 'nope' }), RangeError);
    assert.throws(() => z.check({ Code: 0 }, { product: 5 }), TypeError);
    assert.throws(() => z.check({ Code: 1 }, { product: 'rtc', lang: 'fr' }), RangeError);
    assert.throws(() => new z.NotFoundError(1, null, null, 'zh', 'nope'), RangeError);
    assert.equal(new z.NotFoundError(41003, null, null, 'en', 'rtc').codeName, null);
  });

  test(`${build}: the products, their names, hosts and sections`, () => {
    assert.ok(Object.isFrozen(z.Product));
    assert.deepEqual(Object.values(z.Product), products);
    for (const [key, id] of Object.entries(z.Product)) {
      assert.equal(fold(key), fold(id));
      assert.equal(key, key.toUpperCase());
    }
    const names = new Set();
    for (const p of products) {
      assert.ok(z.isProductId(p));
      assert.ok(!z.isProductId(p.toUpperCase()));
      const d = z.productDetails(p);
      assert.ok(Object.isFrozen(d) && Object.isFrozen(d.hosts) && Object.isFrozen(d.sections));
      assert.equal(d.id, p);
      assert.ok(d.nameZh && d.nameEn && !names.has(d.nameZh) && !names.has(d.nameEn));
      names.add(d.nameZh).add(d.nameEn);
      const sectionIds = new Set(rows.filter((r) => r.product === p && r.section !== null).map((r) => `${r.kind} ${r.section}`));
      assert.ok([...sectionIds].every((s) => d.sections.some((x) => `${x.kind} ${x.id}` === s)), p);
      for (const s of d.sections) {
        assert.ok(s.titleZh && s.titleEn, `${p} ${s.id}`);
      }
      for (const h of d.hosts) {
        const [label, ...rest] = h.split('.');
        const domain = rest.join('.');
        for (const host of [h, h.toUpperCase(), `${h}.`, `${h}:443`, `${label}-sha.${domain}`, `${label}-sha.${domain}:8080`]) {
          assert.equal(z.productFromHost(host), p, host);
        }
        for (const host of [`x${h}`, `${label}x.${domain}`, `${label}-.${domain}`, `${h}.evil`, `a.${h}`]) {
          assert.equal(z.productFromHost(host), null, host);
        }
      }
    }
    for (const host of ['', '.', ':', 'zego.im', 'api.zego.im']) {
      assert.equal(z.productFromHost(host), null, host);
    }
    assert.throws(() => z.productFromHost(null), TypeError);
  });

  test(`${build}: bad input is a TypeError or RangeError, never a wrong answer`, () => {
    const lookups = [z.productMessage, z.productSuggestion, z.productEventMessage, z.productEventSuggestion, z.productInfo];
    for (const f of lookups) {
      for (const p of ['', 'nope', 'RTC', ' rtc', 'rtc ', 'ai_agent', 'toString', '__proto__', 'constructor']) {
        assert.throws(() => f(p, 0), RangeError, `${f.name}(${JSON.stringify(p)})`);
      }
      for (const p of [undefined, null, 1, {}, ['rtc'], Symbol('rtc')]) {
        assert.throws(() => f(p, 0), TypeError, `${f.name}(${String(p)})`);
      }
      for (const c of ['41003', undefined, null, 41003n, {}]) {
        assert.throws(() => f('rtc', c), TypeError, `${f.name}(rtc, ${String(c)})`);
      }
      for (const c of [-1, 0.5, NaN, Infinity, 2 ** 32]) {
        assert.throws(() => f('rtc', c), RangeError, `${f.name}(rtc, ${c})`);
      }
    }
    for (const f of lookups.slice(0, 4)) {
      for (const code of [0, 41003, 12345678]) {
        assert.throws(() => f('rtc', code, 'fr'), RangeError);
        assert.throws(() => f('rtc', code, 1), TypeError);
        assert.equal(f('rtc', code, undefined), f('rtc', code, 'zh'));
      }
    }
    assert.throws(() => z.productInfo('rtc', 0, { kind: 'events' }), RangeError);
    assert.throws(() => z.productInfo('rtc', 0, { kind: 1 }), TypeError);
    assert.throws(() => z.productInfo('rtc', 0, { section: 'nope' }), RangeError);
    assert.throws(() => z.productInfo('rtc', 0, { section: 'business' }), RangeError); // ZIM's, not RTC's
    assert.throws(() => z.productInfo('aiagent', 0, { section: 'common' }), RangeError);
    assert.throws(() => z.productInfo('rtc', 0, { section: 5 }), TypeError);
    assert.throws(() => z.productInfo('rtc', 0, 'media_files'), TypeError);
    assert.throws(() => z.definitions('both', 0), RangeError);
    assert.throws(() => z.definitions('return', -1), RangeError);
    assert.throws(() => z.productDetails('nope'), RangeError);
    // A qualified lookup of a code its section does not hold is unknown.
    const rtcSections = z.productDetails('rtc').sections.filter((s) => s.kind === 'return');
    for (const s of rtcSections) {
      const held = rows.some((r) => r.product === 'rtc' && r.section === s.id && r.code === 41003);
      assert.equal(z.productInfo('rtc', 41003, { section: s.id }).known, held, s.id);
    }
    // Extremes answer.
    for (const code of [0, -0, 2 ** 31, 2 ** 32 - 1]) {
      for (const p of products) {
        assert.equal(typeof z.productMessage(p, code), 'string');
        assert.equal(typeof z.productEventSuggestion(p, code, 'en'), 'string');
        assert.equal(z.productInfo(p, code).code, code + 0);
      }
    }
  });
}
