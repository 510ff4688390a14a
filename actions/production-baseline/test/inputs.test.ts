import { describe, expect, it } from '@jest/globals';
import { parseBundleSha256, parseDataSource, parseImageDigest, parseMode, parseProjectName } from '../src/inputs.js';

describe('production-baseline input values', () => {
  it('takes read (the default) or record as mode', () => {
    expect(parseMode('')).toBe('read');
    expect(parseMode(' record ')).toBe('record');
    expect(() => parseMode('write')).toThrow('input mode: "write" is not read or record');
  });

  it('takes a project name, not a spec path', () => {
    expect(parseProjectName('house-prices')).toBe('house-prices');
    expect(() => parseProjectName('ml/projects/house-prices.yaml')).toThrow(
      'input project: "ml/projects/house-prices.yaml" is not a project name (letters, digits, ".", "_", "-"); give the name, not a spec path',
    );
  });

  it('takes an image digest as sha256 and 64 hex digits', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(parseImageDigest(digest)).toBe(digest);
    expect(() => parseImageDigest(digest.toUpperCase())).toThrow('is not "sha256:" followed by 64 hex digits');
    expect(() => parseImageDigest('sha256:abc')).toThrow('input image-digest: "sha256:abc" is not "sha256:" followed by 64 hex digits');
  });

  it('takes a bundle sha256 as 64 lowercase hex digits', () => {
    const digest = '0123456789abcdef'.repeat(4);
    expect(parseBundleSha256(` ${digest}\n`)).toBe(digest);
    expect(() => parseBundleSha256(digest.toUpperCase())).toThrow('is not a sha256');
    expect(() => parseBundleSha256('abc')).toThrow('input bundle-sha256: "abc" is not a sha256 (64 lowercase hex digits');
  });
});

describe('data-uri and data-version-id', () => {
  it('are the data source of a data-arrived run, or nothing', () => {
    expect(parseDataSource('s3://bucket-a/incoming/abalone/a.csv', 'v1')).toEqual({
      uri: 's3://bucket-a/incoming/abalone/a.csv',
      version_id: 'v1',
    });
    expect(parseDataSource('s3://bucket-a/incoming/abalone/a.csv', undefined)).toEqual({
      uri: 's3://bucket-a/incoming/abalone/a.csv',
      version_id: null,
    });
    expect(parseDataSource(undefined, undefined)).toBeUndefined();
  });

  it('refuse what is not an s3:// object or a version id, naming the input', () => {
    expect(() => parseDataSource('https://example.com/a.csv', undefined)).toThrow(
      'input data-uri: "https://example.com/a.csv" is not an s3://<bucket>/<key> URI',
    );
    expect(() => parseDataSource(undefined, 'v1')).toThrow('input data-version-id: given without data-uri');
    expect(() => parseDataSource('s3://bucket-a/k.csv', 'v 1')).toThrow('input data-version-id: "v 1" is not an S3 version id');
  });
});
