// Markdown for job summaries and PR reports: tables with escaped cells and readable numbers.

/** Escapes a table cell: `|` would end the cell and a newline would end the row. */
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export type Align = 'left' | 'right' | 'center';

export interface TableOptions {
  headers: string[];
  rows: string[][];
  /** One per column; left when omitted. */
  align?: Align[];
}

const ALIGN_MARK: Record<Align, string> = { left: '---', right: '---:', center: ':---:' };

export function markdownTable(options: TableOptions): string {
  const { headers, rows } = options;
  const width = headers.length;
  const line = (cells: string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  const marks = headers.map((_, i) => ALIGN_MARK[options.align?.[i] ?? 'left']);
  const body = rows.map((row) => {
    if (row.length !== width) throw new Error(`table row has ${row.length} cells, the header has ${width}`);
    return line(row);
  });
  return [line(headers), `| ${marks.join(' | ')} |`, ...body].join('\n');
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Thousands grouped for large values, four significant digits for small ones. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const abs = Math.abs(value);
  if (abs >= 1000) return grouped.format(value);
  if (abs === 0) return '0';
  if (abs >= 1) return String(Number(value.toFixed(3)));
  return String(Number(value.toPrecision(4)));
}

/** A fraction as a signed percentage: 0.0512 → "+5.12 %". */
export function formatPercent(fraction: number | null | undefined, options: { signed?: boolean } = {}): string {
  if (fraction === null || fraction === undefined) return '—';
  if (!Number.isFinite(fraction)) return formatNumber(fraction);
  const sign = options.signed && fraction > 0 ? '+' : '';
  return `${sign}${(fraction * 100).toFixed(2)} %`;
}

/** A bootstrap interval as "[low, high]" ("—" when the metrics file has none). */
export function formatInterval(interval: { low: number; high: number } | undefined): string {
  return interval === undefined ? '—' : `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
}

/** "95 % interval over 400 rows, 1000 resamples" from metrics.json's bootstrap block. */
export function bootstrapCaption(bootstrap: { confidence: number; rows: number; resamples: number } | undefined): string {
  if (bootstrap === undefined) return 'this metrics file has no bootstrap intervals (trained before they were added)';
  return `${+(bootstrap.confidence * 100).toFixed(2)} % bootstrap interval over the ${bootstrap.rows} test rows (${bootstrap.resamples} seeded resamples)`;
}

export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, 'ˋ')}\``;
}
