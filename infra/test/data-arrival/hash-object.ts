// Child process of large-object.test.ts: hashes one object version with the handler's
// objectSha256 and prints what it found and how much memory it took. Run under a small V8 heap
// (--max-old-space-size); the RSS figures include Buffers outside the heap.
import { S3Client } from '@aws-sdk/client-s3';
import { objectSha256 } from '../../lambda/data-arrived/checksum.js';

const [bucket = '', key = '', versionId = ''] = process.argv.slice(2);
const s3 = new S3Client({ region: 'us-east-1', forcePathStyle: true });
const rss = (): number => process.memoryUsage().rss;
let peakRss = rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rss());
}, 20);
const rssBefore = rss();
const started = performance.now();
const hashed = await objectSha256(s3, { bucket, key, versionId });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, rss(), process.resourceUsage().maxRSS * 1024);
process.stdout.write(`${JSON.stringify({ ...hashed, rssBefore, peakRss, seconds })}\n`);
