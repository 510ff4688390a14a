// The action's version, sent in the user agent so AWS-side logs (CloudTrail) name the caller.
// A unit test keeps it equal to package.json's version.
export const ACTION_VERSION = '0.1.0';
export const USER_AGENT = `slipway-model-registry/${ACTION_VERSION}`;
