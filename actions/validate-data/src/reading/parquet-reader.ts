// Parquet input, recognised by its magic bytes: read with hyparquet one row group at a time (so
// memory is bounded by one row group), each row handed to the same record sink as CSV rows,
// values in their text form so the same cell checks apply. Line numbers are those of the
// equivalent CSV: the column names are line 1, row i (0-based) is line i + 2.
import { closeSync, openSync, readSync } from 'node:fs';
import { fileSha256, type ContractColumn, type DatasetContract } from '@slipway/shared';
import type { AsyncBuffer, FileMetaData, SchemaElement } from 'hyparquet';
import type { RecordSink, StreamSummary } from './csv-reader.js';

const MAGIC = 'PAR1';

export interface ParquetColumn {
  name: string;
  /** The physical type, with its logical type when it has one, e.g. "BYTE_ARRAY (STRING)". */
  stored: string;
  kind: 'number' | 'boolean' | 'text' | 'other';
}

export function isParquetFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Streams every row group through onRecord (ref = the row's 0-based index). */
export async function streamParquet(file: string, onRecord: RecordSink): Promise<StreamSummary & { columns: ParquetColumn[] }> {
  const opened = await openParquet(file);
  const sha256 = fileSha256(file);
  const { buffer, metadata, columns } = opened;
  onRecord({ fields: columns.map((c) => c.name), line: 1 }, -1);
  let nextLine = 2;
  await forEachRowGroup(buffer, metadata, (rows, start) => {
    rows.forEach((row, i) => {
      onRecord({ fields: row.map(cellText), line: start + i + 2 }, start + i);
    });
    nextLine = start + rows.length + 2;
  });
  return { sha256, bytes: buffer.byteLength, nextLine, columns };
}

/** Reads rows again by index, one row group at a time. */
export function parquetRecordFetcher(file: string): (refs: number[]) => Promise<Map<number, string[]>> {
  return async (refs) => {
    const wanted = new Set(refs);
    const found = new Map<number, string[]>();
    const { buffer, metadata } = await openParquet(file);
    await forEachRowGroup(
      buffer,
      metadata,
      (rows, start) => {
        rows.forEach((row, i) => {
          if (wanted.has(start + i)) found.set(start + i, row.map(cellText));
        });
      },
      (start, end) => refs.some((r) => r >= start && r < end),
    );
    return found;
  };
}

/** Contract columns whose Parquet type cannot hold the contract's type: one message each. */
export function parquetTypeProblems(
  file: string,
  columns: ParquetColumn[],
  contract: DatasetContract,
): { column: string; message: string }[] {
  const byName = new Map(columns.map((c) => [c.name.trim().toLowerCase(), c]));
  return contract.columns.flatMap((column) => {
    const stored = byName.get(column.name.trim().toLowerCase());
    if (stored === undefined || fits(column, stored)) return [];
    const message = `${file}: column "${column.name}" is stored as ${stored.stored} in the Parquet file but the contract says ${column.type}; write the column as ${wanted(column)} or fix the contract`;
    return [{ column: column.name, message }];
  });
}

function fits(column: ContractColumn, stored: ParquetColumn): boolean {
  switch (column.type) {
    case 'integer':
    case 'number':
      return stored.kind === 'number';
    case 'boolean':
      return stored.kind === 'boolean';
    case 'category':
      return stored.kind === 'text';
    case 'string':
      return true;
  }
}

const wanted = (column: ContractColumn): string =>
  column.type === 'boolean' ? 'BOOLEAN' : column.type === 'category' ? 'a string' : 'an integer or floating-point type';

async function openParquet(file: string): Promise<{ buffer: AsyncBuffer; metadata: FileMetaData; columns: ParquetColumn[] }> {
  // Loaded on first use: CSV runs do not pay for parsing the Parquet reader's code.
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  const buffer = await asyncBufferFromFile(file);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new Error(`${file} starts like a Parquet file but its footer cannot be read (${(error as Error).message}); is it complete?`);
  }
  return { buffer, metadata, columns: flatColumns(file, metadata.schema) };
}

/** The top-level columns; nested ones (structs, lists, maps) are refused by name. */
function flatColumns(file: string, schema: SchemaElement[]): ParquetColumn[] {
  const children = schema.slice(1);
  const nested = children.filter((e) => (e.num_children ?? 0) > 0).map((e) => e.name);
  if (nested.length > 0) {
    throw new Error(
      `${file}: Parquet ${nested.length === 1 ? 'column' : 'columns'} ${nested.join(', ')} ${nested.length === 1 ? 'is' : 'are'} nested (struct, list or map); validate-data reads flat tables — flatten them first`,
    );
  }
  return children.map(describe);
}

function describe(element: SchemaElement): ParquetColumn {
  const logical = element.logical_type?.type ?? element.converted_type;
  const stored = `${element.type ?? 'GROUP'}${logical === undefined ? '' : ` (${logical})`}`;
  return { name: element.name, stored, kind: kindOf(element.type, logical) };
}

function kindOf(type: SchemaElement['type'], logical: string | undefined): ParquetColumn['kind'] {
  if (type === 'BOOLEAN') return 'boolean';
  if (
    logical !== undefined &&
    ['DATE', 'TIME', 'TIMESTAMP', 'TIME_MILLIS', 'TIME_MICROS', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS', 'INTERVAL'].includes(logical)
  )
    return 'other';
  if (type === 'INT32' || type === 'INT64' || type === 'FLOAT' || type === 'DOUBLE') return 'number';
  if (logical === 'DECIMAL') return 'number';
  if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY') return 'text';
  return 'other';
}

/** Calls onRows with each row group's rows and the index of its first row. */
async function forEachRowGroup(
  buffer: AsyncBuffer,
  metadata: FileMetaData,
  onRows: (rows: unknown[][], start: number) => void,
  wantGroup: (start: number, end: number) => boolean = () => true,
): Promise<void> {
  const { parquetRead } = await import('hyparquet');
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    if (wantGroup(start, end)) {
      const from = start;
      await parquetRead({
        file: buffer,
        metadata,
        rowStart: start,
        rowEnd: end,
        onComplete: (rows: unknown[][]) => {
          onRows(rows, from);
        },
      });
    }
    start = end;
  }
}

/** A value's text, as the same value would be written in a CSV. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}
