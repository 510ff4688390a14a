// The bundle's digests, which the inference server checks before it unpickles anything
// (SLIPWAY_BUNDLE_SHA256, docs/API.md "Verified bundles"): the tarball's sha256, and the sha256
// of the folder's SHA256SUMS manifest, for a server given the unpacked folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileSha256 } from '@slipway/shared';

export const SUMS_FILE = 'SHA256SUMS';

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
