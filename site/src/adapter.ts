/**
 * The catalog as the page's families (model.ts), from the npm package's generated data
 * (node/src/generated/codes.ts) and the page's generated supplement (generated/catalog.ts),
 * both written by `cargo xtask gen` from data/. It runs at build time (site/build.mjs); the
 * page itself receives its result as JSON. AI Agent's two families (return codes, callback
 * exception event codes) come from the npm package's tables; every other product's families,
 * one per kind and section, from the supplement, until the npm package carries them too.
 */

import type { FamilyData } from '../../node/src/family.js';
import {
  CATEGORY_NAMES,
  EVENT_CATEGORY_NAMES,
  EVENT_TABLE,
  GUIDANCE_NAMES,
  GUIDANCE_RETRYABLE,
  GUIDANCE_SUMMARIES,
  RETURN_TABLE,
} from '../../node/src/generated/codes.js';
import {
  EVENT_API,
  EVENT_GO_NAMES,
  EVENT_OURS,
  EVENT_PAGES,
  PRODUCT_FAMILIES,
  PRODUCTS,
  RETURN_API,
  RETURN_GO_NAMES,
  RETURN_OURS,
  RETURN_PAGES,
} from './generated/catalog.js';
import type { Catalog, CodeEntry, Family, GuidanceEntry, Kind } from './model.js';

/** A code with its identifiers in full, before `compact` splits them into the family's prefixes. */
type Named = Omit<CodeEntry, 'api'> & { readonly ids: readonly (readonly [string, string])[] };

/** The family's languages with each one's prefix, and each code's identifiers after it: per
 * language, the part every identifier has before the code's name where there is one, else the
 * part all of them share; 0 for a rest that is the code's name. The page joins them back
 * (model.ts, `identifiers`); the identifiers themselves are the generated data's. */
function compact(codes: readonly Named[]): { api: [string, string][]; codes: CodeEntry[] } {
  const langs = codes[0]?.ids.map(([l]) => l) ?? [];
  const prefixes = langs.map((_, i) => {
    const ids = codes.map((c) => c.ids[i]![1]);
    const before = codes.map((c, j) => (ids[j]!.endsWith(c.name) ? ids[j]!.slice(0, ids[j]!.length - c.name.length) : null));
    if (before.every((b) => b !== null && b === before[0])) return before[0]!;
    let p = ids[0]!;
    for (const id of ids) while (!id.startsWith(p)) p = p.slice(0, -1);
    return p;
  });
  return {
    api: langs.map((l, i) => [l, prefixes[i]!]),
    codes: codes.map(({ ids, ...c }) => ({
      ...c,
      api: ids.map(([, id], i) => {
        const rest = id.slice(prefixes[i]!.length);
        return rest === c.name ? 0 : rest;
      }),
    })),
  };
}

interface Source {
  readonly table: FamilyData;
  readonly categories: readonly string[];
  readonly ours: readonly number[];
  readonly goNames: readonly string[];
  readonly api: readonly (readonly [string, string])[];
}

function codes(s: Source): Named[] {
  const t = s.table;
  return t.codes.map((code, i) => {
    // The range holding the code gives its category, as the lookups of node/src/ do.
    const r = t.ranges.last.findIndex((last) => code <= last);
    const name = t.names[i]!;
    const g = t.guidance[i]!;
    return {
      code,
      name,
      category: s.categories[t.ranges.category[r]!]!,
      guidance: GUIDANCE_NAMES[g]!,
      retryable: GUIDANCE_RETRYABLE[g]!,
      since: t.since[i]!,
      withdrawn: t.withdrawn[i]!,
      message: { zh: t.messages[0][i]!, en: t.messages[1][i]! },
      cause: { zh: '', en: '' },
      suggestion: { zh: t.suggestions[0][i]!, en: t.suggestions[1][i]! },
      ours: s.ours[i]!,
      ids: s.api.map(([lang, id]) => [lang, id.replace('{NAME}', name).replace('{Go}', s.goNames[i]!)] as const),
    };
  });
}

function family(id: string, kind: Kind, page: { zh: string; en: string }, source: Source): Family {
  const product = PRODUCTS[0]!;
  return {
    id,
    product: { id: product.id, zh: product.zh, en: product.en },
    kind,
    section: null,
    page: { zh: page.zh, en: page.en },
    ...compact(codes(source)),
  };
}

/** Every other product's families, as the supplement gives them. */
function productFamilies(): Family[] {
  return PRODUCT_FAMILIES.map((f) => {
    const product = PRODUCTS.find((p) => p.id === f.product)!;
    const id = [f.product, ...(f.kind === 'event' ? ['event'] : []), ...(f.section ? [f.section.id] : [])].join('/');
    return {
      id,
      product: { id: product.id, zh: product.zh, en: product.en },
      kind: f.kind,
      section: f.section,
      page: f.page,
      ...compact(f.codes.map((c) => ({
        code: c.code,
        name: c.name,
        category: c.category,
        guidance: c.guidance,
        retryable: GUIDANCE_RETRYABLE[GUIDANCE_NAMES.indexOf(c.guidance as (typeof GUIDANCE_NAMES)[number])]!,
        since: c.since,
        withdrawn: c.withdrawn,
        message: { zh: c.texts[0][0], en: c.texts[1][0] },
        cause: { zh: c.texts[0][1], en: c.texts[1][1] },
        suggestion: { zh: c.texts[0][2], en: c.texts[1][2] },
        ours: c.ours,
        // Each code's constant in each language (PRODUCTS.md's spelling), from the supplement.
        ids: c.api,
      }))),
    };
  });
}

/** Every family of the catalog, in the order the page lists them. */
export function families(): Family[] {
  return [...aiAgentFamilies(), ...productFamilies()];
}

function aiAgentFamilies(): Family[] {
  const product = PRODUCTS[0]!.id;
  return [
    family(product, 'return', RETURN_PAGES, {
      table: RETURN_TABLE,
      categories: CATEGORY_NAMES,
      ours: RETURN_OURS,
      goNames: RETURN_GO_NAMES,
      api: RETURN_API,
    }),
    family(`${product}/event`, 'event', EVENT_PAGES, {
      table: EVENT_TABLE,
      categories: EVENT_CATEGORY_NAMES,
      ours: EVENT_OURS,
      goNames: EVENT_GO_NAMES,
      api: EVENT_API,
    }),
  ];
}

/** Every guidance with what it means. */
export function guidance(): GuidanceEntry[] {
  return GUIDANCE_NAMES.map((name, i) => ({
    name,
    retryable: GUIDANCE_RETRYABLE[i]!,
    summary: { zh: GUIDANCE_SUMMARIES[i]![0], en: GUIDANCE_SUMMARIES[i]![1] },
  }));
}

export function catalog(version: string): Catalog {
  return { version, families: families(), guidance: guidance() };
}
