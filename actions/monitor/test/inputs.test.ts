// Input parsing and the spec's thresholds: bad values are rejected naming the input or key.
import { describe, expect, it } from '@jest/globals';
import { parseProject, parseWindow, parseWindowHours } from '../src/inputs.js';
import { DEFAULT_THRESHOLDS, thresholdsFrom } from '../src/thresholds.js';

const NOW = Date.parse('2026-12-06T20:00:00Z');

describe('inputs', () => {
  it('takes window-hours up to now, or an explicit start and end', () => {
    expect(parseWindow({ hours: '6', start: '', end: '' }, NOW)).toEqual({ start: NOW - 6 * 3_600_000, end: NOW });
    expect(parseWindow({ hours: '', start: '', end: '' }, NOW)).toEqual({ start: NOW - 24 * 3_600_000, end: NOW });
    expect(parseWindow({ hours: '24', start: '2026-12-01T00:00:00Z', end: '2026-12-01T12:00:00+02:00' }, NOW)).toEqual({
      start: Date.parse('2026-12-01T00:00:00Z'),
      end: Date.parse('2026-12-01T10:00:00Z'),
    });
  });

  it('rejects a half window, an empty one and bad hours, quoting the value', () => {
    expect(() => parseWindow({ hours: '24', start: '2026-12-01T00:00:00Z', end: '' }, NOW)).toThrow(
      'input window-end: required with window-start; give both, or neither and window-hours',
    );
    expect(() => parseWindow({ hours: '24', start: '2026-12-02T00:00:00Z', end: '2026-12-01T00:00:00Z' }, NOW)).toThrow(
      'input window-end: "2026-12-01T00:00:00Z" is not after window-start "2026-12-02T00:00:00Z"',
    );
    expect(() => parseWindowHours('1.5')).toThrow('input window-hours: "1.5" is not a whole number of hours from 1 to 8784');
    expect(() => parseWindowHours('0')).toThrow(/"0" is not a whole number/);
    expect(() => parseProject('ml/projects/house-prices.yaml')).toThrow(
      /input project: "ml\/projects\/house-prices.yaml" is not a project name/,
    );
  });
});

describe('thresholds', () => {
  it('are the defaults without a monitoring section, the spec values over them with one', () => {
    expect(thresholdsFrom(undefined, 'spec.yaml')).toEqual(DEFAULT_THRESHOLDS);
    const t = thresholdsFrom({ min_labels: 50, drift: { psi_retrain: 0.4 }, live_error: { metric: 'mae' } }, 'spec.yaml');
    expect(t.minLabels).toBe(50);
    expect(t.drift).toEqual({ psiWarning: 0.1, psiRetrain: 0.4, pValue: 0.001 });
    expect(t.liveError).toEqual({ metric: 'mae', ratioWarning: 1.25, ratioRetrain: 1.5 });
  });

  it('reject a warning level above its retrain level, naming both keys', () => {
    expect(() => thresholdsFrom({ live_error: { ratio_warning: 2, ratio_retrain: 1.5 } }, 'ml/projects/x.yaml')).toThrow(
      'ml/projects/x.yaml: monitoring.live_error.ratio_warning 2 is above monitoring.live_error.ratio_retrain 1.5; a warning level must not exceed the retrain level',
    );
  });
});
