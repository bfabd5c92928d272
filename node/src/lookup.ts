import { Family } from './family.js';
import {
  CATEGORY_NAMES,
  EVENT_CATEGORY_NAMES,
  EVENT_TABLE,
  GUIDANCE_NAMES,
  GUIDANCE_RETRYABLE,
  GUIDANCE_SUMMARIES,
  RETURN_TABLE,
} from './generated/codes.js';
import { checkCode, type Lang } from './validate.js';

/** What a caller should do about a code, by its stable snake_case name (CODES.md explains each). */
export type Guidance = (typeof GUIDANCE_NAMES)[number];
/** The range a return code belongs to, derived from the number alone. */
export type Category = (typeof CATEGORY_NAMES)[number];
/** The subsystem an event code comes from, derived from the number alone. */
export type EventCategory = (typeof EVENT_CATEGORY_NAMES)[number];

export const returns = new Family(RETURN_TABLE);
export const events = new Family(EVENT_TABLE);
// Module constants of their own: the exported functions below read them, not a property of an
// exported object, so V8 folds each into the function that inlines it.
const returnMessage = returns.message;
const returnSuggestion = returns.suggestion;
const eventMessageOf = events.message;
const eventSuggestionOf = events.suggestion;

/** Everything the catalog says about one code; a code it does not hold gets `known: false`,
 * `name: null`, guidance `'unknown'` and generic texts naming its range. */
export interface CodeInfo<C extends string = Category> {
  readonly code: number;
  readonly known: boolean;
  /** The stable symbolic name, such as `'AGENT_INSTANCE_NOT_FOUND'`. */
  readonly name: string | null;
  readonly category: C;
  readonly guidance: Guidance;
  /** Whether the same request may succeed when sent again later. */
  readonly retryable: boolean;
  /** The first revision of ZEGO's page, among those vendored, that lists the code. */
  readonly since: string | null;
  /** The revision of ZEGO's Chinese page that no longer lists the code, or null. */
  readonly withdrawn: string | null;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly suggestionZh: string;
  readonly suggestionEn: string;
}

/** A guidance's retryability and one line telling a person what to do. */
export interface GuidanceInfo {
  readonly name: Guidance;
  readonly retryable: boolean;
  readonly summaryZh: string;
  readonly summaryEn: string;
}

/** ZEGO's description of return code `code` in `lang` (default `'zh'`), or for a code the
 * catalog does not hold a generic text naming its range. */
export function message(code: number, lang: Lang = 'zh'): string {
  return returnMessage(code, lang);
}

/** ZEGO's suggested handling of return code `code` (empty where ZEGO publishes none), or
 * generic advice for a code the catalog does not hold. */
export function suggestion(code: number, lang: Lang = 'zh'): string {
  return returnSuggestion(code, lang);
}

/** Everything about return code `code`. */
export function info(code: number): CodeInfo<Category> {
  return infoOf(returns, code, CATEGORY_NAMES);
}

/** ZEGO's description of callback exception event code `code` in `lang` (default `'zh'`). */
export function eventMessage(code: number, lang: Lang = 'zh'): string {
  return eventMessageOf(code, lang);
}

/** ZEGO's suggested handling of callback exception event code `code`. */
export function eventSuggestion(code: number, lang: Lang = 'zh'): string {
  return eventSuggestionOf(code, lang);
}

/** Everything about callback exception event code `code`. */
export function eventInfo(code: number): CodeInfo<EventCategory> {
  return infoOf(events, code, EVENT_CATEGORY_NAMES);
}

/** What `guidance` means: a TypeError or RangeError for anything but a guidance name. */
export function guidanceInfo(guidance: Guidance): GuidanceInfo {
  const i = (GUIDANCE_NAMES as readonly unknown[]).indexOf(guidance);
  if (i < 0) {
    const Err = typeof guidance === 'string' ? RangeError : TypeError;
    throw new Err(`zego-codes: not a guidance: ${String(guidance)}`);
  }
  const [summaryZh, summaryEn] = GUIDANCE_SUMMARIES[i]!;
  return Object.freeze({ name: GUIDANCE_NAMES[i]!, retryable: GUIDANCE_RETRYABLE[i]!, summaryZh, summaryEn });
}

/** The guidance of a return code (known or not), by name. */
export function guidanceOf(code: number): Guidance {
  const i = returns.find(checkCode(code));
  return GUIDANCE_NAMES[i >= 0 ? returns.data.guidance[i]! : 0]!;
}

function infoOf<C extends string>(family: Family, code: number, categories: readonly C[]): CodeInfo<C> {
  const c = checkCode(code);
  const i = family.find(c);
  const d = family.data;
  const r = family.range(c);
  const known = i >= 0;
  const g = known ? d.guidance[i]! : 0;
  return Object.freeze({
    code: c,
    known,
    name: known ? d.names[i]! : null,
    category: categories[d.ranges.category[r]!]!,
    guidance: GUIDANCE_NAMES[g]!,
    retryable: GUIDANCE_RETRYABLE[g]!,
    since: known ? d.since[i]! : null,
    withdrawn: known ? d.withdrawn[i]! : null,
    messageZh: known ? d.messages[0][i]! : d.ranges.messages[0][r]!,
    messageEn: known ? d.messages[1][i]! : d.ranges.messages[1][r]!,
    suggestionZh: known ? d.suggestions[0][i]! : d.ranges.suggestions[0][r]!,
    suggestionEn: known ? d.suggestions[1][i]! : d.ranges.suggestions[1][r]!,
  });
}
