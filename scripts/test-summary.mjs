// Totals every check `make test` recorded under .test-results/: jest counts from its JSON
// report, pytest from its JUnit XML, and each lint-type check as one test. Prints one line per
// runner, then the plain final line `N passed, N failed`; exits 1 if anything failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.SLIPWAY_TEST_RESULTS ?? '.test-results';

/** A runner that exited non-zero without reporting a failed test still counts one failure. */
function withExit(counts, status) {
  return status !== 0 && counts.failed === 0 ? { ...counts, failed: counts.failed + 1, note: `exit code ${status}` } : counts;
}

function jestCounts(name, status) {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, note: `no ${file}` };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load has no failed tests but is still a failure.
  const brokenSuites =
    (report.numFailedTestSuites ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) > 0 && report.numFailedTests === 0 ? 1 : 0;
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenSuites,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
  return withExit(counts, status);
}

function attribute(tag, name) {
  const match = new RegExp(`\\b${name}="(\\d+)"`).exec(tag);
  return match ? Number(match[1]) : 0;
}

function pytestCounts(name, status) {
  const file = join(dir, `${name}.xml`);
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0, note: `no ${file}` };
  const xml = readFileSync(file, 'utf8');
  const suites = [...xml.matchAll(/<testsuite\b[^>]*>/g)].map((m) => m[0]);
  const sum = (key) => suites.reduce((total, tag) => total + attribute(tag, key), 0);
  const failed = sum('failures') + sum('errors');
  const skipped = sum('skipped');
  return withExit({ passed: sum('tests') - failed - skipped, failed, skipped }, status);
}

function countsFor(name, kind, status) {
  if (kind === 'jest') return jestCounts(name, status);
  // pytest and vitest both write JUnit XML.
  if (kind === 'pytest' || kind === 'junit') return pytestCounts(name, status);
  return { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 };
}

const checks = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.check'))
      .sort()
  : [];
let passed = 0;
let failed = 0;
for (const file of checks) {
  const name = file.replace(/\.check$/, '');
  const [kind, statusText, seconds] = readFileSync(join(dir, file), 'utf8').trim().split(' ');
  const counts = countsFor(name, kind, Number(statusText));
  passed += counts.passed;
  failed += counts.failed;
  const extra = [counts.skipped ? `${counts.skipped} skipped` : '', counts.note ?? '', `${seconds}s`].filter(Boolean).join(', ');
  console.log(`${counts.failed ? 'FAIL' : 'ok  '} ${name.padEnd(22)} ${counts.passed} passed, ${counts.failed} failed (${extra})`);
}
if (checks.length === 0) {
  console.log(`no checks recorded in ${dir}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
