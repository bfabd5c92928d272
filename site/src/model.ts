/**
 * The page's model of the catalog: a list of families, each one product's codes of one kind
 * (and, where ZEGO's page for the product has them, one section). The build embeds it as JSON
 * in the page (`<script type="application/json" id="catalog">`); the UI reads only this, so a
 * new product or section is a change to the adapter (adapter.ts), never to the UI.
 */

export type Lang = 'zh' | 'en';
export type Kind = 'return' | 'event';

/** A text in both languages. */
export interface Both {
  readonly zh: string;
  readonly en: string;
}

export interface CodeEntry {
  readonly code: number;
  readonly name: string;
  readonly category: string;
  readonly guidance: string;
  readonly retryable: boolean;
  readonly since: string;
  readonly withdrawn: string | null;
  readonly message: Both;
  /** The page's "possible reasons" column (ZIM's), empty where it has none. */
  readonly cause: Both;
  readonly suggestion: Both;
  /** The texts written by this project, not ZEGO: 1 the Chinese, 2 the English. */
  readonly ours: number;
  /** The code's identifier in each language of its family's `api`, after that language's
   * prefix: 0 where the rest is the code's name (the JSON stays small; `identifiers` joins them). */
  readonly api: readonly (string | 0)[];
}

export interface Family {
  /** Permalink prefix, unique: `aiagent`, `aiagent/event`, `rtc/media_files`, `asr/event`. */
  readonly id: string;
  readonly product: { readonly id: string } & Both;
  readonly kind: Kind;
  readonly section: ({ readonly id: string } & Both) | null;
  /** ZEGO's page of this family, by language. */
  readonly page: Both;
  /** Each language of the API its codes are named in, with the prefix their identifiers share. */
  readonly api: readonly (readonly [lang: string, prefix: string])[];
  readonly codes: readonly CodeEntry[];
}

/** A code's identifier in each language's API: [language, identifier]. */
export function identifiers(f: Family, e: CodeEntry): [string, string][] {
  return f.api.map(([lang, prefix], i) => {
    const rest = e.api[i];
    return [lang, prefix + (rest === 0 || rest === undefined ? e.name : rest)];
  });
}

export interface GuidanceEntry {
  readonly name: string;
  readonly retryable: boolean;
  /** One line saying what to do. */
  readonly summary: Both;
}

export interface Catalog {
  readonly version: string;
  readonly families: readonly Family[];
  readonly guidance: readonly GuidanceEntry[];
}
