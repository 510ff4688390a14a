import { describe, expect, it } from '@jest/globals';
import type { RunContext, StepDefinition } from '../src/pipeline-definition.js';
import type { ProgressReporter } from '../src/progress.js';
import { runPipeline } from '../src/run-pipeline.js';
import { ECHO_ACTION_JS, ECHO_ACTION_YML, tempDir, writeAction } from './fixture-actions.js';

function recorder(): { reporter: ProgressReporter; events: string[] } {
  const events: string[] = [];
  return {
    events,
    reporter: {
      stepStarted: (id) => events.push(`start ${id}`),
      stepLine: (line) => events.push(`line ${line}`),
      stepFinished: (id, _a, ok) => events.push(`${ok ? 'ok' : 'fail'} ${id}`),
    },
  };
}

function workspace(): { root: string; run: RunContext } {
  const root = tempDir('slipway-pipe-');
  writeAction(root, 'echo', ECHO_ACTION_YML, ECHO_ACTION_JS);
  return {
    root,
    run: { project: 'demo', dir: tempDir('slipway-run-'), python: '/p', data: '', dataFile: '', seed: '', referenceProfile: '' },
  };
}

describe('runPipeline with real action processes', () => {
  it('feeds one step output into the next step input, in order', async () => {
    const { root, run } = workspace();
    const steps: StepDefinition[] = [
      { id: 'first', action: 'echo', with: { message: '${{ run.project }}' } },
      { id: 'second', action: 'echo', with: { message: 'got ${{ steps.first.outputs.echoed }}' } },
    ];
    const { reporter, events } = recorder();
    const result = await runPipeline({ root, steps, run, reporter, env: { GITHUB_SHA: 'abc123' } });
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.id)).toEqual(['first', 'second']);
    expect(result.steps[1]?.inputs).toEqual({ message: 'got demo twice\nline 2' });
    expect(result.steps[1]?.outputs.echoed).toBe('got demo twice\nline 2 twice\nline 2');
    expect(result.steps[0]?.outputs.sha).toBe('abc123');
    // Defaults that name runner.temp land in the run folder's runner temp.
    expect(result.steps[0]?.outputs['out-dir']).toBe(`${run.dir}/.runner-temp/echo`);
    expect(result.steps[0]?.summary).toBe('### echo\ndemo\n');
    expect(events[0]).toBe('start first');
    expect(events).toContain('line [echo] got demo');
    expect(events.at(-1)).toBe('ok second');
  });

  it('stops at the first failing step with its ::error:: message and runs nothing after it', async () => {
    const { root, run } = workspace();
    const steps: StepDefinition[] = [
      { id: 'broken', action: 'echo', with: { message: 'x', fail: 'true' } },
      { id: 'never', action: 'echo', with: { message: '${{ steps.broken.outputs.echoed }}' } },
    ];
    const { reporter, events } = recorder();
    const result = await runPipeline({ root, steps, run, reporter });
    expect(result.ok).toBe(false);
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]?.failure).toBe('echo failed on\npurpose: x');
    expect(events).not.toContain('start never');
  });

  it('starts no further step once interrupted, letting the running one finish', async () => {
    const { root, run } = workspace();
    const steps: StepDefinition[] = [
      { id: 'first', action: 'echo', with: { message: 'a' } },
      { id: 'second', action: 'echo', with: { message: 'b' } },
    ];
    const interrupt = new AbortController();
    const { reporter, events } = recorder();
    const result = await runPipeline({
      root,
      steps,
      run,
      signal: interrupt.signal,
      reporter: {
        ...reporter,
        stepLine: () => {
          interrupt.abort();
        },
      },
    });
    expect(result).toMatchObject({ ok: false, interrupted: true });
    expect(result.steps.map((s) => [s.id, s.ok])).toEqual([['first', true]]);
    expect(events).toEqual(['start first', 'ok first']);
  });

  it('refuses a miswired pipeline before running any step', async () => {
    const { root, run } = workspace();
    const steps: StepDefinition[] = [{ id: 'a', action: 'echo', with: { message: '${{ steps.b.outputs.echoed }}' } }];
    const { reporter, events } = recorder();
    await expect(runPipeline({ root, steps, run, reporter })).rejects.toThrow(/reads step "b", which does not run before it/);
    expect(events).toEqual([]);
  });
});
