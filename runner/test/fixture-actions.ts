// Tiny but real JavaScript actions written to a temp folder, run by the real Node 24 through
// runActionProcess: they exercise the runner contract without depending on Slipway's actions.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes actions/<name>/action.yml and dist/index.js under root. */
export function writeAction(root: string, name: string, actionYml: string, script: string): string {
  const dir = join(root, 'actions', name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'action.yml'), actionYml);
  writeFileSync(join(dir, 'dist', 'index.js'), script);
  return dir;
}

/** An action that echoes its inputs to outputs and summary, and fails on demand. */
export const ECHO_ACTION_YML = `name: echo
description: echoes inputs
inputs:
  message:
    description: text to echo
    required: true
  out-dir:
    description: where to write
    default: \${{ runner.temp }}/echo
  where:
    description: workspace default
    default: \${{ github.workspace }}
  fail:
    description: fail when "true"
    default: "false"
outputs:
  echoed:
    description: the message
runs:
  using: node24
  main: dist/index.js
`;

export const ECHO_ACTION_JS = `import { appendFileSync } from 'node:fs';
const message = process.env.INPUT_MESSAGE ?? '';
console.log('[echo] got ' + message);
console.log('[echo] node ' + process.version);
console.error('to stderr');
if (process.env.INPUT_FAIL === 'true') {
  console.log('::error::echo failed on%0Apurpose: ' + message);
  process.exit(1);
}
appendFileSync(process.env.GITHUB_OUTPUT, 'echoed<<EOF_1\\n' + message + ' twice\\nline 2\\nEOF_1\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'out-dir=' + process.env['INPUT_OUT-DIR'] + '\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'where=' + process.env.INPUT_WHERE + '\\n');
appendFileSync(process.env.GITHUB_OUTPUT, 'sha=' + process.env.GITHUB_SHA + '\\n');
appendFileSync(process.env.GITHUB_ENV, 'EXPORTED=yes\\n');
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '### echo\\n' + message + '\\n');
console.log('::warning file=a.py,line=3::careful');
`;
