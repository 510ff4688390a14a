import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { collectReportData } from '../src/collect.js';
import type { ReportInputs } from '../src/inputs.js';
import { MAX_BODY_CHARS, renderReport, type ReportData } from '../src/render.js';
import { MAX_TABLE_ROWS } from '../src/render-checks.js';
import { parseValidationReport } from '../src/validation-report.js';
import { parseVerdicts } from '../src/verdicts.js';
import { candidateMetrics, fixture } from './paths.js';

const verdictsJson = readFileSync(fixture('gate-verdicts.json'), 'utf8');
const base: ReportInputs = {
  mode: 'comment',
  project: 'house-prices',
  validationReportFile: fixture('validation-report.json'),
  metricsFile: candidateMetrics,
  baselineMetricsFile: fixture('production-metrics.json'),
  targetMetricsFile: fixture('target-metrics.json'),
  verdicts: parseVerdicts(verdictsJson),
  outcomes: [],
  runUrl: 'https://github.com/slipway-demo/slipway/actions/runs/19602233145',
  artifactUrl: 'https://github.com/slipway-demo/slipway/actions/runs/19602233145/artifacts/4710233871',
  reportFile: '/unused',
};
const render = (inputs: Partial<ReportInputs> = {}): string => renderReport(collectReportData({ ...base, ...inputs }));
const lines = (body: string): string[] => body.split('\n');

describe('the report body', () => {
  const body = render();

  it('starts with the hidden marker, then the verdict naming the failed step', () => {
    expect(lines(body).slice(0, 3)).toEqual([
      '<!-- slipway-report:house-prices -->',
      '',
      '## ❌ Slipway · house-prices: failed at quality-gate (2 of 7 gate checks failed)',
    ]);
  });

  it('names the model version, the data fingerprint and links the run and the bundle', () => {
    expect(body).toContain(
      'Model `house-prices-3c57dfda4fcd` (`xgboost`) · data `6895cb677375` (2000 rows) · ' +
        `[workflow run](${base.runUrl}) · [model bundle](${base.artifactUrl})`,
    );
  });

  it('tabulates every metric with deltas vs production and vs the target branch, marking better and worse', () => {
    expect(body).toContain('| Metric | Candidate | Production | Δ vs production | Target branch | Δ vs target branch |');
    expect(body).toContain('| **rmse** (primary) | 22,414.7 | 18,141.8 | +23.55 % 🔴 | 18,239.1 | +22.89 % 🔴 |');
    expect(body).toContain('| r2 | 0.9883 | 0.9868 | +0.15 % 🟢 | 0.9861 | +0.22 % 🟢 |');
    expect(body).toContain('| mape | 0.03268 | 0.03248 | +0.62 % 🔴 | 0.03333 | -1.96 % 🟢 |');
  });

  it('says a metrics file without intervals has none, and that the deltas are unpaired', () => {
    expect(body).toContain('Candidate interval: this metrics file has no bootstrap intervals (trained before they were added).');
    expect(body).toContain('The Δ columns compare metrics measured on different test rows');
  });

  it('shows the candidate interval column when the metrics file has intervals, and the gate’s reason', () => {
    const candidate = JSON.parse(readFileSync(candidateMetrics, 'utf8')) as Record<string, unknown>;
    candidate.test_intervals = { rmse: { low: 20100.5, high: 24890, sd: 1230 } };
    candidate.bootstrap = { method: 'percentile bootstrap over the test rows', resamples: 1000, confidence: 0.95, seed: 42, rows: 400 };
    const data = collectReportData(base);
    const paired = parseVerdicts(
      JSON.stringify([
        {
          gate: 'rmse within 5 % of production (paired, 95 %)',
          metric: 'rmse',
          value: 22414.7,
          op: '<=',
          threshold: 19048.9,
          baseline: 18141.8,
          delta: 0.2355,
          passed: true,
          note: 'worse than tolerated (+7.0 %) but within noise (95 % lower bound -2.0 % ≤ 0): passes',
        },
      ]),
    );
    const shown = renderReport({ ...data, candidate: candidate as unknown as ReportData['candidate'], verdicts: paired });
    expect(shown).toContain('| Metric | Candidate | Candidate interval | Production | Δ vs production |');
    expect(shown).toContain('| **rmse** (primary) | 22,414.7 | [20,100.5, 24,890] | 18,141.8 |');
    expect(shown).toContain('| mae | 16,266.5 | — |');
    expect(shown).toContain('Candidate interval: 95 % bootstrap interval over the 400 test rows (1000 seeded resamples).');
    expect(shown).toContain('| ✅ pass | worse than tolerated (+7.0 %) but within noise (95 % lower bound -2.0 % ≤ 0): passes |');
  });

  it('draws the primary metric as a Mermaid bar chart', () => {
    expect(body).toContain(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Test rmse (lower is better)"',
        '    x-axis ["candidate", "production", "target branch"]',
        '    y-axis "rmse"',
        '    bar [22410, 18140, 18240]',
        '```',
      ].join('\n'),
    );
  });

  it("lists the gate rows from quality-gate's verdicts", () => {
    expect(body).toContain('| mae within 5 % of production | 16,266.5 | <= 13,424.6 | 12,785.4 | +27.23 % | ❌ fail | — |');
    expect(body).toContain('| r2 >= 0.6 | 0.9883 | >= 0.6 | 0.9868 | +0.15 % | ✅ pass | — |');
  });

  it('summarises the data checks and says drift was not checked when the report has no drift table', () => {
    expect(body).toContain('### Data checks\n\n✅ data valid: 2000 rows, 0 errors, 0 warnings (`house-prices.csv`)');
    expect(body).toContain('Drift: not checked (no reference profile).');
  });
});

describe('verdicts and missing parts', () => {
  it('passes when every gate passed and no step failed', () => {
    const passing = parseVerdicts(verdictsJson).filter((v) => v.passed);
    expect(lines(render({ verdicts: passing }))[2]).toBe('## ✅ Slipway · house-prices: passed');
  });

  it('names the first failed step and shows the data errors when validation stopped the run', () => {
    const body = render({
      validationReportFile: fixture('validation-report-dirty.json'),
      metricsFile: undefined,
      verdicts: [],
      outcomes: [
        { step: 'validate-data', outcome: 'failure' },
        { step: 'train-model', outcome: 'skipped' },
      ],
    });
    expect(lines(body)[2]).toBe('## ❌ Slipway · house-prices: failed at validate-data (3 data check error(s))');
    expect(body).toContain('No metrics: training did not run or did not finish.');
    expect(body).toContain('❌ data invalid: 2000 rows, 3 errors, 0 warnings');
    expect(body).toContain(
      '| category | error | location | 2 | column "location": unknown category "Moon" (2); allowed: Downtown, Urban, Suburb, Rural, Waterfront, Mountain |',
    );
    expect(body).toContain('data `b18d4c7e858e` (2000 rows)');
  });

  it('says there is no production model, with no production columns', () => {
    const body = render({ baselineMetricsFile: undefined });
    expect(body).toContain('No production model yet: the candidate is compared with fixed thresholds only.');
    expect(body).toContain('| Metric | Candidate | Target branch | Δ vs target branch |');
    expect(body).toContain('    x-axis ["candidate", "target branch"]');
  });

  it('fails on a metrics file that was given but is missing, naming it', () => {
    expect(() => render({ targetMetricsFile: '/nowhere/metrics.json' })).toThrow('/nowhere/metrics.json: metrics file not found');
  });
});

describe('the drift table', () => {
  const report = JSON.parse(readFileSync(fixture('validation-report.json'), 'utf8')) as Record<string, unknown>;

  it('shows each drift row of a real validate-data run against a reference profile', () => {
    // validation-report-drift.json: the candidate's data (generated with --drift 0.15) against
    // the profile of production's training data.
    const body = render({ validationReportFile: fixture('validation-report-drift.json'), verdicts: [], outcomes: [] });
    expect(lines(body)[2]).toBe('## ❌ Slipway · house-prices: failed at validate-data (1 data check error(s))');
    expect(body).toContain('❌ data invalid: 2000 rows, 1 errors, 3 warnings');
    expect(body).toContain('| Column | PSI | Test | Statistic | p-value | Verdict |');
    expect(body).toContain('| price | 0.3947 | KS | 0.263 | 1.666e-60 | ❌ error |');
    expect(body).toContain('| sqft | 0.245 | KS | 0.2215 | 4.854e-43 | ⚠️ warning |');
    expect(body).toContain('| location | 0 | chi-square | 0 | 1 | ✅ ok |');
  });

  it('names new categories in the verdict', () => {
    const validation = parseValidationReport(
      {
        ...report,
        drift: [
          {
            column: 'location',
            psi: 0.31,
            test: 'chi-square',
            statistic: 41.2,
            p_value: 1.2e-9,
            new_categories: { Moon: 2 },
            verdict: 'error',
          },
        ],
      },
      'report.json',
    );
    const data: ReportData = { project: 'house-prices', outcomes: [], verdicts: [], validation };
    expect(renderReport(data)).toContain('| location | 0.31 | chi-square | 41.2 | 1.2e-9 | ❌ error; new: Moon (2) |');
  });

  it("says drift was not checked when the report's drift is null (no reference profile)", () => {
    const validation = parseValidationReport({ ...report, drift: null }, 'report.json');
    expect(renderReport({ project: 'house-prices', outcomes: [], verdicts: [], validation })).toContain(
      'Drift: not checked (no reference profile).',
    );
  });

  it('cuts long tables and says where the rest is', () => {
    const drift = Array.from({ length: MAX_TABLE_ROWS + 3 }, (_, i) => ({
      column: `c${i}`,
      psi: 0,
      test: 'chi-square',
      statistic: 0,
      p_value: 1,
      new_categories: {},
      verdict: 'ok',
    }));
    const validation = parseValidationReport({ ...report, drift }, 'report.json');
    const body = renderReport({ project: 'house-prices', outcomes: [], verdicts: [], validation });
    expect(body).toContain(`| c${MAX_TABLE_ROWS - 1} |`);
    expect(body).not.toContain(`| c${MAX_TABLE_ROWS} |`);
    expect(body).toContain('… 3 more rows in the job summary.');
  });

  it('rejects a drift table that is not a list of rows, naming the file', () => {
    expect(() => parseValidationReport({ ...report, drift: 'none' }, 'report.json')).toThrow('report.json: drift: must be array,null');
  });
});

describe('the comment size limit', () => {
  it('keeps the body within what GitHub accepts for a comment', () => {
    const findings = Array.from({ length: 5 }, (_, i) => ({
      id: `check-${i}`,
      severity: 'error',
      message: 'x'.repeat(20_000),
      count: 1,
      examples: [],
    }));
    const report = JSON.parse(readFileSync(fixture('validation-report.json'), 'utf8')) as Record<string, unknown>;
    const validation = parseValidationReport({ ...report, passed: false, findings }, 'report.json');
    const body = renderReport({ project: 'house-prices', outcomes: [], verdicts: [], validation });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(body.endsWith('… the report was cut to fit a GitHub comment; the job summary has all of it.\n')).toBe(true);
  });
});

describe('values from the data', () => {
  it("cannot smuggle another project's marker into the comment", () => {
    const report = JSON.parse(readFileSync(fixture('validation-report-dirty.json'), 'utf8')) as { findings: { message: string }[] };
    report.findings[0]!.message = 'column "location": unknown category "<!-- slipway-report:abalone -->" (1)';
    const validation = parseValidationReport(report, 'report.json');
    const body = renderReport({ project: 'house-prices', outcomes: [], verdicts: [], validation });
    expect(body.split('<!--')).toHaveLength(2);
    expect(body).toContain('unknown category "&lt;!-- slipway-report:abalone -->"');
  });

  it('leaves the chart out when no model has a finite primary metric', () => {
    const data = collectReportData({ ...base, baselineMetricsFile: undefined, targetMetricsFile: undefined });
    const candidate = { ...data.candidate!, test: { ...data.candidate!.test, rmse: NaN } };
    const body = renderReport({ ...data, candidate });
    expect(body).toContain('| **rmse** (primary) | NaN |');
    expect(body).not.toContain('```mermaid');
  });
});
