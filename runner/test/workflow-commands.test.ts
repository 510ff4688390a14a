import { describe, expect, it } from '@jest/globals';
import { parseFileCommand, parseWorkflowCommands } from '../src/workflow-commands.js';

describe('parseFileCommand', () => {
  it('reads name=value lines, keeping = inside values', () => {
    expect(parseFileCommand('a=1\nb=x=y\n\n')).toEqual({ a: '1', b: 'x=y' });
  });

  it('reads heredoc values as @actions/core writes them, multi-line and empty', () => {
    const content = 'report<<ghadelimiter_1\n| a |\n|---|\n\nend\nghadelimiter_1\nempty<<D\nD\nafter=ok\n';
    expect(parseFileCommand(content)).toEqual({ report: '| a |\n|---|\n\nend', empty: '', after: 'ok' });
  });

  it('lets a later value for the same name win, as GitHub does', () => {
    expect(parseFileCommand('a=1\na=2\n')).toEqual({ a: '2' });
  });

  it('names the output whose heredoc is never closed', () => {
    expect(() => parseFileCommand('x<<EOF\nline\n')).toThrow('file command for "x" has no closing delimiter EOF');
  });

  it('rejects a line with neither = nor <<', () => {
    expect(() => parseFileCommand('garbage\n')).toThrow('malformed file command line: "garbage"');
  });
});

describe('parseWorkflowCommands', () => {
  it('parses commands with properties and unescapes data and properties', () => {
    const out = 'plain\n::error file=src/a%3A1.ts,line=4::bad%0Athing 100%25\r\n::notice::n\n::debug::d';
    expect(parseWorkflowCommands(out)).toEqual([
      { command: 'error', properties: { file: 'src/a:1.ts', line: '4' }, message: 'bad\nthing 100%' },
      { command: 'notice', properties: {}, message: 'n' },
      { command: 'debug', properties: {}, message: 'd' },
    ]);
  });

  it('ignores lines that only look similar', () => {
    expect(parseWorkflowCommands('x ::error::no\n:error::no\n')).toEqual([]);
  });
});
