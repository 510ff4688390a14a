import { describe, expect, it } from '@jest/globals';
import { parseMode, parseProjectName } from '../src/inputs.js';
import { headShaFromEvent, parsePullRequestNumber, pullRequestFromEvent } from '../src/pull-request.js';
import { parseStepOutcomes } from '../src/step-outcomes.js';
import { parseVerdicts } from '../src/verdicts.js';

describe('pr-report input values', () => {
  it('takes comment (the default), file or post-file as mode', () => {
    expect(parseMode('')).toBe('comment');
    expect(parseMode('post-file')).toBe('post-file');
    expect(() => parseMode('post')).toThrow('input mode: "post" is not comment, file or post-file');
  });

  it('takes a project name that can sit in the marker', () => {
    expect(parseProjectName('abalone')).toBe('abalone');
    expect(() => parseProjectName('house prices -->')).toThrow('input project: "house prices -->" is not a project name');
  });

  it('takes a pull request number as a positive integer', () => {
    expect(parsePullRequestNumber('42', 'input pull-request')).toBe(42);
    for (const bad of ['0', '-3', '4.2', '42abc', '']) {
      expect(() => parsePullRequestNumber(bad, 'input pull-request')).toThrow(`input pull-request: "${bad}" is not a pull request number`);
    }
  });

  it('reads the pull request and the built head from the event payloads', () => {
    expect(pullRequestFromEvent({ pull_request: { number: 7 } })).toBe(7);
    expect(pullRequestFromEvent({ ref: 'refs/heads/main' })).toBeUndefined();
    expect(headShaFromEvent({ workflow_run: { head_sha: 'abc123' } })).toBe('abc123');
  });

  it('reads step outcomes line by line and rejects unknown outcomes', () => {
    expect(parseStepOutcomes('validate=success\n\ntrain = failure\n')).toEqual([
      { step: 'validate', outcome: 'success' },
      { step: 'train', outcome: 'failure' },
    ]);
    expect(() => parseStepOutcomes('gate=passed')).toThrow(
      'input step-outcomes: line 1 "gate=passed": expected <step>=<success|failure|cancelled|skipped>',
    );
  });

  it('reads quality-gate verdicts and rejects anything else', () => {
    expect(parseVerdicts('')).toEqual([]);
    const row = {
      gate: 'r2 >= 0.6',
      metric: 'r2',
      value: 0.9,
      op: '>=',
      threshold: 0.6,
      baseline: null,
      delta: null,
      passed: true,
      note: '',
    };
    expect(parseVerdicts(JSON.stringify([row]))).toEqual([row]);
    expect(() => parseVerdicts('{"gate":"x"}')).toThrow('input verdicts: must be array');
    expect(() => parseVerdicts(JSON.stringify([{ ...row, passed: undefined }]))).toThrow(
      'input verdicts: [0].passed: required key is missing',
    );
    expect(() => parseVerdicts(JSON.stringify([{ ...row, metric: 'accuracy' }]))).toThrow('input verdicts: [0].metric:');
    expect(() => parseVerdicts('passed')).toThrow('input verdicts: not JSON');
  });
});
