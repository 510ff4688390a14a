// Everything that goes into the HTML report passes through here: names, numbers and
// Markdown summaries all come from files a user (or a dataset) controls.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number for a table: up to 4 significant decimals, thousands kept readable. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  if (abs >= 1) return value.toFixed(3).replace(/\.?0+$/, '');
  return value.toPrecision(4).replace(/\.?0+$/, '');
}
