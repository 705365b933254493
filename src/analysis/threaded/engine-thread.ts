// A modality's engine in a worker thread of its own: ONNX Runtime's session.run and the heavy JavaScript stages
// (acoustic features, detection) block the thread they run on, so engines sharing one thread run one after another
// even under Promise.all; one thread per modality lets a check-in's modalities really run at the same time.
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config/schema.ts';
import { fromWire } from '../../errors-wire.ts';
import type { EngineChoice } from '../engine-registry.ts';
import type { Modality, ModalityInputs, ModalityResult } from '../types.ts';
import type { EngineThreadData, EngineThreadMessage, EngineThreadRequest } from './messages.ts';

/**
 * Starts a thread that loads `modality`'s serving engine with the usual loader and resolves to the same EngineChoice,
 * whose engine forwards each analysis to that thread (inputs are copied, not transferred: the caller keeps them).
 * A load failure rejects with the loader's error; a thread that dies fails its pending analyses.
 */
export function loadModalityInThread<M extends Modality>(config: Readonly<Config>, modality: M): Promise<EngineChoice<ModalityInputs[M]>> {
  const data: EngineThreadData = { config: config as Config, modality };
  const worker = new Worker(new URL('./engine-thread-entry.js', import.meta.url), { workerData: data });
  const pending = new Map<number, { resolve(r: ModalityResult): void; reject(e: unknown): void }>();
  let nextId = 0;
  let gone: Error | null = null;
  return new Promise((resolveLoad, rejectLoad) => {
    const failAll = (e: Error) => {
      gone = e;
      rejectLoad(e);
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the ${modality} engine thread exited (code ${code})`)));
    worker.on('message', (m: EngineThreadMessage) => {
      if (m.kind === 'load-failed') {
        rejectLoad(fromWire(m.error));
        return;
      }
      if (m.kind === 'loaded') {
        if (!m.engine) void worker.terminate();
        resolveLoad({ statuses: m.statuses, engine: m.engine ? { ...m.engine, analyze, dispose } : null });
        return;
      }
      if (m.kind === 'disposed') {
        void worker.terminate();
        return;
      }
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.kind === 'result') p?.resolve(m.result);
      else p?.reject(fromWire(m.error));
    });

    function analyze(input: ModalityInputs[M]): Promise<ModalityResult> {
      if (gone) return Promise.reject(gone);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ kind: 'analyze', id, input } satisfies EngineThreadRequest);
      });
    }

    async function dispose(): Promise<void> {
      if (gone) return;
      const exited = new Promise<void>((r) => worker.once('exit', () => r()));
      worker.postMessage({ kind: 'dispose' } satisfies EngineThreadRequest);
      const timer = setTimeout(() => void worker.terminate(), 5_000); // an engine that does not finish disposing
      await exited;
      clearTimeout(timer);
    }
  });
}
