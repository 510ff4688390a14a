// action.yml checked as a reviewer would: schema-valid, inputs reach shell only through env:,
// third-party actions pinned by commit with a version comment, and every output wired to a
// step output that exists.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActionMetadataValidator } from '../../../runner/src/action-metadata-check.js';
import { action, actionFile, actionText, environmentOf, expressions, outputsWrittenBy, scriptOf, type Step } from './action-file.js';
import { actionDir } from './script-runner.js';

// Outputs the pinned third-party actions document (their READMEs at the pinned versions).
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'aws-actions/amazon-ecr-login': ['registry'],
  'docker/setup-buildx-action': ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
  'docker/build-push-action': ['imageid', 'digest', 'metadata'],
  'actions/attest-build-provenance': ['bundle-path', 'attestation-id', 'attestation-url'],
};

const steps = action.runs.steps;

/** Every string value in a step (env, with, if, run), for expression scanning. */
function stepStrings(step: Step): string[] {
  return [step.if, step.run, ...Object.values(step.env ?? {}), ...Object.values(step.with ?? {})].filter(
    (value): value is string => typeof value === 'string',
  );
}

/** The outputs a step can produce: its script's write_output names or the action's documented outputs. */
function outputsOf(step: Step): string[] {
  const script = scriptOf(step);
  if (script) return outputsWrittenBy(script);
  const owner = step.uses?.split('@')[0] ?? '';
  return THIRD_PARTY_OUTPUTS[owner] ?? [];
}

describe('action.yml', () => {
  it('is valid against the github-action schema', () => {
    expect(createActionMetadataValidator()(actionFile)).toEqual([]);
  });

  it('passes zizmor (template injection, unpinned uses, excessive permissions) with no findings', () => {
    const zizmor = join(actionDir, '..', '..', 'ml', '.venv', 'bin', 'zizmor');
    expect({ zizmor, installed: existsSync(zizmor) }).toEqual({ zizmor, installed: true }); // `make install` provides it
    const result = spawnSync(zizmor, ['--offline', '--persona', 'pedantic', actionFile], { encoding: 'utf8' });
    expect(result.stdout).toContain('No findings to report.');
    expect(result.status).toBe(0);
  });

  it('is a composite action whose shell steps use bash', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of steps.filter((s) => s.run !== undefined)) expect(step.shell).toBe('bash');
  });

  it('uses only declared inputs in its expressions', () => {
    const used = new Set(expressions(actionText).flatMap((e) => [...e.matchAll(/\binputs\.([a-z0-9-]+)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('has no expression inside any run: block (inputs reach shell only through env:)', () => {
    const runs = steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
    expect(runs).toHaveLength(6);
    for (const run of runs) expect(run).not.toContain('${{');
  });

  it('pins every uses: by a 40-hex commit SHA with a # vX.Y.Z comment', () => {
    const lines = actionText.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(lines).toHaveLength(steps.filter((s) => s.uses).length);
    for (const line of lines) {
      expect(line).toMatch(/^\s*(-\s+)?uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('gives every step an id that is unique, and calls scripts that exist', () => {
    const ids = steps.flatMap((s) => (s.id ? [s.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of steps.filter((s) => s.run !== undefined)) {
      const script = scriptOf(step);
      expect(script).toBeDefined();
      expect(readFileSync(join(actionDir, 'scripts', script!), 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*\nset -euo pipefail\n/);
    }
  });

  it('passes each script exactly the variables its header names, and the script reads them', () => {
    for (const step of steps.filter((s) => s.run !== undefined)) {
      const script = scriptOf(step)!;
      const declared = environmentOf(script);
      expect({ script, env: Object.keys(step.env ?? {}).sort() }).toEqual({ script, env: [...declared].sort() });
      const text = readFileSync(join(actionDir, 'scripts', script), 'utf8');
      for (const name of declared)
        expect({ script, name, read: text.includes(`\${${name}`) || text.includes(`"${name}"`) }).toEqual({ script, name, read: true });
    }
  });

  it('reads only step outputs that an earlier step produces', () => {
    steps.forEach((step, index) => {
      for (const expression of stepStrings(step).flatMap(expressions)) {
        for (const [, id, output] of expression.matchAll(/\bsteps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+)/g)) {
          const producer = steps.findIndex((s) => s.id === id);
          expect({ reader: step.name, id, producerFound: producer >= 0 && producer < index }).toEqual({
            reader: step.name,
            id,
            producerFound: true,
          });
          expect({ reader: step.name, id, outputs: outputsOf(steps[producer]!) }).toEqual({
            reader: step.name,
            id,
            outputs: expect.arrayContaining([output]),
          });
        }
      }
    });
  });

  it('wires every declared output to an output a run step writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['api-image', 'ui-image', 'api-digest', 'ui-digest', 'api-image-ref', 'ui-image-ref', 'model-version'].sort(),
    );
    for (const [name, output] of Object.entries(action.outputs)) {
      const match = /^\$\{\{ steps\.([a-z0-9-]+)\.outputs\.([a-z0-9-]+) \}\}$/.exec(output.value);
      expect({ name, wired: match !== null }).toEqual({ name, wired: true });
      const producer = steps.find((s) => s.id === match![1]);
      expect(producer && scriptOf(producer) ? outputsWrittenBy(scriptOf(producer)!) : []).toContain(match![2]);
    }
  });

  it('builds from a local path context (a Git context would not see the staged bundle), with a cache scope per image', () => {
    const builds = steps.filter((s) => s.uses?.startsWith('docker/build-push-action@'));
    expect(builds.map((s) => s.with?.context)).toEqual(['${{ inputs.api-context }}', '${{ inputs.ui-context }}']);
    for (const build of builds) {
      const scope = /scope=(\$\{\{ steps\.names\.outputs\.(api|ui)-cache-scope \}\})/.exec(String(build.with?.['cache-from']))?.[1];
      expect(scope).toBeDefined();
      expect(build.with?.['cache-from']).toBe(`type=gha,scope=${scope!}`);
      expect(build.with?.['cache-to']).toBe(`type=gha,mode=max,scope=${scope!}`);
      expect(build.with?.push).toBe(true);
    }
  });

  it('stages the bundle before the API build and attests after the digests are checked', () => {
    const order = steps.map((s) => s.id ?? s.uses?.split('@')[0]);
    const at = (key: string) => order.indexOf(key);
    expect(at('validate')).toBe(0);
    expect(at('validate')).toBeLessThan(at('ecr'));
    expect(at('stage')).toBeLessThan(at('build-api'));
    expect(at('build-ui')).toBeLessThan(at('record'));
    expect(order.indexOf('actions/attest-build-provenance')).toBeGreaterThan(at('record'));
  });
});
