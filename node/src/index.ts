/**
 * zego-codes: every return code of ZEGO's AI Agent server API and every exception event code
 * its callbacks deliver, with ZEGO's Chinese and English texts, stable names, categories,
 * what a caller should do, and typed errors for failed calls; and every other ZEGO server
 * product's codes by product (`productMessage(Product.RTC, code)`, `productInfo`,
 * `definitions`, `check(response, { product })`). No dependencies and no host API: it runs in
 * Node.js 18+, Deno, Bun, workers and browsers.
 *
 * @packageDocumentation
 */

export { ZegoCode, ZegoEventCode } from './generated/codes.js';
export type { Lang } from './validate.js';
export {
  eventInfo,
  eventMessage,
  eventSuggestion,
  guidanceInfo,
  guidanceOf,
  info,
  message,
  suggestion,
  type Category,
  type CodeInfo,
  type EventCategory,
  type Guidance,
  type GuidanceInfo,
} from './lookup.js';
export { Product, ProductCode, ProductEventCode, type ProductSections } from './generated/products.js';
export {
  definitions,
  isProductId,
  productDetails,
  productEventMessage,
  productEventSuggestion,
  productFromHost,
  productInfo,
  productLookup,
  productMessage,
  productSuggestion,
  type Kind,
  type LookupOptions,
  type Meaning,
  type ProductCodeInfo,
  type ProductDetails,
  type ProductId,
  type ProductLookup,
} from './products.js';
export { check, type CheckOptions, errorClass, type ZegoResponse } from './errors.js';
export { ZegoError } from './zego-error.js';
export {
  AccountError,
  ConflictError,
  ContactSupportError,
  InvalidRequestError,
  NoActionError,
  NotFoundError,
  RateLimitError,
  SeeMessageError,
  ServiceUnavailableError,
  SignatureError,
  UnknownCodeError,
  WrongStateError,
} from './generated/errors.js';

import type { ZegoCode as Codes, ZegoEventCode as EventCodes } from './generated/codes.js';
/** A return code the catalog holds, such as `ZegoCode.AGENT_INSTANCE_NOT_FOUND`. */
export type ZegoCode = (typeof Codes)[keyof typeof Codes];
/** A callback exception event code the catalog holds, such as `ZegoEventCode.LLM_ERROR`. */
export type ZegoEventCode = (typeof EventCodes)[keyof typeof EventCodes];
