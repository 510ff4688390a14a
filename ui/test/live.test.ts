import { describe, expect, it } from 'vitest';
import { ApiClient } from '../src/lib/api';
import { coverageLine, driftLines, errorLine, hourBars, hourLabel } from '../src/lib/live';
import { json, scriptedFetch } from './fixtures';
import { liveSummary } from './live-fixture';

describe('the live summary', () => {
  it('asks the API for the chosen window', async () => {
    const { fetcher, requests } = scriptedFetch([json(200, liveSummary())]);
    expect((await new ApiClient('/projects/abalone', fetcher).live(72)).kind).toBe('ok');
    expect(requests[0]?.url).toBe('/projects/abalone/api/v1/live?hours=72');
  });

  it('labels hours and counts predictions per hour', () => {
    expect(hourLabel('2026-12-06T19:00:00Z')).toBe('12-06 19:00');
    expect(hourBars(liveSummary())).toEqual([
      { label: '12-06 17:00', value: 0 },
      { label: '12-06 18:00', value: 5 },
      { label: '12-06 19:00', value: 7 },
    ]);
  });

  it('puts the live error beside the test error, calling a small sample small', () => {
    expect(errorLine(liveSummary(), 'USD')).toEqual({
      metric: 'rmse',
      live: '$10,000',
      test: '$18,142',
      ratio: '0.55 × test',
      labels: '8 labels (a small sample: read the live error with care)',
    });
  });

  it('says there is no live error when nothing is labelled', () => {
    const summary = liveSummary();
    summary.error = { ...summary.error, labels: 0, live: { rmse: null }, ratio: null };
    expect(errorLine(summary, 'USD')).toMatchObject({ live: 'no labelled predictions yet', ratio: '—', labels: '0 labels' });
  });

  it('states coverage against the nominal, or why there is none', () => {
    expect(coverageLine(liveSummary())).toBe('87.5 % of 8 labelled predictions fell inside the interval (nominal 90 %).');
    const summary = liveSummary();
    summary.coverage = { nominal: 0.9, labels: 0, live: null };
    expect(coverageLine(summary)).toBe('No labelled predictions with an interval yet (nominal 90 %).');
  });

  it('formats drift rows and names new categories', () => {
    expect(driftLines(liveSummary())).toEqual([
      {
        feature: 'sqft',
        test: 'KS 0.457',
        psi: '0.412',
        pValue: '1.2e-4',
        verdict: 'too-few-values',
        verdictText: 'too few values to judge',
        note: '12 values',
      },
      {
        feature: 'location',
        test: 'chi-square 1.20',
        psi: '0.050',
        pValue: '0.55',
        verdict: 'too-few-values',
        verdictText: 'too few values to judge',
        note: 'new: Island (2)',
      },
    ]);
  });
});
