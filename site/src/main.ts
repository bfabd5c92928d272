/**
 * The page: one search box with three filters over every family of the catalog, the results
 * as you type, and the cards a permalink (`#aiagent/410001031`, `#aiagent/event/1001`, or a
 * product's number, `#rtc/41003`, for all its meanings) opens. The catalog comes from the JSON
 * block the build embeds (`#catalog`); nothing here knows a product, a code or a text.
 */

import { guidanceLabel, UI, type Words } from './i18n.js';
import { identifiers, type Catalog, type CodeEntry, type Family, type GuidanceEntry, type Lang } from './model.js';
import { byNumber, index, search, type Hit } from './search.js';

/** The most codes one keystroke renders; the count says how many matched. */
const MAX_SHOWN = 100;

const catalog = JSON.parse(document.getElementById('catalog')!.textContent!) as Catalog;
const guidanceByName = new Map<string, GuidanceEntry>(catalog.guidance.map((g) => [g.name, g]));
const hits = index(catalog.families, guidanceLabel);
const total = hits.length;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const q = $<HTMLInputElement>('q');
const fProduct = $<HTMLSelectElement>('f-product');
const fKind = $<HTMLSelectElement>('f-kind');
const fGuidance = $<HTMLSelectElement>('f-guidance');
const results = $<HTMLOListElement>('results');
const cardPane = $<HTMLElement>('card-pane');

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Language: the hash's `lang`, else the browser's first language (zh or en).
function browserLang(): Lang {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return (langs[0] ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

interface Route {
  path: string;
  lang: Lang | null;
}

function route(): Route {
  let h = location.hash.replace(/^#/, '');
  try {
    h = decodeURIComponent(h);
  } catch {
    // a malformed escape: the fragment as it is
  }
  const at = h.indexOf('?');
  const path = at < 0 ? h : h.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : h.slice(at + 1));
  const l = params.get('lang');
  return { path, lang: l === 'zh' || l === 'en' ? l : null };
}

let lang: Lang = route().lang ?? browserLang();
let w: Words = UI[lang];

/** A link to `path` that keeps the language the URL names. */
function href(path: string): string {
  const l = route().lang;
  return `#${path}${l ? `?lang=${l}` : ''}`;
}

function kindLabel(f: Family): string {
  return f.kind === 'return' ? w.return : w.event;
}

function where(f: Family): string {
  const parts = [`<span data-catalog>${esc(f.product[lang])}</span>`];
  if (f.section) parts.push(`<span data-catalog>${esc(f.section[lang])}</span>`);
  parts.push(`<span>${esc(kindLabel(f))}</span>`);
  return parts.join(' · ');
}

// ---- the static texts and the filters

function fillSelect(select: HTMLSelectElement, options: readonly (readonly [string, string])[]): void {
  const value = select.value;
  select.innerHTML = options.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join('');
  select.value = options.some(([v]) => v === value) ? value : '';
}

function texts(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = w.title;
  const set = (id: string, text: string): void => {
    $(id).textContent = text;
  };
  set('title', w.title);
  set('tagline', w.tagline);
  const sw = $('lang');
  sw.textContent = w.switchTo;
  sw.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
  set('q-label', w.search);
  q.placeholder = w.placeholder;
  set('filters-legend', w.filters);
  set('l-product', w.product);
  set('l-kind', w.kind);
  set('l-guidance', w.guidance);
  set('results-title', w.results);
  set('keys', w.keys);
  set('footer', w.footer(catalog.version, total));
  const products = new Map<string, Family['product']>();
  const guidance = new Set<string>();
  for (const f of catalog.families) {
    products.set(f.product.id, f.product);
    for (const c of f.codes) guidance.add(c.guidance);
  }
  fillSelect(fProduct, [['', w.allProducts], ...[...products.values()].map((p) => [p.id, p[lang]] as const)]);
  fillSelect(fKind, [
    ['', w.allKinds],
    ['return', w.return],
    ['event', w.event],
  ]);
  fillSelect(fGuidance, [
    ['', w.allGuidance],
    ...catalog.guidance.filter((g) => guidance.has(g.name)).map((g) => [g.name, guidanceLabel(g.name, lang)] as const),
  ]);
}

// ---- results

function hitLink(h: Hit): string {
  const e = h.entry;
  return (
    `<a class="hit" href="${esc(href(h.key))}">` +
    `<span class="num" data-fixed>${e.code}</span> <span class="name" data-fixed>${esc(e.name)}</span>` +
    `<span class="where">${where(h.family)}</span>` +
    `<span class="msg" data-catalog lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${esc(e.message[lang])}</span></a>`
  );
}

/** Searches and renders; the time it took, layout included, goes to the list's data-ms. */
function renderResults(): void {
  const t0 = performance.now();
  const found = search(hits, q.value, { product: fProduct.value, kind: fKind.value, guidance: fGuidance.value });
  const shown = found.slice(0, MAX_SHOWN);
  // A number's meanings among everything found, not only the ones shown: a list cut short
  // still says how many there are.
  const meanings = new Map<number, number>();
  for (const h of found) meanings.set(h.entry.code, (meanings.get(h.entry.code) ?? 0) + 1);
  let html = '';
  for (const group of byNumber(shown)) {
    if (group.length === 1 && meanings.get(group[0]!.entry.code) === 1) {
      html += `<li>${hitLink(group[0]!)}</li>`;
    } else {
      html +=
        `<li class="multi"><p class="multi-head"><span class="num" data-fixed>${group[0]!.entry.code}</span> ` +
        `<span>${esc(w.meanings(meanings.get(group[0]!.entry.code)!))}</span></p><ul class="side">` +
        group.map((h) => `<li>${hitLink(h)}</li>`).join('') +
        '</ul></li>';
    }
  }
  results.innerHTML = html;
  $('count').textContent = found.length === 0 ? w.none : w.count(found.length, shown.length);
  void results.offsetHeight; // the layout, in the time measured
  const ms = performance.now() - t0;
  results.dataset['ms'] = ms.toFixed(3);
  results.dataset['seq'] = String(Number(results.dataset['seq'] ?? '0') + 1);
}

// ---- cards

function text(label: string, value: string, ours: boolean, l: Lang): string {
  const body = value === '' ? `<span class="none">${esc(w.noText)}</span>` : esc(value);
  const mark = ours ? ` <span class="ours">${esc(w.ours)}</span>` : '';
  return `<div><dt>${esc(label)}</dt><dd><span data-catalog lang="${l === 'zh' ? 'zh-CN' : 'en'}">${body}</span>${mark}</dd></div>`;
}

function card(f: Family, e: CodeEntry): string {
  const g = guidanceByName.get(e.guidance);
  const oursZh = (e.ours & 1) !== 0;
  const oursEn = (e.ours & 2) !== 0;
  const cause = (label: string, value: string, ours: boolean, l: Lang): string =>
    value === '' ? '' : text(label, value, ours, l);
  const zhTexts =
    text(w.zegoText, e.message.zh, oursZh, 'zh') +
    cause(w.causeZh, e.cause.zh, oursZh, 'zh') +
    text(w.suggestionZh, e.suggestion.zh, oursZh, 'zh');
  const enTexts =
    text(w.zegoTextEn, e.message.en, oursEn, 'en') +
    cause(w.causeEn, e.cause.en, oursEn, 'en') +
    text(w.suggestionEn, e.suggestion.en, oursEn, 'en');
  const row = (label: string, value: string): string => `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>`;
  const key = `${f.id}/${e.code}`;
  const api = identifiers(f, e)
    .map(
      ([l, id]) =>
        `<tr><th scope="row" data-fixed>${esc(l)}</th><td><code data-fixed>${esc(id)}</code></td>` +
        `<td><button type="button" class="copy" data-copy="${esc(id)}" aria-label="${esc(w.copyLabel(id))}">${esc(w.copy)}</button></td></tr>`,
    )
    .join('');
  return (
    `<article class="card" data-key="${esc(key)}" aria-labelledby="h-${esc(key.replace(/\W/g, '-'))}">` +
    `<p class="where">${where(f)}</p>` +
    `<h2 id="h-${esc(key.replace(/\W/g, '-'))}" tabindex="-1"><span class="num" data-fixed>${e.code}</span> ` +
    `<span class="name" data-fixed>${esc(e.name)}</span></h2>` +
    `<dl class="texts">${lang === 'zh' ? zhTexts + enTexts : enTexts + zhTexts}</dl>` +
    '<dl class="facts">' +
    row(w.category, `<code data-fixed>${esc(e.category)}</code>`) +
    row(
      w.guidanceLabel,
      `<code data-fixed>${esc(e.guidance)}</code> <span>${esc(guidanceLabel(e.guidance, lang))}</span>` +
        (g ? `<br><span data-catalog>${esc(g.summary[lang])}</span>` : ''),
    ) +
    row(w.retryable, esc(e.retryable ? w.yes : w.no)) +
    row(w.since, `<span data-fixed>${esc(e.since)}</span>`) +
    row(w.withdrawn, e.withdrawn ? `<span data-fixed>${esc(e.withdrawn)}</span>` : esc(w.notWithdrawn)) +
    '</dl>' +
    `<p class="links"><a href="${esc(f.page[lang])}" rel="noreferrer">${esc(w.zegoPage)}</a> · ` +
    `<a href="${esc(href(key))}">${esc(w.permalink)}</a></p>` +
    `<h3>${esc(w.api)}</h3>` +
    `<table class="api"><thead><tr><th scope="col">${esc(w.language)}</th><th scope="col">${esc(w.identifier)}</th>` +
    `<th scope="col"><span class="sr">${esc(w.copy)}</span></th></tr></thead><tbody>${api}</tbody></table>` +
    '</article>'
  );
}

/** The cards a path names: `PREFIX/CODE`, the code in every family whose id or product is
 * PREFIX (`aiagent/event/1001` one family's; `rtc/41003` every section of a product); `CODE`
 * every family's. */
function cardsFor(path: string): { family: Family; entry: CodeEntry }[] | null {
  const m = /^(?:(.*)\/)?(\d+)$/.exec(path);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const code = Number(m[2]);
  const out: { family: Family; entry: CodeEntry }[] = [];
  for (const family of catalog.families) {
    if (prefix !== '' && family.id !== prefix && family.product.id !== prefix) continue;
    const entry = family.codes.find((c) => c.code === code);
    if (entry) out.push({ family, entry });
  }
  return out;
}

function renderCards(focus: boolean): void {
  const path = route().path;
  const found = path === '' ? null : cardsFor(path);
  if (found === null) {
    cardPane.hidden = true;
    cardPane.innerHTML = '';
    document.body.classList.remove('has-card');
    return;
  }
  let html = `<p class="close"><a href="${esc(href(''))}">${esc(w.close)}</a></p>`;
  if (found.length === 0) {
    html += `<p class="none" role="alert">${esc(w.cardNotFound)}</p>`;
  } else {
    if (found.length > 1) html += `<p class="multi-head"><span>${esc(w.meanings(found.length))}</span></p>`;
    html += `<div class="cards${found.length > 1 ? ' side' : ''}">${found.map((c) => card(c.family, c.entry)).join('')}</div>`;
    // A single meaning of a number that others define too: say so, with links.
    if (found.length === 1) {
      const code = found[0]!.entry.code;
      const others = hits.filter((h) => h.entry.code === code && h.family !== found[0]!.family);
      if (others.length > 0) {
        html +=
          `<p class="others">${esc(w.otherMeanings)} ` +
          others.map((h) => `<a href="${esc(href(h.key))}">${where(h.family)}</a>`).join(', ') +
          '</p>';
      }
    }
  }
  cardPane.innerHTML = html;
  cardPane.hidden = false;
  document.body.classList.add('has-card');
  if (focus) cardPane.querySelector<HTMLElement>('h2')?.focus();
}

function renderAll(focusCard: boolean): void {
  texts();
  renderResults();
  renderCards(focusCard);
}

// ---- events

// The switch writes the language into the URL; the hashchange that follows renders it.
$('lang').addEventListener('click', () => {
  location.replace(`#${route().path}?lang=${lang === 'zh' ? 'en' : 'zh'}`);
});

window.addEventListener('hashchange', () => {
  const l = route().lang ?? browserLang();
  if (l !== lang) {
    lang = l;
    w = UI[lang];
    renderAll(false);
  } else {
    renderResults(); // the links carry the language of the URL
    renderCards(true);
  }
});

q.addEventListener('input', renderResults);
for (const s of [fProduct, fKind, fGuidance]) s.addEventListener('change', renderResults);
$('find').addEventListener('submit', (ev) => {
  ev.preventDefault();
  results.querySelector<HTMLElement>('.hit')?.focus();
});

document.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement;
  if (ev.key === '/' && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) {
    ev.preventDefault();
    q.focus();
    q.select();
    return;
  }
  if (ev.key === 'Escape' && !cardPane.hidden) {
    ev.preventDefault();
    location.replace(href(''));
    q.focus();
    return;
  }
  if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
  const links = [...results.querySelectorAll<HTMLElement>('.hit')];
  if (t === q) {
    if (ev.key === 'ArrowDown' && links.length > 0) {
      ev.preventDefault();
      links[0]!.focus();
    }
    return;
  }
  const i = links.indexOf(t);
  if (i < 0) return;
  ev.preventDefault();
  if (ev.key === 'ArrowDown') links[Math.min(i + 1, links.length - 1)]!.focus();
  else if (i === 0) q.focus();
  else links[i - 1]!.focus();
});

// Copy: the clipboard API where the browser grants it, else a selected text area.
cardPane.addEventListener('click', (ev) => {
  const b = (ev.target as HTMLElement).closest<HTMLButtonElement>('button.copy');
  if (!b) return;
  const id = b.dataset['copy'] ?? '';
  const done = (): void => {
    b.textContent = w.copied;
    setTimeout(() => {
      b.textContent = w.copy;
    }, 1500);
  };
  const fallback = (): void => {
    const area = document.createElement('textarea');
    area.value = id;
    area.setAttribute('readonly', '');
    area.className = 'sr';
    document.body.append(area);
    area.select();
    try {
      document.execCommand('copy');
    } finally {
      area.remove();
      b.focus();
    }
    done();
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(id).then(done, fallback);
  else fallback();
});

renderAll(false);
if (cardPane.hidden) q.focus();
else cardPane.querySelector<HTMLElement>('h2')?.focus();
