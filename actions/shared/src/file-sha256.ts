// A file's sha256, read in chunks: a dataset or bundle tarball is never held whole in memory.
// Synchronous on purpose: validate-data hashes on worker threads, and the actions have nothing
// else to do while they hash.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 4 << 20;

export function fileSha256(file: string): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
