// Entry of an analysis worker thread (piscina loads it with plain Node): registers tsx in this thread so that the
// TypeScript sources load without a build step, exactly as bin/burnout.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
