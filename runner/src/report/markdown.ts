// report.md: the run at a glance, then every step's own job summary, as GitHub would show them.
import { formatDuration } from '../progress.js';
import type { ReportData } from './report-data.js';
import { candidateTable, provenanceTable, testTable, verdictTable, type Table } from './tables.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(table: Table): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(table.head), line(table.head.map(() => '---')), ...table.rows.map(line)].join('\n');
}

export function renderMarkdown(data: ReportData): string {
  const steps: Table = {
    head: ['step', 'action', 'result', 'duration'],
    rows: data.steps.map((s) => [s.id, s.action, s.ok ? '✓' : '✗', formatDuration(s.durationMs)]),
  };
  const parts = [
    `# Slipway run: ${data.project}`,
    '',
    `Model version \`${data.version}\`, created ${data.createdAt}. Quality gate: **${data.passed ? 'passed' : 'failed'}**.`,
    '',
    markdownTable(steps),
    '',
    '## Test metrics',
    '',
    markdownTable(testTable(data.metrics)),
    '',
    '## Candidates (cross-validation)',
    '',
    markdownTable(candidateTable(data.metrics)),
    '',
    '## Quality gate',
    '',
    markdownTable(verdictTable(data.verdicts)),
    '',
  ];
  parts.push('## Provenance', '', markdownTable(provenanceTable(data.provenance)), '');
  for (const step of data.steps) {
    parts.push(`## Step summary: ${step.id} (${step.action})`, '', step.summary.trim() || '_(no summary)_', '');
  }
  return parts.join('\n');
}
