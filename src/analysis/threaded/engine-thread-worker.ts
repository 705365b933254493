// What a per-modality engine thread runs: loads its modality's serving engine (the same loader as in-thread), reports
// the statuses, then analyses one input per request and answers with the result or the error as data.
import { parentPort, workerData } from 'node:worker_threads';
import { toWire } from '../../errors-wire.ts';
import type { EngineChoice } from '../engine-registry.ts';
import { MODALITY_LOADERS } from '../loaders.ts';
import type { EngineThreadData, EngineThreadMessage, EngineThreadRequest } from './messages.ts';

const { config, modality } = workerData as EngineThreadData;
const port = parentPort!;
const post = (m: EngineThreadMessage) => port.postMessage(m);

let choice: EngineChoice<unknown>;
try {
  const loader = MODALITY_LOADERS[modality] as (c: typeof config) => Promise<EngineChoice<unknown>>;
  choice = await loader(config);
  post({ kind: 'loaded', statuses: choice.statuses, engine: choice.engine ? { name: choice.engine.name, model: choice.engine.model } : null });
} catch (e) {
  post({ kind: 'load-failed', error: toWire(e) });
  process.exit(0);
}

port.on('message', (request: EngineThreadRequest) => {
  if (request.kind === 'dispose') {
    void (choice.engine?.dispose() ?? Promise.resolve()).finally(() => post({ kind: 'disposed' }));
    return;
  }
  const { id, input } = request;
  choice.engine!.analyze(input).then(
    (result) => post({ kind: 'result', id, result }),
    (e: unknown) => post({ kind: 'failed', id, error: toWire(e) }),
  );
});
