// The training data profile (validate-data's profile.json, format slipway-data-profile v2) as
// drift references per feature: numeric columns' bins and sorted sample, category counts.
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const ascending = (v: number[]): boolean => v.every((x, i) => i === 0 || x >= (v[i - 1] ?? x));

export type ReferenceColumn =
  | { name: string; kind: 'numeric'; edges: number[]; counts: number[]; sample: number[] }
  | { name: string; kind: 'category'; categories: Record<string, number> };

const FIX = "give validate-data's profile-file of the production model's training data (format version 2)";

/** Reference columns of the profile except the target; columns without bins or counts are left out. */
export function referenceColumns(text: string, where: string, target: string): ReferenceColumn[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)}); ${FIX}`);
  }
  if (!isObject(doc) || doc.format !== 'slipway-data-profile') throw new Error(`${where}: format: expected "slipway-data-profile"; ${FIX}`);
  if (doc.version !== 2) throw new Error(`${where}: version: expected 2, found ${JSON.stringify(doc.version)}; ${FIX}`);
  if (!Array.isArray(doc.columns)) throw new Error(`${where}: columns: expected a list; ${FIX}`);
  const columns: ReferenceColumn[] = [];
  doc.columns.forEach((column: unknown, i) => {
    const path = `${where}: columns[${i}]`;
    if (!isObject(column) || typeof column.name !== 'string') throw new Error(`${path}.name: expected a column name; ${FIX}`);
    if (column.name === target) return;
    if (column.type === 'integer' || column.type === 'number') {
      const h = column.histogram;
      if (h === null || column.sample === null) return;
      if (
        !isObject(h) ||
        !isNumberList(h.edges) ||
        h.edges.length < 2 ||
        !isNumberList(h.counts) ||
        h.counts.length !== h.edges.length - 1
      ) {
        throw new Error(`${path}.histogram: expected ascending edges and one count per bin; ${FIX}`);
      }
      if (!isNumberList(column.sample) || column.sample.length === 0 || !ascending(column.sample)) {
        throw new Error(`${path}.sample: expected an ascending list of numbers; ${FIX}`);
      }
      columns.push({ name: column.name, kind: 'numeric', edges: h.edges, counts: h.counts, sample: column.sample });
    } else if (column.type === 'category') {
      const c = column.categories;
      if (c === null) return;
      if (!isObject(c) || !Object.values(c).every((n) => typeof n === 'number' && n >= 0)) {
        throw new Error(`${path}.categories: expected counts per category; ${FIX}`);
      }
      columns.push({ name: column.name, kind: 'category', categories: c as Record<string, number> });
    }
  });
  return columns;
}
