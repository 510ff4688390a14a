// Checks one cell against its contract column; pure, no I/O.
import type { ContractColumn } from '@slipway/shared';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const BOOLEAN = /^(true|false|0|1)$/i;

export type CellVerdict =
  | { kind: 'null' }
  | { kind: 'ok'; number?: number }
  | { kind: 'non-finite' }
  | { kind: 'type'; expected: string }
  | { kind: 'range'; number: number }
  | { kind: 'category' };

export function checkCell(column: ContractColumn, raw: string): CellVerdict {
  const value = raw.trim();
  if (value === '') return { kind: 'null' };
  switch (column.type) {
    case 'integer':
    case 'number':
      return checkNumber(column, value);
    case 'category':
      return column.categories?.includes(value) ? { kind: 'ok' } : { kind: 'category' };
    case 'boolean':
      return BOOLEAN.test(value) ? { kind: 'ok' } : { kind: 'type', expected: expectedType(column) };
    case 'string':
      return { kind: 'ok' };
  }
}

function checkNumber(column: ContractColumn, value: string): CellVerdict {
  if (NON_FINITE.test(value)) return { kind: 'non-finite' };
  if (!NUMBER.test(value)) return { kind: 'type', expected: expectedType(column) };
  const number = Number(value);
  // Digits beyond a double's range read as Infinity.
  if (!Number.isFinite(number)) return { kind: 'non-finite' };
  if (column.type === 'integer' && !Number.isInteger(number)) return { kind: 'type', expected: expectedType(column) };
  if ((column.min !== undefined && number < column.min) || (column.max !== undefined && number > column.max)) {
    return { kind: 'range', number };
  }
  return { kind: 'ok', number };
}

/** What a value of the column's type is, for "value not …" messages. */
export function expectedType(column: ContractColumn): string {
  if (column.type === 'integer') return 'an integer';
  if (column.type === 'boolean') return 'a boolean (true/false)';
  return 'a number';
}

export function rangeText(column: ContractColumn): string {
  return `[${column.min ?? '-∞'}, ${column.max ?? '∞'}]`;
}
