// Reading cells straight from bytes for the common case — a plain decimal, an exact category —
// with results identical to cells.ts on the decoded text. Anything else (spaces, a sign '+',
// an exponent, more than 15 digits, non-ASCII) is left to cells.ts, so every message about a bad
// value still comes from one place.
import type { ContractColumn } from '@slipway/shared';

const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
/** 15 decimal digits always fit a double's 53-bit mantissa exactly. */
const MAX_DIGITS = 15;
const POW10 = Array.from({ length: MAX_DIGITS + 1 }, (_, i) => 10 ** i);

export interface ParsedDecimal {
  value: number;
  /** String(value) is the cell's exact text (so the text need not be built to count it). */
  canonical: boolean;
}

/**
 * Parses [-]digits[.digits] with at most 15 digits; false for anything else. With an exact
 * integer mantissa below 2^53 and an exact power of ten, one division rounds once, so the value
 * equals Number(text) (Clinger's fast path).
 */
export function parsePlainDecimal(data: Uint8Array, start: number, end: number, out: ParsedDecimal): boolean {
  let i = start;
  const negative = data[i] === MINUS;
  if (negative) i += 1;
  const intStart = i;
  let mantissa = 0;
  while (i < end) {
    const byte = data[i] ?? 0;
    if (byte < ZERO || byte > NINE) break;
    mantissa = mantissa * 10 + (byte - ZERO);
    i += 1;
  }
  const intDigits = i - intStart;
  if (intDigits === 0) return false;
  let fracDigits = 0;
  const dot = i < end && data[i] === DOT;
  if (dot) {
    i += 1;
    while (i < end) {
      const byte = data[i] ?? 0;
      if (byte < ZERO || byte > NINE) return false;
      mantissa = mantissa * 10 + (byte - ZERO);
      i += 1;
      fracDigits += 1;
    }
  }
  if (i !== end || intDigits + fracDigits > MAX_DIGITS) return false;
  const magnitude = fracDigits === 0 ? mantissa : mantissa / (POW10[fracDigits] ?? 1);
  out.value = negative ? -magnitude : magnitude;
  out.canonical =
    (!negative || mantissa !== 0) &&
    (intDigits === 1 || data[intStart] !== ZERO) &&
    (dot ? fracDigits >= 1 && fracDigits <= 6 && data[end - 1] !== ZERO : true);
  return true;
}

const NEVER = Buffer.alloc(0);

/** The contract's categories as UTF-8 bytes, to match cells without decoding them. */
class CategoryMatcher {
  private readonly bytes: Buffer[];

  constructor(readonly names: readonly string[]) {
    // A name with outer spaces or an empty one never matches: cells.ts trims before comparing.
    this.bytes = names.map((name) => (name !== '' && name === name.trim() ? Buffer.from(name) : Buffer.alloc(0)));
  }

  /** The index of the category whose bytes are exactly data[start, end), or -1. */
  match(data: Buffer, start: number, end: number): number {
    const length = end - start;
    if (length === 0) return -1;
    for (let k = 0; k < this.bytes.length; k++) {
      const candidate = this.bytes[k] ?? NEVER;
      if (candidate.length !== length) continue;
      let same = true;
      for (let j = 0; j < length; j++) {
        if (candidate[j] !== data[start + j]) {
          same = false;
          break;
        }
      }
      if (same) return k;
    }
    return -1;
  }
}

export const SLOW = 0;
export const NUMBER = 1;
export const CATEGORY = 2;

/** How the fast path reads a column (one object shape for every kind, so the row loop stays monomorphic). */
export interface FastColumn {
  kind: typeof SLOW | typeof NUMBER | typeof CATEGORY;
  integer: boolean;
  min: number;
  max: number;
  matcher: CategoryMatcher | null;
}

export function fastColumn(column: ContractColumn): FastColumn {
  const numeric = column.type === 'integer' || column.type === 'number';
  const categories = column.type === 'category' && column.categories !== undefined ? new CategoryMatcher(column.categories) : null;
  return {
    kind: numeric ? NUMBER : categories === null ? SLOW : CATEGORY,
    integer: column.type === 'integer',
    min: numeric ? (column.min ?? -Infinity) : 0,
    max: numeric ? (column.max ?? Infinity) : 0,
    matcher: categories,
  };
}
