/**
 * Finding codes: every code of every family with one lower-case haystack of all it says (the
 * number, the name with and without underscores, both languages' texts, the guidance's name and
 * labels, the product and section), so a query is a few substring tests per code. A query's
 * words must all occur; a number ranks its own code first, then codes that begin with it.
 */

import type { CodeEntry, Family, Lang } from './model.js';

export interface Hit {
  readonly family: Family;
  readonly entry: CodeEntry;
  /** The permalink path: the family's id, then the code. */
  readonly key: string;
  readonly hay: string;
  readonly codeText: string;
  readonly name: string;
}

export interface Filters {
  readonly product: string;
  readonly kind: string;
  readonly guidance: string;
}

export function normalise(s: string): string {
  return s.toLowerCase().replace(/[_\s]+/g, ' ').trim();
}

/** The index: every code of every family, in the families' order. */
export function index(families: readonly Family[], guidanceLabel: (g: string, lang: Lang) => string): Hit[] {
  const hits: Hit[] = [];
  for (const family of families) {
    for (const entry of family.codes) {
      const parts = [
        String(entry.code),
        entry.name,
        entry.message.zh,
        entry.message.en,
        entry.cause.zh,
        entry.cause.en,
        entry.suggestion.zh,
        entry.suggestion.en,
        entry.guidance,
        guidanceLabel(entry.guidance, 'zh'),
        guidanceLabel(entry.guidance, 'en'),
        family.product.id,
        family.product.zh,
        family.product.en,
        family.section?.zh ?? '',
        family.section?.en ?? '',
      ];
      hits.push({
        family,
        entry,
        key: `${family.id}/${entry.code}`,
        hay: normalise(parts.join('\n')),
        codeText: String(entry.code),
        name: normalise(entry.name),
      });
    }
  }
  return hits;
}

/** The hits for `query` under `filters`, best first. */
export function search(hits: readonly Hit[], query: string, filters: Filters): Hit[] {
  const q = normalise(query);
  const words = q === '' ? [] : q.split(' ');
  const scored: { hit: Hit; score: number; order: number }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (filters.product !== '' && hit.family.product.id !== filters.product) continue;
    if (filters.kind !== '' && hit.family.kind !== filters.kind) continue;
    if (filters.guidance !== '' && hit.entry.guidance !== filters.guidance) continue;
    let all = true;
    for (const w of words) {
      if (!hit.hay.includes(w)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    let score = 4;
    if (q !== '') {
      if (hit.codeText === q) score = 0;
      else if (hit.name === q) score = 1;
      else if (hit.codeText.startsWith(q)) score = 2;
      else if (hit.name.includes(q)) score = 3;
    }
    scored.push({ hit, score, order: i });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((s) => s.hit);
}

/** Hits grouped by number, in the order of each number's best hit: one group per meaning set. */
export function byNumber(hits: readonly Hit[]): Hit[][] {
  const groups = new Map<number, Hit[]>();
  for (const hit of hits) {
    const g = groups.get(hit.entry.code);
    if (g) g.push(hit);
    else groups.set(hit.entry.code, [hit]);
  }
  return [...groups.values()];
}
