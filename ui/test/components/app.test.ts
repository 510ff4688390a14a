import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { json, modelInfo, oneApi, scriptedFetch } from '../fixtures';

afterEach(() => {
  location.hash = '';
});

describe('App', () => {
  it('says it is loading until the projects and the model metadata arrive, then shows the form', async () => {
    const { fetcher } = scriptedFetch([oneApi(), json(200, modelInfo())]);
    render(App, { fetcher });
    expect(screen.getByRole('status').textContent).toBe('Loading projects…');
    expect(await screen.findByRole('heading', { name: 'Predict price' })).toBeTruthy();
    expect(screen.getByTestId('model-version').textContent).toBe('house-prices-83a4aa653ee8');
  });

  it('shows the unreachable state with a working retry', async () => {
    const { fetcher } = scriptedFetch([oneApi(), new TypeError('Failed to fetch'), json(200, modelInfo())]);
    render(App, { fetcher });
    expect(await screen.findByRole('heading', { name: 'API unreachable' })).toBeTruthy();
    expect(screen.getByText('No answer from /api/v1/model: Failed to fetch')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Predict price' })).toBeTruthy();
  });

  it('shows the not-ready state with the reason', async () => {
    const { fetcher } = scriptedFetch([oneApi(), json(503, { detail: 'bundle /b lacks model.joblib; train again', errors: [] })]);
    render(App, { fetcher });
    expect(await screen.findByRole('heading', { name: 'Model not ready' })).toBeTruthy();
    expect(screen.getByText('bundle /b lacks model.joblib; train again')).toBeTruthy();
  });

  it('switches views from the navigation and marks the current one', async () => {
    const { fetcher } = scriptedFetch([oneApi(), json(200, modelInfo())]);
    render(App, { fetcher });
    await screen.findByRole('heading', { name: 'Predict price' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Model' }));
    expect(await screen.findByRole('heading', { name: 'Model house-prices-83a4aa653ee8' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Model' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByRole('link', { name: 'Batch' }));
    expect(await screen.findByRole('heading', { name: 'Batch predictions' })).toBeTruthy();
  });
});
