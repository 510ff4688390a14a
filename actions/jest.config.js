// All action tests in one run:
//   node --experimental-vm-modules node_modules/jest/bin/jest.js -c actions/jest.config.js \
//     --json --outputFile=.test-results/jest-actions.json
/** @type {import('jest').Config} */
export default {
  projects: [
    '<rootDir>/shared',
    '<rootDir>/train-model',
    '<rootDir>/quality-gate',
    '<rootDir>/validate-data',
    '<rootDir>/production-baseline',
    '<rootDir>/pr-report',
    '<rootDir>/build-push',
    '<rootDir>/deploy-ecs',
    '<rootDir>/deploy-sagemaker',
    '<rootDir>/monitor',
    '<rootDir>/model-registry',
  ],
  // testTimeout is a global option: the projects' own settings are ignored in a multi-project
  // run, so without this every hook and test here would get jest's 5 s default (moto and the
  // trainer take longer to start on a loaded machine).
  testTimeout: 120_000,
};
