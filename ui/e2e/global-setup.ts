// Trains one house-prices bundle with the real trainer for all end-to-end test files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { trainBundle } from './support/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    bundleDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const workDir = mkdtempSync(join(tmpdir(), 'slipway-ui-bundle-'));
  project.provide('bundleDir', await trainBundle(workDir));
  return () => {
    rmSync(workDir, { recursive: true, force: true });
  };
}
