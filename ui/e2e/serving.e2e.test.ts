// The UI in real Chromium against the real API serving a freshly trained bundle, through the
// production web server. Screenshots go to .test-results/ui-screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser';
import { startStack, type Stack } from './support/stack';

// Undefined only when beforeAll failed, in which case every test has already failed with its error.
let stack: Stack | undefined;
let browser: Browser | undefined;

const house = { sqft: '1800', bedrooms: '3', bathrooms: '2', location: 'Suburb', condition: 'Good', year_built: '1995' };

beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(inject('bundleDir')), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

// What Chromium refused under the server's Content-Security-Policy: the app must need nothing it forbids.
const cspViolations: string[] = [];

afterEach(() => {
  expect(cspViolations).toEqual([]);
  cspViolations.length = 0;
});

const modelRequests = new WeakMap<Page, number>();
const projectsRequests = new WeakMap<Page, number>();

async function openPage(hash = '#/predict', width = 1024): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 800 } });
  modelRequests.set(page, 0);
  projectsRequests.set(page, 0);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/model')) modelRequests.set(page, (modelRequests.get(page) ?? 0) + 1);
    if (request.url().endsWith('/ui-config/projects')) projectsRequests.set(page, (projectsRequests.get(page) ?? 0) + 1);
  });
  await page.goto(`${stack!.uiUrl}/${hash}`);
  return page;
}

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = page.getByLabel(name, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

describe('the UI against the real API', () => {
  it('fills the form and shows the prediction the API makes, with its interval', async () => {
    const page = await openPage();
    await fill(page, house);
    await page.getByRole('button', { name: 'Predict' }).click();
    const result = page.getByRole('region', { name: 'Predicted price' });
    await result.waitFor();

    const direct = (await (
      await fetch(`${stack!.apiUrl}/api/v1/predict`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ features: { ...house, sqft: 1800, bedrooms: 3, bathrooms: 2, year_built: 1995 } }),
      })
    ).json()) as { prediction: number; interval: { lower: number; upper: number }; model_version: string };
    const usd = (value: number) => value.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    expect(await result.getByTestId('prediction').textContent()).toBe(usd(direct.prediction));
    expect(await result.getByTestId('interval').textContent()).toMatch(
      new RegExp(`90 % prediction interval:\\s+\\${usd(direct.interval.lower)} to \\${usd(direct.interval.upper)}`),
    );
    expect(await result.getByText(direct.model_version).count()).toBe(1);
    // index.html preloads the metadata and the projects list; the app's fetches must reuse those
    // answers, not ask again.
    expect(modelRequests.get(page)).toBe(1);
    expect(projectsRequests.get(page)).toBe(1);
    // One project (SLIPWAY_API_URL): no picker.
    expect(await page.getByRole('navigation', { name: 'Projects' }).count()).toBe(0);
    await screenshot(page, 'predict-result');
    await page.close();
  });

  it('shows a field error next to the field and sends nothing', async () => {
    const page = await openPage();
    let predictRequests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/predict')) predictRequests++;
    });
    await fill(page, { ...house, sqft: '50' });
    await page.getByRole('button', { name: 'Predict' }).click();
    const sqft = page.getByLabel('sqft', { exact: true });
    await expect.poll(() => sqft.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-sqft-error').textContent()).toBe('sqft must be between 400 and 10000; got 50');
    expect(await sqft.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(predictRequests).toBe(0);
    await screenshot(page, 'predict-field-error');
    await page.close();
  });

  it('uploads a CSV and shows the predictions table, the bad line, and the download', async () => {
    const page = await openPage('#/batch');
    const csv = [
      'sqft,bedrooms,bathrooms,location,condition,year_built',
      '1800,3,2,Suburb,Good,1995',
      '900,2,1,Moon,Fair,1950',
      '3200,5,3.5,Waterfront,Excellent,2015',
    ].join('\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'houses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['2', '4']);
    expect(await page.getByText('Line 3: location must be one of').textContent()).toContain('got "Moon"');
    const href = (await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) ?? '';
    const lines = decodeURIComponent(href.replace('data:text/csv;charset=utf-8,', '')).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2,1800,3,2,Suburb,Good,1995,[\d.]+,[\d.]+,[\d.]+,0\.9$/);
    await screenshot(page, 'batch-table');
    await page.close();
  });

  it('shows the model page with the gates and the charts from the bundle', async () => {
    const page = await openPage('#/model');
    await page.getByRole('heading', { name: /^Model house-prices-/ }).waitFor();
    const verdicts = await page.getByRole('region', { name: 'Quality gates' }).getByRole('cell').allTextContents();
    expect(verdicts.filter((text) => text.includes('passes')).length).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('img', { name: /Feature importance/ })
        .locator('rect')
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('img', { name: /Predicted against actual/ })
        .locator('circle')
        .count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'model-page');
    await page.close();
  });

  it('fits a phone-sized screen and works from the keyboard', async () => {
    const page = await openPage('#/predict', 375);
    await page.getByLabel('sqft', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByLabel('sqft', { exact: true }).focus();
    await page.keyboard.type(house.sqft);
    for (const [name, value] of Object.entries(house).slice(1)) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(name);
      // The focus is visible: the 3 px outline of :focus-visible.
      expect(await page.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineWidth : ''))).toBe('3px');
      if (name === 'location' || name === 'condition') await page.getByLabel(name, { exact: true }).selectOption(value);
      else await page.keyboard.type(value);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Predicted price' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone-result');
    await page.close();
  });

  it('fits the model page and the batch table on a phone-sized screen (tables scroll in their own region)', async () => {
    const page = await openPage('#/model', 375);
    await page.getByRole('heading', { name: /^Model house-prices-/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone-model-page');
    await page.goto(`${stack!.uiUrl}/#/batch`);
    const csv = 'sqft,bedrooms,bathrooms,location,condition,year_built\n1800,3,2,Suburb,Good,1995\n';
    await page.getByLabel('CSV file').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone-batch-table');
    await page.close();
  });

  it('says the API is unreachable once it has stopped', async () => {
    await stack!.api.stop();
    const page = await openPage();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'API unreachable' }).waitFor();
    const text = await alert.textContent();
    expect(text).toContain('API unreachable: ECONNREFUSED');
    expect(text).not.toContain(new URL(stack!.apiUrl).port);
    expect(await page.getByRole('button', { name: 'Predict' }).count()).toBe(0);
    await screenshot(page, 'api-unreachable');
    await page.close();
  });
});
