// @slipway/shared/artifact: workflow artifact upload, apart from the index so that only the
// actions that upload bundle @actions/artifact.
export * from './artifact.js';
