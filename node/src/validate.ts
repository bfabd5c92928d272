/** The language of a text: `'zh'` for ZEGO's Chinese pages (the default), `'en'` for English. */
export type Lang = 'zh' | 'en';

/**
 * `code` itself when it is an integer in 0 to 4294967295; otherwise a TypeError (not a
 * number) or RangeError (NaN, fractional, negative or too large), never a wrong answer.
 */
export function checkCode(code: unknown): number {
  if (typeof code === 'number' && code >>> 0 === code) {
    return code >>> 0; // -0 becomes 0
  }
  throw badCode(code, 'code');
}

export function badCode(code: unknown, what: string): Error {
  if (typeof code !== 'number') {
    return new TypeError(`zego-codes: ${what} must be a number, got ${describe(code)}`);
  }
  return new RangeError(`zego-codes: ${what} must be an integer in 0..4294967295, got ${code}`);
}

/** 0 for `'zh'`, 1 for `'en'`; otherwise a TypeError (not a string) or RangeError. */
export function langIndex(lang: unknown): 0 | 1 {
  if (lang === 'zh') {
    return 0;
  }
  if (lang === 'en') {
    return 1;
  }
  throw badLang(lang);
}

export function badLang(lang: unknown): Error {
  return typeof lang === 'string'
    ? new RangeError(`zego-codes: lang must be 'zh' or 'en', got ${JSON.stringify(lang)}`)
    : new TypeError(`zego-codes: lang must be 'zh' or 'en', got ${describe(lang)}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') {
    return `string ${JSON.stringify(value)}`;
  }
  if (typeof value === 'bigint') {
    return `bigint ${value}n`;
  }
  return value === null ? 'null' : typeof value;
}
