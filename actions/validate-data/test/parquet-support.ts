// Parquet files for tests, written at test time by the venv's pyarrow from a CSV, with the
// column types given (so the Parquet file holds the same values, typed).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../test-support/paths.js';

export const python = join(repoRoot, 'ml', '.venv', 'bin', 'python');

/** pyarrow type names per column, e.g. { sqft: 'int64', location: 'string' }. */
export type ArrowTypes = Record<string, string>;

export const HOUSE_TYPES: ArrowTypes = {
  sqft: 'int64',
  bedrooms: 'int64',
  bathrooms: 'float64',
  location: 'string',
  condition: 'string',
  year_built: 'int64',
  price: 'float64',
};

const SCRIPT = `
import json, sys
import pyarrow as pa, pyarrow.csv as pv, pyarrow.parquet as pq
src, dst, types, group = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
convert = pv.ConvertOptions(column_types={k: pa.type_for_alias(v) for k, v in types.items()}, strings_can_be_null=True)
pq.write_table(pv.read_csv(src, convert_options=convert), dst, row_group_size=group)
`;

export function csvToParquet(csv: string, parquet: string, types: ArrowTypes, rowGroupSize = 64): string {
  execFileSync(python, ['-c', SCRIPT, csv, parquet, JSON.stringify(types), String(rowGroupSize)], { stdio: 'pipe' });
  return parquet;
}

/** Seeded house rows that pass the contract (no two equal: the price carries the index). */
export function houseRows(count: number): string[] {
  const locations = ['Downtown', 'Urban', 'Suburb', 'Rural', 'Waterfront', 'Mountain'];
  const conditions = ['Poor', 'Fair', 'Good', 'Excellent'];
  return Array.from({ length: count }, (_, i) => {
    const sqft = 600 + ((i * 7919) % 4000);
    const bedrooms = 1 + (i % 6);
    const bathrooms = 1 + (i % 8) / 2;
    // A price per sqft that varies from row to row, so sqft does not leak the target.
    const price = sqft * (150 + ((i * 7907) % 151)) + bedrooms * 10_000 + i;
    return `${sqft},${bedrooms},${bathrooms},${locations[i % 6] ?? ''},${conditions[(i * 3) % 4] ?? ''},${1900 + (i % 120)},${price}`;
  });
}
