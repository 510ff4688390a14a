import { describe, expect, it } from '@jest/globals';
import { isUsageError, parseArgs } from '../src/args.js';

function usageErrorOf(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(isUsageError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads every option, in both --name value and --name=value forms', () => {
    expect(
      parseArgs(['--project', 'abalone', '--data=/d.csv', '--seed', '7', '--run-dir', 'out', '--reference-profile', 'p.json']),
    ).toEqual({
      kind: 'run',
      args: { project: 'abalone', data: '/d.csv', seed: 7, runDir: 'out', referenceProfile: 'p.json' },
    });
  });

  it('leaves optional values out when not given', () => {
    expect(parseArgs(['--project=house-prices'])).toEqual({ kind: 'run', args: { project: 'house-prices' } });
  });

  it('returns help wherever --help appears', () => {
    expect(parseArgs(['--project', 'x', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it('requires --project, with an example', () => {
    expect(usageErrorOf([])).toMatch(/--project is required — e.g. --project house-prices/);
  });

  it('names an unknown argument and lists the options', () => {
    expect(usageErrorOf(['--project', 'a', '--sed', '1'])).toMatch(
      /unknown argument "--sed" — options are --project, --data, --seed, --run-dir/,
    );
  });

  it('rejects an option missing its value, including when the next token is another option', () => {
    expect(usageErrorOf(['--project'])).toMatch(/--project needs a value/);
    expect(usageErrorOf(['--data', '--project', 'a'])).toMatch(/--data needs a value/);
  });

  it('rejects a seed that is not a non-negative integer', () => {
    for (const bad of ['4.2', 'abc', '-1', '1e3']) {
      expect(usageErrorOf(['--project', 'a', '--seed', bad])).toMatch(`--seed: "${bad}" is not a non-negative integer`);
    }
  });

  it('rejects an option given twice', () => {
    expect(usageErrorOf(['--project', 'a', '--project', 'b'])).toMatch(/--project given twice/);
  });

  it('takes an s3:// --data with the sha256 it must have and, optionally, its version', () => {
    const sha = 'a'.repeat(64);
    expect(
      parseArgs(['--project', 'abalone', '--data', 's3://b/incoming/abalone/n.csv', '--data-sha256', sha, '--data-version', 'v1']),
    ).toEqual({
      kind: 'run',
      args: { project: 'abalone', data: 's3://b/incoming/abalone/n.csv', dataSha256: sha, dataVersion: 'v1' },
    });
  });

  it('refuses an s3:// --data without a well-formed sha256, and the s3 options without one', () => {
    expect(usageErrorOf(['--project', 'a', '--data', 's3://b/k.csv'])).toMatch(/--data s3:\/\/… needs --data-sha256/);
    expect(usageErrorOf(['--project', 'a', '--data', 's3://b/k.csv', '--data-sha256', 'ABC'])).toMatch(
      /--data-sha256: "ABC" is not 64 lowercase hex digits/,
    );
    expect(usageErrorOf(['--project', 'a', '--data', 'local.csv', '--data-version', 'v1'])).toMatch(/go with an s3:\/\/ --data/);
  });
});
