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

const LANGS: readonly Lang[] = ['zh', 'en'];

/** A code's text in a language; the code is checked, the language too. */
export type TextLookup = (code: number, lang: Lang) => string;

/** The lookups of one family, over its generated data.
 *
 * Every lookup is a closure over constants made once here (typed arrays of codes and range
 * counts, arrays of texts), so when V8 inlines one it folds them into the code: no object or
 * field between the call and its loads. `message` and `suggestion` are one mechanism over two
 * sets of texts, and `find` reads the same index. */
export class Family {
  /** The entry index of `code` (already checked), or -1 if the catalog does not hold it. */
  readonly find: (code: number) => number;
  /** The range index of `code` (already checked). */
  readonly range: (code: number) => number;
  readonly message: TextLookup;
  readonly suggestion: TextLookup;

  constructor(readonly data: FamilyData) {
    const size = data.slots.length;
    const range = rangeLookup(data.ranges.last);
    const index = indexLookup(data, range);
    this.find = (code) => {
      const i = index(code);
      return i < size ? data.slots[i]! : -1;
    };
    this.range = range;
    this.message = textLookup(data, index, data.messages, data.ranges.messages);
    this.suggestion = textLookup(data, index, data.suggestions, data.ranges.suggestions);
  }
}

/**
 * Where `code` (already checked) lies in a family's layout of texts: by slot for the codes the
 * catalog holds, then by range. The slot is the core's perfect hash, a multiply and a shift;
 * the slot holds its entry's code in an Int32Array, so one compare of two 32-bit integers
 * (uint32 codes are equal exactly when their int32 images are) tells a held code, and its
 * index is the slot. Any other code's index is the slots' count plus its range.
 */
function indexLookup(data: FamilyData, range: (code: number) => number): (code: number) => number {
  const multiplier = data.multiplier | 0;
  const shift = data.shift;
  const size = data.slots.length;
  const slotCode = Int32Array.from(data.slots, (i) => data.codes[i]!);
  return (code) => {
    const s = Math.imul(code, multiplier) >>> shift;
    return slotCode[s] === (code | 0) ? s : size + range(code);
  };
}

/**
 * The range of `code`: the count of range ends below it, read from a table by granule (the
 * code's top bits, `code >>> bits`) instead of a scan. `bits` is the widest granule that holds
 * at most one range end, so a granule's count of ends below it and that one end settle any code
 * in it with one compare of offsets inside the granule, made an integer without a branch. The
 * table stops one granule past the top range's first code: that last granule answers for every
 * code above it, so the table is as small as the span of the named ranges. Ends too close for
 * a table of MAX_GRANULE granules get a scan instead.
 */
function rangeLookup(last: readonly number[]): (code: number) => number {
  const ends = last.slice(0, -1); // the top range's end, 4294967295, has no code above it
  const bits = granuleBits(ends);
  const offsetMask = 2 ** bits - 1;
  // Past the granule of the top range's first code, one more granule stands for every code
  // above: no end in it and every end below it.
  const past = ends.length > 0 ? ((ends[ends.length - 1]! + 1) >>> bits) + 1 : 0;
  if (bits === 0 || past > MAX_GRANULE) {
    // Range ends too close together for a table of this size (not the shape of the catalog's
    // ranges, but data may take it): a scan, slower and as exact.
    return (code) => {
      let r = 0;
      while (r < ends.length && code > ends[r]!) {
        r++;
      }
      return r;
    };
  }
  // One end at most per granule, so the counts fit 16 bits, and V8 adds to them unchecked.
  const below = new Uint16Array(past + 1);
  const endOffset = new Int32Array(past + 1).fill(offsetMask); // no end: no offset is above
  for (let g = 0; g <= past; g++) {
    below[g] = ends.filter((e) => e >>> bits < g).length;
  }
  for (const e of ends) {
    endOffset[e >>> bits] = e & offsetMask;
  }
  return (code) => {
    const g = Math.min(code >>> bits, past);
    return below[g]! + ((endOffset[g]! - (code & offsetMask)) >>> 31);
  };
}

/** The most granules a family's range table may have: 64 KiB of table per array. */
const MAX_GRANULE = 16383;

/** The widest granule (in bits, at most 31) with at most one of `ends` (ascending) in each. */
function granuleBits(ends: readonly number[]): number {
  for (let bits = 31; bits > 0; bits--) {
    if (ends.every((e, i) => i === 0 || e >>> bits !== ends[i - 1]! >>> bits)) {
      return bits;
    }
  }
  return 0; // two ends in every granule of 2 codes: refused above
}

/** `texts` and `rangeTexts` (`[zh, en]`, by entry and by range) as one lookup: the texts lie as
 * `index` places codes, by slot then by range, in one array per language. */
function textLookup(
  data: FamilyData,
  index: (code: number) => number,
  texts: readonly [readonly string[], readonly string[]],
  rangeTexts: readonly [readonly string[], readonly string[]],
): TextLookup {
  // The property `lang` moves each array off the shared map of plain arrays, which V8 must check
  // on every load (any array may change its kind of elements), to a map only these arrays have
  // and none leaves, which V8 relies on without a check.
  const layout = (lang: 0 | 1): readonly string[] => {
    const bySlot = data.slots.map((i) => texts[lang][i]!);
    return Object.defineProperty([...bySlot, ...rangeTexts[lang]], 'lang', { value: LANGS[lang] });
  };
  const zh = layout(0);
  const en = layout(1);
  return (code, lang) => {
    if (typeof code !== 'number' || code >>> 0 !== code) {
      throw badCode(code, 'code');
    }
    const i = index(code);
    if (lang === 'zh') {
      return zh[i]!;
    }
    if (lang === 'en') {
      return en[i]!;
    }
    throw badLang(lang);
  };
}
