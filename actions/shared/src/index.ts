// @slipway/shared: what the Slipway actions (and the local runner) share.
export * from './types.js';
export type * from './generated/documents.js';
export * from './validation-errors.js';
export * from './read-document.js';
export * from './schemas.js';
export * from './spec-loader.js';
export * from './project-resolution.js';
export * from './metrics.js';
export * from './metrics-file.js';
export * from './markdown.js';
export * from './mermaid.js';
export * from './write-file.js';
export * from './file-sha256.js';
export * from './runner-context.js';
export * from './input-values.js';
export * from './github-environment.js';
export * from './artifact-name.js';
export * from './logger.js';
export * from './timeline.js';
export * from './poll.js';
// The Octokit client is imported from '@slipway/shared/github' by the actions that call GitHub,
// so the other bundles do not carry (and start) Octokit.
export * from './statistics/numbers.js';
export * from './statistics/distribution.js';
export * from './statistics/histogram.js';
export * from './statistics/drift.js';
