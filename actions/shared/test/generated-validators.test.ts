// The precompiled validators must be exactly what the current schemas compile to.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../scripts/generate-validators.mjs', import.meta.url));

describe('generated validators', () => {
  it('match the JSON Schemas', () => {
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('matches the schemas');
  });
});
