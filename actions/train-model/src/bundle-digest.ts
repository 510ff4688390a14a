// The bundle's digests, which the inference server checks before it unpickles anything
// (SLIPWAY_BUNDLE_SHA256, docs/API.md "Verified bundles"): the tarball's sha256, and the sha256
// of the folder's SHA256SUMS manifest, for a server given the unpacked folder.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

const CHUNK = 4 << 20;

export const SUMS_FILE = 'SHA256SUMS';

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

export interface BundleDigests {
  /** sha256 of the bundle's .tar.gz. */
  tarball: string;
  /** sha256 of the bundle folder's SHA256SUMS. */
  manifest: string;
}

export function bundleDigests(bundleDir: string, bundleTarball: string): BundleDigests {
  const sums = join(bundleDir, SUMS_FILE);
  if (!existsSync(sums)) {
    throw new Error(`${sums}: missing; the trainer writes it since bundles are verified (update slipway_ml in the python environment)`);
  }
  return { tarball: fileSha256(bundleTarball), manifest: fileSha256(sums) };
}
