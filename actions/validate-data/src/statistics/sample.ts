// The bottom-k row sample lives in @slipway/shared (statistics/sample.ts): the monitor action
// samples its live records with the same implementation.
export { lowest, RowReservoir, rowPriority, SAMPLE_ROWS, seededRandom } from '@slipway/shared';
export type { SampleState, SampleValue, TextIds } from '@slipway/shared';
