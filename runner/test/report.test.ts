import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonRange, importanceSvg, scatterSvg } from '../src/report/charts.js';
import { escapeHtml, formatNumber } from '../src/report/escape.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { parseVerdicts, readBundle, type Metrics, type ReportData, type Verdict } from '../src/report/report-data.js';
import { tempDir } from './fixture-actions.js';

const metrics: Metrics = {
  project: 'p',
  primary_metric: 'rmse',
  chosen: 'gbr',
  n_train: 80,
  n_test: 20,
  cv_folds: 5,
  test: { rmse: 10, r2: 0.8 },
  baseline_mean: { rmse: 30, r2: -0.01 },
  candidates: [
    {
      name: 'lin',
      model: 'linear_regression',
      cv: { rmse: { mean: 12.5, std: 1.25 }, r2: { mean: 0.7, std: 0.05 } },
      test: { rmse: 12, r2: 0.7 },
      fit_seconds: 0.1,
    },
    {
      name: 'gbr',
      model: 'gradient_boosting',
      cv: { rmse: { mean: 11, std: 1 }, r2: { mean: 0.75, std: 0.02 } },
      test: { rmse: 10, r2: 0.8 },
      fit_seconds: 2,
    },
  ],
};

function reportData(overrides: Partial<ReportData> = {}): ReportData {
  return {
    project: 'p',
    version: 'p-0123456789ab',
    target: 'price',
    createdAt: '2026-01-01T00:00:00.000Z',
    steps: [{ id: 'train', action: 'train-model', ok: true, durationMs: 2500, summary: '## Train\n<b>bold</b>' }],
    metrics,
    predictions: { actual: [1, 2, 3], predicted: [1.5, 2, 2.5] },
    importance: [
      { feature: 'sqft', importance: 4 },
      { feature: 'rooms', importance: 2 },
    ],
    verdicts: [
      { gate: 'r2 >= 0.6', metric: 'r2', value: 0.8, op: '>=', threshold: 0.6, baseline: null, delta: null, passed: true, note: '' },
    ],
    passed: true,
    provenance: [{ label: 'data sha256', value: 'abc<def>' }],
    ...overrides,
  };
}

describe('escapeHtml and formatNumber', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('formats numbers compactly and shows missing ones as a dash', () => {
    expect(formatNumber(21874.23)).toBe('21,874.2');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(0.012345)).toBe('0.01235');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('charts', () => {
  it('draws one point per test row and the y = x line across the shared range', () => {
    const svg = scatterSvg({ actual: [0, 100], predicted: [10, 90] }, 'price');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    const range = commonRange([0, 100, 10, 90]);
    expect(range).toEqual({ min: -5, max: 105 });
    // y = x runs from the bottom-left corner (48, 312) to the top-right corner (348, 12).
    expect(svg).toContain('<line class="identity" x1="48" y1="312" x2="348" y2="12">');
    // actual 0 → x = 48 + 5/110*300; predicted 10 → y = 312 - 15/110*300.
    expect(svg).toContain('cx="61.6" cy="271.1"');
    expect(svg).toContain('actual 0, predicted 10');
  });

  it('makes bar lengths proportional to importance, clamping negative noise to zero', () => {
    const svg = importanceSvg(
      [
        { feature: 'a', importance: 8 },
        { feature: 'b', importance: 2 },
        { feature: 'c', importance: -0.5 },
      ],
      'rmse',
    );
    const widths = [...svg.matchAll(/<rect class="bar" [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([300, 75, 0]);
  });
});

describe('renderHtml', () => {
  it('is self-contained: inline style and SVG, no scripts or external references', () => {
    const html = renderHtml(reportData());
    expect(html).toContain('<style>');
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  });

  it('escapes every value that comes from data, including feature names and summaries', () => {
    const html = renderHtml(
      reportData({
        project: '<script>alert(1)</script>',
        importance: [{ feature: '<img src=x onerror=alert(1)>', importance: 1 }],
        verdicts: [
          {
            gate: 'r2 >= 0.6 & "x"',
            metric: 'r2',
            value: 0.5,
            op: '>=',
            threshold: 0.6,
            baseline: null,
            delta: null,
            passed: false,
            note: '',
          },
        ],
      }),
    );
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('r2 &gt;= 0.6 &amp; &quot;x&quot;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('<td class="fail">FAIL</td>');
    expect(html).toContain('<td>data sha256</td><td>abc&lt;def&gt;</td>');
  });

  it('shows each test metric’s bootstrap interval and the gate’s reason when the files have them', () => {
    const withIntervals: Metrics = {
      ...metrics,
      test: { rmse: 10, r2: 0.8, mape: null },
      test_intervals: { rmse: { low: 8.5, high: 11.75, sd: 0.8 }, r2: { low: 0.71, high: 0.86, sd: 0.04 } },
      bootstrap: { method: 'percentile bootstrap over the test rows', confidence: 0.95, resamples: 1000, seed: 42, rows: 20 },
    };
    const note = 'worse than tolerated (+7.0 %) but within noise (95 % lower bound -2.0 % ≤ 0): passes';
    const verdicts: Verdict[] = [
      { gate: 'rmse within 5 %', metric: 'rmse', value: 10, op: '<=', threshold: 9.9, baseline: 9.4, delta: 0.07, passed: true, note },
    ];
    const data = reportData({ metrics: withIntervals, verdicts });
    const html = renderHtml(data);
    expect(html).toContain('<td>95 % bootstrap interval (20 rows)</td><td>[8.5, 11.75]</td><td>[0.71, 0.86]</td><td>—</td>');
    expect(html).toContain('<td>gbr (test)</td><td>10</td><td>0.8</td><td>—</td>');
    expect(html).toContain(`<td class="pass">pass</td><td>${note}</td>`);
    const md = renderMarkdown(data);
    expect(md).toContain('| 95 % bootstrap interval (20 rows) | [8.5, 11.75] | [0.71, 0.86] | — |');
    expect(md).toContain(`| pass | ${note} |`);
    expect(renderMarkdown(reportData())).not.toContain('bootstrap interval');
  });

  it('shows the candidate CV table with the chosen model marked and the baseline row', () => {
    const html = renderHtml(reportData());
    expect(html).toContain('<td>gbr (chosen)</td><td>11 ± 1</td>');
    expect(html).toContain('<td>lin</td><td>12.5 ± 1.25</td>');
    expect(html).toContain('<td>baseline (training mean)</td>');
  });
});

describe('renderMarkdown', () => {
  it('includes the steps, gate verdicts and each step summary, escaping pipes in cells', () => {
    const md = renderMarkdown(
      reportData({
        verdicts: [
          { gate: 'a|b', metric: 'r2', value: 0.8, op: '>=', threshold: 0.6, baseline: null, delta: null, passed: true, note: '' },
        ],
      }),
    );
    expect(md).toContain('| train | train-model | ✓ | 2.5 s |');
    expect(md).toContain('| a\\|b | 0.8 | >= 0.6 | — | — | pass |');
    expect(md).toContain('## Step summary: train (train-model)\n\n## Train');
    expect(md).toContain('Quality gate: **passed**');
    const withBaseline = renderMarkdown(
      reportData({
        verdicts: [{ gate: 'mse', metric: 'mse', value: 4.2, op: '<=', threshold: 6, baseline: 4, delta: 0.05, passed: true, note: '' }],
      }),
    );
    expect(withBaseline).toContain('| mse | 4.2 | <= 6 | 4 | +5.0 % | pass |');
  });
});

describe('report data readers', () => {
  it('names the file and field when a bundle file is malformed', () => {
    const dir = tempDir('slipway-bundle-');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input_schema.json'), '{"target": "price"}');
    writeFileSync(join(dir, 'metrics.json'), JSON.stringify(metrics));
    writeFileSync(join(dir, 'feature_importance.json'), '[]');
    writeFileSync(join(dir, 'predictions_sample.json'), '{"actual": [1, 2], "predicted": [1]}');
    expect(() => readBundle(dir)).toThrow(`${join(dir, 'predictions_sample.json')}: predicted: has 1 values but actual has 2`);
    writeFileSync(join(dir, 'predictions_sample.json'), '{"actual": [1], "predicted": [1]}');
    writeFileSync(join(dir, 'feature_importance.json'), '[{"feature": "a"}]');
    expect(() => readBundle(dir)).toThrow(`${join(dir, 'feature_importance.json')}: [0].importance: required key is missing`);
    writeFileSync(join(dir, 'feature_importance.json'), '[{"feature": "a", "importance": 1}]');
    expect(readBundle(dir).target).toBe('price');
  });

  it('reads verdicts and rejects non-arrays', () => {
    expect(
      parseVerdicts(
        '[{"gate":"g","metric":"mse","value":4,"op":"<=","threshold":6,"baseline":null,"delta":null,"passed":true,"note":""}]',
        's',
      )[0]?.passed,
    ).toBe(true);
    expect(() => parseVerdicts('{}', 'quality-gate output')).toThrow('quality-gate output: verdicts: must be array');
  });
});
