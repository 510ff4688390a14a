import { describe, expect, it } from '@jest/globals';
import { trainerArgs, trainerErrorLine, trainerFailure } from '../src/backends/trainer-command.js';

describe('trainer command line', () => {
  it('passes only the options that were given', () => {
    expect(trainerArgs({ specFile: '/w/ml/projects/a.yaml', outputDir: '/o', workspace: '/w' }, '/t/r.json')).toEqual([
      '-m',
      'slipway_ml',
      'train',
      '--project',
      '/w/ml/projects/a.yaml',
      '--output-dir',
      '/o',
      '--result-file',
      '/t/r.json',
      '--data-root',
      '/w/data',
    ]);
    const full = trainerArgs(
      {
        specFile: 's',
        outputDir: 'o',
        workspace: '/w',
        dataFile: '/d.csv',
        seed: 0,
        overrides: { xgboost: { max_depth: 4 } },
        trackingUri: 'file:/m',
        gitSha: 'abc',
        productionBundle: 's3://b/prod.tar.gz',
      },
      'r',
    );
    expect(full.slice(11)).toEqual([
      '--data',
      '/d.csv',
      '--seed',
      '0',
      '--overrides',
      '{"xgboost":{"max_depth":4}}',
      '--tracking-uri',
      'file:/m',
      '--git-sha',
      'abc',
      '--production-bundle',
      's3://b/prod.tar.gz',
    ]);
  });
});

describe('trainer failures', () => {
  it("surfaces the trainer's own error line", () => {
    const stderr = 'Traceback...\nerror: data.csv: row 7, column sqft: "abc" is not a number — fix the row\n';
    expect(trainerErrorLine(stderr)).toBe('data.csv: row 7, column sqft: "abc" is not a number — fix the row');
    expect(trainerFailure({ python: 'p', exitCode: 2, stderr })).toBe('data.csv: row 7, column sqft: "abc" is not a number — fix the row');
  });
  it('explains a missing slipway_ml module', () => {
    const stderr = '/usr/bin/python3: No module named slipway_ml\n';
    expect(trainerFailure({ python: 'python3', exitCode: 1, stderr })).toMatch(
      /^python "python3": slipway_ml is not importable; install the trainer/,
    );
  });
  it('falls back to the exit code and the last stderr lines', () => {
    expect(trainerFailure({ python: 'p', exitCode: 1, stderr: 'a\nb\n' })).toBe('trainer exited with code 1: a | b');
    expect(trainerFailure({ python: 'p', exitCode: 137, stderr: '' })).toBe('trainer exited with code 137');
  });
});
