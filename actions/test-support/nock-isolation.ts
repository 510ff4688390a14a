// nock for one test file: no real network while it runs, every interceptor used by each test
// (unless told otherwise), and Node's http restored afterwards — nock patches it for the whole
// jest worker, so without the restore later files (moto, local servers) find connections refused.
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import nock from 'nock';

export function useRecordedGitHub(options: { expectAllUsed?: boolean } = {}): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    if (options.expectAllUsed ?? true) expect(nock.isDone()).toBe(true);
    nock.cleanAll();
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });
}
