// The contract's checks block with its defaults filled in: one place decides a finding's
// severity and every threshold, so no check reads the contract's checks itself.
import type { ChecksConfig, ContractColumn, DatasetContract } from '@slipway/shared';
import type { Severity } from './findings.js';

export interface LeakageSettings {
  /** |Pearson| or |Spearman| with the target at or above this is leakage. */
  correlation: number;
  /** Explained share of the target's variance at or above this is leakage. */
  determinism: number;
  /** Fewer complete sampled rows than this and a column is not tested. */
  minRows: number;
  exempt: Set<string>;
}

export interface DriftSettings {
  psiWarning: number;
  psiError: number;
  /** A test p-value below this is a warning on its own; 0 turns that off. */
  pValue: number;
}

const DEFAULT_LEAKAGE = { correlation: 0.995, determinism: 0.999, minRows: 50 } as const;
const DEFAULT_DRIFT = { psiWarning: 0.1, psiError: 0.25, pValue: 0.001 } as const;

// Checks whose severity grades with the evidence: the configured severity is a ceiling.
const GRADED = new Set(['drift']);

export class CheckSettings {
  readonly leakage: LeakageSettings;
  readonly drift: DriftSettings;

  constructor(private readonly checks: ChecksConfig = {}) {
    const leakage = checks.leakage ?? {};
    this.leakage = {
      correlation: leakage.correlation ?? DEFAULT_LEAKAGE.correlation,
      determinism: leakage.determinism ?? DEFAULT_LEAKAGE.determinism,
      minRows: leakage.min_rows ?? DEFAULT_LEAKAGE.minRows,
      exempt: new Set(leakage.exempt ?? []),
    };
    const drift = checks.drift ?? {};
    this.drift = {
      psiWarning: drift.psi_warning ?? DEFAULT_DRIFT.psiWarning,
      psiError: drift.psi_error ?? DEFAULT_DRIFT.psiError,
      pValue: drift.p_value ?? DEFAULT_DRIFT.pValue,
    };
  }

  static of(contract: DatasetContract): CheckSettings {
    return new CheckSettings(contract.checks);
  }

  /** The severity a finding of check `id` gets, given the severity the check proposes. */
  severity(id: string, proposed: Severity): Severity | 'off' {
    const configured = (this.checks as Record<string, { severity?: Severity | 'off' } | undefined>)[id]?.severity;
    if (configured === undefined) return proposed;
    if (configured === 'off') return 'off';
    if (GRADED.has(id)) return configured === 'warning' ? 'warning' : proposed;
    return configured;
  }

  enabled(id: string): boolean {
    return this.severity(id, 'error') !== 'off';
  }

  /** A nullable column's largest allowed share of empty values, if one is set. */
  maxNullRate(column: ContractColumn): number | undefined {
    if (column.nullable !== true) return undefined;
    return column.max_null_rate ?? this.checks['null-rate']?.max;
  }
}
