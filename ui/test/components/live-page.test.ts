import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LivePage from '../../src/components/LivePage.svelte';
import { ApiClient } from '../../src/lib/api';
import { json, modelInfo, scriptedFetch } from '../fixtures';
import { liveSummary } from '../live-fixture';

function setup(answers: (Response | Error)[]) {
  const scripted = scriptedFetch(answers);
  render(LivePage, { model: modelInfo(), client: new ApiClient('', scripted.fetcher) });
  return { user: userEvent.setup(), requests: scripted.requests };
}

describe('LivePage', () => {
  it('shows counts, predictions per hour, live vs test error, coverage and drift from the API', async () => {
    const { requests } = setup([json(200, liveSummary())]);
    expect(await screen.findByTestId('live-predictions')).toBeTruthy();
    expect(requests[0]?.url).toBe('/api/v1/live?hours=24');
    expect(screen.getByTestId('live-predictions').textContent).toBe('12');
    expect(screen.getByTestId('live-labelled').textContent).toBe('8');
    expect(screen.getByRole('img', { name: /Predictions per hour \(UTC\)/ })).toBeTruthy();
    const error = screen.getByRole('region', { name: 'Live error' });
    expect(within(error).getByTestId('live-error').textContent).toBe('$10,000');
    expect(within(error).getByTestId('test-error').textContent).toBe('$18,142');
    expect(within(error).getByTestId('live-labels').textContent).toBe('8 labels (a small sample: read the live error with care)');
    expect(screen.getByTestId('live-coverage').textContent).toBe(
      '87.5 % of 8 labelled predictions fell inside the interval (nominal 90 %).',
    );
    const drift = screen.getByRole('region', { name: 'Drift per feature' });
    const rows = within(drift).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['sqft', 'location']);
    expect(within(rows[1]!).getByText('new: Island (2)')).toBeTruthy();
  });

  it('asks again for another window', async () => {
    const { user, requests } = setup([json(200, liveSummary()), json(200, liveSummary())]);
    await screen.findByTestId('live-predictions');
    await user.selectOptions(screen.getByLabelText('Window'), 'last 168 hours');
    await screen.findByTestId('live-predictions');
    expect(requests.map((r) => r.url)).toEqual(['/api/v1/live?hours=24', '/api/v1/live?hours=168']);
  });

  it('says why drift is missing when the bundle has no training profile', async () => {
    const summary = liveSummary();
    summary.drift = { ...summary.drift, available: false, reason: 'the bundle has no training_profile.json', features: [] };
    setup([json(200, summary)]);
    expect(await screen.findByText('the bundle has no training_profile.json')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Drift per feature' })).toBeNull();
  });

  it('shows the API refusal when recording is off', async () => {
    setup([json(503, { detail: 'Recording is off, so there are no predictions to summarise', errors: [] })]);
    expect(await screen.findByRole('heading', { name: 'No live summary' })).toBeTruthy();
    expect(screen.getByText('Recording is off, so there are no predictions to summarise')).toBeTruthy();
  });
});
