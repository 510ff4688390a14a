// The action's one edge: parse inputs, validate, publish; any error becomes setFailed.
import * as core from '@actions/core';
import { writeFileAtomic } from '@slipway/shared';
import { CheckSettings } from './checks/checks-config.js';
import { addDrift } from './checks/drift-check.js';
import { readInputs } from './inputs.js';
import { profileDocument } from './statistics/profile-file.js';
import { failureMessage, renderSummary, verdictLine } from './report.js';
import { validateFile } from './validate.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const validated = await validateFile(inputs.dataFile, inputs.contract, { split: { log: core.info } });
    const result = addDrift(validated, inputs.referenceProfile, CheckSettings.of(inputs.contract));
    // The profile goes to its own file (it is the next run's drift reference), not the report.
    const report = { contract: inputs.contractFile, ...result, profile: undefined };
    writeFileAtomic(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    writeFileAtomic(inputs.profileFile, `${JSON.stringify(profileDocument(inputs.contract.dataset, result))}\n`);
    const errors = result.findings.filter((f) => f.severity === 'error');
    core.setOutput('passed', String(result.passed));
    core.setOutput('report-file', inputs.reportFile);
    core.setOutput('profile-file', inputs.profileFile);
    core.setOutput('fingerprint', JSON.stringify({ sha256: result.sha256, rows: result.rows }));
    core.setOutput('errors', String(errors.length));
    core.setOutput('warnings', String(result.findings.length - errors.length));
    core.setOutput('drift', JSON.stringify(result.drift ?? []));
    await core.summary.addRaw(renderSummary(result)).write();
    core.info(verdictLine(result));
    for (const f of result.findings.filter((x) => x.severity === 'warning')) core.warning(f.message);
    if (result.passed) return;
    if (inputs.failOnError) core.setFailed(failureMessage(result));
    else core.warning(`${failureMessage(result)} (fail-on-error is false: the step continues)`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
