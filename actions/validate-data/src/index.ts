import { isMainThread } from 'node:worker_threads';

// The same bundle reads the second part of a big file on a worker thread (split.ts); imported
// lazily, so that thread loads the validator alone, without the action's runner plumbing.
if (isMainThread) await (await import('./main.js')).run();
else await (await import('./parallel/split.js')).runPartWorker();
