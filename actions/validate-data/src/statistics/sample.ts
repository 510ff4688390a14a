// The bottom-k row sample lives in @slipway/shared (statistics/sample.ts, imported as
// '@slipway/shared/sample' so only the actions that sample bundle it): the monitor action samples
// its live records with the same implementation.
export { lowest, RowReservoir, rowPriority, SAMPLE_ROWS, seededRandom } from '@slipway/shared/sample';
export type { SampleState, SampleValue, TextIds } from '@slipway/shared/sample';
