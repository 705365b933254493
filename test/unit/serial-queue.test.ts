// The server's serial write queue: one task at a time in arrival order, a refusal past its limit, and a turn of the
// event loop between tasks (so that requests are read while writes queue up).
import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../src/server/serial-queue.ts';

describe('serial queue', () => {
  it('lets the event loop run between two queued tasks', async () => {
    const q = createSerialQueue(10);
    const log: string[] = [];
    const first = q.run(async () => {
      log.push('first');
      setImmediate(() => log.push('a request read between the writes'));
    });
    const second = q.run(async () => { log.push('second'); });
    await Promise.all([first, second]);
    expect(log).toEqual(['first', 'a request read between the writes', 'second']);
  });

  it('runs in arrival order, one at a time, and refuses past its limit with RATE_LIMITED', async () => {
    const q = createSerialQueue(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 5));
      order.push(i);
      running--;
      return i;
    };
    const a = q.run(task(1));
    const b = q.run(task(2));
    await expect(q.run(task(3))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await Promise.all([a, b])).toEqual([1, 2]);
    expect(order).toEqual([1, 2]);
    expect(most).toBe(1);
    expect(q.pending).toBe(0);
  });
});
