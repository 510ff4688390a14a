import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSha256 } from '../src/file-sha256.js';
import { scratch } from '../../test-support/temp.js';

const tmp = scratch('file-sha256');
afterAll(() => {
  tmp.cleanup();
});

describe('fileSha256', () => {
  it('hashes a file longer than one read chunk to the digest of its whole bytes', () => {
    const bytes = randomBytes((4 << 20) * 2 + 12_345);
    const file = join(tmp.dir, 'large.bin');
    writeFileSync(file, bytes);
    expect(fileSha256(file)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes an empty file', () => {
    expect(fileSha256(tmp.write('empty.csv', ''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('fails with the error code for a missing file', () => {
    expect(() => fileSha256(join(tmp.dir, 'missing.csv'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
