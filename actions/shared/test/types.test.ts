// The names types.ts lists at run time are the schema's, so a metric added to the schema is shown.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { METRIC_NAMES } from '../src/types.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schemas/model-project.schema.json', import.meta.url)), 'utf8')) as {
  $defs: { metric: { enum: string[] } };
};

describe('METRIC_NAMES', () => {
  it("lists every metric of the project schema's $defs.metric, once", () => {
    expect([...METRIC_NAMES].sort()).toEqual([...schema.$defs.metric.enum].sort());
  });
});
