import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { synthesizeTo } from '../scripts/synth.js';
import { TEST_IMAGE_TAG } from './support/test-app.js';

describe('scripts/synth.ts', () => {
  const parent = mkdtempSync(join(tmpdir(), 'slipway-synth-'));

  it('writes the three templates into the folder and lists them', () => {
    const templates = synthesizeTo(join(parent, 'cdk.out'), TEST_IMAGE_TAG);
    expect(templates.map((path) => basename(path))).toEqual([
      'Slipway-Production.template.json',
      'Slipway-Shared.template.json',
      'Slipway-Staging.template.json',
    ]);
    const staging = JSON.parse(readFileSync(templates[2]!, 'utf8')) as { Resources: Record<string, { Type: string }> };
    expect(Object.values(staging.Resources).some((r) => r.Type === 'AWS::ECS::Service')).toBe(true);
    expect(readdirSync(parent)).toEqual(['cdk.out']);
  });

  it('creates missing parent folders of the output folder', () => {
    const templates = synthesizeTo(join(parent, 'nested', 'deeper', 'out'), TEST_IMAGE_TAG);
    expect(templates).toHaveLength(3);
    expect(readdirSync(join(parent, 'nested', 'deeper'))).toEqual(['out']);
  });

  it('leaves neither the folder nor a partial one when synthesis fails', () => {
    expect(() => synthesizeTo(join(parent, 'broken.out'), 'not-a-sha')).toThrow(/is not a git SHA|"not-a-sha"/);
    expect(existsSync(join(parent, 'broken.out'))).toBe(false);
    expect(readdirSync(parent).sort()).toEqual(['cdk.out', 'nested']);
  });
});
