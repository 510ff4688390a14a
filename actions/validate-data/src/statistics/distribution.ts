// The distribution tests live in @slipway/shared (one implementation for validate-data and the
// monitor action); re-exported here for this action's modules and tests.
export { chiSquareHomogeneity, chiSquareSf, kolmogorovSf, ksTwoSample, psi, type TestResult } from '@slipway/shared';
