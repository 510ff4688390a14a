// Feedback and the Live page in real Chromium against the real API recording into a folder:
// a prediction made in the form, its actual value recorded from the result panel, then the
// Live page shows what the API's GET /api/v1/live computed from the records.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack | undefined;
let browser: Browser | undefined;
const records = mkdtempSync(join(tmpdir(), 'slipway-ui-records-'));
const house = { sqft: '1800', bedrooms: '3', bathrooms: '2', location: 'Suburb', condition: 'Good', year_built: '1995' };

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack(inject('bundleDir'), { SLIPWAY_RECORDS_URI: records, SLIPWAY_RECORD_FLUSH_SECONDS: '0.1' }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(records, { recursive: true, force: true });
});

async function predictInForm(page: Page): Promise<{ prediction: number; id: string }> {
  for (const [name, value] of Object.entries(house)) {
    const field = page.getByLabel(name, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/v1/predict'));
  await page.getByRole('button', { name: 'Predict' }).click();
  const body = (await (await answered).json()) as { prediction: number; prediction_id: string };
  return { prediction: body.prediction, id: body.prediction_id };
}

describe('feedback and the Live page against the real API', () => {
  it('records the actual value of a prediction, refuses a different one, and shows the live error', async () => {
    const page = await browser!.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${stack!.uiUrl}/#/predict`);
    const { prediction, id } = await predictInForm(page);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const feedback = page.getByRole('form', { name: 'What was the actual value?' });
    const actual = Math.round(prediction + 20000);
    await feedback.getByLabel('Actual price').fill(String(actual));
    await feedback.getByRole('button', { name: 'Record actual value' }).click();
    await expect.poll(async () => feedback.getByRole('status').textContent()).toContain(`Recorded: the actual value ${actual}`);

    await feedback.getByLabel('Actual price').fill(String(actual + 1));
    await feedback.getByRole('button', { name: 'Record actual value' }).click();
    await expect.poll(async () => feedback.getByRole('alert').textContent()).toContain('Not changed (409)');

    await feedback.getByLabel('Actual price').fill('5');
    await feedback.getByRole('button', { name: 'Record actual value' }).click();
    await expect.poll(async () => feedback.getByRole('alert').textContent()).toContain("below the target price's minimum");
    await screenshot(page, 'feedback');

    await page.getByRole('link', { name: 'Live' }).click();
    await page.getByTestId('live-predictions').waitFor();
    const direct = (await (await fetch(`${stack!.apiUrl}/api/v1/live?hours=24`)).json()) as {
      predictions: number;
      labelled: number;
      error: { live: { rmse: number } };
    };
    expect(direct).toMatchObject({ predictions: 1, labelled: 1 });
    expect(direct.error.live.rmse).toBeCloseTo(Math.abs(actual - prediction), 6);
    expect(await page.getByTestId('live-predictions').textContent()).toBe('1');
    expect(await page.getByTestId('live-labelled').textContent()).toBe('1');
    const usd = (value: number) => value.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect(await page.getByTestId('live-error').textContent()).toBe(usd(direct.error.live.rmse));
    expect(await page.getByTestId('live-labels').textContent()).toBe('1 label (a small sample: read the live error with care)');
    expect(await page.getByRole('region', { name: 'Drift per feature' }).getByRole('rowheader', { name: 'sqft' }).count()).toBe(1);
    await screenshot(page, 'live');
    await page.close();
  });
});
