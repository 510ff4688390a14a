// @slipway/shared/github: the GitHub REST client, apart from the index so that only the actions
// calling GitHub bundle Octokit.
export * from './github-client.js';
