import { guidanceOf, type Guidance } from './lookup.js';
import { productAnswer, type ProductId } from './products.js';
import { badCode, langIndex, type Lang } from './validate.js';
import { ZegoError } from './zego-error.js';
import { CLASSES } from './generated/errors.js';

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
