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

interface Source {
  readonly table: FamilyData;
  readonly categories: readonly string[];
  readonly ours: readonly number[];
  readonly goNames: readonly string[];
  readonly api: readonly (readonly [string, string])[];
}

function codes(s: Source): CodeEntry[] {
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
      api: s.api.map(([lang, id]) => [lang, id.replace('{NAME}', name).replace('{Go}', s.goNames[i]!)] as const),
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
    codes: codes(source),
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
      codes: f.codes.map((c) => ({
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
        // The bindings answer for AI Agent only so far: no API spells these names yet.
        api: [],
      })),
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
