import { describe, expect, it } from '@jest/globals';
import { consoleReporter, displayLine, formatDuration } from '../src/progress.js';

describe('displayLine', () => {
  it('passes ordinary lines through and shows annotations readably', () => {
    expect(displayLine('[slipway] cv: fold 1/5')).toBe('[slipway] cv: fold 1/5');
    expect(displayLine('::error file=x::bad%0Aworse')).toBe('error: bad worse');
    expect(displayLine('::group::Training')).toBe('── Training');
  });

  it('hides commands that only steer the log viewer', () => {
    expect(displayLine('::debug::noise')).toBeUndefined();
    expect(displayLine('::endgroup::')).toBeUndefined();
  });
});

describe('consoleReporter', () => {
  it('prints a header, indented lines, and ✓/✗ with the duration', () => {
    let out = '';
    const r = consoleReporter((t) => (out += t));
    r.stepStarted('train', 'train-model');
    r.stepLine('[slipway] fit', 'stdout');
    r.stepLine('::debug::x', 'stdout');
    r.stepFinished('train', 'train-model', true, 1234);
    r.stepFinished('gate', 'quality-gate', false, 80);
    expect(out).toBe('▶ train-model (train)\n    [slipway] fit\n✓ train-model 1.2 s\n✗ quality-gate 80 ms\n');
  });

  it('formats durations under and over a second', () => {
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(30500)).toBe('30.5 s');
  });
});
