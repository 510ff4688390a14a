// The whole local pipeline as a user runs it: the CLI process, the real bundled actions under
// Node 24, the real Python trainer in ml/.venv, and the real data mirror.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tempDir } from './fixture-actions.js';

const root = resolve(import.meta.dirname, '..', '..');
const mirror = process.env.SLIPWAY_DATA_MIRROR ?? resolve(root, '..', 'shared', 'data');

function pipeline(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'runner', 'src', 'cli.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SLIPWAY_DATA_MIRROR: mirror, INIT_CWD: root },
      timeout: 240_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const originalHousePrices = join(mirror, 'house-prices', 'house_data.csv');
// GitHub's hosted runners have no ../shared/data (data is never copied into the repository);
// everywhere else a missing mirror is a failure, not a skip.
const itWithMirror = existsSync(originalHousePrices) || process.env.GITHUB_ACTIONS !== 'true' ? it : it.skip;

function onlyRunFolder(parent: string): string {
  const entries = readdirSync(parent);
  expect(entries).toHaveLength(1);
  return join(parent, entries[0] ?? '');
}

describe('npm run pipeline (integration)', () => {
  it('runs house-prices end to end and writes the run folder with both reports', () => {
    const runs = tempDir('slipway-runs-');
    const { status, stdout, stderr } = pipeline(['--project', 'house-prices', '--run-dir', runs]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/✓ validate-data [\d.]+ m?s/);
    expect(stdout).toMatch(/✓ train-model [\d.]+ m?s/);
    expect(stdout).toMatch(/✓ quality-gate [\d.]+ m?s/);
    const runDir = onlyRunFolder(runs);
    expect(runDir).toMatch(/\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-house-prices$/);
    expect(stdout).toContain(join(runDir, 'report.html'));

    const bundles = readdirSync(join(runDir, 'bundles')).filter((f) => !f.endsWith('.tar.gz'));
    expect(bundles).toHaveLength(1);
    const bundle = join(runDir, 'bundles', bundles[0] ?? '');
    const metrics = JSON.parse(readFileSync(join(bundle, 'metrics.json'), 'utf8')) as { chosen: string; candidates: { name: string }[] };
    const sample = JSON.parse(readFileSync(join(bundle, 'predictions_sample.json'), 'utf8')) as { actual: number[] };
    const importance = JSON.parse(readFileSync(join(bundle, 'feature_importance.json'), 'utf8')) as { feature: string }[];

    const html = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(html.match(/<circle class="pt"/g)).toHaveLength(sample.actual.length);
    expect(html.match(/<rect class="bar"/g)).toHaveLength(importance.length);
    expect(html).toContain(`${metrics.chosen} (chosen)`);
    for (const c of metrics.candidates) expect(html).toContain(`<td>${c.name}`);
    const md = readFileSync(join(runDir, 'report.md'), 'utf8');
    expect(md).toContain('## Step summary: gate (quality-gate)');
    const fingerprint = JSON.parse(readFileSync(join(bundle, 'fingerprint.json'), 'utf8')) as { sha256: string };
    expect(md).toContain(`| data sha256 | ${fingerprint.sha256} |`);
    expect(readdirSync(join(runDir, 'summaries')).sort()).toEqual([
      'gate-quality-gate.md',
      'train-train-model.md',
      'validate-validate-data.md',
    ]);
    // The file validated is the file trained on: the same bytes.
    const validation = JSON.parse(readFileSync(join(runDir, 'validation', 'report.json'), 'utf8')) as {
      sha256?: string;
      fingerprint?: { sha256: string };
    };
    expect(validation.fingerprint?.sha256 ?? validation.sha256).toBe(fingerprint.sha256);
    expect(md).toContain('| data checks | passed (0 errors,');
    expect(existsSync(join(runDir, '.runner-temp'))).toBe(false);
  }, 300_000);

  itWithMirror(
    'trains on the original 84-row file and stops at the quality gate it honestly fails',
    () => {
      const runs = tempDir('slipway-runs-');
      // Blank first line, other column order; the leak-free model misses the MAE/RMSE gates here.
      const { status, stdout, stderr } = pipeline(['--project', 'house-prices', '--data', originalHousePrices, '--run-dir', runs]);
      expect(status).toBe(1);
      expect(stdout).toMatch(/✓ train-model/);
      expect(stdout).toMatch(/✗ quality-gate/);
      expect(stderr).toMatch(/✗ quality-gate: .*(mae|rmse)/);
      const runDir = onlyRunFolder(runs);
      expect(runDir).toMatch(/-house-prices\.failed$/);
      expect(existsSync(join(runDir, 'report.html'))).toBe(false);
      expect(existsSync(join(runDir, 'report.md'))).toBe(false);
      expect(readFileSync(join(runDir, 'summaries', 'gate-quality-gate.md'), 'utf8')).toMatch(/mae/);
    },
    300_000,
  );

  it('stops at validate-data on dirty data, before anything is trained', () => {
    const runs = tempDir('slipway-runs-');
    const dirty = join(tempDir('slipway-dirty-'), 'dirty.csv');
    const python = join(root, 'ml', '.venv', 'bin', 'python');
    const generator = join(root, 'data', 'house-prices', 'generate.py');
    const made = spawnSync(python, [generator, '--out', dirty, '--rows', '300', '--dirty-rows', '3'], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    const { status, stdout, stderr } = pipeline(['--project', 'house-prices', '--data', dirty, '--run-dir', runs]);
    expect(status).toBe(1);
    expect(stdout).toMatch(/✗ validate-data/);
    expect(stdout).not.toMatch(/train-model/);
    expect(stderr).toMatch(/✗ validate-data: .*error/);
    const runDir = onlyRunFolder(runs);
    expect(runDir).toMatch(/-house-prices\.failed$/);
    expect(existsSync(join(runDir, 'bundles'))).toBe(false);
    expect(readFileSync(join(runDir, 'summaries', 'validate-validate-data.md'), 'utf8')).toMatch(/line \d+/);
  }, 120_000);

  it('reports drift against an earlier run given as --reference-profile', () => {
    const runs = tempDir('slipway-runs-');
    const python = join(root, 'ml', '.venv', 'bin', 'python');
    const generator = join(root, 'data', 'house-prices', 'generate.py');
    const dataDir = tempDir('slipway-drift-');
    const files = { before: join(dataDir, 'before.csv'), after: join(dataDir, 'after.csv') };
    spawnSync(python, [generator, '--out', files.before, '--rows', '600', '--seed', '1'], { encoding: 'utf8' });
    spawnSync(python, [generator, '--out', files.after, '--rows', '600', '--seed', '2', '--drift', '0.3'], { encoding: 'utf8' });
    const first = pipeline(['--project', 'house-prices', '--data', files.before, '--run-dir', runs]);
    expect(first.status).toBe(0);
    const reference = join(onlyRunFolder(runs), 'validation', 'profile.json');
    const second = pipeline(['--project', 'house-prices', '--data', files.after, '--run-dir', runs, '--reference-profile', reference]);
    const runDir = readdirSync(runs)
      .map((f) => join(runs, f))
      .find((d) => d !== dirname(dirname(reference)));
    const summary = readFileSync(join(runDir ?? '', 'summaries', 'validate-validate-data.md'), 'utf8');
    expect(summary).toMatch(/drift/i);
    expect(summary).toMatch(/sqft/);
    expect(second.stdout).toMatch(/validate-data/);
  }, 300_000);

  it('runs a spec copied outside the repository with its dataset folder, reading the copied contract', () => {
    // The copy differs from the repository's contract (3,000 generated rows, not 2,000), so the
    // run proves every step read the contract next to the spec: data/ of the spec's repository.
    const elsewhere = tempDir('slipway-elsewhere-');
    mkdirSync(join(elsewhere, 'specs'));
    const spec = join(elsewhere, 'specs', 'my.yaml');
    copyFileSync(join(root, 'ml', 'projects', 'house-prices.yaml'), spec);
    cpSync(join(root, 'data', 'house-prices'), join(elsewhere, 'data', 'house-prices'), { recursive: true });
    const contractFile = join(elsewhere, 'data', 'house-prices', 'contract.yaml');
    writeFileSync(contractFile, readFileSync(contractFile, 'utf8').replace(/^(\s+rows:) 2000$/m, '$1 3000'));
    expect(readFileSync(contractFile, 'utf8')).toMatch(/^\s+rows: 3000$/m);
    const runs = tempDir('slipway-runs-');
    const { status, stdout, stderr } = pipeline(['--project', spec, '--run-dir', runs]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/✓ train-model [\d.]+ m?s/);
    const runDir = onlyRunFolder(runs);
    const validation = JSON.parse(readFileSync(join(runDir, 'validation', 'report.json'), 'utf8')) as { rows: number; contract: string };
    expect(validation).toMatchObject({ rows: 3000, contract: contractFile });
    const bundles = readdirSync(join(runDir, 'bundles')).filter((f) => !f.endsWith('.tar.gz'));
    const trained = readFileSync(join(runDir, 'bundles', bundles[0] ?? '', 'contract.yaml'), 'utf8');
    expect(trained).toMatch(/^\s+rows: 3000$/m);
  }, 300_000);

  it('rejects a --data file that does not exist, naming it', () => {
    const runs = tempDir('slipway-runs-');
    const { status, stderr } = pipeline(['--project', 'house-prices', '--data', '/nonexistent/x.csv', '--run-dir', runs]);
    expect(status).toBe(2);
    expect(stderr).toContain('--data: /nonexistent/x.csv does not exist');
    expect(readdirSync(runs)).toEqual([]);
  });

  it('rejects an unknown project before running anything', () => {
    const runs = tempDir('slipway-runs-');
    const { status, stderr } = pipeline(['--project', 'no-such-project', '--run-dir', runs]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no project "no-such-project".*known projects: abalone, house-prices/);
    expect(readdirSync(runs)).toEqual([]);
  });
});
