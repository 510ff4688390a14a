// The generated code must be exactly what the current schemas in schemas/ generate: the
// precompiled validators and the TypeScript types (scripts/generate-schema-code.mjs; the Python
// models are checked by ml/tests/test_document_schemas.py).
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const validators = fileURLToPath(new URL('../scripts/generate-validators.mjs', import.meta.url));
const schemaCode = fileURLToPath(new URL('../../../scripts/generate-schema-code.mjs', import.meta.url));

describe('generated code', () => {
  it('validators match the JSON Schemas', () => {
    expect(execFileSync(process.execPath, [validators, '--check'], { encoding: 'utf8' })).toContain('matches the schemas');
  });

  it('TypeScript types match the JSON Schemas', () => {
    expect(execFileSync(process.execPath, [schemaCode, '--check', '--only', 'ts'], { encoding: 'utf8' })).toContain(
      'generated files match the schemas',
    );
  });
});

describe('the stale check', () => {
  it('names a stale generated file and the command that regenerates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-'));
    const stale = join(dir, 'documents.ts');
    writeFileSync(stale, '// an old copy\n');
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [schemaCode, '--check', '--only', 'ts'], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, SLIPWAY_GENERATED_TS_FILE: stale },
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('documents.ts: stale (differs from what the schemas generate); run `npm run generate`');
  });
});
