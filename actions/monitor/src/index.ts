import { isMainThread } from 'node:worker_threads';

// The same bundle reads part of the prediction files on a worker thread (part-worker.ts);
// imported lazily, so that thread loads the reader alone, without the action's runner plumbing.
if (isMainThread) await (await import('./main.js')).run();
else await (await import('./part-worker.js')).runPartWorker();
