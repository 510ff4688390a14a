// A GET /api/v1/live answer in the shape the server gives (ml/slipway_ml/serve/records/live.py):
// 3 hours, 12 predictions, 8 of them labelled.
import type { LiveSummary } from '../src/lib/api-types';

export function liveSummary(): LiveSummary {
  return {
    project: 'house-prices',
    model_version: 'house-prices-83a4aa653ee8',
    window: { start: '2026-12-06T17:00:00Z', end: '2026-12-06T20:00:00Z', hours: 3, generated_at: '2026-12-06T19:41:07Z' },
    predictions: 12,
    labelled: 8,
    model_versions: ['house-prices-83a4aa653ee8'],
    per_hour: [
      { hour: '2026-12-06T17:00:00Z', predictions: 0, labelled: 0 },
      { hour: '2026-12-06T18:00:00Z', predictions: 5, labelled: 3 },
      { hour: '2026-12-06T19:00:00Z', predictions: 7, labelled: 5 },
    ],
    error: {
      primary_metric: 'rmse',
      labels: 8,
      small_sample: true,
      live: { mse: 1e8, rmse: 10000, mae: 10000, r2: 0.91, mape: 0.031 },
      test: { mse: 329125438.58, rmse: 18141.81, mae: 12785.38, r2: 0.987, mape: 0.032 },
      ratio: 0.5512,
    },
    coverage: { nominal: 0.9, labels: 8, live: 0.875 },
    drift: {
      available: true,
      reason: null,
      thresholds: { psi_warning: 0.1, psi_error: 0.25, p_value: 0.001 },
      features: [
        {
          feature: 'sqft',
          live_count: 12,
          psi: 0.412,
          test: 'KS',
          statistic: 0.4567,
          p_value: 0.00012,
          new_categories: {},
          verdict: 'too-few-values',
        },
        {
          feature: 'location',
          live_count: 12,
          psi: 0.05,
          test: 'chi-square',
          statistic: 1.2,
          p_value: 0.55,
          new_categories: { Island: 2 },
          verdict: 'too-few-values',
        },
      ],
    },
  };
}
