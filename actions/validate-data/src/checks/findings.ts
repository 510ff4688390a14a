// Tallies of failed checks: one per (check id, column), with a count and the first examples.
// The contract's checks block decides each finding's final severity (or drops it when off).
import type { ValidationFinding, ValidationFindingExample } from '@slipway/shared';

export type Severity = 'error' | 'warning';

/** Maps a check id and the severity the check proposes to the one reported, or 'off'. */
export type SeverityPolicy = (id: string, proposed: Severity) => Severity | 'off';
const asProposed: SeverityPolicy = (_id, proposed) => proposed;

/** A finding as the report holds it: schemas/validation-report.schema.json. */
export type Finding = ValidationFinding;
export type Example = ValidationFindingExample;

export const MAX_EXAMPLES = 5;

/** A tally without its message builder, as another thread hands it over. */
export interface TallyState {
  id: string;
  severity: Severity;
  column?: string;
  count: number;
  examples: Example[];
}

interface Tally {
  id: string;
  severity: Severity;
  column?: string;
  count: number;
  examples: Example[];
  describe: (count: number) => string;
}

export class Findings {
  private readonly tallies = new Map<string, Tally>();
  private readonly order: Finding[] = [];

  constructor(private readonly policy: SeverityPolicy = asProposed) {}

  /** A finding complete in itself (file-level checks). */
  add(finding: Omit<Finding, 'count' | 'examples'> & { examples?: Example[]; count?: number }): void {
    const severity = this.policy(finding.id, finding.severity);
    if (severity === 'off') return;
    this.order.push({ count: 1, examples: [], ...finding, severity });
  }

  /** Counts one occurrence; `describe` builds the message from the final count. */
  tally(id: string, severity: Severity, column: string | undefined, example: Example, describe: (count: number) => string): void {
    const key = `${id}\u0000${column ?? ''}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      const final = this.policy(id, severity);
      if (final === 'off') return;
      tally = { id, severity: final, count: 0, examples: [], describe, ...(column === undefined ? {} : { column }) };
      this.tallies.set(key, tally);
    }
    tally.count += 1;
    if (tally.examples.length < MAX_EXAMPLES) tally.examples.push(example);
  }

  tallyStates(): TallyState[] {
    return [...this.tallies.values()].map(({ describe: _describe, ...rest }) => rest);
  }

  /**
   * Adds the tallies of rows that follow this file's (the second part of a file read on another
   * thread): counts add up, examples keep the first lines. lineOffset turns the part's line
   * numbers into the file's; describe builds a message for a tally only the part had.
   */
  absorbTallies(
    others: TallyState[],
    lineOffset: number,
    describe: (id: string, column: string | undefined) => (count: number) => string,
  ): void {
    for (const other of others) {
      const key = `${other.id}\u0000${other.column ?? ''}`;
      let tally = this.tallies.get(key);
      if (!tally) {
        tally = { ...other, count: 0, examples: [], describe: describe(other.id, other.column) };
        this.tallies.set(key, tally);
      }
      tally.count += other.count;
      for (const example of other.examples) {
        if (tally.examples.length < MAX_EXAMPLES) tally.examples.push({ ...example, line: example.line + lineOffset });
      }
    }
  }

  list(): Finding[] {
    const tallied = [...this.tallies.values()].map(({ describe, ...rest }) => ({ ...rest, message: describe(rest.count) }));
    return [...this.order, ...tallied];
  }
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
