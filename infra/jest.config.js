// The infra tests (run with --experimental-vm-modules, as the other workspaces):
//   node --experimental-vm-modules node_modules/jest/bin/jest.js -c infra/jest.config.js
// Each test file builds the CDK app once; building it takes seconds on two cores.
/** @type {import('jest').Config} */
export default {
  displayName: 'infra',
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120_000,
};
