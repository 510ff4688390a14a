import { describe, expect, it } from '@jest/globals';
import { validateDocument } from '../src/schemas.js';

describe('bundled schemas', () => {
  it('rejects an empty project spec naming a missing key', () => {
    expect(() => validateDocument('model-project', {}, 'x.yaml')).toThrow('x.yaml: project: required key is missing');
  });
});
