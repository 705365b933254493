// A keep-alive HTTP client for the reliability benchmark (one agent, many sockets) that measures each request, and
// a /api/health prober that samples latency in the background.
import { Agent, request } from 'node:http';
import { median } from '../../src/eval/metrics.ts';

/** One measured answer. */
export interface Timed {
  status: number;
  ms: number;
  body: string;
  retryAfter?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });
const guarded = new WeakSet<object>();

/** Sends one request and measures it (status 0 = connection error). */
export function timedRequest(url: string, method: string, headers: Record<string, string> = {}, body?: Uint8Array): Promise<Timed> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({
        status: res.statusCode ?? 0, ms: performance.now() - t0, body: Buffer.concat(chunks).toString(),
        ...(res.headers['retry-after'] ? { retryAfter: String(res.headers['retry-after']) } : {}),
      }));
      res.on('error', () => resolve({ status: 0, ms: performance.now() - t0, body: '' }));
    });
    req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: String(e) }));
    // A server that answers before the whole upload is sent (a refused WAV header) may close while we still write:
    // that EPIPE arrives on the socket after the answer, and is not a failure of the request.
    req.on('socket', (socket) => {
      if (guarded.has(socket)) return;
      guarded.add(socket);
      socket.on('error', () => {});
    });
    req.end(body);
  });
}

/** Percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** "p50 x ms, p99 y ms, max z ms (n)". */
export function describe(values: readonly number[]): string {
  return `p50 ${median([...values]).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n=${values.length})`;
}

/** Polls GET /api/health every `everyMs` until stopped; returns the latencies and non-200 count. */
export function healthProbe(base: string, everyMs = 50): { stop(): Promise<{ ms: number[]; bad: number }> } {
  const ms: number[] = [];
  let bad = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const r = await timedRequest(`${base}api/health`, 'GET');
      ms.push(r.ms);
      if (r.status !== 200) bad += 1;
      await new Promise((res) => setTimeout(res, everyMs));
    }
  })();
  return { async stop() { running = false; await loop; return { ms, bad }; } };
}
