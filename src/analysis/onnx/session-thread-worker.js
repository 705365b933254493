// The ONNX Runtime thread: holds the process's (or the analysis worker's) inference sessions and runs them one at a
// time, so that session.run — synchronous in onnxruntime-node — never blocks the thread that prepares the inputs.
// Plain JavaScript on purpose: this thread imports only onnxruntime-node (no tsx, no transformers.js, no tfjs).
// Messages: see messages.ts.
import { parentPort } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { runOnWire } from './run-on-wire.js';

/** @type {Map<number, ort.InferenceSession>} */
const sessions = new Map();
let nextSession = 1;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);

/** @param {unknown} e */
function reason(e) {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 400) ?? 'unknown error';
}

/** @param {any} request */
async function handle(request) {
  switch (request.kind) {
    case 'open': {
      const session = await ort.InferenceSession.create(request.model, request.options);
      const id = nextSession++;
      sessions.set(id, session);
      return { session: id, inputNames: [...session.inputNames], outputNames: [...session.outputNames] };
    }
    case 'run': {
      const session = sessions.get(request.session);
      if (!session) throw new Error(`session ${request.session} is not open`);
      return { outputs: await runOnWire(session, request.feeds) };
    }
    case 'release': {
      const session = sessions.get(request.session);
      sessions.delete(request.session);
      await session?.release();
      return {};
    }
    default:
      throw new Error(`unknown request ${String(request.kind)}`);
  }
}

// One request at a time, in the order they came: a run never competes with another run of this thread.
let queue = Promise.resolve();
port.on('message', (request) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ id: request.id, ok: true, ...(await handle(request)) });
    } catch (e) {
      port.postMessage({ id: request.id, ok: false, message: reason(e) });
    }
  });
});
