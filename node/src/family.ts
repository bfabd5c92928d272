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

/** The lookups of one family, over its generated data.
 *
 * `message` and `suggestion` are the hot calls, so the constructor lays the texts out by hash
 * slot: a code's slot holds the code that owns it and that code's texts, and a lookup is a
 * multiply, one load to compare and one to return, with no entry index in between. The hot
 * arrays are fields of their own, so no object sits between them and the call either. */
export class Family {
  private readonly multiplier: number;
  private readonly shift: number;
  /** By slot: the code that hashes there and its entry index, or -1 for an empty slot. */
  private readonly slotCode: readonly number[];
  private readonly slotEntry: readonly number[];
  private readonly slotMessageZh: readonly string[];
  private readonly slotMessageEn: readonly string[];
  private readonly slotSuggestionZh: readonly string[];
  private readonly slotSuggestionEn: readonly string[];
  private readonly last: readonly number[];
  /** The top range's index, and the last code below it: most codes outside the catalog lie in
   * the top range (every range a family names ends far below 4294967295), so one compare
   * settles them. */
  private readonly top: number;
  private readonly belowTop: number;
  /** By range: the texts of a code the catalog does not hold. */
  private readonly rangeMessageZh: readonly string[];
  private readonly rangeMessageEn: readonly string[];
  private readonly rangeSuggestionZh: readonly string[];
  private readonly rangeSuggestionEn: readonly string[];

  constructor(readonly data: FamilyData) {
    this.multiplier = data.multiplier | 0;
    this.shift = data.shift;
    const owner = data.slots.map((i, slot) => (this.slotOf(data.codes[i]!) === slot ? i : -1));
    const bySlot = (texts: readonly string[]): string[] => owner.map((i) => (i >= 0 ? texts[i]! : ''));
    this.slotEntry = owner;
    this.slotCode = owner.map((i) => (i >= 0 ? data.codes[i]! : -1));
    this.slotMessageZh = bySlot(data.messages[0]);
    this.slotMessageEn = bySlot(data.messages[1]);
    this.slotSuggestionZh = bySlot(data.suggestions[0]);
    this.slotSuggestionEn = bySlot(data.suggestions[1]);
    this.last = data.ranges.last;
    this.top = this.last.length - 1;
    this.belowTop = this.top > 0 ? this.last[this.top - 1]! : -1;
    [this.rangeMessageZh, this.rangeMessageEn] = data.ranges.messages;
    [this.rangeSuggestionZh, this.rangeSuggestionEn] = data.ranges.suggestions;
  }

  private slotOf(code: number): number {
    return Math.imul(code, this.multiplier) >>> this.shift;
  }

  /** The entry index of `code` (already checked), or -1 if the catalog does not hold it. */
  find(code: number): number {
    const s = this.slotOf(code);
    return this.slotCode[s] === code ? this.slotEntry[s]! : -1;
  }

  /** The range index of `code` (already checked): the top range at once, else a scan, as a
   * family has only a handful of ranges. */
  range(code: number): number {
    if (code > this.belowTop) {
      return this.top;
    }
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
    const s = this.slotOf(code);
    if (lang === 'zh') {
      return this.slotCode[s] === code ? this.slotMessageZh[s]! : this.rangeMessageZh[this.range(code)]!;
    }
    if (lang === 'en') {
      return this.slotCode[s] === code ? this.slotMessageEn[s]! : this.rangeMessageEn[this.range(code)]!;
    }
    throw badLang(lang);
  }

  suggestion(code: number, lang: Lang): string {
    if (typeof code !== 'number' || code >>> 0 !== code) {
      throw badCode(code, 'code');
    }
    const s = this.slotOf(code);
    if (lang === 'zh') {
      return this.slotCode[s] === code ? this.slotSuggestionZh[s]! : this.rangeSuggestionZh[this.range(code)]!;
    }
    if (lang === 'en') {
      return this.slotCode[s] === code ? this.slotSuggestionEn[s]! : this.rangeSuggestionEn[this.range(code)]!;
    }
    throw badLang(lang);
  }
}
