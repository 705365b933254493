// Accounts on SQLite and PostgreSQL: Argon2id parameters in the stored PHC string, the password policy, sessions
// (cookie attributes, a hash in the database, idle and absolute expiry, sign-out, a new token at every sign-in),
// sign-in throttling, and the X-Profile-Id header ignored once accounts are on.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, findUser, removeUser, resetPassword } from '../../src/auth/users.ts';
import { tokenHash } from '../../src/auth/tokens.ts';
import { testBackends } from './backends.ts';
import { authApp, authConfig, cookieOf, signIn } from '../helpers/auth.ts';

const PW = 'correct horse battery';

for (const backend of testBackends()) {
  describe(`accounts (${backend.name})`, () => {
    let store: Awaited<ReturnType<typeof backend.open>>;
    let app: FastifyInstance;

    beforeAll(async () => {
      store = await backend.open();
      app = await authApp(store, authConfig());
      await addUser(store.db, { username: 'alice', password: PW });
      await addUser(store.db, { username: 'bob', password: PW, team: 'Blue' });
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await store?.dispose();
    });

    it('stores an Argon2id PHC string with m ≥ 19 MiB, t ≥ 2, p = 1', async () => {
      const row = await findUser(store.db, 'alice');
      const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(row!.password_hash);
      expect(m).not.toBeNull();
      expect(Number(m![1])).toBeGreaterThanOrEqual(19 * 1024);
      expect(Number(m![2])).toBeGreaterThanOrEqual(2);
      expect(Number(m![3])).toBe(1);
      expect(row!.password_hash).not.toContain(PW);
    });

    it('refuses short and common passwords and accepts 64 characters', async () => {
      await expect(addUser(store.db, { username: 'carol', password: 'short7!' })).rejects.toThrow(/at least 8/);
      await expect(addUser(store.db, { username: 'carol', password: 'Password1' })).rejects.toThrow(/most common/);
      await expect(addUser(store.db, { username: 'carol', password: 'carolcarol'.slice(0, 5) + 'x'.repeat(3) })).resolves.toMatchObject({ username: 'carol' });
      await expect(addUser(store.db, { username: 'dave', password: 'é'.repeat(64) })).resolves.toMatchObject({ username: 'dave' });
      await expect(addUser(store.db, { username: 'alice', password: PW })).rejects.toThrow(/exists/);
    });

    it('signs in with an HttpOnly SameSite=Strict cookie whose token is stored only as a hash', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: PW } });
      expect(res.statusCode).toBe(200);
      const header = String(res.headers['set-cookie']);
      expect(header).toMatch(/^burnout-session=[A-Za-z0-9_-]{43};/);
      expect(header).toContain('HttpOnly');
      expect(header).toContain('SameSite=Strict');
      expect(header).toContain('Path=/');
      expect(header).not.toContain('Domain');
      const token = cookieOf(header).split('=')[1]!;
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      const rows = await store.db.selectFrom('sessions').selectAll().execute();
      expect(rows.some((r) => r.token_hash === tokenHash(token))).toBe(true);
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      const who = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookieOf(header) } });
      expect(who.json()).toMatchObject({ authMode: 'local', user: { username: 'alice', role: 'user' } });
    });

    it('uses a __Host- cookie with Secure when served over TLS', async () => {
      const tlsApp = await authApp(store, authConfig({ BURNOUT_AUTH_TLS: 'true' }));
      const res = await tlsApp.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: PW } });
      expect(String(res.headers['set-cookie'])).toMatch(/^__Host-burnout-session=.+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200; Secure$/);
      await tlsApp.close();
    });

    it('refuses the API without a session (401) but answers health', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/assessments' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/assessments', headers: { cookie: 'burnout-session=forged' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: 'wrong password' } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'nobody', password: 'wrong password' } })).statusCode).toBe(401);
    });

    it('rotates the token at every sign-in and ends the previous session', async () => {
      const first = await signIn(app, 'alice', PW);
      const second = await signIn(app, 'alice', PW, first);
      expect(second).not.toBe(first);
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: first } })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: second } })).statusCode).toBe(200);
    });

    it('signs out on the server: the old cookie no longer works', async () => {
      const cookie = await signIn(app, 'alice', PW);
      const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie } });
      expect(out.json()).toEqual({ signedOut: true });
      expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie } })).statusCode).toBe(401);
    });

    it('ends a session idle for longer than auth.idleMinutes, and one older than auth.absoluteHours', async () => {
      const idle = await signIn(app, 'alice', PW);
      const hashOf = (c: string) => tokenHash(c.split('=')[1]!);
      await store.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() }).where('token_hash', '=', hashOf(idle)).execute();
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: idle } })).statusCode).toBe(401);
      expect(await store.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', hashOf(idle)).executeTakeFirst()).toBeUndefined();

      const old = await signIn(app, 'alice', PW);
      // Used a minute ago (not idle), but signed in 12 h ago: the absolute limit ends it.
      await store.db.updateTable('sessions').set({
        created_at: new Date(Date.now() - 12 * 3_600_000).toISOString(),
        last_seen_at: new Date(Date.now() - 60_000).toISOString(),
        expires_at: new Date(Date.now() - 1000).toISOString(),
      }).where('token_hash', '=', hashOf(old)).execute();
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: old } })).statusCode).toBe(401);

      const fresh = await signIn(app, 'Alice', PW);
      await store.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 29 * 60_000).toISOString() }).where('token_hash', '=', hashOf(fresh)).execute();
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie: fresh } })).statusCode).toBe(200);
      // Using it restarted its idle clock.
      const touched = await store.db.selectFrom('sessions').select('last_seen_at').where('token_hash', '=', hashOf(fresh)).executeTakeFirstOrThrow();
      expect(Date.parse(touched.last_seen_at)).toBeGreaterThan(Date.now() - 10 * 60_000);
    });

    it('a sign-in deletes sessions that expired unseen', async () => {
      const stale = await signIn(app, 'bob', PW);
      const hash = tokenHash(stale.split('=')[1]!);
      await store.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 2 * 3_600_000).toISOString() }).where('token_hash', '=', hash).execute();
      await signIn(app, 'alice', PW);
      expect(await store.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', hash).executeTakeFirst()).toBeUndefined();
    });

    it('throttles: after 10 failures in a minute for one account and address → 429 with Retry-After, even with the right password', async () => {
      const attempt = (password: string, ip = '10.0.0.7', username = 'bob') =>
        app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });
      for (let i = 0; i < 10; i++) expect((await attempt('not the password')).statusCode).toBe(401);
      const refused = await attempt(PW);
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json().error.code).toBe('RATE_LIMITED');
      // Another address, or another account from the same address, is not held up.
      expect((await attempt(PW, '10.0.0.8')).statusCode).toBe(200);
      expect((await attempt(PW, '10.0.0.7', 'alice')).statusCode).toBe(200);
    });

    it('ignores X-Profile-Id and ?profile= once accounts are on', async () => {
      const cookie = await signIn(app, 'alice', PW);
      const alice = await findUser(store.db, 'alice');
      const bob = await findUser(store.db, 'bob');
      const res = await app.inject({ method: 'GET', url: `/api/profile?profile=${bob!.profile_id}`, headers: { cookie, 'x-profile-id': bob!.profile_id } });
      expect(res.json().id).toBe(alice!.profile_id);
    });

    it('a password reset ends the user\'s sessions; removing a user erases their profile', async () => {
      const cookie = await signIn(app, 'carol', 'carolxxx');
      await resetPassword(store.db, 'carol', 'a new passphrase');
      expect((await app.inject({ method: 'GET', url: '/api/profile', headers: { cookie } })).statusCode).toBe(401);
      await signIn(app, 'carol', 'a new passphrase');
      const counts = await removeUser(store.db, 'carol', 'test');
      expect(counts).toMatchObject({ sessions: 1, profiles: 1 });
      expect(await findUser(store.db, 'carol')).toBeUndefined();
    });
  });
}
