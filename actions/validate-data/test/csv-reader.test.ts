import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { CsvParser, type CsvRecord } from '../src/reading/csv-parser.js';
import { sniffDelimiter, streamCsv } from '../src/reading/csv-reader.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('csv-reader');
afterAll(() => {
  tmp.cleanup();
});

function parse(text: string, pieces: 'whole' | 'chars'): { records: CsvRecord[]; unclosed: number | undefined } {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(',', (r) => records.push(r));
  if (pieces === 'whole') parser.push(text);
  else for (const char of text) parser.push(char);
  return { records, unclosed: parser.end() };
}

describe('CsvParser', () => {
  const text = '\r\na,b,c\r\n1,"x, y",3\n\n"say ""hi""","two\nlines",\n4,5,6';
  it.each(['whole', 'chars'] as const)('splits records the same way however the text is chunked (%s)', (pieces) => {
    const { records, unclosed } = parse(text, pieces);
    expect(unclosed).toBeUndefined();
    expect(records).toEqual([
      { fields: ['a', 'b', 'c'], line: 2 },
      { fields: ['1', 'x, y', '3'], line: 3 },
      { fields: ['say "hi"', 'two\nlines', ''], line: 5 },
      { fields: ['4', '5', '6'], line: 7 },
    ]);
  });

  it('reports the line of a quoted field that is never closed', () => {
    const { records, unclosed } = parse('a,b\n1,"open\n2,3\n', 'whole');
    expect(unclosed).toBe(2);
    expect(records[1]).toEqual({ fields: ['1', 'open\n2,3\n'], line: 2 });
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parse('a,b\n5" pipe,2\n', 'whole').records[1]?.fields).toEqual(['5" pipe', '2']);
  });
});

describe('streamCsv', () => {
  it('hashes the exact bytes and decodes UTF-8 split across read chunks, dropping the BOM', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},café été`);
    const file = tmp.write('big.csv', `\uFEFFid,note\n${rows.join('\n')}\n`);
    const notes = new Set<string>();
    let header: string[] = [];
    let count = 0;
    const summary = await streamCsv(file, ',', (r) => {
      if (r.line === 1) header = r.fields;
      else notes.add(r.fields[1] ?? '');
      count += 1;
    });
    expect(header).toEqual(['id', 'note']);
    expect(count).toBe(20_001);
    expect([...notes]).toEqual(['café été']);
    expect(summary.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(summary.bytes).toBe(readFileSync(file).length);
    expect(summary.notText).toBeUndefined();
  });

  it('says a file with a NUL byte is binary, and invalid UTF-8 is not UTF-8', async () => {
    const binary = tmp.write('bin.csv', '');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a]));
    expect((await streamCsv(binary, ',', () => undefined)).notText).toBe('a NUL byte at byte 4: this is a binary file, not CSV text');
    const latin1 = tmp.write('latin1.csv', '');
    writeFileSync(latin1, Buffer.from([0x61, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect((await streamCsv(latin1, ',', () => undefined)).notText).toBe('byte 5 is not valid UTF-8; save the file as UTF-8');
  });
});

describe('sniffDelimiter', () => {
  it('picks the most frequent usual delimiter of a header line', () => {
    expect(sniffDelimiter('a;b;c')).toBe(';');
    expect(sniffDelimiter('a\tb')).toBe('\t');
    expect(sniffDelimiter('price')).toBeUndefined();
  });
});
