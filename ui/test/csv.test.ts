import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from '../src/lib/csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and CRLF, keeping each record line', () => {
    const text = '\uFEFFa,b\r\n1,"x, ""y"""\r\n\r\n2,"multi\nline"\n3,z';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x, "y"'] },
      { line: 4, cells: ['2', 'multi\nline'] },
      { line: 6, cells: ['3', 'z'] },
    ]);
  });

  it('keeps empty trailing cells', () => {
    expect(parseCsv('a,b,\n')).toEqual([{ line: 1, cells: ['a', 'b', ''] }]);
  });

  it('names the line of a quote that is never closed', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(
      new CsvSyntaxError('line 2: a quoted field is never closed; add the closing double quote'),
    );
  });
});

describe('toCsv', () => {
  it('quotes only cells that need it and round-trips through parseCsv', () => {
    const text = toCsv(
      ['name', 'value'],
      [
        ['plain', 1],
        ['with, comma', 2.5],
        ['say "hi"', true],
      ],
    );
    expect(text).toBe('name,value\r\nplain,1\r\n"with, comma",2.5\r\n"say ""hi""",true\r\n');
    expect(parseCsv(text).map((record) => record.cells)).toEqual([
      ['name', 'value'],
      ['plain', '1'],
      ['with, comma', '2.5'],
      ['say "hi"', 'true'],
    ]);
  });
});
