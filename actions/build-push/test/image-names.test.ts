// image-names.sh: full image names, tag lists (multi-line output) and cache scopes from the
// registry the ECR login reports.
import { describe, expect, it } from '@jest/globals';
import { MODEL_VERSION, SHA } from './fixtures.js';
import { runScript } from './script-runner.js';

const REGISTRY = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const MODEL_TAG = `${MODEL_VERSION}-3f78685`;

function names(env: Record<string, string>) {
  return runScript('image-names.sh', {
    REGISTRY,
    API_REPOSITORY: 'slipway/inference-api',
    UI_REPOSITORY: 'slipway/ui',
    API_TAG: MODEL_TAG,
    API_EXTRA_TAG: SHA,
    UI_TAG: SHA,
    ...env,
  });
}

describe('image-names.sh', () => {
  it('names both images with their tags and a cache scope per repository', () => {
    const result = names({});
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({
      'api-name': `${REGISTRY}/slipway/inference-api`,
      'ui-name': `${REGISTRY}/slipway/ui`,
      'api-image': `${REGISTRY}/slipway/inference-api:${MODEL_TAG}`,
      'ui-image': `${REGISTRY}/slipway/ui:${SHA}`,
      'api-tags': `${REGISTRY}/slipway/inference-api:${MODEL_TAG}\n${REGISTRY}/slipway/inference-api:${SHA}`,
      'ui-tags': `${REGISTRY}/slipway/ui:${SHA}`,
      'api-cache-scope': 'slipway-slipway-inference-api',
      'ui-cache-scope': 'slipway-slipway-ui',
    });
  });

  it('names only the images whose repository is given (api-tag and ui-tag as computed)', () => {
    const ui = names({ API_REPOSITORY: '', API_TAG: '', API_EXTRA_TAG: '', UI_TAG: `ui-${SHA}` });
    expect(ui.outputs).toEqual({
      'ui-name': `${REGISTRY}/slipway/ui`,
      'ui-image': `${REGISTRY}/slipway/ui:ui-${SHA}`,
      'ui-tags': `${REGISTRY}/slipway/ui:ui-${SHA}`,
      'ui-cache-scope': 'slipway-slipway-ui',
    });
    const api = names({
      UI_REPOSITORY: '',
      API_REPOSITORY: 'slipway/house-prices-api',
      API_TAG: `house-prices-${SHA}`,
      API_EXTRA_TAG: MODEL_TAG,
    });
    expect(api.outputs['api-tags']).toBe(
      `${REGISTRY}/slipway/house-prices-api:house-prices-${SHA}\n${REGISTRY}/slipway/house-prices-api:${MODEL_TAG}`,
    );
    expect(api.outputs['ui-name']).toBeUndefined();
  });

  it('accepts a registry with a port', () => {
    expect(names({ REGISTRY: 'registry.internal:5000' }).outputs['ui-image']).toBe(`registry.internal:5000/slipway/ui:${SHA}`);
  });

  it('refuses a list of registries', () => {
    const list = `${REGISTRY},210987654321.dkr.ecr.eu-west-1.amazonaws.com`;
    const result = names({ REGISTRY: list });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: registry "${list}" from the ECR login is not one registry host — log in to a single registry (leave the registries input of amazon-ecr-login empty)\n`,
    );
    expect(result.outputs).toEqual({});
  });

  it('refuses an empty registry (the login step gave none)', () => {
    expect(names({ REGISTRY: '' }).stderr).toBe(
      'error: the ECR login reported no registry — configure AWS credentials (aws-actions/configure-aws-credentials) before this action\n',
    );
  });
});
