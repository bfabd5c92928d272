// The catalog page in a real browser: Debian's Chromium, headless, driven by playwright-core
// (site/package-lock.json pins it; no browser is downloaded). Every expectation comes from the
// generated data (node/src/generated/codes.ts and site/src/generated/catalog.ts, compiled by
// `make site` into target/site/tsc/) or from the generated sources of each language: no code,
// text or count is written here. A second copy of the page, built with extra families, gives a
// number several meanings (one product's two sections and AI Agent) and a catalog of thousands
// of codes for the timing. Screenshots go to target/site/.
//
// usage: node site/test/browser.mjs PAGE.html VERSION
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { TSC_OUT, writePage } from '../build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const OUT = join(root, 'target/site');
const GOAL_MS = 50;
const [pagePath, version] = process.argv.slice(2);
if (!pagePath || !version) {
  console.error('usage: node site/test/browser.mjs PAGE.html VERSION');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

let failures = 0;
function check(ok, what) {
  if (ok) {
    console.log(`  ok: ${what}`);
  } else {
    failures++;
    console.log(`  FAIL: ${what}`);
  }
}

// ---- the data, independently of the page

const gen = await import(pathToFileURL(join(TSC_OUT, 'node/src/generated/codes.js')).href);
const { catalog } = await import(pathToFileURL(join(TSC_OUT, 'site/src/adapter.js')).href);
const { identifiers } = await import(pathToFileURL(join(TSC_OUT, 'site/src/model.js')).href);
const model = catalog(version);
const families = model.families;
const entries = families.flatMap((f) => f.codes.map((c) => ({ family: f, entry: c, key: `${f.id}/${c.code}`, ids: identifiers(f, c) })));
// The default product (AI Agent) is the first family's; every other product's codes are named
// by their product's constants (PRODUCTS.md).
const defaultProduct = families[0].product.id;

console.log('site: the adapter against the generated data');
{
  // Every table the package's generated data exports is in the page's model, entry by entry.
  const tables = Object.entries(gen).filter(([, v]) => v && Array.isArray(v.codes) && Array.isArray(v.names));
  check(tables.length > 0, `the generated data exports tables (${tables.map(([k]) => k).join(', ')})`);
  for (const [name, t] of tables) {
    const missing = t.codes.filter((code, i) => {
      return !entries.some(
        ({ entry: e }) =>
          e.code === code &&
          e.name === t.names[i] &&
          e.message.zh === t.messages[0][i] &&
          e.message.en === t.messages[1][i] &&
          e.suggestion.zh === t.suggestions[0][i] &&
          e.suggestion.en === t.suggestions[1][i] &&
          e.since === t.since[i] &&
          e.withdrawn === t.withdrawn[i] &&
          e.guidance === gen.GUIDANCE_NAMES[t.guidance[i]],
      );
    });
    check(missing.length === 0, `every code of ${name} is in the page's model with its texts${missing.length ? `: missing ${missing}` : ''}`);
  }
  check(new Set(entries.map((e) => e.key)).size === entries.length, 'every card has its own permalink');
}

console.log("site: each code's name in each language's API, against that language's generated source");
{
  const read = (p) => readFileSync(join(root, p), 'utf8');
  const rust = read('src/generated/return_codes.rs') + read('src/generated/event_codes.rs');
  const c = read('include/zego_codes.h');
  const py = read('python/zego_codes/_generated/codes.py');
  const go = read('go/zz_generated_codes.go');
  const ts = read('node/src/generated/codes.ts');
  const java = (cls) => read(`java/src/generated/java/zegocodes/${cls}.java`);
  const block = (text, start, end) => {
    const i = text.indexOf(start);
    return i < 0 ? '' : text.slice(i, text.indexOf(end, i + start.length));
  };
  // Every other product's constants, as PRODUCTS.md spells them.
  const productRust = read('src/generated/product_codes.rs');
  const hpp = read('include/zego_codes.hpp');
  const productGo = read('go/zz_generated_products.go');
  const productTs = read('node/src/generated/products.ts');
  const pyIndex = read('python/zego_codes/_generated/products.py');
  const pyModule = (cls) => {
    const m = new RegExp(`\\n    "${cls}": "(\\w+)",\\n`).exec(pyIndex);
    return m ? read(`python/zego_codes/_generated/${m[1]}.py`) : '';
  };
  const javaOr = (cls) => {
    try {
      return java(cls);
    } catch {
      return '';
    }
  };
  // The text from the line `start` opens to the line closing it at the same indent.
  const scope = (text, start, close) => {
    const i = text.indexOf(start);
    if (i < 0) return '';
    const indent = /^\n( *)/.exec(start)[1];
    const end = text.indexOf(close ?? `\n${indent}}`, i);
    return text.slice(i, end < 0 ? undefined : end + 1);
  };
  const productFound = {
    Rust: (id, n) => {
      const [, mod, ...rest] = id.split('::');
      const ident = rest.pop();
      let body = scope(productRust, `\npub mod ${mod} {`);
      if (rest.length) body = scope(body, `\n    pub mod ${rest[0]} {`);
      return new RegExp(`\\n\\s+pub const ${ident}: ProductCode = ProductCode::\\w+\\(.*, ${n}\\);\\n`).test(body);
    },
    C: (id, n) => c.includes(`#define ${id} ${n}\n`),
    'C++': (id) => {
      const [, , ns, type, ident] = id.split('::');
      const body = scope(scope(hpp, `\nnamespace ${ns} {`, `\n}  // namespace ${ns}\n`), `\nenum class ${type} : std::uint32_t {`);
      const m = new RegExp(`\\n    ${ident} = (\\w+),\\n`).exec(body);
      return m !== null && m[1];
    },
    Python: (id, n) => {
      const [cls, ident] = id.split('.');
      return block(pyModule(cls), `\nclass ${cls}(`, '\nclass ').includes(`\n    ${ident} = ${n}, `);
    },
    Java: (id) => {
      const [cls, ident] = id.split('.');
      return new RegExp(`\\n    ${ident}[,;(]`).test(javaOr(cls));
    },
    Go: (id, n) => {
      const ident = id.replace(/^zegocodes\./, '');
      return new RegExp(`\\n\\t${ident} ProductCode = .* \\| ${n}\\n`).test(productGo);
    },
    TypeScript: (id, n) => {
      const [obj, key, ident] = id.split('.');
      return scope(scope(productTs, `\nexport const ${obj} = Object.freeze({`), `\n  ${key}: Object.freeze({`).includes(`\n    ${ident}: ${n},\n`);
    },
  };
  const found = {
    Rust: (id, n) => {
      const [type, ident] = id.split('::');
      return rust.includes(`pub const ${ident}: ${type} = ${type}::new(${n});`);
    },
    C: (id, n) => c.includes(`#define ${id} ${n}\n`),
    Python: (id, n) => {
      const [cls, ident] = id.split('.');
      return block(py, `\nclass ${cls}(`, '\nclass ').includes(`\n    ${ident} = ${n}\n`);
    },
    Java: (id, n) => {
      const [cls, ident] = id.split('.');
      return java(cls).includes(`\n    ${ident}(${n}L,`);
    },
    Go: (id, n) => {
      const ident = id.replace(/^zegocodes\./, '');
      return new RegExp(`\\n\\t${ident} (Code|EventCode) = ${n}\\n`).test(go);
    },
    TypeScript: (id, n) => {
      const [cls, ident] = id.split('.');
      return block(ts, `export const ${cls} = Object.freeze({`, '} as const);').includes(`\n  ${ident}: ${n},\n`);
    },
  };
  const bad = [];
  for (const { family, entry, ids } of entries) {
    const own = family.product.id === defaultProduct ? found : productFound;
    for (const [lang, id] of ids) {
      // C++ names the C constant, which must be the same code's.
      let ok = lang in own && own[lang](id, entry.code);
      if (ok && lang === 'C++') ok = found.C(ok, entry.code);
      if (!ok) bad.push(`${lang} ${id} (${entry.code})`);
    }
  }
  const products = new Set(entries.filter(({ ids }) => ids.length > 0).map(({ family }) => family.product.id));
  check(
    products.size === new Set(families.map((f) => f.product.id)).size,
    `every product's cards name their codes in each language's API (${products.size} products)`,
  );
  const langs = [...new Set(entries.flatMap(({ ids }) => ids.map(([l]) => l)))];
  check(bad.length === 0, `${entries.length} codes' names in ${langs.join(', ')} are the generated sources' own${bad.length ? `: not found: ${bad.slice(0, 10).join('; ')}` : ''}`);
}

// ---- the fixture: a number with several meanings, and a catalog of thousands of codes

// A number only AI Agent defines, so that the fixture gives it exactly its own meanings.
const definedBy = (code) => entries.filter(({ entry }) => entry.code === code).length;
const shared = families[0].codes.find((c) => c.code !== 0 && definedBy(c.code) === 1) ?? families[0].codes[0];
const fixtureProduct = { id: 'fixture', zh: '测试产品', en: 'Fixture product' };
const section = (id, zh, en) => ({
  id: `fixture/${id}`,
  product: fixtureProduct,
  kind: 'return',
  section: { id, zh, en },
  page: { zh: `https://example.invalid/${id}/zh`, en: `https://example.invalid/${id}/en` },
  api: [],
  codes: [
    {
      ...shared,
      name: `FIXTURE_${id.toUpperCase()}`,
      message: { zh: `测试含义 ${id}`, en: `Fixture meaning ${id}` },
      suggestion: { zh: '', en: '' },
      ours: 0,
      api: [],
    },
  ],
});
const multi = [section('one', '第一部分', 'Part one'), section('two', '第二部分', 'Part two')];
// Five copies of the catalog more, as other products, to time the search on a catalog six
// times the size of today's.
const bulk = [];
for (let p = 0; p < 5; p++) {
  for (const f of families) {
    bulk.push({
      ...f,
      id: `bulk${p}/${f.id}`,
      product: { id: `bulk${p}`, zh: `批量产品 ${p}`, en: `Bulk product ${p}` },
      codes: f.codes.map((c, i) => ({ ...c, code: 1_000_000 * (p + 1) + i, name: `${c.name}_${p}_${i}` })),
    });
  }
}
const fixturePath = join(OUT, 'fixture.html');
await writePage(fixturePath, { version, extraFamilies: [...multi, ...bulk] });
const fixtureCodes = entries.length + multi.length + bulk.reduce((n, f) => n + f.codes.length, 0);

// ---- the browser

const pageUrl = pathToFileURL(resolve(pagePath)).href;
const fixtureUrl = pathToFileURL(fixturePath).href;
// Playwright starts the browser with a fresh --user-data-dir of its own (a temporary folder it
// removes); the flags keep Chromium off the network it would otherwise reach for at start.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const problems = []; // console errors and warnings, page errors, requests
// lint-tests: not a code (1280 is the window's width in pixels)
async function open(url, { locale = 'zh-CN', width = 1280, height = 900, mobile = false, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: { width, height },
    isMobile: mobile,
    hasTouch: mobile,
    colorScheme,
  });
  const page = await context.newPage();
  const base = url.replace(/#.*/, '');
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()} (${url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message} (${url})`));
  page.on('request', (r) => {
    if (r.url().replace(/#.*/, '') !== base) problems.push(`request: ${r.url()} (${url})`);
  });
  await page.goto(url);
  return page;
}

const keysOf = (page) =>
  page.$$eval('#results a.hit', (as) => as.map((a) => decodeURIComponent(a.getAttribute('href')).replace(/^#/, '').replace(/\?.*/, '')));
const firstGroupKeys = (page) =>
  page.$eval('#results > li', (li) => [...li.querySelectorAll('a.hit')].map((a) => decodeURIComponent(a.getAttribute('href')).replace(/^#/, '').replace(/\?.*/, '')));

/** Types `text` one key at a time into the (focused, emptied) search box; the page's own time
 * for each keystroke (search, render and layout) is read back. */
async function typeTimed(page, text) {
  await page.fill('#q', '');
  await page.focus('#q');
  const times = [];
  for (const ch of text) {
    const before = await page.$eval('#results', (e) => Number(e.dataset.seq));
    await page.keyboard.type(ch);
    const { ms, seq } = await page.$eval('#results', (e) => ({ ms: Number(e.dataset.ms), seq: Number(e.dataset.seq) }));
    if (seq !== before + 1) throw new Error(`keystroke ${ch} of ${text}: the results were rendered ${seq - before} times`);
    times.push(ms);
  }
  return times;
}

async function axe(page, what) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const v = result.violations;
  check(v.length === 0, `axe-core: no violations (${what})${v.length ? `: ${v.map((x) => `${x.id}: ${x.nodes.map((n) => n.target).join(' ')}`).join('; ')}` : ''}`);
}

/** Every visible text of the page's own words: text nodes with a letter, outside the catalog's
 * data (`data-catalog`: ZEGO's texts, products) and language-neutral values (`data-fixed`:
 * numbers, names, identifiers, revisions); the search box's placeholder; the title. */
const ownTexts = (page) =>
  page.evaluate(() => {
    const out = [document.title, document.getElementById('q').placeholder];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!/\p{L}/u.test(n.textContent)) continue;
      if (el.closest('script, style, option, [data-catalog], [data-fixed]')) continue;
      if (!el.checkVisibility()) continue;
      out.push(n.textContent.trim());
    }
    return out;
  });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const timings = {};

try {
  console.log(`site: ${pagePath} (${readFileSync(pagePath).length} bytes, ${entries.length} codes in ${families.length} families)`);

  // -- search, in Chinese, on a desktop screen
  let page = await open(pageUrl, { locale: 'zh-CN' });
  check((await page.getAttribute('html', 'lang')) === 'zh-CN', 'a Chinese browser gets the Chinese page');
  check(
    (await page.$eval('#count', (e) => e.textContent)).includes(String(entries.length)) && (await keysOf(page)).length === Math.min(entries.length, 100),
    'with no query, every code is listed',
  );

  // `未找到`: the not-found codes of every product, derived from the data.
  const notFound = entries.filter(({ entry: e }) => e.guidance === 'not_found' || e.message.zh.includes('未找到')).map((e) => e.key);
  const allowed = new Set(
    entries
      .filter(({ entry: e }) => e.guidance === 'not_found' || e.message.zh.includes('未找到') || e.suggestion.zh.includes('未找到'))
      .map((e) => e.key),
  );
  // The keyboard path: `/` focuses the search box, arrows move, Enter opens.
  await page.click('h1');
  await page.keyboard.press('/');
  check(await page.evaluate(() => document.activeElement?.id === 'q'), '`/` focuses the search box');
  const t1 = await typeTimed(page, '未找到');
  const found = await keysOf(page);
  check(notFound.length > 0 && notFound.every((k) => found.includes(k)), `\`未找到\` finds the ${notFound.length} not-found codes (guidance not_found, or 未找到 in the Chinese text) of every product`);
  check(found.every((k) => allowed.has(k)), `\`未找到\` finds nothing else (${found.length} results)`);
  await page.keyboard.press('ArrowDown');
  const focusedHref = () => page.evaluate(() => decodeURIComponent(document.activeElement?.getAttribute('href') ?? '').replace(/^#/, ''));
  check((await focusedHref()) === found[0], 'ArrowDown from the search box focuses the first result');
  if (found.length > 1) {
    await page.keyboard.press('ArrowDown');
    check((await focusedHref()) === found[1], 'ArrowDown moves to the next result');
    await page.keyboard.press('ArrowUp');
    check((await focusedHref()) === found[0], 'ArrowUp moves back');
  }
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#card-pane article[data-key="${found[0]}"]`);
  check(
    await page.evaluate(() => document.activeElement?.tagName === 'H2' && !!document.activeElement.closest('#card-pane')),
    "Enter opens the result's card and moves the focus to it",
  );
  check(decodeURIComponent(new URL(page.url()).hash) === `#${found[0]}`, 'the URL is the card\'s permalink');
  await page.screenshot({ path: join(OUT, 'desktop-zh.png') });
  await axe(page, 'Chinese, desktop, results and a card');
  await page.keyboard.press('Escape');
  check(await page.$eval('#card-pane', (e) => e.hidden), 'Escape closes the card');
  check(await page.evaluate(() => document.activeElement?.id === 'q'), 'Escape returns to the search box');

  // Names, words of a name, numbers: each finds its code first. A name several products share
  // (the gateway codes') finds them all first: the results holding a number some code of that
  // name has, in any order.
  const nameMiss = [];
  for (const { entry: e, key } of entries) {
    const numbers = new Set(entries.filter((x) => x.entry.name === e.name).map((x) => x.entry.code));
    const first = entries.filter((x) => numbers.has(x.entry.code)).length;
    for (const query of [e.name, e.name.toLowerCase().replace(/_/g, ' ')]) {
      await page.fill('#q', query);
      const at = (await keysOf(page)).indexOf(key);
      if (at < 0 || at >= first) nameMiss.push(query);
    }
  }
  check(nameMiss.length === 0, `each of the ${entries.length} names, as written and as lower-case words, finds its code first${nameMiss.length ? `: ${nameMiss.slice(0, 5)}` : ''}`);
  const numberMiss = [];
  for (const code of new Set(entries.map((e) => e.entry.code))) {
    await page.fill('#q', String(code));
    const want = entries.filter((e) => e.entry.code === code).map((e) => e.key);
    const got = await firstGroupKeys(page);
    if (want.length !== got.length || !want.every((k) => got.includes(k))) numberMiss.push(code);
  }
  check(numberMiss.length === 0, `each number finds every meaning it has, first${numberMiss.length ? `: ${numberMiss.slice(0, 5)}` : ''}`);
  // English words: `concurrency` finds the codes whose English text says it.
  const word = 'concurrency';
  const t2 = await typeTimed(page, word);
  const withWord = entries.filter(({ entry: e }) => `${e.message.en} ${e.suggestion.en}`.toLowerCase().includes(word)).map((e) => e.key);
  const gotWord = await keysOf(page);
  check(withWord.every((k) => gotWord.includes(k)), `\`${word}\` finds the ${withWord.length} codes whose English text has it`);
  // Filters: kind and guidance narrow the list to what the data says.
  await page.fill('#q', '');
  for (const kind of ['return', 'event']) {
    await page.selectOption('#f-kind', kind);
    const keys = await keysOf(page);
    const want = entries.filter((e) => e.family.kind === kind).length;
    check(keys.length === Math.min(want, 100) && keys.every((k) => entries.find((e) => e.key === k).family.kind === kind), `the kind filter ${kind} lists its ${want} codes`);
  }
  await page.selectOption('#f-kind', '');
  await page.selectOption('#f-guidance', 'not_found');
  {
    const keys = await keysOf(page);
    const want = entries.filter((e) => e.entry.guidance === 'not_found').map((e) => e.key);
    check(keys.length === want.length && want.every((k) => keys.includes(k)), `the guidance filter not_found lists its ${want.length} codes`);
  }
  await page.selectOption('#f-guidance', '');
  const t3 = await typeTimed(page, String(shared.code));
  timings.catalog = [...t1, ...t2, ...t3];
  await page.context().close();

  // -- permalinks: every card of every family opens with its texts, marks and names
  page = await open(pageUrl, { locale: 'en-US' });
  check((await page.getAttribute('html', 'lang')) === 'en', 'an English browser gets the English page');
  const cardMiss = [];
  for (const { family, entry: e, key, ids } of entries) {
    await page.goto(`${pageUrl}#${key}`);
    const card = await page.waitForSelector(`#card-pane article[data-key="${key}"]`, { timeout: 15000 }).catch(() => null);
    if (!card) {
      cardMiss.push(`${key}: no card`);
      continue;
    }
    const got = await card.evaluate((a) => ({
      text: a.textContent,
      ours: a.querySelectorAll('.ours').length,
      api: [...a.querySelectorAll('table.api tbody tr')].map((tr) => [tr.querySelector('th').textContent, tr.querySelector('code').textContent]),
      page: a.querySelector('.links a').getAttribute('href'),
      focused: document.activeElement === a.querySelector('h2'),
    }));
    const want = [String(e.code), e.name, e.message.zh, e.message.en, e.cause.zh, e.cause.en, e.suggestion.zh, e.suggestion.en, e.guidance, e.category, e.since];
    const lacks = want.filter((t) => !got.text.includes(t));
    // One mark per text row of a language written by the project: message, cause (where the
    // page has one) and suggestion.
    const rows = (l) => 2 + (e.cause[l] !== '' ? 1 : 0);
    const ours = ((e.ours & 1) ? rows('zh') : 0) + ((e.ours & 2) ? rows('en') : 0);
    if (lacks.length) cardMiss.push(`${key} lacks ${lacks.join(' | ')}`);
    if (got.ours !== ours) cardMiss.push(`${key}: ${got.ours} marks of texts written by the project, not ${ours}`);
    if (JSON.stringify(got.api) !== JSON.stringify(ids)) cardMiss.push(`${key}: API names ${JSON.stringify(got.api)}`);
    if (got.page !== family.page.en) cardMiss.push(`${key}: links ${got.page}, not ZEGO's page ${family.page.en}`);
    if (!got.focused) cardMiss.push(`${key}: the card's heading is not focused`);
  }
  check(cardMiss.length === 0, `each of the ${entries.length} permalinks opens its card: texts, name, guidance, category, since, marks of the project's texts, API names, ZEGO's page${cardMiss.length ? `: ${cardMiss.slice(0, 5).join('; ')}` : ''}`);
  // One product card against the products oracle (ZEGOCODES_PRODUCTS): the first row of a
  // product other than the default whose number that product defines in another section too
  // (else its first row). Its card names that row's code in every language, each identifier
  // carrying the oracle's name, and each resolves to the oracle's number in that language's
  // source (checked for every card above).
  {
    const oraclePath = process.env.ZEGOCODES_PRODUCTS;
    check(Boolean(oraclePath), 'ZEGOCODES_PRODUCTS names the products oracle');
    const rows = oraclePath ? JSON.parse(readFileSync(oraclePath, 'utf8')) : [];
    const others = rows.filter((r) => r.known && r.product !== defaultProduct);
    const row = others.find((r) => r.ambiguous && r.section) ?? others[0];
    if (row) {
      const key = [row.product, ...(row.kind === 'event' ? ['event'] : []), ...(row.section ? [row.section] : []), row.code].join('/');
      await page.goto(`${pageUrl}#${key}`);
      const card = await page.waitForSelector(`#card-pane article[data-key="${key}"]`, { timeout: 15000 }).catch(() => null);
      const got = card
        ? await card.evaluate((a) => [...a.querySelectorAll('table.api tbody tr')].map((tr) => [tr.querySelector('th').textContent, tr.querySelector('code').textContent]))
        : [];
      const entry = entries.find((e) => e.key === key);
      const squash = (t) => t.replace(/_/g, '').toLowerCase();
      const wrong = got.filter(([, id]) => !squash(id).endsWith(squash(row.name)));
      check(
        card !== null && entry !== undefined && got.length > 0 && wrong.length === 0 && JSON.stringify(got) === JSON.stringify(entry.ids),
        `the card of the oracle's ${row.product} ${row.kind} ${row.section ?? ''} ${row.code} (${row.name}) names it in ${got.map(([l]) => l).join(', ')}: ${got.map(([, id]) => id).join(', ')}${wrong.length ? `; not its name: ${JSON.stringify(wrong)}` : ''}`,
      );
    } else {
      check(false, 'the products oracle has a row of a product other than the default');
    }
  }
  // A copy button copies its identifier (the clipboard, or the fallback) and says so.
  {
    const named = entries.find(({ ids }) => ids.length > 0);
    await page.goto(`${pageUrl}#${named.key}`);
    const button = await page.waitForSelector('#card-pane button.copy');
    const [id, before] = await button.evaluate((b) => [b.dataset.copy, b.textContent]);
    await button.click();
    const said = await page
      .waitForFunction(([b, t]) => b.textContent !== t, [button, before], { timeout: 15000 })
      .then(() => button.textContent(), () => before);
    check(said !== before, `the copy button of ${id} copies it and says so ("${before}" → "${said}")`);
  }
  const oursCount = entries.filter((e) => e.entry.ours !== 0).length;
  console.log(`  (${oursCount} codes have a text written by the project, marked on their cards)`);
  await page.context().close();

  // -- the language switch changes every visible text, and stays in the URL
  const sample = entries.find((e) => e.entry.ours !== 0) ?? entries[0];
  page = await open(`${pageUrl}#${sample.key}`, { locale: 'zh-CN' });
  await page.fill('#q', String(sample.entry.code).slice(0, 3));
  const zhTexts = await ownTexts(page);
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const enTexts = await ownTexts(page);
  const same = zhTexts.filter((t, i) => enTexts[i] === t);
  check(zhTexts.length === enTexts.length && same.length === 0, `the language switch changes every visible text of the page's own (${zhTexts.length} texts)${same.length ? `; unchanged: ${same.join(' | ')}` : ''}${zhTexts.length !== enTexts.length ? `; ${zhTexts.length} texts before, ${enTexts.length} after` : ''}`);
  check(new URL(page.url()).hash.includes('lang=en') && !(await page.$eval('#card-pane', (e) => e.hidden)), 'the switch stays in the URL, on the same card');
  await page.reload();
  check((await page.getAttribute('html', 'lang')) === 'en', 'the URL keeps the language over the browser\'s');
  await page.fill('#q', '未找到');
  await page.screenshot({ path: join(OUT, 'desktop-en.png') });
  await axe(page, 'English, desktop, results and a card');
  await page.emulateMedia({ media: 'print' });
  check(
    await page.evaluate(() => getComputedStyle(document.getElementById('find')).display === 'none' && document.documentElement.scrollWidth <= innerWidth),
    'printed, the page shows the card without the search form, within the page width',
  );
  await page.screenshot({ path: join(OUT, 'print-en.png'), fullPage: true });
  await page.context().close();

  // -- a 360-px phone, both languages; dark
  for (const [locale, l] of [['zh-CN', 'zh'], ['en-US', 'en']]) {
    page = await open(`${pageUrl}#${sample.key}`, { locale, width: 360, height: 740, mobile: true });
    check(await page.evaluate(() => document.documentElement.scrollWidth <= 360), `on a 360-px phone (${l}), nothing is wider than the screen`);
    await page.screenshot({ path: join(OUT, `phone-${l}.png`) });
    await page.fill('#q', '未找到');
    await page.click('#card-pane .close a');
    await page.screenshot({ path: join(OUT, `phone-${l}-results.png`) });
    if (l === 'en') await axe(page, 'English, phone, a card');
    await page.context().close();
  }
  page = await open(pageUrl, { locale: 'en-US', colorScheme: 'dark' });
  check(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor !== 'rgb(255, 255, 255)'),
    'a dark colour scheme gets a dark page',
  );
  await page.fill('#q', word);
  await page.screenshot({ path: join(OUT, 'desktop-en-dark.png') });
  await axe(page, 'English, desktop, dark');
  await page.context().close();

  // -- the real catalog: a number one product defines in several sections (found in the data,
  //    as RTC's 41003 is today) opens, from the product's permalink, with each section's meaning
  //    side by side, each card naming its section
  {
    const bySection = new Map();
    for (const { family, entry } of entries) {
      if (!family.section) continue;
      const k = `${family.product.id}|${family.kind}|${entry.code}`;
      if (!bySection.has(k)) bySection.set(k, []);
      bySection.get(k).push(family);
    }
    const several = [...bySection.entries()].filter(([, fs]) => fs.length > 1);
    page = await open(pageUrl, { locale: 'en-US' });
    const miss = [];
    for (const [k, fs] of several) {
      const [product, kind, code] = k.split('|');
      await page.goto(`${pageUrl}#${kind === 'event' ? `${product}/event` : product}/${code}`);
      await page.waitForSelector('#card-pane article', { timeout: 15000 }).catch(() => null);
      const cards = await page.$$eval('#card-pane article', (as) => as.map((a) => ({ key: a.dataset.key, where: a.querySelector('.where').textContent, left: a.getBoundingClientRect().left })));
      const want = fs.map((f) => `${f.id}/${code}`).sort();
      const got = cards.map((c) => c.key).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) miss.push(`${k}: ${got.join(', ')} (want ${want.join(', ')})`);
      else if (!fs.every((f) => cards.some((c) => c.key === `${f.id}/${code}` && c.where.includes(f.section.en)))) miss.push(`${k}: a card does not name its section`);
      else if (new Set(cards.map((c) => c.left)).size < 2) miss.push(`${k}: the meanings are stacked, not side by side`);
    }
    check(miss.length === 0, `each of the ${several.length} numbers a product defines in several sections shows every section's meaning side by side${miss.length ? `: ${miss.slice(0, 5).join('; ')}` : ''}`);
    await page.context().close();
  }

  // -- the fixture: a number several products and sections define
  console.log(`site: the fixture (${fixtureCodes} codes: the catalog, one number in two sections of a test product, and bulk products)`);
  page = await open(`${fixtureUrl}#fixture/${shared.code}`, { locale: 'en-US' });
  const side = await page.$$eval('#card-pane article', (as) => as.map((a) => ({ key: a.dataset.key, where: a.querySelector('.where').textContent, box: a.getBoundingClientRect().toJSON() })));
  check(
    side.length === 2 && side[0].box.top === side[1].box.top && side[0].box.left !== side[1].box.left && multi.every((f, i) => side[i].where.includes(f.section.en) && side[i].where.includes(fixtureProduct.en)),
    `#fixture/${shared.code} shows both sections' meanings side by side, each with product and section`,
  );
  await page.goto(`${fixtureUrl}#${shared.code}`);
  const all = await page.$$eval('#card-pane article', (as) => as.map((a) => a.dataset.key));
  const meanings = definedBy(shared.code) + multi.length;
  check(all.length === meanings && all.includes(`${families[0].id}/${shared.code}`), `#${shared.code} shows every product's meanings (${all.join(', ')})`);
  await page.goto(`${fixtureUrl}#${multi[1].id}/${shared.code}`);
  check(
    JSON.stringify(await page.$$eval('#card-pane article', (as) => as.map((a) => a.dataset.key))) === JSON.stringify([`${multi[1].id}/${shared.code}`]),
    `#${multi[1].id}/${shared.code} shows that section's meaning only`,
  );
  await page.goto(`${fixtureUrl}#${families[0].id}/${shared.code}`);
  check((await page.$$eval('#card-pane .others a', (as) => as.length)) === meanings - 1, "one meaning's card links the number's other meanings");
  await page.goto(`${fixtureUrl}#fixture/${shared.code}`);
  const t4 = await typeTimed(page, String(shared.code));
  const group = await firstGroupKeys(page);
  check(group.length === meanings && (await page.$eval('#results > li', (li) => li.classList.contains('multi'))), `searching ${shared.code} shows its ${meanings} meanings side by side`);
  await page.screenshot({ path: join(OUT, 'multi-meaning-en.png') });
  await axe(page, 'English, several meanings');
  const t5 = [...(await typeTimed(page, 'concurrency limit')), ...(await typeTimed(page, '未找到')), ...(await typeTimed(page, 'signature expired'))];
  timings.fixture = [...t4, ...t5];
  await page.context().close();
} finally {
  await browser.close();
}

check(problems.length === 0, `no console error or warning, no page error, no network request${problems.length ? `: ${problems.slice(0, 10).join('; ')}` : ''}`);
const report = {};
for (const [what, ts] of Object.entries(timings)) {
  const codes = what === 'catalog' ? entries.length : fixtureCodes;
  report[what] = { codes, keystrokes: ts.length, median_ms: median(ts), max_ms: Math.max(...ts) };
  console.log(
    `site: per keystroke (search, render and layout, timed in the page), ${codes} codes: median ${median(ts).toFixed(2)} ms, max ${Math.max(...ts).toFixed(2)} ms over ${ts.length} keystrokes (goal: under ${GOAL_MS} ms)`,
  );
  // A figure, not a check: a timing fails on a loaded machine (a max of 100 ms was seen with
  // the load at 19 on 2 cores) while the page is unchanged. BENCHMARKS.md quotes these lines.
  const over = ts.filter((t) => t >= GOAL_MS).length;
  console.log(`  ${over === 0 ? 'goal met' : `goal missed by ${over} of ${ts.length} keystrokes on this run`}: under ${GOAL_MS} ms with ${codes} codes`);
}
writeFileSync(join(OUT, 'timings.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`site: screenshots in ${OUT}: desktop-zh.png desktop-en.png desktop-en-dark.png phone-zh.png phone-zh-results.png phone-en.png phone-en-results.png print-en.png multi-meaning-en.png`);
if (failures > 0) {
  console.log(`site: ${failures} checks failed`);
  process.exit(1);
}
console.log('site: every check passed');
