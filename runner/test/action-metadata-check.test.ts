import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createActionMetadataValidator } from '../src/action-metadata-check.js';
import { tempDir } from './fixture-actions.js';

const validate = createActionMetadataValidator();

function write(text: string): string {
  const file = join(tempDir('slipway-meta-'), 'action.yml');
  writeFileSync(file, text);
  return file;
}

const GOOD = `name: x
description: d
inputs:
  project:
    description: p
    required: true
    default: a
outputs:
  passed:
    description: o
runs:
  using: node24
  main: dist/index.js
branding:
  icon: check-circle
  color: green
`;

describe('action metadata validation (SchemaStore github-action schema)', () => {
  it('accepts a node24 JavaScript action', () => {
    expect(validate(write(GOOD))).toEqual([]);
  });

  it('names the file, the path and the unknown key', () => {
    const file = write(GOOD.replace('    required: true', '    requried: true'));
    expect(validate(file)).toContain(`${file}: inputs.project: unknown key "requried"`);
  });

  it('requires descriptions on inputs and outputs', () => {
    const file = write(GOOD.replace('    description: o\n', '    value: v\n'));
    expect(validate(file).join('\n')).toMatch(/outputs\.passed: (must have required property 'description'|unknown key "value")/);
  });

  it('rejects an unknown runtime and an unknown branding icon', () => {
    const file = write(GOOD.replace('node24', 'node99').replace('check-circle', 'rocket'));
    const problems = validate(file).join('\n');
    expect(problems).toMatch(/runs\.using: must be equal to one of the allowed values/);
    expect(problems).toMatch(/branding\.icon/);
  });

  it('accepts every action.yml in this repository', () => {
    const actions = resolve(import.meta.dirname, '..', '..', 'actions');
    const files = readdirSync(actions, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(actions, d.name, 'action.yml'))
      .filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(validate)).toEqual([]);
  });
});
