// Trains one house-prices bundle and one abalone bundle (on the real data) with the real trainer
// for all end-to-end test files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { trainBundle } from './support/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    bundleDir: string;
    abaloneBundleDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const workDir = mkdtempSync(join(tmpdir(), 'slipway-ui-bundle-'));
  const [houses, abalone] = await Promise.all([trainBundle(workDir), trainBundle(workDir, 'abalone')]);
  project.provide('bundleDir', houses);
  project.provide('abaloneBundleDir', abalone);
  return () => {
    rmSync(workDir, { recursive: true, force: true });
  };
}
