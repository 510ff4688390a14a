import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildActionEnv, inputEnvName, node24Path, readActionMetadata, runActionProcess } from '../src/action-process.js';
import { ECHO_ACTION_JS, ECHO_ACTION_YML, tempDir, writeAction } from './fixture-actions.js';

const files = { output: '/o', summary: '/s', env: '/e', path: '/p', state: '/st' };

function echoAction(): { root: string; dir: string } {
  const root = tempDir('slipway-ap-');
  return { root, dir: writeAction(root, 'echo', ECHO_ACTION_YML, ECHO_ACTION_JS) };
}

describe('inputEnvName', () => {
  it('upper-cases and keeps dashes, replacing spaces, as the GitHub runner does', () => {
    expect(inputEnvName('metrics-file')).toBe('INPUT_METRICS-FILE');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });
});

describe('buildActionEnv', () => {
  it('applies action.yml defaults, expanding runner.temp and github.workspace', () => {
    const { root, dir } = echoAction();
    const env = buildActionEnv(readActionMetadata(dir), { actionDir: dir, inputs: { message: 'hi' }, workspace: root }, files, '/rt');
    expect(env.INPUT_MESSAGE).toBe('hi');
    expect(env['INPUT_OUT-DIR']).toBe('/rt/echo');
    expect(env.INPUT_WHERE).toBe(root);
    expect(env.INPUT_FAIL).toBe('false');
    expect(env.RUNNER_TEMP).toBe('/rt');
    expect(env.GITHUB_OUTPUT).toBe('/o');
    expect(env.GITHUB_STEP_SUMMARY).toBe('/s');
    expect(env.GITHUB_WORKSPACE).toBe(root);
  });

  it('lets a given input override its default and request env override the GITHUB_ defaults', () => {
    const { root, dir } = echoAction();
    const env = buildActionEnv(
      readActionMetadata(dir),
      { actionDir: dir, inputs: { message: 'x', 'out-dir': '/mine' }, workspace: root, env: { GITHUB_SHA: 'abc' } },
      files,
      '/rt',
    );
    expect(env['INPUT_OUT-DIR']).toBe('/mine');
    expect(env.GITHUB_SHA).toBe('abc');
  });

  it('does not leak the parent process INPUT_ variables into a step', () => {
    const { root, dir } = echoAction();
    process.env.INPUT_STRAY = 'leak';
    try {
      const env = buildActionEnv(readActionMetadata(dir), { actionDir: dir, inputs: { message: 'x' }, workspace: root }, files, '/rt');
      expect(env.INPUT_STRAY).toBeUndefined();
    } finally {
      delete process.env.INPUT_STRAY;
    }
  });

  it('rejects an input the action does not declare, naming the declared ones', () => {
    const { root, dir } = echoAction();
    expect(() =>
      buildActionEnv(readActionMetadata(dir), { actionDir: dir, inputs: { mesage: 'typo' }, workspace: root }, files, '/rt'),
    ).toThrow(/unexpected input\(s\) "mesage".*declares message, out-dir/);
  });
});

describe('readActionMetadata', () => {
  it('refuses an action that is not node24, naming the file', () => {
    const root = tempDir('slipway-ap-');
    const dir = writeAction(root, 'old', ECHO_ACTION_YML.replace('node24', 'node20'), '');
    expect(() => readActionMetadata(dir)).toThrow(`${join(dir, 'action.yml')}: runs.using is "node20"`);
  });
});

describe('runActionProcess (real Node 24 process)', () => {
  it('ships a Node 24 binary', () => {
    expect(existsSync(node24Path())).toBe(true);
  });

  it('collects outputs, summary, exported env, workflow commands and streamed lines', async () => {
    const { root, dir } = echoAction();
    const lines: string[] = [];
    const result = await runActionProcess({
      actionDir: dir,
      inputs: { message: 'hello' },
      workspace: root,
      env: { GITHUB_SHA: 'f00' },
      onLine: (l) => lines.push(l),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.echoed).toBe('hello twice\nline 2');
    expect(result.outputs['out-dir']).toMatch(/slipway-runner-.*\/echo$/);
    expect(result.outputs.where).toBe(root);
    expect(result.outputs.sha).toBe('f00');
    expect(result.summary).toBe('### echo\nhello\n');
    expect(result.exportedEnv).toEqual({ EXPORTED: 'yes' });
    expect(result.commands).toEqual([{ command: 'warning', properties: { file: 'a.py', line: '3' }, message: 'careful' }]);
    expect(result.errorMessage).toBeUndefined();
    expect(lines).toContain('[echo] got hello');
    expect(lines).toContain('to stderr');
    expect(lines.find((l) => l.startsWith('[echo] node '))).toMatch(/^\[echo\] node v24\./);
  });

  it('reports a failing step with its exit code and unescaped ::error:: message', async () => {
    const { root, dir } = echoAction();
    const result = await runActionProcess({ actionDir: dir, inputs: { message: 'boom', fail: 'true' }, workspace: root });
    expect(result.exitCode).toBe(1);
    expect(result.errorMessage).toBe('echo failed on\npurpose: boom');
    expect(result.outputs).toEqual({});
  });

  it('cancels as the runner does: SIGINT first, SIGTERM to a step that goes on', async () => {
    const root = tempDir('slipway-ap-');
    const yml = 'name: stubborn\ndescription: ignores SIGINT\nruns:\n  using: node24\n  main: dist/index.js\n';
    const script = [
      "process.on('SIGINT', () => console.log('got SIGINT, going on'));",
      "process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(3); });",
      "console.log('ready');",
      'setInterval(() => undefined, 1000);',
    ].join('\n');
    const dir = writeAction(root, 'stubborn', yml, script);
    const controller = new AbortController();
    const result = await runActionProcess({
      actionDir: dir,
      inputs: {},
      workspace: root,
      cancel: controller.signal,
      onLine: (line) => {
        if (line === 'ready') controller.abort();
      },
    });
    expect(result.stdout.split('\n').filter((l) => l !== '')).toEqual(['ready', 'got SIGINT, going on', 'got SIGTERM']);
    expect(result.exitCode).toBe(3);
  }, 30_000);
});
