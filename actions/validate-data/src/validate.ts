// Validates a CSV or Parquet file (local or s3://) against a dataset contract in one streaming pass
// (two parts on two threads for a big CSV file: split.ts).
import { existsSync, statSync } from 'node:fs';
import type { DatasetContract } from '@slipway/shared';
import { csvRecordFetcher, streamCsv, type StreamSummary } from './reading/csv-reader.js';
import type { DuplicateOptions } from './checks/duplicates.js';
import { FileValidator } from './file-validator.js';
import type { Finding } from './checks/findings.js';
import { isParquetFile, parquetRecordFetcher, parquetTypeProblems, streamParquet } from './reading/parquet-reader.js';
import type { ColumnProfile } from './statistics/profile.js';
import { isS3Uri, localData } from './reading/s3-object.js';
import { streamCsvInParts, type SplitOptions } from './parallel/split.js';

export interface ValidationResult {
  file: string;
  passed: boolean;
  rows: number;
  sha256: string;
  findings: Finding[];
  profile: ColumnProfile[];
}

export interface ValidateOptions {
  duplicates?: DuplicateOptions;
  /** Every record as text through the general path (tests prove the byte fast path equal to it). */
  slowPath?: boolean;
  /** When a big CSV file is read in two parts (split.ts). */
  split?: SplitOptions;
}

export async function validateFile(file: string, contract: DatasetContract, options: ValidateOptions = {}): Promise<ValidationResult> {
  if (!isS3Uri(file) && (!existsSync(file) || !statSync(file).isFile())) {
    throw new Error(`data file ${file} does not exist; give the CSV path in the data input (or a Parquet file, or an s3:// URI)`);
  }
  const local = await localData(file);
  try {
    const validator = new FileValidator(file, contract, options.duplicates);
    const summary = await readRecords(local.path, file, contract, validator, options);
    validator.finish(summary);
    const findings = validator.findings.list();
    return {
      file,
      passed: !findings.some((f) => f.severity === 'error'),
      rows: validator.rows,
      sha256: summary.sha256,
      findings,
      profile: validator.profile(),
    };
  } finally {
    local.cleanup();
  }
}

/** Streams a local CSV or Parquet file (told apart by its first bytes) through the validator. */
async function readRecords(
  path: string,
  name: string,
  contract: DatasetContract,
  validator: FileValidator,
  options: ValidateOptions,
): Promise<StreamSummary> {
  if (isParquetFile(path)) {
    const summary = await streamParquet(path, (record, ref, hash) => {
      validator.onRecord(record, ref, hash);
    });
    for (const problem of parquetTypeProblems(name, summary.columns, contract)) {
      validator.findings.add({ id: 'parquet-type', severity: 'error', ...problem });
    }
    await validator.duplicateChecks.report(parquetRecordFetcher(path), validator.findings);
    return summary;
  }
  const delimiter = contract.format?.delimiter ?? ',';
  const summary =
    options.slowPath === true
      ? await streamCsv(
          path,
          delimiter,
          (record, ref, hash) => {
            validator.onRecord(record, ref, hash);
          },
          undefined,
          { header: contract.format?.header !== false },
        )
      : await streamCsvInParts(path, validator, contract, options.duplicates ?? {}, options.split);
  await validator.duplicateChecks.report(csvRecordFetcher(path, delimiter), validator.findings);
  return summary;
}
