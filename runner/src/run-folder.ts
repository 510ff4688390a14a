// The run folder runs/<UTC timestamp>-<project>/ and atomic file writes into it:
// a report is written to a temporary name and renamed, so no half-written file carries a final name.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `2026-11-22T05-30-12Z`: ISO 8601 in UTC, with colons replaced so it is a valid file name everywhere. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/** Creates runs/<stamp>-<project>/ (with -2, -3... if two runs start in the same second). */
export function createRunFolder(parent: string, date: Date, project: string): string {
  mkdirSync(parent, { recursive: true });
  const base = join(parent, `${utcStamp(date)}-${project}`);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (existsSync(candidate) || existsSync(`${candidate}.failed`)) continue;
    mkdirSync(candidate);
    return candidate;
  }
}

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** A failed run keeps its files for inspection, under a name no one mistakes for a complete run. */
export function markRunFailed(runDir: string): string {
  const failed = `${runDir}.failed`;
  renameSync(runDir, failed);
  return failed;
}
