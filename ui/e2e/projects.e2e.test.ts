// One UI serving two projects in real Chromium: two real APIs (the house-prices and abalone
// bundles trained for every e2e file), each behind its own path as deployed
// (SLIPWAY_PATH_PREFIX), one UI server with SLIPWAY_PROJECT_APIS. The user picks a project and
// gets that project's real prediction. Screenshots go to .test-results/ui-screenshots/.
import { basename } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from './support/browser';
import { startProjectsStack, type ProjectsStack } from './support/stack';

let stack: ProjectsStack | undefined;
let browser: Browser | undefined;
const abaloneVersion = basename(inject('abaloneBundleDir'));
const houseVersion = basename(inject('bundleDir'));

const house = { sqft: '1800', bedrooms: '3', bathrooms: '2', location: 'Suburb', condition: 'Good', year_built: '1995' };
// The first row of the abalone data (its Rings, 15, is what the model tries to predict).
const shell = {
  Sex: 'M',
  Length: '0.455',
  Diameter: '0.365',
  Height: '0.095',
  Whole_weight: '0.514',
  Shucked_weight: '0.2245',
  Viscera_weight: '0.101',
  Shell_weight: '0.15',
};

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startProjectsStack([
      ['house-prices', inject('bundleDir')],
      ['abalone', inject('abaloneBundleDir')],
    ]),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function fill(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const field = page.getByLabel(name, { exact: true });
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** What the project's API answers itself, asked under its own path prefix as the ALB would. */
async function direct(project: string, features: Record<string, unknown>): Promise<{ prediction: number; model_version: string }> {
  const answer = await fetch(`${stack!.apiUrls[project]}/projects/${project}/api/v1/predict`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ features }),
  });
  return (await answer.json()) as { prediction: number; model_version: string };
}

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const usd = (value: number) => value.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

describe('one UI, two projects', () => {
  it("lists both projects with their live model versions, and predicts with each project's own model", async () => {
    const page = await browser!.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${stack!.uiUrl}/`);
    const picker = page.getByRole('navigation', { name: 'Projects' });
    await picker.getByText(`model ${abaloneVersion}`).waitFor();
    expect((await picker.getByRole('link').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      `house-prices model ${houseVersion}`,
      `abalone model ${abaloneVersion}`,
    ]);
    expect(await picker.getByRole('link', { name: /^house-prices/ }).getAttribute('aria-current')).toBe('page');

    await fill(page, house);
    await page.getByRole('button', { name: 'Predict' }).click();
    const houseResult = page.getByRole('region', { name: 'Predicted price' });
    await houseResult.waitFor();
    const houseAnswer = await direct('house-prices', { ...house, sqft: 1800, bedrooms: 3, bathrooms: 2, year_built: 1995 });
    expect(await houseResult.getByTestId('prediction').textContent()).toBe(usd(houseAnswer.prediction));
    await screenshot(page, 'projects-house-prices');

    await picker.getByRole('link', { name: /^abalone/ }).click();
    await page.getByRole('heading', { name: 'Predict Rings' }).waitFor();
    expect(new URL(page.url()).search).toBe('?project=abalone');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Slipway — abalone');
    expect(await page.getByTestId('model-version').textContent()).toBe(abaloneVersion);
    await fill(page, shell);
    await page.getByRole('button', { name: 'Predict' }).click();
    const shellResult = page.getByRole('region', { name: 'Predicted Rings' });
    await shellResult.waitFor();
    const shellAnswer = await direct(
      'abalone',
      Object.fromEntries(Object.entries(shell).map(([k, v]) => [k, k === 'Sex' ? v : Number(v)])),
    );
    expect(shellAnswer.model_version).toBe(abaloneVersion);
    expect(await shellResult.getByTestId('prediction').textContent()).toBe(number(shellAnswer.prediction));
    expect(await shellResult.getByText(abaloneVersion).count()).toBe(1);
    await screenshot(page, 'projects-abalone');

    // Back returns to the default project's page.
    await page.goBack();
    await page.getByRole('heading', { name: 'Predict price' }).waitFor();
    expect(await picker.getByRole('link', { name: /^house-prices/ }).getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it("opens a shared link on that project's model page, and fits a phone-sized screen", async () => {
    const page = await browser!.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${stack!.uiUrl}/?project=abalone#/model`);
    await page.getByRole('heading', { name: `Model ${abaloneVersion}` }).waitFor();
    await page.getByRole('navigation', { name: 'Projects' }).getByText(`model ${houseVersion}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'projects-phone-abalone-model');
    await page.close();
  });
});
