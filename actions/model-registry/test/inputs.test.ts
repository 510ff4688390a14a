// Input parsing: each bad value is quoted with the fix.
import { describe, expect, it } from '@jest/globals';
import { parseGroup, parseModelDataUrl, parseModelVersion, parseProject, parseS3Location } from '../src/inputs.js';

describe('inputs', () => {
  it('derives the group from the project and checks given names', () => {
    expect(parseGroup(undefined, 'abalone')).toBe('slipway-abalone');
    expect(parseGroup('team-models', 'abalone')).toBe('team-models');
    expect(() => parseGroup('team_models', 'abalone')).toThrow(
      'input model-package-group: "team_models" is not a model package group name',
    );
  });

  it('accepts the contract’s project names that make a group name', () => {
    expect(parseProject(' house-prices ')).toBe('house-prices');
    expect(() => parseProject('house-')).toThrow('input project: "house-" is not a project name');
    expect(() => parseProject('ml/projects/abalone.yaml')).toThrow('give the name of ml/projects/<name>.yaml');
  });

  it('parses s3 locations and model data URLs', () => {
    expect(parseS3Location('metrics-location', 's3://slipway-artifacts/model-registry/')).toEqual({
      bucket: 'slipway-artifacts',
      prefix: 'model-registry',
    });
    expect(parseS3Location('metrics-location', 's3://slipway-artifacts')).toEqual({ bucket: 'slipway-artifacts', prefix: '' });
    expect(parseModelDataUrl('s3://b-1/bundles/house-prices-83a4aa653ee8.tar.gz')).toBe(
      's3://b-1/bundles/house-prices-83a4aa653ee8.tar.gz',
    );
    expect(() => parseModelDataUrl('s3://b-1/bundles/house-prices/')).toThrow('is not an s3:// URI of a .tar.gz');
  });

  it('takes model versions as train-model writes them', () => {
    expect(parseModelVersion('abalone-0123456789ab')).toBe('abalone-0123456789ab');
    expect(() => parseModelVersion('abalone-latest')).toThrow('input model-version: "abalone-latest" is not a Slipway model version');
  });
});
