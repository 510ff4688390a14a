// UI benchmark: the production bundle's gzip size, and the time to first prediction in
// Chromium against the real API serving a freshly trained bundle (through the UI web server).
// Comparison: the same two API calls the page makes (GET /api/v1/model, POST /api/v1/predict)
// made directly from Node, i.e. the floor any UI on this API could reach.
//   npx tsx ui/bench/bench.ts [--runs 20] [--bundle <bundle dir>]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../e2e/support/browser';
import { buildUi, startStack, trainBundle } from '../e2e/support/stack';

const house = { sqft: '1800', bedrooms: '3', bathrooms: '2', location: 'Suburb', condition: 'Good', year_built: '1995' };
const houseJson = { sqft: 1800, bedrooms: 3, bathrooms: 2, location: 'Suburb', condition: 'Good', year_built: 1995 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

function bundleSizes(dist: string): { file: string; raw: number; gzip: number }[] {
  return files(dist).map((path) => {
    const body = readFileSync(path);
    return { file: relative(dist, path), raw: body.length, gzip: gzipSync(body).length };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const spread = (values: number[]) => `min ${ms(Math.min(...values))}, median ${ms(median(values))}, p95 ${ms(p95(values))}`;

/** One cold page load (fresh context, empty cache): navigation → form ready, and click → result visible. */
interface PageRun {
  formReady: number;
  predict: number;
  /** DOMContentLoaded (HTML and the module script evaluated). */
  domReady: number;
  /** When the /api/v1/model answer had arrived. */
  modelLoaded: number;
}

async function firstPrediction(browser: Browser, uiUrl: string): Promise<PageRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${uiUrl}/#/predict`, { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start; polled every animation frame.
  const formReady = (await (
    await page.waitForFunction(() => (document.querySelector('#field-sqft') ? performance.now() : false), undefined, { polling: 'raf' })
  ).jsonValue()) as number;
  for (const [name, value] of Object.entries(house)) {
    const field = page.locator(`#field-${name}`);
    if (name === 'location' || name === 'condition') await field.selectOption(value);
    else await field.fill(value);
  }
  const clicked = await page.evaluate(() => {
    const started = performance.now();
    document.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    return started;
  });
  const { domReady, modelLoaded } = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const model = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/api/v1/model')) as
      PerformanceResourceTiming | undefined;
    return { domReady: navigation?.domContentLoadedEventEnd ?? NaN, modelLoaded: model?.responseEnd ?? NaN };
  });
  const shown = (await (
    await page.waitForFunction(() => (document.querySelector('[data-testid="prediction"]') ? performance.now() : false), undefined, {
      polling: 'raf',
    })
  ).jsonValue()) as number;
  await context.close();
  return { formReady, predict: shown - clicked, domReady, modelLoaded };
}

async function directApi(apiUrl: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${apiUrl}/api/v1/model`)).json();
  const answer = await fetch(`${apiUrl}/api/v1/predict`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ features: houseJson }),
  });
  await answer.json();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, bundle: { type: 'string' } } });
  const runs = Number(values.runs);
  const work = mkdtempSync(join(tmpdir(), 'slipway-ui-bench-'));
  try {
    await buildUi(work);
    const sizes = bundleSizes(join(work, 'dist'));
    console.log('Production bundle (vite build; gzip level 6, as the UI server sends it):');
    for (const size of sizes) console.log(`  ${size.file}: ${(size.raw / 1024).toFixed(2)} KiB, gzip ${(size.gzip / 1024).toFixed(2)} KiB`);
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    console.log(`  total gzip: ${(total / 1024).toFixed(2)} KiB`);

    const bundleDir = values.bundle ?? (await trainBundle(work));
    const stack = await startStack(bundleDir);
    const browser = await launchChromium();
    try {
      await firstPrediction(browser, stack.uiUrl); // warm-up: Chromium and the API's first request
      await directApi(stack.apiUrl);
      const ui: PageRun[] = [];
      const api: number[] = [];
      for (let i = 0; i < runs; i++) {
        ui.push(await firstPrediction(browser, stack.uiUrl));
        api.push(await directApi(stack.apiUrl));
      }
      const ttfp = ui.map((run) => run.formReady + run.predict);
      console.log(`\nTime to first prediction in Chromium, ${runs} cold page loads (fresh context each), bundle ${bundleDir}:`);
      console.log(`  navigation -> DOMContentLoaded: ${spread(ui.map((run) => run.domReady))}`);
      console.log(`  navigation -> /api/v1/model answered: ${spread(ui.map((run) => run.modelLoaded))}`);
      console.log(`  navigation -> form ready (metadata loaded): ${spread(ui.map((run) => run.formReady))}`);
      console.log(`  click Predict -> result visible: ${spread(ui.map((run) => run.predict))}`);
      console.log(`  time to first prediction (the two summed; the robot's typing excluded): ${spread(ttfp)}`);
      console.log(`Comparison: the same two API calls made directly from Node: ${spread(api)}`);
      console.log(`Ratio UI / direct API calls (median): ${(median(ttfp) / median(api)).toFixed(1)}x`);
      console.log(`Load average (1 min) at the end: ${loadavg()[0]?.toFixed(2) ?? '?'} on ${cpus().length} cores`);
    } finally {
      await browser.close();
      await stack.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
