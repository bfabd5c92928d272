import { badCode, badLang, type Lang } from './validate.js';

/**
 * One kind of code (return codes or event codes) as src/generated/codes.ts lays it out:
 * the catalog's entries as parallel arrays in ascending order of code, the core's perfect
 * hash over them, and the ranges that give any code a category and texts when it is unknown.
 */
export interface FamilyData {
  /** A code's slot is `Math.imul(code, multiplier) >>> shift`; the slot names the only entry
   * that can hold the code. Empty slots name entry 0, whose code hashes elsewhere. */
  readonly multiplier: number;
  readonly shift: number;
  readonly slots: readonly number[];
  readonly codes: readonly number[];
  readonly names: readonly string[];
  /** Guidance values (indices of GUIDANCE_NAMES). */
  readonly guidance: readonly number[];
  readonly since: readonly string[];
  readonly withdrawn: readonly (string | null)[];
  /** `[zh, en]`, each by entry. */
  readonly messages: readonly [readonly string[], readonly string[]];
  readonly suggestions: readonly [readonly string[], readonly string[]];
  /** Ascending: range i holds the codes above range i-1's last up to its own last; the final
   * range ends at 4294967295. Category values index the category names. */
  readonly ranges: {
    readonly last: readonly number[];
    readonly category: readonly number[];
    readonly messages: readonly [readonly string[], readonly string[]];
    readonly suggestions: readonly [readonly string[], readonly string[]];
  };
}

/** The lookups of one family, over its generated data. The hot arrays are fields of their
 * own, so a lookup is a multiply, two array loads and a compare, with no object in between. */
export class Family {
  private readonly multiplier: number;
  private readonly shift: number;
  private readonly slots: readonly number[];
  private readonly codes: readonly number[];
  private readonly last: readonly number[];
  private readonly messageZh: readonly string[];
  private readonly messageEn: readonly string[];
  private readonly suggestionZh: readonly string[];
  private readonly suggestionEn: readonly string[];
  private readonly unknownMessage: readonly (readonly string[])[];
  private readonly unknownSuggestion: readonly (readonly string[])[];

  constructor(readonly data: FamilyData) {
    this.multiplier = data.multiplier | 0;
    this.shift = data.shift;
    this.slots = data.slots;
    this.codes = data.codes;
    this.last = data.ranges.last;
    [this.messageZh, this.messageEn] = data.messages;
    [this.suggestionZh, this.suggestionEn] = data.suggestions;
    this.unknownMessage = data.ranges.messages;
    this.unknownSuggestion = data.ranges.suggestions;
  }

  /** The entry index of `code` (already checked), or -1 if the catalog does not hold it. */
  find(code: number): number {
    const i = this.slots[Math.imul(code, this.multiplier) >>> this.shift]!;
    return this.codes[i] === code ? i : -1;
  }

  /** The range index of `code` (already checked): a scan, as a family has only a handful of ranges. */
  range(code: number): number {
    const last = this.last;
    let r = 0;
    while (code > last[r]!) {
      r++;
    }
    return r;
  }

  message(code: number, lang: Lang): string {
    if (typeof code !== 'number' || code >>> 0 !== code) {
      throw badCode(code, 'code');
    }
    const i = this.find(code);
    if (lang === 'zh') {
      return i >= 0 ? this.messageZh[i]! : this.unknownMessage[0][this.range(code)]!;
    }
    if (lang === 'en') {
      return i >= 0 ? this.messageEn[i]! : this.unknownMessage[1][this.range(code)]!;
    }
    throw badLang(lang);
  }

  suggestion(code: number, lang: Lang): string {
    if (typeof code !== 'number' || code >>> 0 !== code) {
      throw badCode(code, 'code');
    }
    const i = this.find(code);
    if (lang === 'zh') {
      return i >= 0 ? this.suggestionZh[i]! : this.unknownSuggestion[0][this.range(code)]!;
    }
    if (lang === 'en') {
      return i >= 0 ? this.suggestionEn[i]! : this.unknownSuggestion[1][this.range(code)]!;
    }
    throw badLang(lang);
  }
}
