// scripts/serve-local.sh (the end of `make start`) as a user runs it: it serves a real bundle
// through the API and the UI server, prints both URLs, and stops both on Ctrl-C.
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
  it('serves the bundle on both ports, prints the URLs, and stops both on Ctrl-C', async () => {
    const [apiPort, uiPort] = [await freePort(), await freePort()];
    const script = start('bash', ['scripts/serve-local.sh', inject('bundleDir')], {
      SLIPWAY_API_PORT: String(apiPort),
      SLIPWAY_UI_PORT: String(uiPort),
    });
    try {
      await waitForLine(script.output, 'Press Ctrl-C to stop.', 120_000);
      expect(script.output()).toContain(`UI:  http://127.0.0.1:${uiPort}/`);
      expect(script.output()).toContain(`API: http://127.0.0.1:${apiPort}/`);
      const model = (await (await fetch(`http://127.0.0.1:${uiPort}/api/v1/model`)).json()) as { project: string; version: string };
      expect(model.project).toBe('house-prices');
      expect(inject('bundleDir')).toContain(model.version);
      expect(await (await fetch(`http://127.0.0.1:${uiPort}/`)).text()).toContain('<div id="app"></div>');
    } finally {
      script.child.kill('SIGINT');
      await new Promise((resolve) => script.child.once('exit', resolve));
    }
    expect(script.child.exitCode).toBe(130);
    expect(script.output()).toContain('Stopping the API and the UI...');
    expect(await refused(`http://127.0.0.1:${apiPort}/healthz`)).toBe(true);
    expect(await refused(`http://127.0.0.1:${uiPort}/healthz`)).toBe(true);
  });

  it('refuses a folder that is not a bundle, naming it and the fix', async () => {
    await expect(run('bash', ['scripts/serve-local.sh', 'ui'])).rejects.toThrow(
      'exited 2:\nerror: ui: no model.joblib there; give a bundle folder (runs/<run>/bundles/<version>/)',
    );
  });
});
