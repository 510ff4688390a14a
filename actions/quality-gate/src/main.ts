// The action's one edge: parse inputs, evaluate, publish; any error becomes setFailed.
import * as core from '@actions/core';
import { writeFileAtomic } from '@slipway/shared';
import { collectMetrics } from './collect.js';
import { breached, evaluateGates } from './gates.js';
import { readInputs } from './inputs.js';
import { breachMessage, renderReport } from './report.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const collected = collectMetrics(inputs);
    const verdicts = evaluateGates({
      gates: inputs.spec.gates,
      metrics: collected.candidate,
      ...(collected.baseline ? { baseline: collected.baseline.values } : {}),
      ...(collected.paired ? { paired: collected.paired.comparison } : {}),
      tolerance: inputs.tolerance,
      baselineMean: collected.baselineMean,
      primaryMetric: inputs.spec.selection.metric,
    });
    const report = renderReport({
      verdicts,
      metrics: collected.metrics,
      metricsFile: collected.file,
      ...(collected.baseline ? { baselineFile: collected.baseline.file } : {}),
      ...(collected.paired ? { paired: collected.paired } : {}),
      tolerance: inputs.tolerance,
    });
    writeFileAtomic(inputs.reportFile, report);
    const failed = breached(verdicts);
    core.setOutput('passed', String(failed.length === 0));
    core.setOutput('report', report);
    core.setOutput('report-file', inputs.reportFile);
    core.setOutput('verdicts', JSON.stringify(verdicts));
    await core.summary.addRaw(report).write();
    if (failed.length === 0) {
      core.info(`quality gate passed: ${verdicts.length} checks`);
    } else if (inputs.failOnBreach) {
      core.setFailed(breachMessage(failed));
    } else {
      core.warning(`${breachMessage(failed)} (fail-on-breach is false: the step continues)`);
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
