import { guidanceInfo, guidanceOf, returns, type Guidance } from './lookup.js';
import { productAnswer, type ProductId } from './products.js';
import { badCode, checkCode, langIndex, type Lang } from './validate.js';

/**
 * A failed API call: a response whose Code is not 0, as `check` throws it. One subclass per
 * guidance (names as the Java and Python libraries' exceptions), so
 * `err instanceof RateLimitError` reads as what the caller will do.
 */
export class ZegoError extends Error {
  /** The response's return code. */
  readonly code: number;
  /** The code's stable symbolic name, or null for a code the catalog does not hold. */
  readonly codeName: string | null;
  /** ZEGO's Message from the response, or null if it sent none. */
  readonly zegoMessage: string | null;
  /** The response's RequestId, to give ZEGO support, or null. */
  readonly requestId: string | null;
  /** What the caller should do. */
  readonly guidance: Guidance;
  /** Whether the same request may succeed when sent again later. */
  readonly retryable: boolean;
  /** The catalog's suggested handling, in the language asked for. */
  readonly suggestion: string;
  /** The product whose API answered: `'aiagent'` (the default) unless `check` was given one. */
  readonly product: ProductId;

  /** `message` is `CODE NAME: TEXT (RequestId: ID)`, TEXT being ZEGO's message or, without
   * one, the catalog's in `lang`; for a product other than AI Agent, its id comes first
   * (`zim 7 REQUEST_RATE_LIMITED: ...`), and NAME is absent where the product's sections
   * define the code differently. */
  constructor(
    code: number,
    zegoMessage?: string | null,
    requestId?: string | null,
    lang: Lang = 'zh',
    product: ProductId = 'aiagent',
  ) {
    const c = checkCode(code);
    langIndex(lang);
    let codeName: string | null;
    let guidance: Guidance;
    let catalogText: string;
    let suggestion: string;
    if (product === 'aiagent') {
      const i = returns.find(c);
      codeName = i >= 0 ? returns.data.names[i]! : null;
      guidance = guidanceOf(c);
      catalogText = returns.message(c, lang);
      suggestion = returns.suggestion(c, lang);
    } else {
      const a = productAnswer(product, c, lang);
      ({ name: codeName, guidance, message: catalogText, suggestion } = a);
    }
    const text = zegoMessage || catalogText;
    const prefix = product === 'aiagent' ? '' : `${product} `;
    super(`${prefix}${c}${codeName ? ` ${codeName}` : ''}: ${text}${requestId ? ` (RequestId: ${requestId})` : ''}`);
    this.code = c;
    this.codeName = codeName;
    this.zegoMessage = zegoMessage ?? null;
    this.requestId = requestId ?? null;
    this.guidance = guidance;
    this.retryable = guidanceInfo(this.guidance).retryable;
    this.suggestion = suggestion;
    this.product = product;
  }
}

/** A code the catalog does not hold (guidance `unknown`): read the message, do not retry blindly. */
export class UnknownCodeError extends ZegoError {}
/** A non-zero code that asks nothing of the caller (guidance `no_action`). */
export class NoActionError extends ZegoError {}
/** The request is wrong (guidance `fix_request`): fix it; sending it unchanged fails again. */
export class InvalidRequestError extends ZegoError {}
/** The signature has expired (guidance `renew_signature`): sign again, then retry. */
export class SignatureError extends ZegoError {}
/** A transient failure inside ZEGO (guidance `retry_later`): retry with backoff. */
export class ServiceUnavailableError extends ZegoError {}
/** A rate or concurrency limit (guidance `slow_down`): back off and retry at a lower rate. */
export class RateLimitError extends ZegoError {}
/** Already exists or superseded (guidance `conflict`): do not repeat the request. */
export class ConflictError extends ZegoError {}
/** The target does not exist (guidance `not_found`). */
export class NotFoundError extends ZegoError {}
/** The target's state forbids the operation (guidance `wrong_state`): retry after it changes. */
export class WrongStateError extends ZegoError {}
/** Account or service setup (guidance `check_account`): fix it in the console or with ZEGO. */
export class AccountError extends ZegoError {}
/** A fault only ZEGO can diagnose (guidance `contact_support`): send them the RequestId. */
export class ContactSupportError extends ZegoError {}
/** A general code whose reason is only in the response's Message (guidance `see_message`). */
export class SeeMessageError extends ZegoError {}

// A Record over every guidance: a guidance added to the data fails to compile until it has
// its class here.
const CLASSES: Readonly<Record<Guidance, typeof ZegoError>> = {
  unknown: UnknownCodeError,
  no_action: NoActionError,
  fix_request: InvalidRequestError,
  renew_signature: SignatureError,
  retry_later: ServiceUnavailableError,
  slow_down: RateLimitError,
  conflict: ConflictError,
  not_found: NotFoundError,
  wrong_state: WrongStateError,
  check_account: AccountError,
  contact_support: ContactSupportError,
  see_message: SeeMessageError,
};

// `err.name` is the class's name, as for built-in errors, whatever a minifier renames.
for (const cls of [ZegoError, ...Object.values(CLASSES)]) {
  Object.defineProperty(cls.prototype, 'name', { value: cls.name, writable: true, configurable: true });
}

/** The class `check` throws for a code of `guidance`. */
export function errorClass(guidance: Guidance): typeof ZegoError {
  const cls = Object.prototype.hasOwnProperty.call(CLASSES, guidance) ? CLASSES[guidance] : undefined;
  if (cls === undefined) {
    const Err = typeof guidance === 'string' ? RangeError : TypeError;
    throw new Err(`zego-codes: not a guidance: ${String(guidance)}`);
  }
  return cls;
}

/** The parsed JSON of an AI Agent API response. */
export interface ZegoResponse<D = unknown> {
  readonly Code: number;
  readonly Message?: string | null;
  readonly RequestId?: string | null;
  readonly Data?: D;
}

/** What `check` reads a response as: the language of the error's texts (default `'zh'`)
 * and the product whose API sent it (default `'aiagent'`). */
export interface CheckOptions {
  readonly lang?: Lang | undefined;
  readonly product?: ProductId | undefined;
}

/**
 * Returns the response's `Data` when its `Code` is 0; throws the `ZegoError` subclass of its
 * code's guidance otherwise, carrying `code`, `zegoMessage`, `requestId` and `product`. The
 * second argument is the language of the error's texts, or `{ lang, product }` for a response
 * of another product's API (its guidance and texts are that product's). A response that is not
 * an object throws a TypeError; a `Code` that is not an integer in 0..4294967295 a TypeError or
 * RangeError; an unknown product a RangeError.
 */
export function check<D = unknown>(response: ZegoResponse<D>, options: Lang | CheckOptions = 'zh'): D | undefined {
  let lang: Lang = 'zh';
  let product: ProductId = 'aiagent';
  if (typeof options === 'object' && options !== null) {
    lang = options.lang ?? 'zh';
    product = options.product ?? 'aiagent';
    langIndex(lang);
    if (product !== 'aiagent') {
      productAnswer(product, 0, lang); // a RangeError or TypeError for what is not a product
    }
  } else {
    lang = options;
  }
  if (typeof response !== 'object' || response === null) {
    throw new TypeError(`zego-codes: a response must be an object, got ${response === null ? 'null' : typeof response}`);
  }
  const code: unknown = response.Code;
  if (typeof code !== 'number' || code >>> 0 !== code) {
    throw badCode(code, 'response Code');
  }
  if (code === 0) {
    return response.Data;
  }
  const text = typeof response.Message === 'string' ? response.Message : null;
  const requestId = typeof response.RequestId === 'string' ? response.RequestId : null;
  const guidance = product === 'aiagent' ? guidanceOf(code) : productAnswer(product, code, lang).guidance;
  throw new CLASSES[guidance](code, text, requestId, lang, product);
}
