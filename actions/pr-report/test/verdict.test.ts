import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseStepOutcomes } from '../src/step-outcomes.js';
import { readValidationReport } from '../src/validation-report.js';
import { decideVerdict } from '../src/verdict.js';
import { parseVerdicts } from '../src/verdicts.js';
import { fixture } from './paths.js';

const gateRows = parseVerdicts(readFileSync(fixture('gate-verdicts.json'), 'utf8'));
const clean = readValidationReport(fixture('validation-report.json'));
const dirty = readValidationReport(fixture('validation-report-dirty.json'));
const outcomes = (validate: string, train: string, gate: string) => parseStepOutcomes(`validate=${validate}\ntrain=${train}\ngate=${gate}`);

describe('decideVerdict', () => {
  it('passes when every step succeeded and nothing failed', () => {
    const verdicts = gateRows.filter((v) => v.passed);
    expect(decideVerdict({ outcomes: outcomes('success', 'success', 'success'), validation: clean, verdicts })).toEqual({ passed: true });
  });

  it('names the first failed step, with the data errors when it is the first step', () => {
    expect(decideVerdict({ outcomes: outcomes('failure', 'skipped', 'skipped'), validation: dirty, verdicts: [] })).toEqual({
      passed: false,
      failedStep: 'validate',
      reason: '3 data check error(s)',
    });
  });

  it('names the gate step with its breached checks when it is the last step', () => {
    expect(decideVerdict({ outcomes: outcomes('success', 'success', 'failure'), validation: clean, verdicts: gateRows })).toEqual({
      passed: false,
      failedStep: 'gate',
      reason: '2 of 7 gate checks failed',
    });
  });

  it('says only that the step failed when no evidence explains it (training crashed)', () => {
    expect(decideVerdict({ outcomes: outcomes('success', 'failure', 'skipped'), validation: clean, verdicts: [] })).toEqual({
      passed: false,
      failedStep: 'train',
      reason: 'the step failed',
    });
    expect(decideVerdict({ outcomes: outcomes('success', 'cancelled', 'skipped'), validation: clean, verdicts: [] }).reason).toBe(
      'the step was cancelled',
    );
  });

  it('without step outcomes, judges from the reports: data first, then the gate', () => {
    expect(decideVerdict({ outcomes: [], validation: dirty, verdicts: gateRows }).failedStep).toBe('validate-data');
    expect(decideVerdict({ outcomes: [], validation: clean, verdicts: gateRows })).toEqual({
      passed: false,
      failedStep: 'quality-gate',
      reason: '2 of 7 gate checks failed',
    });
  });
});
