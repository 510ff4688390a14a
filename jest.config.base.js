// Jest settings shared by the action workspaces: ts-jest in ESM mode (run jest with
// `node --experimental-vm-modules`, as GitHub's typescript-action template does).
// Type checking is left to `tsc` so tests start fast on two cores.
import { fileURLToPath } from 'node:url';

const sharedSrc = fileURLToPath(new URL('./actions/shared/src/index.ts', import.meta.url));
const sharedGithub = fileURLToPath(new URL('./actions/shared/src/github.ts', import.meta.url));
const sharedArtifact = fileURLToPath(new URL('./actions/shared/src/artifact-entry.ts', import.meta.url));
const sharedApprovals = fileURLToPath(new URL('./actions/shared/src/environment-approvals.ts', import.meta.url));
const sharedSample = fileURLToPath(new URL('./actions/shared/src/statistics/sample.ts', import.meta.url));

/** @returns {import('jest').Config} */
export function actionJestConfig(rootDir, displayName) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: {
      '^@slipway/shared$': sharedSrc,
      '^@slipway/shared/github$': sharedGithub,
      '^@slipway/shared/artifact$': sharedArtifact,
      '^@slipway/shared/approvals$': sharedApprovals,
      '^@slipway/shared/sample$': sharedSample,
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: `${rootDir}/tsconfig.json`, diagnostics: false }],
    },
    testMatch: ['<rootDir>/test/**/*.test.ts'],
    // Integration tests spawn the real trainer and the bundled actions.
    testTimeout: 120_000,
  };
}
