import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { scratch } from '../../test-support/temp.js';
import { markerFor, MAX_BODY_CHARS } from '../src/render.js';
import { MAX_REPORT_FILE_BYTES, readReportFile, writeReportFile } from '../src/report-file.js';

const tmp = scratch('pr-report-file');
afterAll(() => {
  tmp.cleanup();
});
const body = `${markerFor('house-prices')}\n\n## ✅ Slipway · house-prices: passed\n`;
const fileWith = (value: unknown): string => tmp.write(`r-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(value));
const rejection = `the report file is not one pr-report wrote — nothing was posted`;

describe('the report file of the fork flow', () => {
  it('reads back what mode file wrote', () => {
    const file = `${tmp.dir}/out/house-prices.json`;
    writeReportFile(file, { project: 'house-prices', pull_request: 42, body });
    expect(readReportFile(file, 'house-prices')).toEqual({ format: 1, project: 'house-prices', pull_request: 42, body });
  });

  it.each([
    [{ format: 1, project: 'abalone', pull_request: 42, body }, 'project: expected "house-prices", found "abalone"'],
    [{ format: 1, project: 'house-prices', pull_request: '42', body }, 'pull_request: expected a positive integer, found "42"'],
    [{ format: 1, project: 'house-prices', pull_request: 0, body }, 'pull_request: expected a positive integer, found 0'],
    [{ format: 1, project: 'house-prices', pull_request: 4.2, body }, 'pull_request: expected a positive integer, found 4.2'],
    [{ format: 2, project: 'house-prices', pull_request: 42, body }, 'format: expected 1'],
    [
      { format: 1, project: 'house-prices', pull_request: 42, body: '## hello' },
      'body: does not start with the marker <!-- slipway-report:house-prices -->',
    ],
    [
      { format: 1, project: 'house-prices', pull_request: 42, body: `${body}<!-- slipway-report:abalone -->` },
      'body: holds more than one report marker',
    ],
    [
      { format: 1, project: 'house-prices', pull_request: 42, body: body + 'x'.repeat(MAX_BODY_CHARS) },
      `characters, more than ${MAX_BODY_CHARS}`,
    ],
    [[1, 2], 'not a JSON object'],
  ])('rejects %j', (value, message) => {
    const file = fileWith(value);
    expect(() => readReportFile(file, 'house-prices')).toThrow(message);
    expect(() => readReportFile(file, 'house-prices')).toThrow(rejection);
  });

  it('refuses a file too large to be a report before parsing it', () => {
    const file = tmp.write('huge.json', ' '.repeat(MAX_REPORT_FILE_BYTES + 1));
    expect(() => readReportFile(file, 'house-prices')).toThrow(
      `${file}: ${MAX_REPORT_FILE_BYTES + 1} bytes, more than the ${MAX_REPORT_FILE_BYTES}`,
    );
  });

  it('says to download the artifact when the file is missing, and rejects text that is not JSON', () => {
    expect(() => readReportFile(`${tmp.dir}/none.json`, 'house-prices')).toThrow('report file not found; download the artifact');
    const file = tmp.write('text.json', 'console.log("hi")');
    writeFileSync(file, 'console.log("hi")');
    expect(() => readReportFile(file, 'house-prices')).toThrow(`${file}: not valid JSON`);
  });
});
