// report.html: one self-contained page (inline CSS and SVG, no scripts, nothing fetched),
// so it opens from disk or as a CI artifact. Every value is escaped on the way in.
import { formatDuration } from '../progress.js';
import { importanceSvg, scatterSvg } from './charts.js';
import { escapeHtml } from './escape.js';
import type { ReportData } from './report-data.js';
import { candidateTable, provenanceTable, testTable, verdictTable, type Table } from './tables.js';

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1b1f24;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f6f8fa}
.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:2rem}
.chart text{font-size:11px;fill:#57606a}.axis{stroke:#8c959f}.identity{stroke:#cf222e;stroke-dasharray:4 3}
.pt{fill:#0969da;fill-opacity:.55}.bar{fill:#0969da}
pre{background:#f6f8fa;padding:.75rem;overflow:auto;white-space:pre-wrap}`;

function verdictClass(cell: string): string {
  if (cell === 'pass') return ' class="pass"';
  if (cell === 'FAIL') return ' class="fail"';
  return '';
}

export function htmlTable(table: Table): string {
  const head = table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((c) => `<td${verdictClass(c)}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function stepsTable(data: ReportData): string {
  return htmlTable({
    head: ['step', 'action', 'result', 'duration'],
    rows: data.steps.map((s) => [s.id, s.action, s.ok ? 'pass' : 'FAIL', formatDuration(s.durationMs)]),
  });
}

export function renderHtml(data: ReportData): string {
  const m = data.metrics;
  const verdict = data.passed ? '<span class="pass">passed</span>' : '<span class="fail">failed</span>';
  const summaries = data.steps
    .map(
      (s) =>
        `<details><summary>${escapeHtml(s.id)} (${escapeHtml(s.action)}) job summary</summary><pre>${escapeHtml(s.summary.trim() || '(no summary)')}</pre></details>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Slipway run: ${escapeHtml(data.project)}</title>
<style>${STYLE}</style></head>
<body>
<h1>Slipway run: ${escapeHtml(data.project)}</h1>
<p>Model version <code>${escapeHtml(data.version)}</code>, created ${escapeHtml(data.createdAt)}.
Chosen model <strong>${escapeHtml(m.chosen)}</strong> by ${escapeHtml(m.primary_metric)} over ${escapeHtml(m.cv_folds)}-fold CV
(${escapeHtml(m.n_train)} training rows, ${escapeHtml(m.n_test)} test rows). Quality gate: ${verdict}.</p>
${stepsTable(data)}
<h2>Quality gate</h2>
${htmlTable(verdictTable(data.verdicts))}
<h2>Test metrics</h2>
${htmlTable(testTable(m))}
<h2>Candidates (cross-validation)</h2>
${htmlTable(candidateTable(m))}
<h2>Charts</h2>
<div class="charts">
<figure>${scatterSvg(data.predictions, data.target)}<figcaption>Predicted vs actual on test rows; dashed: y = x.</figcaption></figure>
<figure>${importanceSvg(data.importance, m.primary_metric)}<figcaption>Permutation importance on the test set (raw inputs shuffled, derived features recomputed).</figcaption></figure>
</div>
<h2>Provenance</h2>
${htmlTable(provenanceTable(data.provenance))}
<h2>Step summaries</h2>
${summaries}
</body></html>
`;
}
