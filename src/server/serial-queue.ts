// Runs tasks one at a time in arrival order, refusing new ones (RATE_LIMITED) when too many are already waiting.
// Each task starts on a turn of its own of the event loop: the store's calls are synchronous (better-sqlite3) behind
// promises, so without that a queue of writes would run back to back in microtasks and no request — `/api/health`
// included — would be read until the whole queue was done (a load profile showed 0.3–0.6 s stretches).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { refusal } from '../errors.ts';

/** A FIFO of async tasks with at most one running. */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running or waiting. */
  readonly pending: number;
}

/** Creates a queue that accepts at most `maxPending` running + waiting tasks. */
export function createSerialQueue(maxPending: number): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    get pending() { return pending; },
    run<T>(task: () => Promise<T>): Promise<T> {
      if (pending >= maxPending) {
        return Promise.reject(refusal('RATE_LIMITED', 'the server is busy with other check-ins; try again in a moment'));
      }
      pending++;
      const result = tail.then(() => nextTurn()).then(task);
      tail = result.then(() => undefined, () => undefined).finally(() => { pending--; });
      return result;
    },
  };
}
