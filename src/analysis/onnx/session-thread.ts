// ONNX Runtime sessions that run in a thread of their own. onnxruntime-node's session.run is synchronous on the
// calling thread, so with sessions in the analysing thread a check-in's modalities ran one after another and the
// JavaScript stages (tokenising, acoustic features) waited for them. Here every thread that loads models gets one
// ONNX Runtime thread, shared by all its sessions and started with the first one: the analysing thread prepares the
// next input while a model runs. Runs are served one at a time, in the order they were sent. A request to an idle
// thread is sent at once; requests asked while one is running are sent together at the end of the event-loop turn,
// those of `first` sessions ahead (the face detector, whose answer the analysing thread needs before it can hand over
// the face crop, goes before the long voice model).
import { Worker } from 'node:worker_threads';
import type { SessionAnswer, SessionRequest, WireTensor } from './messages.ts';

export type { WireTensor } from './messages.ts';

/** An inference session living in the ONNX Runtime thread. */
export interface RemoteSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /**
   * Runs the model. The feeds are copied to the thread, or with `transfer` moved there without a copy (the caller
   * must not use those buffers afterwards: only for buffers made for this run).
   */
  run(feeds: Record<string, WireTensor>, options?: { transfer?: boolean }): Promise<Record<string, WireTensor>>;
  /** Frees the session; the thread ends with its last session. */
  release(): Promise<void>;
}

type Pending = { resolve(a: SessionAnswer & { ok: true }): void; reject(e: Error): void };
type Request = SessionRequest extends infer R ? (R extends SessionRequest ? Omit<R, 'id'> : never) : never;

interface Outgoing {
  message: SessionRequest;
  transfer: ArrayBuffer[];
  first: boolean;
}

interface SessionThread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Requests of this event-loop turn, sent at its end. */
  outgoing: Outgoing[];
  open: number;
  gone: Error | null;
}

let current: SessionThread | null = null;
let nextRequest = 1;

function startThread(): SessionThread {
  const worker = new Worker(new URL('./session-thread-worker.js', import.meta.url));
  const thread: SessionThread = { worker, pending: new Map(), outgoing: [], open: 0, gone: null };
  const failAll = (e: Error) => {
    thread.gone = e;
    if (current === thread) current = null;
    for (const p of thread.pending.values()) p.reject(e);
    thread.pending.clear();
  };
  worker.on('error', (e) => failAll(e instanceof Error ? e : new Error(String(e))));
  worker.on('exit', (code) => failAll(new Error(`the ONNX Runtime thread exited (code ${code})`)));
  worker.on('message', (answer: SessionAnswer) => {
    const p = thread.pending.get(answer.id);
    thread.pending.delete(answer.id);
    if (answer.ok) p?.resolve(answer);
    else p?.reject(new Error(answer.message));
  });
  // An idle thread with no sessions must not keep the process alive.
  worker.unref();
  return thread;
}

function ask(thread: SessionThread, request: Request, transfer: ArrayBuffer[] = [], first = false): Promise<SessionAnswer & { ok: true }> {
  if (thread.gone) return Promise.reject(thread.gone);
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    const idle = thread.pending.size === 0;
    if (idle) thread.worker.ref();
    const settle = () => {
      if (thread.pending.size === 0) thread.worker.unref();
    };
    thread.pending.set(id, { resolve: (a) => { resolve(a); settle(); }, reject: (e) => { reject(e); settle(); } });
    const message = { ...request, id } as SessionRequest;
    // An idle thread starts at once; behind a running request, this turn's requests are sent together at its end.
    if (idle && thread.outgoing.length === 0) {
      thread.worker.postMessage(message, transfer);
      return;
    }
    if (thread.outgoing.length === 0) setImmediate(() => send(thread));
    thread.outgoing.push({ message, transfer, first });
  });
}

/** Sends this turn's requests: those of `first` sessions ahead, otherwise in the order they were asked. */
function send(thread: SessionThread): void {
  const batch = thread.outgoing.splice(0);
  batch.sort((a, b) => Number(b.first) - Number(a.first));
  for (const { message, transfer } of batch) {
    if (thread.gone) thread.pending.get(message.id)?.reject(thread.gone);
    else thread.worker.postMessage(message, transfer);
  }
}

/**
 * Opens an ONNX model — a file path or the model's bytes — with ONNX Runtime `options` (session options as
 * onnxruntime-node takes them) in this thread's ONNX Runtime thread, starting the thread if needed. With `first`, its
 * runs are sent ahead of the other runs asked in the same event-loop turn. Rejects with ONNX Runtime's message when
 * the model cannot be loaded.
 */
export async function openRemoteSession(model: string | Uint8Array, options: Record<string, unknown>, placement: { first?: boolean } = {}): Promise<RemoteSession> {
  const thread = current ?? (current = startThread());
  thread.open++;
  let opened: SessionAnswer & { ok: true };
  try {
    opened = await ask(thread, { kind: 'open', model, options });
  } catch (e) {
    await closeIfUnused(thread);
    throw e;
  }
  const session = opened.session!;
  let released = false;
  return {
    inputNames: opened.inputNames ?? [],
    outputNames: opened.outputNames ?? [],
    async run(feeds, options = {}) {
      if (released) throw new Error('the session was released');
      const answer = await ask(thread, { kind: 'run', session, feeds }, options.transfer ? transferables(feeds) : [], placement.first);
      return answer.outputs ?? {};
    },
    async release() {
      if (released) return;
      released = true;
      if (!thread.gone) await ask(thread, { kind: 'release', session }).catch(() => undefined);
      await closeIfUnused(thread);
    },
  };
}

async function closeIfUnused(thread: SessionThread): Promise<void> {
  thread.open--;
  if (thread.open > 0) return;
  if (current === thread) current = null;
  if (!thread.gone) await thread.worker.terminate();
}

/** The feeds' buffers that can move to the thread without a copy (whole, non-shared ArrayBuffers, each once). */
function transferables(feeds: Record<string, WireTensor>): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const { data } of Object.values(feeds)) {
    const buffer = data.buffer;
    if (buffer instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === buffer.byteLength) out.add(buffer);
  }
  return [...out];
}
