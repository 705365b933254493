// `burnout serve --host 0.0.0.0` as a real process: refused without accounts (auth.mode none), started with
// auth.mode local — where the API then asks for a session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { startBurnout, type BurnoutProcess } from '../helpers/processes.ts';

/** A free port in 18600–18699 (this test binds every interface; a fixed small range keeps it out of others' way). */
async function freePortInRange(): Promise<number> {
  for (let port = 18600 + Math.floor(Math.random() * 50); port < 18700; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer().once('error', () => resolve(false)).listen(port, '0.0.0.0', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 18600–18699');
}

describe('burnout serve --host 0.0.0.0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'burnout-bind-'));
  const env = { BURNOUT_STORE_SQLITE_PATH: join(dir, 'b.sqlite'), DATABASE_URL: undefined, BURNOUT_STORE_DATABASE_URL: undefined, BURNOUT_SERVER_ANALYSIS_WORKERS: '1' };
  const started: BurnoutProcess[] = [];
  afterAll(async () => {
    for (const p of started) await p.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses without auth.mode local', async () => {
    const p = startBurnout('serve-none', ['serve', '--host', '0.0.0.0', '--port', String(await freePortInRange())], { ...env, BURNOUT_AUTH_MODE: 'none' });
    started.push(p);
    await p.waitFor(/refusing to listen on 0\.0\.0\.0: without accounts \(auth\.mode none\)/, 60_000);
    await new Promise<void>((resolve) => (p.child.exitCode !== null ? resolve() : p.child.once('exit', () => resolve())));
    expect(p.child.exitCode).toBe(64);
  }, 90_000);

  it('starts with auth.mode local, and the API asks for a session', async () => {
    const port = await freePortInRange();
    const p = startBurnout('serve-local', ['serve', '--host', '0.0.0.0', '--port', String(port)], { ...env, BURNOUT_AUTH_MODE: 'local' });
    started.push(p);
    await p.waitFor(/serving http:\/\/0\.0\.0\.0:\d+\//, 90_000);
    expect(p.output()).toMatch(/warning: 0\.0\.0\.0 is not loopback and auth\.tls is false/);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/api/assessments`)).status).toBe(401);
  }, 120_000);
});
