// Waiting for check-in jobs to end: one LISTEN connection per server process hears every finished job's id
// (JOB_DONE_CHANNEL, sent at commit by the worker); each waiting request also re-reads its job every second, so a
// lost notification or a dropped connection delays an answer but never loses it.
import { JOB_DONE_CHANNEL } from '../store/check-in-jobs.ts';
import { listenTo } from './pg-listener.ts';

/** Waits for jobs of this process's requests. */
export interface JobWaiter {
  /**
   * Resolves when `isFinished()` is true (checked at once, on each notification for `id`, and every second), or after
   * `ms` with false.
   */
  wait(id: string, ms: number, isFinished: () => Promise<boolean>): Promise<boolean>;
  close(): Promise<void>;
}

const RECHECK_MS = 1000;

/** Opens the LISTEN connection (reconnecting after an error) and returns the waiter. */
export async function createJobWaiter(url: string): Promise<JobWaiter> {
  const listeners = new Map<string, Set<() => void>>();
  const listener = await listenTo(url, JOB_DONE_CHANNEL, {
    notify(id) { for (const wake of listeners.get(id) ?? []) wake(); },
  });

  return {
    async wait(id, ms, isFinished) {
      if (await isFinished()) return true;
      const deadline = Date.now() + ms;
      const wakers = listeners.get(id) ?? new Set<() => void>();
      listeners.set(id, wakers);
      try {
        while (Date.now() < deadline) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(done, Math.min(RECHECK_MS, Math.max(0, deadline - Date.now())));
            function done() { clearTimeout(timer); wakers.delete(done); resolve(); }
            wakers.add(done);
          });
          if (await isFinished()) return true;
        }
        return false;
      } finally {
        if (wakers.size === 0) listeners.delete(id);
      }
    },
    close: () => listener.close(),
  };
}
