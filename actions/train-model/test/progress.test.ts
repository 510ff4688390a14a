import { describe, expect, it } from '@jest/globals';
import { GroupedProgress, LineSplitter, parseProgressLine, type LogSink } from '../src/progress.js';

function recorder(): { sink: LogSink; log: string[] } {
  const log: string[] = [];
  return { log, sink: { startGroup: (n) => log.push(`<${n}>`), endGroup: () => log.push('</>'), info: (l) => log.push(l) } };
}

describe('trainer progress', () => {
  it('parses `[slipway] <stage>: <text>` lines only', () => {
    expect(parseProgressLine('[slipway] cv: random_forest fold 3/5 rmse=21874.2')).toEqual({
      stage: 'cv',
      text: 'random_forest fold 3/5 rmse=21874.2',
    });
    expect(parseProgressLine('UserWarning: something')).toBeUndefined();
  });

  it('folds consecutive lines of one stage into one group', () => {
    const { sink, log } = recorder();
    const progress = new GroupedProgress(sink);
    for (const line of [
      '[slipway] data: 2000 rows',
      '[slipway] cv: lin fold 1/2',
      'a warning',
      '[slipway] cv: lin fold 2/2',
      '[slipway] bundle: written',
    ]) {
      progress.line(line);
    }
    progress.close();
    expect(log).toEqual([
      '<train: data>',
      '[slipway] data: 2000 rows',
      '</>',
      '<train: cv>',
      '[slipway] cv: lin fold 1/2',
      'a warning',
      '[slipway] cv: lin fold 2/2',
      '</>',
      '<train: bundle>',
      '[slipway] bundle: written',
      '</>',
    ]);
  });

  it('logs lines before the first stage outside any group', () => {
    const { sink, log } = recorder();
    const progress = new GroupedProgress(sink);
    progress.line('starting');
    progress.close();
    expect(log).toEqual(['starting']);
  });

  it('reassembles lines split across chunks', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('[slip')).toEqual([]);
    expect(splitter.push('way] cv: a\r\n[slipway] cv')).toEqual(['[slipway] cv: a']);
    expect(splitter.flush()).toEqual(['[slipway] cv']);
    expect(splitter.flush()).toEqual([]);
  });
});
