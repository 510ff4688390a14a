// The App serving several projects, by role: the picker lists each project with its live model
// version, a pick changes the URL and sends everything to that project's API, and one project
// shows no picker at all.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { json, modelInfo, oneApi, scriptedFetch } from '../fixtures';
import type { SentRequest } from '../fixtures';

const two = {
  default: 'house-prices',
  projects: [
    { name: 'house-prices', path: '/projects/house-prices' },
    { name: 'abalone', path: '/projects/abalone' },
  ],
};
const abalone = () => ({
  ...modelInfo(),
  project: 'abalone',
  version: 'abalone-b3cdadc3627c',
  target: { name: 'Rings', unit: null, description: 'Shell rings; +1.5 gives the age in years.' },
  features: [{ name: 'Sex', type: 'category' as const, categories: ['M', 'F', 'I'] }],
});

/** A fetch that answers by URL (the picker asks every project at once, in no fixed order). */
function routedFetch(routes: Record<string, () => Response>): { fetcher: typeof fetch; requests: SentRequest[] } {
  const requests: SentRequest[] = [];
  const fetcher = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    requests.push({ url, init, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    const answer = routes[url];
    return answer ? Promise.resolve(answer()) : Promise.reject(new Error(`unexpected request ${url}`));
  };
  return { fetcher, requests };
}

const serving = (extra: Record<string, () => Response> = {}) =>
  routedFetch({
    '/ui-config/projects': () => json(200, two),
    '/api/v1/model': () => json(200, modelInfo()),
    '/projects/house-prices/api/v1/model': () => json(200, modelInfo()),
    '/projects/abalone/api/v1/model': () => json(200, abalone()),
    ...extra,
  });

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('the project picker', () => {
  it("lists the projects with each one's model version, the default one current", async () => {
    const { fetcher } = serving();
    render(App, { fetcher });
    const picker = await screen.findByRole('navigation', { name: 'Projects' });
    await within(picker).findByText('model abalone-b3cdadc3627c');
    const links = within(picker).getAllByRole('link');
    expect(links.map((link) => link.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      'house-prices model house-prices-83a4aa653ee8',
      'abalone model abalone-b3cdadc3627c',
    ]);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(['page', null]);
    expect(links[1]?.getAttribute('href')).toBe('/?project=abalone#/predict');
  });

  it("switches project: the URL names it, and the form and the predictions use that project's API", async () => {
    // What the abalone API answered for the data's first row (Sex M, ..., Shell_weight 0.15).
    const prediction = {
      prediction: 9.631256103515625,
      interval: { lower: 6.16868782043457, upper: 13.09382438659668, coverage: 0.9 },
      model_version: 'abalone-b3cdadc3627c',
      unit: null,
    };
    const { fetcher, requests } = serving({ '/projects/abalone/api/v1/predict': () => json(200, prediction) });
    render(App, { fetcher });
    const user = userEvent.setup();
    const picker = await screen.findByRole('navigation', { name: 'Projects' });
    await user.click(await within(picker).findByRole('link', { name: /^abalone/ }));
    expect(await screen.findByRole('heading', { name: 'Predict Rings' })).toBeTruthy();
    expect(location.search).toBe('?project=abalone');
    expect(
      within(picker)
        .getByRole('link', { name: /^abalone/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Slipway — abalone');
    await user.selectOptions(screen.getByLabelText('Sex', { exact: true }), 'M');
    await user.click(screen.getByRole('button', { name: 'Predict' }));
    await screen.findByTestId('prediction');
    expect(requests.slice(-2).map((request) => request.url)).toEqual([
      '/projects/abalone/api/v1/model',
      '/projects/abalone/api/v1/predict',
    ]);
  });

  it('opens on the project the link names', async () => {
    history.replaceState(null, '', '/?project=abalone#/model');
    const { fetcher, requests } = serving();
    render(App, { fetcher });
    expect(await screen.findByRole('heading', { name: 'Model abalone-b3cdadc3627c' })).toBeTruthy();
    // Nothing is asked of the default project's /api: the page is abalone's.
    expect(requests.map((request) => request.url)).not.toContain('/api/v1/model');
  });

  it('says so when the link names a project this UI does not serve', async () => {
    history.replaceState(null, '', '/?project=iris');
    const { fetcher } = serving();
    render(App, { fetcher });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This UI serves no project named “iris”; it serves house-prices, abalone.');
    expect(screen.getByRole('navigation', { name: 'Projects' })).toBeTruthy();
  });

  it("shows a project's API trouble in the list instead of a version", async () => {
    const unreachable = { detail: 'API unreachable at http://127.0.0.1:8002: ECONNREFUSED', errors: [] };
    const { fetcher } = serving({ '/projects/abalone/api/v1/model': () => json(502, unreachable) });
    render(App, { fetcher });
    const picker = await screen.findByRole('navigation', { name: 'Projects' });
    expect(await within(picker).findByRole('link', { name: 'abalone API unreachable' })).toBeTruthy();
  });

  it('is not there with one project', async () => {
    const { fetcher } = scriptedFetch([oneApi(), json(200, modelInfo())]);
    render(App, { fetcher });
    await screen.findByRole('heading', { name: 'Predict price' });
    expect(screen.queryByRole('navigation', { name: 'Projects' })).toBeNull();
  });
});
