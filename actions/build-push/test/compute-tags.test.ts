// compute-tags.sh: the commit tag for both images, <model-version>-<sha7> for the API image,
// each checked against Docker's tag rules.
import { describe, expect, it } from '@jest/globals';
import { MODEL_VERSION, SHA } from './fixtures.js';
import { runScript } from './script-runner.js';

function tags(env: Record<string, string>) {
  return runScript('compute-tags.sh', { GIT_SHA: SHA, MODEL_VERSION, ...env });
}

describe('compute-tags.sh', () => {
  it('tags by commit and by model version plus the short commit', () => {
    const result = tags({});
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({
      'sha-tag': SHA,
      'model-tag': `${MODEL_VERSION}-3f78685`,
      'api-tag': `${MODEL_VERSION}-3f78685`,
      'api-extra-tag': SHA,
      'ui-tag': SHA,
    });
    expect(result.stdout).toBe(`build-push: API tags ${MODEL_VERSION}-3f78685 and ${SHA}, UI tag ${SHA}\n`);
  });

  it('api-tag and ui-tag replace the commit tags; the API image keeps its model tag', () => {
    const result = tags({ API_TAG: `house-prices-${SHA}`, UI_TAG: `ui-${SHA}` });
    expect(result.outputs).toEqual({
      'sha-tag': SHA,
      'model-tag': `${MODEL_VERSION}-3f78685`,
      'api-tag': `house-prices-${SHA}`,
      'api-extra-tag': `${MODEL_VERSION}-3f78685`,
      'ui-tag': `ui-${SHA}`,
    });
    expect(tags({ API_TAG: 'house prices' }).stderr).toBe(
      'error: tag "house prices" (input api-tag) is not a valid Docker tag — use letters, digits, _ . - only, not starting with . or -\n',
    );
  });

  it('accepts a model tag of exactly 128 characters', () => {
    const version = 'p'.repeat(128 - 8);
    expect(tags({ MODEL_VERSION: version }).outputs['model-tag']).toHaveLength(128);
  });

  it('refuses a model tag over 128 characters, naming its length', () => {
    const version = 'p'.repeat(121);
    const result = tags({ MODEL_VERSION: version });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: tag "${version}-3f78685" (model version ${version} + commit 3f78685) is 129 characters; Docker allows at most 128 — shorten the project name in the model project spec\n`,
    );
    expect(result.outputs).toEqual({});
  });

  it.each([
    ['a space', 'house prices-83a4aa653ee8'],
    ['a plus sign', 'house+prices-83a4aa653ee8'],
    ['a slash', 'house/prices-83a4aa653ee8'],
    ['a leading dot', '.house-prices-83a4aa653ee8'],
    ['a leading dash', '-house-prices-83a4aa653ee8'],
  ])('refuses a model version with %s', (_label, version) => {
    const result = tags({ MODEL_VERSION: version });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: tag "${version}-3f78685" (model version ${version} + commit 3f78685) is not a valid Docker tag — use letters, digits, _ . - only, not starting with . or -\n`,
    );
  });

  it('keeps upper case and underscores, which Docker tags allow', () => {
    expect(tags({ MODEL_VERSION: 'House_Prices-83a4aa653ee8' }).outputs['model-tag']).toBe('House_Prices-83a4aa653ee8-3f78685');
  });

  it('refuses a short SHA; without a model version (UI only) gives the UI tag alone', () => {
    expect(tags({ GIT_SHA: '3f78685' }).stderr).toBe(
      'error: input git-sha: "3f78685" is not a full commit SHA (40 lowercase hex characters) — pass github.sha or the output of git rev-parse HEAD\n',
    );
    expect(tags({ MODEL_VERSION: '', UI_TAG: `ui-${SHA}` }).outputs).toEqual({
      'sha-tag': SHA,
      'model-tag': '',
      'api-tag': '',
      'api-extra-tag': '',
      'ui-tag': `ui-${SHA}`,
    });
  });
});
