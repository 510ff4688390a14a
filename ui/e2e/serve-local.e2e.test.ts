// scripts/serve-local.sh (the end of `make start`) as a user runs it: it serves a real bundle
// through the API and the UI server, prints both URLs, and stops both on Ctrl-C; with two
// projects' bundles, an API each and one UI serving both.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { freePort, run, start } from './support/processes';

async function waitForLine(output: () => string, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear within ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

describe('scripts/serve-local.sh', () => {
  it('serves the bundle on both ports, prints the URLs, records predictions, and stops both on Ctrl-C', async () => {
    const [apiPort, uiPort] = [await freePort(), await freePort()];
    const records = mkdtempSync(join(tmpdir(), 'slipway-records-'));
    const script = start('bash', ['scripts/serve-local.sh', inject('bundleDir')], {
      SLIPWAY_API_PORT: String(apiPort),
      SLIPWAY_UI_PORT: String(uiPort),
      SLIPWAY_RECORDS_URI: records,
    });
    let predictionId = '';
    try {
      await waitForLine(script.output, 'Press Ctrl-C to stop.', 120_000);
      expect(script.output()).toContain(`UI:  http://127.0.0.1:${uiPort}/`);
      expect(script.output()).toContain(`API: http://127.0.0.1:${apiPort}/`);
      // The bundle's run store (the trainer's default, beside bundles/) points production at it.
      await waitForLine(script.output, 'mlflow: house-prices alias production -> version 1 (sqlite:///', 90_000);
      const model = (await (await fetch(`http://127.0.0.1:${uiPort}/api/v1/model`)).json()) as { project: string; version: string };
      expect(model.project).toBe('house-prices');
      expect(inject('bundleDir')).toContain(model.version);
      expect(await (await fetch(`http://127.0.0.1:${uiPort}/`)).text()).toContain('<div id="app"></div>');
      expect(script.output()).toContain(`Records: ${records} (predictions and feedback; the UI's Live page)`);
      const features = { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 };
      const predicted = await fetch(`http://127.0.0.1:${uiPort}/api/v1/predict`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ features }),
      });
      predictionId = ((await predicted.json()) as { prediction_id: string }).prediction_id;
      expect(predictionId).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      script.child.kill('SIGINT');
      await new Promise((resolve) => script.child.once('exit', resolve));
    }
    // The API writes what it recorded before it exits.
    const files = readdirSync(join(records, 'house-prices', 'predictions'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.jsonl'),
    );
    const lines = files.flatMap((f) =>
      readFileSync(join(records, 'house-prices', 'predictions', f), 'utf8')
        .trim()
        .split('\n'),
    );
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([predictionId]);
    rmSync(records, { recursive: true, force: true });
    expect(script.child.exitCode).toBe(130);
    expect(script.output()).toContain('Stopping the API and the UI...');
    expect(await refused(`http://127.0.0.1:${apiPort}/healthz`)).toBe(true);
    expect(await refused(`http://127.0.0.1:${uiPort}/healthz`)).toBe(true);
  }, 120_000); // the MLflow alias is set in the background after the URLs; MLflow's import takes seconds

  it('serves two projects: an API each under /projects/<name>, one UI listing both, all stopped on Ctrl-C', async () => {
    const [apiPort, uiPort] = [await freePort(), await freePort()];
    // The second API takes the next port; a free port's neighbour is free in practice, and the
    // script refuses with a clear error (failing this test) if it is not.
    const script = start('bash', ['scripts/serve-local.sh', inject('bundleDir'), inject('abaloneBundleDir')], {
      SLIPWAY_API_PORT: String(apiPort),
      SLIPWAY_UI_PORT: String(uiPort),
      SLIPWAY_RECORDS_URI: '',
    });
    const abaloneApi = `http://127.0.0.1:${apiPort + 1}/projects/abalone`;
    try {
      await waitForLine(script.output, 'Press Ctrl-C to stop.', 120_000);
      expect(script.output()).toContain("Serving 2 projects (the first is the UI's default)");
      expect(script.output()).toContain(`API: ${abaloneApi}/  (docs: ${abaloneApi}/docs)`);
      const ui = `http://127.0.0.1:${uiPort}`;
      expect(await (await fetch(`${ui}/ui-config/projects`)).json()).toEqual({
        default: 'house-prices',
        projects: [
          { name: 'house-prices', path: '/projects/house-prices' },
          { name: 'abalone', path: '/projects/abalone' },
        ],
      });
      const model = async (url: string) => ((await (await fetch(url)).json()) as { version: string }).version;
      expect(await model(`${ui}/projects/abalone/api/v1/model`)).toBe(basename(inject('abaloneBundleDir')));
      expect(await model(`${ui}/api/v1/model`)).toBe(basename(inject('bundleDir')));
      expect(await model(`${abaloneApi}/api/v1/model`)).toBe(basename(inject('abaloneBundleDir')));
    } finally {
      script.child.kill('SIGINT');
      await new Promise((resolve) => script.child.once('exit', resolve));
    }
    expect(script.child.exitCode).toBe(130);
    expect(script.output()).toContain('Stopping the APIs and the UI...');
    for (const port of [apiPort, apiPort + 1, uiPort]) expect(await refused(`http://127.0.0.1:${port}/healthz`)).toBe(true);
  });

  it('refuses a folder that is not a bundle, naming it and the fix', async () => {
    await expect(run('bash', ['scripts/serve-local.sh', 'ui'])).rejects.toThrow(
      'exited 2:\nerror: ui: no model.joblib there; give a bundle folder (runs/<run>/bundles/<version>/)',
    );
  });

  it('refuses a bad project name, a project given twice and a bad port, naming each', async () => {
    await expect(run('bash', ['scripts/serve-local.sh', '--project', 'House_Prices'])).rejects.toThrow(
      "exited 2:\nerror: --project House_Prices: a project name is lower-case letters, digits and '-', starting with a letter (ml/projects/<name>.yaml)",
    );
    await expect(run('bash', ['scripts/serve-local.sh', '--project'])).rejects.toThrow(
      'exited 2:\nerror: --project needs a project name, e.g. --project house-prices',
    );
    const bundle = inject('abaloneBundleDir');
    await expect(run('bash', ['scripts/serve-local.sh', bundle, bundle])).rejects.toThrow(
      `exited 2:\nerror: project abalone is given twice (${bundle}); serve one bundle per project`,
    );
    await expect(run('bash', ['scripts/serve-local.sh', bundle], { SLIPWAY_API_PORT: '80a' })).rejects.toThrow(
      'exited 2:\nerror: SLIPWAY_API_PORT must be a port number; got "80a"',
    );
  });
});
