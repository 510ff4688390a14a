import { describe, expect, it } from '@jest/globals';
import { resolveInWorkspace, runnerContext } from '../src/runner-context.js';

describe('runnerContext', () => {
  it('reads the runner variables', () => {
    expect(runnerContext({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', GITHUB_SHA: 'abc' })).toEqual({
      workspace: '/w',
      runnerTemp: '/t',
      gitSha: 'abc',
    });
  });
  it('treats empty variables as unset', () => {
    expect(runnerContext({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '', GITHUB_SHA: '' })).toEqual({
      workspace: '/w',
      runnerTemp: '/w/.slipway-tmp',
    });
  });
  it('resolves relative input paths against the workspace', () => {
    expect(resolveInWorkspace('runs/m.json', '/w')).toBe('/w/runs/m.json');
    expect(resolveInWorkspace('/abs/m.json', '/w')).toBe('/abs/m.json');
  });
});
