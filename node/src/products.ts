import { CATEGORY_NAMES, EVENT_CATEGORY_NAMES, GUIDANCE_NAMES, GUIDANCE_RETRYABLE } from './generated/codes.js';
import { PRODUCT_IDS, productIndexOfId, TABLES, type ProductSections } from './generated/products.js';
import { events, returns, type Category, type EventCategory, type Guidance } from './lookup.js';
import { badCode, badLang, checkCode, langIndex, type Lang } from './validate.js';

/** A ZEGO server product's stable id, such as `'rtc'`: `Product.RTC`. */
export type ProductId = (typeof PRODUCT_IDS)[number];
/** Return codes (the Code field of a response) or callback event codes. */
export type Kind = 'return' | 'event';

/** The tables of src/generated/products.ts, as parallel arrays. */
export interface ProductTables {
  /** `[zh, en]`, by product. */
  readonly productNames: readonly [readonly string[], readonly string[]];
  readonly hosts: readonly (readonly string[])[];
  /** By section: its product's index, whether it holds event codes, its id, its titles. */
  readonly sectionProduct: readonly number[];
  readonly sectionEvent: readonly boolean[];
  readonly sectionIds: readonly string[];
  readonly sectionTitles: readonly [readonly string[], readonly string[]];
  /** By family (`product * 2 + kind`, kind 0 for return codes): the core's perfect hash over
   * its distinct codes (a code's slot is `Math.imul(code, multiplier) >>> shift`, and
   * `slots[slot]` the index within the family of the first entry with that code), its
   * entries (`count` from `first`) and the message of a code it does not hold. */
  readonly multiplier: readonly number[];
  readonly shift: readonly number[];
  readonly first: readonly number[];
  readonly count: readonly number[];
  readonly slots: readonly (readonly number[])[];
  readonly unknown: readonly [readonly string[], readonly string[]];
  /** By entry, every family's one after another, each ascending by code then section:
   * section is its index plus 1 (0: none), guidance a GUIDANCE_NAMES index, meanings how
   * many entries of the family hold the code from this one on, ambiguous 1 where they
   * differ in name. */
  readonly codes: readonly number[];
  readonly family: readonly number[];
  readonly section: readonly number[];
  readonly guidance: readonly number[];
  readonly meanings: readonly number[];
  readonly ambiguous: readonly number[];
  readonly names: readonly string[];
  readonly since: readonly string[];
  readonly withdrawn: readonly (string | null)[];
  readonly messages: readonly [readonly string[], readonly string[]];
  readonly suggestions: readonly [readonly string[], readonly string[]];
  readonly causes: readonly [readonly string[], readonly string[]];
  /** The message of an unqualified lookup of a code the product's sections disagree on. */
  readonly ambiguousMessage: readonly [string, string];
  /** The message of an unknown return code in ZEGO's gateway range, in every product but
   * the default, whose unknown codes name AI Agent's ranges. */
  readonly gatewayUnknown: readonly [string, string];
  readonly gatewayFirst: number;
  readonly gatewayLast: number;
}

const T = TABLES;
const LANGS: readonly Lang[] = ['zh', 'en'];
const FAMILIES = T.multiplier.length;

/** What one number means in one section of one product: one row of ZEGO's page. */
export interface Meaning {
  readonly code: number;
  readonly product: ProductId;
  readonly kind: Kind;
  /** The section's id within its product, or null where the product's pages have none. */
  readonly section: string | null;
  readonly name: string;
  readonly category: Category | EventCategory;
  readonly guidance: Guidance;
  readonly retryable: boolean;
  readonly since: string;
  readonly withdrawn: string | null;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly suggestionZh: string;
  readonly suggestionEn: string;
  /** The possible causes, where ZEGO's page has such a column (ZIM's); empty elsewhere. */
  readonly causeZh: string;
  readonly causeEn: string;
}

/** Everything a lookup in one product says about one code: `info`'s fields, the product,
 * kind and section, the causes, whether it is ambiguous, and every meaning it matches. */
export interface ProductCodeInfo extends Omit<Meaning, 'name' | 'since'> {
  /** Whether the product defines the code (in the section, if the lookup names one). */
  readonly known: boolean;
  /** Whether the lookup names no section and the product's sections define the code
   * differently: `name` is then null, the message says so, and `meanings` gives each. */
  readonly ambiguous: boolean;
  /** The stable name, or null for an unknown or ambiguous code. */
  readonly name: string | null;
  readonly since: string | null;
  /** Every entry the lookup matches: none for an unknown code, one for a code its section
   * lists, and, unqualified, one per section that lists the code. */
  readonly meanings: readonly Meaning[];
}

/** A product's ids, names, hosts and sections. */
export interface ProductDetails {
  readonly id: ProductId;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The API hosts ZEGO's pages document for the product (`'rtc-api.zego.im'`). */
  readonly hosts: readonly string[];
  readonly sections: readonly {
    readonly id: string;
    readonly kind: Kind;
    readonly titleZh: string;
    readonly titleEn: string;
  }[];
}

/** How `productInfo` looks a code up: its kind (`'return'`, the default, or `'event'`) and a
 * section of the product (by id), which makes the lookup exact. */
export interface LookupOptions<P extends ProductId = ProductId> {
  readonly kind?: Kind | undefined;
  readonly section?: ProductSections[P] | null | undefined;
}

const ID_SET = new Set<unknown>(PRODUCT_IDS);
// A module constant of its own: V8 folds it where it inlines productIndex, where the imported
// binding would cost a load and a check per call.
const indexOfId = productIndexOfId;

/** The index of product id `product`; a RangeError for another string, a TypeError for
 * anything else. A constant, not a function declaration, so V8 folds it where it inlines it. */
const productIndex = (product: unknown): number => {
  const i = indexOfId(product);
  if (i >= 0) {
    return i;
  }
  if (typeof product === 'string') {
    throw new RangeError(`zego-codes: not a product: ${JSON.stringify(product)} (one of ${PRODUCT_IDS.join(', ')})`);
  }
  throw new TypeError(`zego-codes: a product must be a string such as Product.RTC, got ${product === null ? 'null' : typeof product}`);
};

/** Whether `value` is a product's id. */
export function isProductId(value: unknown): value is ProductId {
  return ID_SET.has(value);
}

// The slots of every family, one family after another (an empty family has one, whose code 0
// and texts are those of an unknown code 0): the code of the entry each names, that entry's
// index, and the texts an unqualified lookup of the code gives (an ambiguous code's: the
// sentence that says so), so a known code's text is a multiply, a compare and a load.
const BASE = new Int32Array(FAMILIES);
const MULTIPLIER = Int32Array.from(T.multiplier, (m) => m | 0);
// Int32Array, like the others: a typed array of 64 bytes or less lives on V8's heap, where
// its address is not a constant the compiler can fold into the lookup.
const SHIFT = Int32Array.from(T.shift);
const slotCount = T.slots.reduce((n, s) => n + Math.max(s.length, 1), 0);
const SLOT_CODE = new Int32Array(slotCount);
const SLOT_ENTRY = new Int32Array(slotCount).fill(-1);
// Packed arrays (filled below), not holey ones, so a load needs no check for a hole.
const slotTexts = [
  [Array.from({ length: slotCount }, () => ''), Array.from({ length: slotCount }, () => '')],
  [Array.from({ length: slotCount }, () => ''), Array.from({ length: slotCount }, () => '')],
];

/** The texts (0 message, 1 suggestion) of a code family `f` does not hold, in lang `l`: for
 * AI Agent those of its range, for another product the gateway's message for a return code
 * in ZEGO's gateway range, else the family's own; the suggestion is AI Agent's. */
function unknownText(f: number, code: number, l: 0 | 1, which: 0 | 1): string {
  const family = f & 1 ? events : returns;
  const ranges = family.data.ranges;
  if (which === 1) {
    return ranges.suggestions[l][family.range(code)]!;
  }
  if (f >> 1 === 0) {
    return ranges.messages[l][family.range(code)]!;
  }
  if (!(f & 1) && code >= T.gatewayFirst && code <= T.gatewayLast) {
    return T.gatewayUnknown[l];
  }
  return T.unknown[l][f]!;
}

{
  let base = 0;
  for (let f = 0; f < FAMILIES; f++) {
    BASE[f] = base;
    const slots = T.slots[f]!;
    if (slots.length === 0) {
      for (const l of [0, 1] as const) {
        slotTexts[0]![l]![base] = unknownText(f, 0, l, 0);
        slotTexts[1]![l]![base] = unknownText(f, 0, l, 1);
      }
      base += 1;
      continue;
    }
    slots.forEach((local, h) => {
      const e = T.first[f]! + local;
      const s = base + h;
      SLOT_CODE[s] = T.codes[e]! | 0;
      SLOT_ENTRY[s] = e;
      for (const l of [0, 1] as const) {
        const ambiguous = T.ambiguous[e] === 1;
        slotTexts[0]![l]![s] = ambiguous ? T.ambiguousMessage[l] : T.messages[l][e]!;
        slotTexts[1]![l]![s] = ambiguous ? unknownText(f, T.codes[e]!, l, 1) : T.suggestions[l][e]!;
      }
    });
    base += slots.length;
  }
  // Each text array gets a property of its own, as node/src/family.ts explains: V8 then
  // relies on the arrays' map instead of checking it on every load.
  for (const which of slotTexts) {
    which.forEach((texts, l) => Object.defineProperty(texts, 'lang', { value: LANGS[l] }));
  }
}

/** A text lookup of one kind of code (0 return, 1 event) and one text (0 message, 1
 * suggestion), unqualified: a closure over constants, as node/src/family.ts's. */
function textLookup(kind: 0 | 1, which: 0 | 1): (product: ProductId, code: number, lang: Lang) => string {
  const [zh, en] = slotTexts[which]! as [string[], string[]];
  // An unknown code: AI Agent's text for its range (every product's suggestion, and AI Agent's
  // message), the gateway's message, or the family's own.
  const family = kind ? events : returns;
  const range = family.range;
  const [rangeZh, rangeEn] = which ? family.data.ranges.suggestions : family.data.ranges.messages;
  const [unknownZh, unknownEn] = T.unknown;
  const [gatewayZh, gatewayEn] = T.gatewayUnknown;
  const gatewayFirst = T.gatewayFirst;
  const gatewayLast = T.gatewayLast;
  return (product, code, lang) => {
    const f = (productIndex(product) << 1) | kind;
    if (typeof code !== 'number' || code >>> 0 !== code) {
      throw badCode(code, 'code');
    }
    // `| 0`: a slot is below 2^31, so the sum needs no check for overflow.
    const s = (BASE[f]! + (Math.imul(code, MULTIPLIER[f]!) >>> SHIFT[f]!)) | 0;
    const known = SLOT_CODE[s] === (code | 0);
    if (lang === 'zh') {
      if (known) {
        return zh[s]!;
      }
      if (which === 1 || f < 2) {
        return rangeZh[range(code >>> 0)]!;
      }
      return kind === 0 && code >= gatewayFirst && code <= gatewayLast ? gatewayZh : unknownZh[f]!;
    }
    if (lang === 'en') {
      if (known) {
        return en[s]!;
      }
      if (which === 1 || f < 2) {
        return rangeEn[range(code >>> 0)]!;
      }
      return kind === 0 && code >= gatewayFirst && code <= gatewayLast ? gatewayEn : unknownEn[f]!;
    }
    throw badLang(lang);
  };
}

const returnMessage = textLookup(0, 0);
const returnSuggestion = textLookup(0, 1);
const eventMessage = textLookup(1, 0);
const eventSuggestion = textLookup(1, 1);

/** ZEGO's description of return code `code` of `product` in `lang` (default `'zh'`); for a
 * code the product's sections define differently, a sentence saying to look it up by section
 * (`productInfo` with a section); for an unknown code, a generic text naming the product (for
 * AI Agent exactly `message`'s). */
export function productMessage(product: ProductId, code: number, lang: Lang = 'zh'): string {
  return returnMessage(product, code, lang);
}

/** ZEGO's suggested handling of return code `code` of `product` (empty where ZEGO publishes
 * none); for an unknown or ambiguous code, the generic advice of an unknown one. */
export function productSuggestion(product: ProductId, code: number, lang: Lang = 'zh'): string {
  return returnSuggestion(product, code, lang);
}

/** `productMessage` for a callback event code of `product`. */
export function productEventMessage(product: ProductId, code: number, lang: Lang = 'zh'): string {
  return eventMessage(product, code, lang);
}

/** `productSuggestion` for a callback event code of `product`. */
export function productEventSuggestion(product: ProductId, code: number, lang: Lang = 'zh'): string {
  return eventSuggestion(product, code, lang);
}

/**
 * One product's lookups, bound to it: what `productLookup(product)` gives, a frozen object.
 * Each method answers exactly as the `product` function of the same name with `product`
 * given. They are methods: call them on the object (`rtc.message(code)`), not detached.
 */
export interface ProductLookup<P extends ProductId = ProductId> {
  /** The product's id. */
  readonly product: P;
  /** `productMessage(product, code, lang)`: ZEGO's description of return code `code`. */
  message(code: number, lang?: Lang): string;
  /** `productSuggestion(product, code, lang)`: ZEGO's suggested handling of return code `code`. */
  suggestion(code: number, lang?: Lang): string;
  /** `productEventMessage(product, code, lang)`, for a callback event code. */
  eventMessage(code: number, lang?: Lang): string;
  /** `productEventSuggestion(product, code, lang)`, for a callback event code. */
  eventSuggestion(code: number, lang?: Lang): string;
  /** `productInfo(product, code, options)`: everything about `code` in the product. */
  info(code: number, options?: LookupOptions<P>): ProductCodeInfo;
}

// Module constants, so V8 folds them into every product's lookup it inlines, whatever the product.
const MESSAGE_ZH = slotTexts[0]![0]!;
const MESSAGE_EN = slotTexts[0]![1]!;
const SUGGESTION_ZH = slotTexts[1]![0]!;
const SUGGESTION_EN = slotTexts[1]![1]!;

const returnRange = returns.range;
const eventRange = events.range;
const RETURN_RANGE_MESSAGE = returns.data.ranges.messages;
const RETURN_RANGE_SUGGESTION = returns.data.ranges.suggestions;
const EVENT_RANGE_MESSAGE = events.data.ranges.messages;
const EVENT_RANGE_SUGGESTION = events.data.ranges.suggestions;
const GATEWAY_UNKNOWN = T.gatewayUnknown;
const GATEWAY_FIRST = T.gatewayFirst;
const GATEWAY_LAST = T.gatewayLast;

/**
 * The text (message, or suggestion where `suggestion`) in `lang` of return code `code`, or
 * event code where `event`, in `lookup`'s product, whose texts lie by slot in `zh` and `en`:
 * three fields, a multiply and a compare, then a slot's load for a code the family holds.
 * `event`, `suggestion` and the arrays are constants where a `Lookup` method calls it, so V8
 * folds them; a constant, not a function declaration, so V8 folds the function itself too.
 */
const slotText = (
  lookup: Lookup,
  event: boolean,
  suggestion: boolean,
  zh: readonly string[],
  en: readonly string[],
  code: number,
  lang: Lang,
): string => {
  if (typeof code !== 'number' || code >>> 0 !== code) {
    throw badCode(code, 'code');
  }
  // `| 0`: a slot is below 2^31, so the sum needs no check for overflow.
  const s = event
    ? (lookup.eventBase + (Math.imul(code, lookup.eventMultiplier) >>> lookup.eventShift)) | 0
    : (lookup.base + (Math.imul(code, lookup.multiplier) >>> lookup.shift)) | 0;
  const known = SLOT_CODE[s] === (code | 0);
  if (lang === 'zh') {
    return known ? zh[s]! : unknownOf(lookup, event, suggestion, code >>> 0, 0);
  }
  if (lang === 'en') {
    return known ? en[s]! : unknownOf(lookup, event, suggestion, code >>> 0, 1);
  }
  throw badLang(lang);
};

/** The text of a code (checked) `lookup`'s product does not hold: AI Agent's text for its range
 * (every product's suggestion, and AI Agent's message), the gateway's message for a return code
 * in ZEGO's gateway range, or the family's own. Only the unknown path reads these fields. */
const unknownOf = (lookup: Lookup, event: boolean, suggestion: boolean, code: number, l: 0 | 1): string => {
  if (suggestion || lookup.ranged) {
    const texts = event
      ? suggestion
        ? EVENT_RANGE_SUGGESTION
        : EVENT_RANGE_MESSAGE
      : suggestion
        ? RETURN_RANGE_SUGGESTION
        : RETURN_RANGE_MESSAGE;
    return texts[l][event ? eventRange(code) : returnRange(code)]!;
  }
  if (!event && code >= GATEWAY_FIRST && code <= GATEWAY_LAST) {
    return GATEWAY_UNKNOWN[l];
  }
  return (event ? lookup.eventUnknown : lookup.unknown)[l];
};

/** One product's lookups: fields for each kind's base, multiplier, shift and unknown texts,
 * read by methods every product shares, so a call site that meets several products stays one
 * call V8 inlines, with a check of the object's map and three fields' loads; for a product it
 * knows (a held constant), V8 folds the frozen fields into immediates, as it does `message`'s
 * constants. Not exported: `ProductLookup` is its type, its fields are no API. */
class Lookup implements ProductLookup {
  readonly product: ProductId;
  readonly base: number;
  readonly multiplier: number;
  readonly shift: number;
  readonly eventBase: number;
  readonly eventMultiplier: number;
  readonly eventShift: number;
  /** Whether an unknown code's message is its range's (AI Agent's). */
  readonly ranged: boolean;
  readonly unknown: readonly [string, string];
  readonly eventUnknown: readonly [string, string];

  constructor(p: number) {
    const f = p << 1;
    this.product = PRODUCT_IDS[p]!;
    this.base = BASE[f]!;
    this.multiplier = MULTIPLIER[f]!;
    this.shift = SHIFT[f]!;
    this.eventBase = BASE[f | 1]!;
    this.eventMultiplier = MULTIPLIER[f | 1]!;
    this.eventShift = SHIFT[f | 1]!;
    this.ranged = p === 0;
    this.unknown = [T.unknown[0][f]!, T.unknown[1][f]!];
    this.eventUnknown = [T.unknown[0][f | 1]!, T.unknown[1][f | 1]!];
    Object.freeze(this);
  }

  message(code: number, lang: Lang = 'zh'): string {
    return slotText(this, false, false, MESSAGE_ZH, MESSAGE_EN, code, lang);
  }

  suggestion(code: number, lang: Lang = 'zh'): string {
    return slotText(this, false, true, SUGGESTION_ZH, SUGGESTION_EN, code, lang);
  }

  eventMessage(code: number, lang: Lang = 'zh'): string {
    return slotText(this, true, false, MESSAGE_ZH, MESSAGE_EN, code, lang);
  }

  eventSuggestion(code: number, lang: Lang = 'zh'): string {
    return slotText(this, true, true, SUGGESTION_ZH, SUGGESTION_EN, code, lang);
  }

  info(code: number, options?: LookupOptions): ProductCodeInfo {
    return productInfo(this.product, code, options);
  }
}

const lookups = PRODUCT_IDS.map((_, p) => new Lookup(p));

/**
 * Product `product`'s lookups, bound to it: `productLookup(Product.RTC).message(code)` is
 * `productMessage(Product.RTC, code)`. Hold it where a caller looks up many codes of one
 * product: the product is then checked once, here, and not on every lookup, which then costs
 * what `message` does. The same frozen object for every call with the same product; a
 * RangeError for another string, a TypeError for anything else.
 */
export function productLookup<P extends ProductId>(product: P): ProductLookup<P> {
  return lookups[productIndex(product)]! as unknown as ProductLookup<P>;
}

/** The entries family `f` holds for `code` (already checked): `[first, count]`. */
function span(f: number, code: number): [number, number] {
  const s = BASE[f]! + (Math.imul(code, MULTIPLIER[f]!) >>> SHIFT[f]!);
  const e = SLOT_ENTRY[s]!;
  if (e < 0 || T.codes[e] !== code) {
    return [0, 0];
  }
  return [e, T.meanings[e]!];
}

function kindIndex(kind: unknown): 0 | 1 {
  if (kind === undefined || kind === 'return') {
    return 0;
  }
  if (kind === 'event') {
    return 1;
  }
  throw typeof kind === 'string'
    ? new RangeError(`zego-codes: kind must be 'return' or 'event', got ${JSON.stringify(kind)}`)
    : new TypeError(`zego-codes: kind must be 'return' or 'event', got ${kind === null ? 'null' : typeof kind}`);
}

/** The category of `code` of family `f`, as the core gives it: return codes by AI Agent's
 * ranges for AI Agent, and success, common (ZEGO's gateway) or business for any other
 * product; AI Agent's event codes by its ranges, other products' `'unknown'`. */
function categoryOf(f: number, code: number): Category | EventCategory {
  if (f & 1) {
    return f >> 1 === 0 ? EVENT_CATEGORY_NAMES[events.data.ranges.category[events.range(code)]!]! : 'unknown';
  }
  const c = CATEGORY_NAMES[returns.data.ranges.category[returns.range(code)]!]!;
  return f >> 1 !== 0 && (c === 'unknown' || c === 'business') ? 'business' : c;
}

const meaningCache: (Meaning | undefined)[] = [];

function meaningAt(e: number): Meaning {
  const cached = meaningCache[e];
  if (cached !== undefined) {
    return cached;
  }
  const f = T.family[e]!;
  const g = T.guidance[e]!;
  const section = T.section[e]!;
  const m: Meaning = Object.freeze({
    code: T.codes[e]!,
    product: PRODUCT_IDS[f >> 1]!,
    kind: f & 1 ? 'event' : 'return',
    section: section === 0 ? null : T.sectionIds[section - 1]!,
    name: T.names[e]!,
    category: categoryOf(f, T.codes[e]!),
    guidance: GUIDANCE_NAMES[g]!,
    retryable: GUIDANCE_RETRYABLE[g]!,
    since: T.since[e]!,
    withdrawn: T.withdrawn[e]!,
    messageZh: T.messages[0][e]!,
    messageEn: T.messages[1][e]!,
    suggestionZh: T.suggestions[0][e]!,
    suggestionEn: T.suggestions[1][e]!,
    causeZh: T.causes[0][e]!,
    causeEn: T.causes[1][e]!,
  } as const);
  meaningCache[e] = m;
  return m;
}

/** The index plus 1 of section `section` of product `p` and kind `kind`; 0 for none. */
function sectionField(p: number, kind: 0 | 1, section: unknown): number {
  if (section === undefined || section === null) {
    return 0;
  }
  if (typeof section !== 'string') {
    throw new TypeError(`zego-codes: a section must be a string, got ${typeof section}`);
  }
  for (let s = 0; s < T.sectionIds.length; s++) {
    if (T.sectionProduct[s] === p && T.sectionEvent[s] === (kind === 1) && T.sectionIds[s] === section) {
      return s + 1;
    }
  }
  throw new RangeError(
    `zego-codes: ${PRODUCT_IDS[p]} has no section ${JSON.stringify(section)} of ${kind ? 'event' : 'return'} codes`,
  );
}

/**
 * Everything about code `code` of `product`: a return code unless `options.kind` is
 * `'event'`, in whichever section defines it unless `options.section` names one. An
 * unqualified lookup of a number the product's sections define differently (RTC's 41003) is
 * `ambiguous`: known, no name, a message that says so, and each section's meaning. The same
 * name in several sections is one meaning: the first section's entry answers. An unknown code
 * gets `known: false`, guidance `'unknown'` and its product's generic texts.
 */
export function productInfo<P extends ProductId>(product: P, code: number, options?: LookupOptions<P>): ProductCodeInfo {
  const p = productIndex(product);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`zego-codes: options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const kind = kindIndex(options?.kind);
  const section = sectionField(p, kind, options?.section);
  const c = checkCode(code);
  const f = (p << 1) | kind;
  let [first, count] = span(f, c);
  if (section !== 0) {
    const i = T.section.slice(first, first + count).indexOf(section);
    [first, count] = i < 0 ? [0, 0] : [first + i, 1];
  }
  const meanings = Object.freeze(Array.from({ length: count }, (_, i) => meaningAt(first + i)));
  const ambiguous = section === 0 && count > 0 && T.ambiguous[first] === 1;
  const one = count > 0 && !ambiguous ? meanings[0]! : null;
  let g = 0;
  if (one !== null) {
    g = T.guidance[first]!;
  } else if (count > 0 && meanings.every((m) => m.guidance === meanings[0]!.guidance)) {
    g = T.guidance[first]!;
  }
  const text = (l: 0 | 1, which: 0 | 1): string =>
    count > 0 ? (which === 0 ? T.ambiguousMessage[l] : unknownText(f, c, l, 1)) : unknownText(f, c, l, which);
  return Object.freeze({
    code: c,
    product: PRODUCT_IDS[p]!,
    kind: kind ? 'event' : 'return',
    section: section === 0 ? null : T.sectionIds[section - 1]!,
    known: count > 0,
    ambiguous,
    name: one?.name ?? null,
    category: categoryOf(f, c),
    guidance: GUIDANCE_NAMES[g]!,
    retryable: GUIDANCE_RETRYABLE[g]!,
    since: one?.since ?? null,
    withdrawn: one?.withdrawn ?? null,
    messageZh: one?.messageZh ?? text(0, 0),
    messageEn: one?.messageEn ?? text(1, 0),
    suggestionZh: one?.suggestionZh ?? text(0, 1),
    suggestionEn: one?.suggestionEn ?? text(1, 1),
    causeZh: one?.causeZh ?? '',
    causeEn: one?.causeEn ?? '',
    meanings,
  } as const);
}

/** Every product and section whose catalog of `kind` holds `code`: who defines this number.
 * In product order, then by section. */
export function definitions(kind: Kind, code: number): readonly Meaning[] {
  const k = kindIndex(kind);
  const c = checkCode(code);
  const all: Meaning[] = [];
  for (let p = 0; p < PRODUCT_IDS.length; p++) {
    const [first, count] = span((p << 1) | k, c);
    for (let i = 0; i < count; i++) {
      all.push(meaningAt(first + i));
    }
  }
  return Object.freeze(all);
}

const detailsCache: (ProductDetails | undefined)[] = [];

/** Product `product`'s names, hosts and sections. */
export function productDetails(product: ProductId): ProductDetails {
  const p = productIndex(product);
  const cached = detailsCache[p];
  if (cached !== undefined) {
    return cached;
  }
  const sections = [];
  for (let s = 0; s < T.sectionIds.length; s++) {
    if (T.sectionProduct[s] === p) {
      sections.push(
        Object.freeze({
          id: T.sectionIds[s]!,
          kind: T.sectionEvent[s] ? ('event' as const) : ('return' as const),
          titleZh: T.sectionTitles[0][s]!,
          titleEn: T.sectionTitles[1][s]!,
        }),
      );
    }
  }
  const details: ProductDetails = Object.freeze({
    id: PRODUCT_IDS[p]!,
    nameZh: T.productNames[0][p]!,
    nameEn: T.productNames[1][p]!,
    hosts: Object.freeze([...T.hosts[p]!]),
    sections: Object.freeze(sections),
  });
  detailsCache[p] = details;
  return details;
}

/**
 * The product whose API answers at `host`: one of its documented hosts, or a regional one
 * that adds a `-suffix` to the first label (`'rtc-api-sha.zego.im'`); ASCII case, a trailing
 * dot and a port do not matter. null for any other host; a TypeError for a non-string.
 */
export function productFromHost(host: string): ProductId | null {
  if (typeof host !== 'string') {
    throw new TypeError(`zego-codes: a host must be a string, got ${host === null ? 'null' : typeof host}`);
  }
  const name = host.split(':')[0]!.replace(/\.+$/, '').toLowerCase();
  const [label, ...rest] = name.split('.');
  for (let p = 0; p < PRODUCT_IDS.length; p++) {
    for (const documented of T.hosts[p]!) {
      const d = documented.toLowerCase();
      const [dlabel, ...drest] = d.split('.');
      if (
        name === d ||
        (rest.length > 0 &&
          rest.join('.') === drest.join('.') &&
          label!.length > dlabel!.length + 1 &&
          label!.startsWith(`${dlabel}-`))
      ) {
        return PRODUCT_IDS[p]!;
      }
    }
  }
  return null;
}

/** The lookup check uses for a product's return code: guidance, name and texts in `lang`. */
export function productAnswer(
  product: ProductId,
  code: number,
  lang: Lang,
): { guidance: Guidance; name: string | null; message: string; suggestion: string } {
  const i = productInfo(product, code);
  const l = langIndex(lang);
  return {
    guidance: i.guidance,
    name: i.name,
    message: l ? i.messageEn : i.messageZh,
    suggestion: l ? i.suggestionEn : i.suggestionZh,
  };
}
