import { describe, expect, it } from '@jest/globals';
import { parseContainerImages, parseEnvironment, withBundleDigest } from '../src/input-maps.js';

const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/slipway-api:3f2c1a';

describe('container-images', () => {
  it('reads `container=image` lines, skipping blanks and comments', () => {
    expect(parseContainerImages(`# the API and the UI\napi = ${image}\n\nui=nginx:1.27@sha256:abc\n`)).toEqual({
      api: image,
      ui: 'nginx:1.27@sha256:abc',
    });
  });

  it('reads a YAML or JSON mapping', () => {
    expect(parseContainerImages(`api: ${image}\nui: "nginx:1.27"`)).toEqual({ api: image, ui: 'nginx:1.27' });
    expect(parseContainerImages(JSON.stringify({ api: image }))).toEqual({ api: image });
  });

  it('is empty when not given', () => {
    expect(parseContainerImages('')).toEqual({});
  });

  it('rejects a container given twice, a bad name, and a non-image, quoting them', () => {
    expect(() => parseContainerImages(`api=${image}\napi=other:1`)).toThrow('input container-images: container "api" is given twice');
    expect(() => parseContainerImages(`"api server": ${image}`)).toThrow('input container-images: "api server" is not a container name');
    expect(() => parseContainerImages('api: [a, b]')).toThrow(
      'input container-images: container "api": the image must be a string, got ["a","b"]',
    );
    expect(() => parseContainerImages('api=my image:1')).toThrow(
      'input container-images: container "api": "my image:1" is not an image reference',
    );
  });

  it('rejects text that is neither form', () => {
    expect(() => parseContainerImages(image)).toThrow(`input container-images: "${image}" is not a mapping`);
    expect(() => parseContainerImages('api: [unclosed')).toThrow(
      /^input container-images: line 1, column \d+: .*; or write one `key=value` per line$/,
    );
  });
});

describe('environment', () => {
  it('reads `container.NAME=value` lines; a value may hold = and spaces', () => {
    expect(parseEnvironment('api.SLIPWAY_MODEL_VERSION=house-prices-0123\napi.OPTS=a=b c\nui.API_URL=http://api:8000')).toEqual({
      api: { SLIPWAY_MODEL_VERSION: 'house-prices-0123', OPTS: 'a=b c' },
      ui: { API_URL: 'http://api:8000' },
    });
  });

  it('reads a nested YAML mapping, numbers and booleans as text', () => {
    expect(parseEnvironment('api:\n  SLIPWAY_MODEL_VERSION: house-prices-0123\n  WORKERS: 4\n  DEBUG: false')).toEqual({
      api: { SLIPWAY_MODEL_VERSION: 'house-prices-0123', WORKERS: '4', DEBUG: 'false' },
    });
  });

  it('rejects bad variable names, flat mappings and duplicates', () => {
    expect(() => parseEnvironment('api.1BAD=x')).toThrow('"1BAD"');
    expect(() => parseEnvironment('api: house-prices-0123')).toThrow(
      'input environment: container "api": expected a mapping of variable names to values',
    );
    expect(() => parseEnvironment('api.A=1\napi.A=2')).toThrow('input environment: api.A is given twice');
    expect(() => parseEnvironment('api:\n  A: [1]')).toThrow('input environment: api.A: the value must be text, got [1]');
  });
});

describe('bundle-sha256', () => {
  const digest = 'a'.repeat(64);

  it('sets the digest and requires it on the serving container, keeping its other variables', () => {
    const environment = parseEnvironment('inference-api.SLIPWAY_MODEL_VERSION=house-prices-0123abcd\nui.X=1');
    expect(withBundleDigest(environment, 'inference-api', ` ${digest} `)).toEqual({
      'inference-api': {
        SLIPWAY_MODEL_VERSION: 'house-prices-0123abcd',
        SLIPWAY_BUNDLE_SHA256: digest,
        SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true',
      },
      ui: { X: '1' },
    });
    expect(withBundleDigest({}, 'api', digest)).toEqual({ api: { SLIPWAY_BUNDLE_SHA256: digest, SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'true' } });
  });

  it('rejects what is not a sha256, and a different value given in environment too, quoting them', () => {
    expect(() => withBundleDigest({}, 'api', 'ABC')).toThrow('input bundle-sha256: "ABC" is not a sha256');
    expect(() => withBundleDigest({}, 'api', 'A'.repeat(64))).toThrow('is not a sha256');
    expect(() => withBundleDigest({ api: { SLIPWAY_REQUIRE_BUNDLE_DIGEST: 'false' } }, 'api', digest)).toThrow(
      'input environment: api.SLIPWAY_REQUIRE_BUNDLE_DIGEST is "false", but bundle-sha256 sets it to "true"; give it once',
    );
  });
});
