import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { CsvParser, type CsvRecord } from '../src/reading/csv-parser.js';
import { csvRecordFetcher, streamCsv } from '../src/reading/csv-reader.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('csv-reader-bytes');
afterAll(() => {
  tmp.cleanup();
});

/** Records and their start offsets, with the bytes pushed in pieces of `size`. */
function parseBytes(bytes: Buffer, size: number): { records: [CsvRecord, number][]; unclosed: number | undefined } {
  const records: [CsvRecord, number][] = [];
  const parser = new CsvParser(',', (record, offset) => records.push([record, offset]));
  for (let at = 0; at < bytes.length; at += size) parser.push(bytes.subarray(at, at + size));
  return { records, unclosed: parser.end() };
}

const TEXT = '\uFEFFa,b\r\n"x\r\ny",é\r\n\r\n1,"say ""hi"""\n"",\nlast,row';

describe('CsvParser over bytes', () => {
  const bytes = Buffer.from(TEXT);
  const whole = parseBytes(bytes, bytes.length);

  it('keeps CRs inside quotes, drops them outside, counts quoted newlines as lines', () => {
    expect(whole.records.map(([r]) => r)).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x\r\ny', 'é'], line: 2 },
      { fields: ['1', 'say "hi"'], line: 5 },
      { fields: ['', ''], line: 6 },
      { fields: ['last', 'row'], line: 7 },
    ]);
    expect(whole.unclosed).toBeUndefined();
  });

  it.each([1, 2, 3, 5, 7])('gives the same records and offsets when bytes arrive %i at a time', (size) => {
    expect(parseBytes(bytes, size)).toEqual(whole);
  });

  it('hands out offsets that read the same record again', async () => {
    const file = tmp.write('again.csv', TEXT);
    const again = await csvRecordFetcher(file, ',')(whole.records.map(([, offset]) => offset));
    expect(whole.records.map(([, offset]) => again.get(offset))).toEqual(whole.records.map(([record]) => record.fields));
  });

  it('hashes equal fields equally, quoted or not (a field holding the delimiter collides with two fields: the duplicate finder compares fields)', () => {
    const hashes: string[] = [];
    const parser = new CsvParser(',', (_r, _o, hash) => hashes.push(`${hash?.hi ?? ''}:${hash?.lo ?? ''}`));
    parser.push('1,x é\n"1","x é"\r\n"1,x é"\n1,"x é"\n');
    parser.end();
    expect(hashes[1]).toBe(hashes[0]);
    expect(hashes[3]).toBe(hashes[0]);
    expect(hashes[2]).toBe(hashes[0]);
    const other: string[] = [];
    new CsvParser(',', (_r, _o, hash) => other.push(`${hash?.hi ?? ''}:${hash?.lo ?? ''}`)).push('1,x e\n');
    expect(other[0]).not.toBe(hashes[0]);
  });

  it('rejects a delimiter longer than one byte, naming it', () => {
    expect(() => new CsvParser('§', () => undefined)).toThrow('format.delimiter "§" must be one single-byte character');
  });
});

describe('streamCsv over read chunks of 1 MiB', () => {
  it('checks UTF-8 across a chunk boundary that cuts a character in two', async () => {
    // 'é' is two bytes; the prefix puts its first byte last in the first 1 MiB chunk.
    const prefix = 'a\n' + 'x'.repeat(1024 * 1024 - 3) + '\n';
    const file = tmp.write('split.csv', `${prefix}é\n`);
    const values: string[] = [];
    const summary = await streamCsv(file, ',', (r) => values.push(r.fields[0] ?? ''));
    expect(summary.notText).toBeUndefined();
    expect(values.at(-1)).toBe('é');
    expect(summary.bytes).toBe(readFileSync(file).length);
  });

  it('names the offset of a bad byte in a later chunk, and of a file cut inside a character', async () => {
    const bad = tmp.write('bad.csv', '');
    const good = Buffer.from('a\n' + 'y'.repeat(1024 * 1024 + 10) + '\n');
    writeFileSync(bad, Buffer.concat([good, Buffer.from([0x62, 0xff, 0x0a])]));
    expect((await streamCsv(bad, ',', () => undefined)).notText).toBe(`byte ${good.length + 1} is not valid UTF-8; save the file as UTF-8`);
    const cut = tmp.write('cut.csv', '');
    writeFileSync(cut, Buffer.from([0x61, 0x0a, 0xe2, 0x82]));
    expect((await streamCsv(cut, ',', () => undefined)).notText).toBe('byte 2 is not valid UTF-8; save the file as UTF-8');
  });

  it('reports the first line of a quoted field left open at the end of the file', async () => {
    const file = tmp.write('open.csv', 'a,b\n1,2\n3,"never\nclosed\n');
    const lines: number[] = [];
    const summary = await streamCsv(file, ',', (r) => lines.push(r.line));
    expect(summary.unclosedQuoteLine).toBe(3);
    expect(lines).toEqual([1, 2, 3]);
  });
});
