// Entry of a per-modality engine thread (started with plain Node): registers tsx in this thread so that the TypeScript
// sources load without a build step, as src/pool/worker-entry.js does for the analysis workers.
import { register } from 'tsx/esm/api';

register();
await import('./engine-thread-worker.ts');
