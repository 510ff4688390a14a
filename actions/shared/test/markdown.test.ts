import { describe, expect, it } from '@jest/globals';
import { formatNumber, formatPercent, markdownTable } from '../src/markdown.js';

describe('markdownTable', () => {
  it('escapes pipes and newlines so a cell cannot break the table', () => {
    const table = markdownTable({ headers: ['a', 'b'], rows: [['x|y', 'line1\nline2']], align: ['left', 'right'] });
    expect(table).toBe('| a | b |\n| --- | ---: |\n| x\\|y | line1<br>line2 |');
  });
  it('rejects a row with the wrong number of cells', () => {
    expect(() => markdownTable({ headers: ['a', 'b'], rows: [['only one']] })).toThrow('table row has 1 cells, the header has 2');
  });
  it('escapes backslashes before pipes', () => {
    expect(markdownTable({ headers: ['a'], rows: [['a\\|b']] }).split('\n')[2]).toBe('| a\\\\\\|b |');
  });
});

describe('number formatting', () => {
  it('groups thousands and keeps one decimal for large values', () => {
    expect(formatNumber(21874.23)).toBe('21,874.2');
    expect(formatNumber(-1234567)).toBe('-1,234,567');
  });
  it('keeps four significant digits for small values', () => {
    expect(formatNumber(0.0123456)).toBe('0.01235');
    expect(formatNumber(4.56789)).toBe('4.568');
    expect(formatNumber(0)).toBe('0');
  });
  it('spells out missing and non-finite values', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(null)).toBe('—');
  });
  it('formats fractions as percentages', () => {
    expect(formatPercent(0.0512, { signed: true })).toBe('+5.12 %');
    expect(formatPercent(-0.1)).toBe('-10.00 %');
  });
});
