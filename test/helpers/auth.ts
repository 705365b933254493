// Test helpers for accounts: an app with auth.mode local on a given store, and signing in through POST /api/session.
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/schema.ts';
import type { JobClient } from '../../src/jobs/job-client.ts';
import { buildApp } from '../../src/server/app.ts';
import { unavailableModelHost, type ModelHost } from '../../src/server/model-host.ts';
import type { Store } from '../../src/store/open.ts';

/** Config with accounts on (plus `env` overrides), the event-loop guard off. */
export function authConfig(env: Record<string, string> = {}): Readonly<Config> {
  return loadConfig({ env: { BURNOUT_AUTH_MODE: 'local', BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0', BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000', ...env } });
}

/** An app on `store` with `config`, (by default) no analysis models, and check-in jobs when `jobs` is given. */
export async function authApp(store: Store, config: Readonly<Config>, models?: ModelHost, jobs?: JobClient): Promise<FastifyInstance> {
  return buildApp({ config, store, models: models ?? unavailableModelHost(config, 'no models in this test'), jobs: jobs ?? null });
}

/** The `name=value` of a Set-Cookie header. */
export function cookieOf(setCookie: string | string[] | undefined): string {
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  if (!first) throw new Error('no Set-Cookie header');
  return first.split(';')[0]!;
}

/** Signs in and returns the Cookie header value to send. */
export async function signIn(app: FastifyInstance, username: string, password: string, cookie?: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, headers: cookie ? { cookie } : {} });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  return cookieOf(res.headers['set-cookie']);
}
