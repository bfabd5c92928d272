import { guidanceInfo, guidanceOf, returns, type Guidance } from './lookup.js';
import { productAnswer, type ProductId } from './products.js';
import { checkCode, langIndex, type Lang } from './validate.js';

/**
 * A failed API call: a response whose Code is not 0, as `check` throws it. One subclass per
 * guidance (src/generated/errors.ts, from the map of every language's error classes), so
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
