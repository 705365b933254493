// Check-in jobs across real processes (needs PostgreSQL: BURNOUT_TEST_PG_URL, which .ci/run sets): one database, two
// `serve --no-inference` and two `worker` processes on loopback; 200 check-ins of 20 profiles sent through both servers
// at once (half waiting for their result, half answered 202); one worker is SIGKILLed mid-run and restarted. Every
// accepted check-in must be stored exactly once (each carries a unique marker in its kept journal text), every job must
// end done or failed with a code, and each stored trend must equal the trend recomputed from the stored history.
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, resolvePath } from '../../src/config/load.ts';
import { storeSection } from '../../src/config/sections/store.ts';
import { profileSettings, trendsOf } from '../../src/diary/deps.ts';
import { historyAround, trendAsOf } from '../../src/diary/history-window.ts';
import { createRng } from '../../src/ml/random.ts';
import { allAssessments } from '../../src/store/assessments.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { loadTrendModel, type TrendModel } from '../../src/trend/load.ts';
import { createTempDatabase, type TempDatabase } from '../helpers/pg-database.ts';
import { freePort, killAll, startBurnout, type BurnoutProcess } from '../helpers/processes.ts';

const PG_URL = process.env.BURNOUT_TEST_PG_URL;
if (!PG_URL) console.warn('jobs multi-process test: BURNOUT_TEST_PG_URL is not set — skipped (it needs PostgreSQL; .ci/run sets it).');

const PROFILES = 20;
const PER_PROFILE = 10;
const CONCURRENCY = 16;
const KILL_AFTER = 60;
const DAY = 86_400_000;

interface Sent { profile: string; k: number; marker: string; status: number; jobId?: string }

describe.skipIf(!PG_URL)('check-in jobs across processes (PostgreSQL)', () => {
  let db: TempDatabase | undefined;
  let store: Store | undefined;
  let model: TrendModel | undefined;
  afterAll(async () => {
    await killAll();
    model?.dispose();
    await store?.close();
    await db?.drop();
  }, 60_000);

  it('stores 200 check-ins exactly once through 2 servers and 2 workers, one worker killed and restarted', async () => {
    const t0 = performance.now();
    db = await createTempDatabase(PG_URL!, 'jobs_mp');
    const env = {
      DATABASE_URL: db.url, BURNOUT_STORE_DATABASE_URL: undefined, BURNOUT_SERVER_ANALYSIS_WORKERS: '1',
      BURNOUT_SERVER_RATE_LIMIT_PER_MINUTE: '100000000', BURNOUT_SERVER_SYNC_WAIT_MS: '20000', BURNOUT_JOBS_SWEEP_INTERVAL_SEC: '1',
    };
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((p, i) => startBurnout(`serve-${i + 1}`, ['serve', '--no-inference', '--port', String(p)], env));
    const startWorker = (name: string) => startBurnout(name, ['worker', '--threads', '1'], env);
    const workers: BurnoutProcess[] = [startWorker('worker-1'), startWorker('worker-2')];
    await Promise.all([
      ...servers.map((s) => s.waitFor(/^serving http/, 120_000)),
      ...workers.map((w) => w.waitFor(/taking check-in jobs/, 180_000)),
    ]);
    const urls = ports.map((p) => `http://127.0.0.1:${p}`);

    // 20 profiles × 10 days; the stress of half rises, of the other half falls. Sent in a shuffled order, so most
    // profiles' check-ins arrive out of date order (back-dated ones make the diary recompute later trends).
    const base = Math.floor(Date.now() / DAY) * DAY - 12 * DAY + 9 * 3_600_000;
    const work: Array<{ profile: string; k: number }> = [];
    for (let p = 0; p < PROFILES; p++) for (let k = 0; k < PER_PROFILE; k++) work.push({ profile: `mp-${p}`, k });
    createRng(15).shuffle(work);
    const sent: Sent[] = [];
    let killed: Promise<void> | null = null;
    let next = 0;
    async function sender(lane: number): Promise<void> {
      while (next < work.length) {
        const { profile, k } = work[next++]!;
        const p = Number(profile.slice(3));
        const stress = p % 2 === 0 ? k : PER_PROFILE - 1 - k;
        const marker = `[mp ${profile} #${k}]`;
        const form = new FormData();
        form.append('text', `${marker} ${stress > 5 ? 'Exhausted, too many deadlines, I cannot switch off.' : 'A calm day, I slept well and enjoyed a walk.'}`);
        form.append('energy', String(9 - stress));
        form.append('stress', String(stress));
        form.append('work', String(7 + stress / 2));
        form.append('consent', 'text');
        form.append('at', new Date(base + k * DAY + p * 60_000).toISOString());
        const res = await fetch(`${urls[lane % 2]}/api/assessments`, {
          method: 'POST', body: form, headers: { 'x-profile-id': profile, ...(k % 2 === 1 ? { prefer: 'respond-async' } : {}) },
        });
        const body = await res.json() as { id?: string };
        const jobId = res.status === 202 ? body.id : undefined;
        sent.push({ profile, k, marker, status: res.status, ...(jobId ? { jobId } : {}) });
        if (sent.length === KILL_AFTER && !killed) {
          killed = (async () => {
            await workers[0]!.kill('SIGKILL');
            workers[0] = startWorker('worker-1 (restarted)');
          })();
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, lane) => sender(lane)));
    await killed;
    expect(killed).not.toBeNull();

    // Every 202 is followed to its end through the other server.
    const statuses = sent.map((s) => s.status);
    expect(statuses.filter((s) => s !== 201 && s !== 202)).toEqual([]);
    const deadline = Date.now() + 240_000;
    for (const s of sent.filter((x) => x.jobId)) {
      for (;;) {
        const res = await fetch(`${urls[1]}/api/jobs/${s.jobId}`, { headers: { 'x-profile-id': s.profile } });
        const job = await res.json() as { state: string; error?: { code: string } };
        if (job.state === 'done' || job.state === 'failed') break;
        if (Date.now() > deadline) throw new Error(`job ${s.jobId} still ${job.state}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    store = await openStore(storeSection.parse({ databaseUrl: db.url }), { migrate: false, pgPoolSize: 2 });
    const jobs = await store.db.selectFrom('check_in_jobs').selectAll().execute();
    const ended = jobs.filter((j) => j.state === 'done' || (j.state === 'failed' && j.error_code));
    expect(ended.length).toBe(jobs.length);
    expect(jobs.length).toBe(PROFILES * PER_PROFILE);
    expect(jobs.filter((j) => j.request_json !== null)).toEqual([]);
    expect(Number((await store.db.selectFrom('check_in_job_media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(0);

    // Exactly once: each accepted check-in's marker is in exactly one stored assessment.
    const rows = await store.db.selectFrom('assessments').select(['id', 'profile_id', 'journal_text']).execute();
    const seen = new Map<string, number>();
    for (const r of rows) {
      const m = /^\[mp [^\]]+\]/.exec(r.journal_text ?? '')?.[0];
      if (m) seen.set(m, (seen.get(m) ?? 0) + 1);
    }
    const lost = sent.filter((s) => !seen.has(s.marker)).length;
    const duplicated = sent.filter((s) => (seen.get(s.marker) ?? 0) > 1).length;
    const failed = jobs.filter((j) => j.state === 'failed').length;
    const retried = jobs.reduce((n, j) => n + Math.max(0, j.attempts - 1), 0);
    expect({ lost, duplicated, failed, stored: rows.length }).toEqual({ lost: 0, duplicated: 0, failed: 0, stored: PROFILES * PER_PROFILE });
    expect(new Set(jobs.map((j) => j.assessment_id)).size).toBe(jobs.length);

    // Each stored trend equals the trend recomputed now from the stored history up to that check-in.
    const config = loadConfig();
    model = await loadTrendModel(resolvePath(config.trend.modelDir));
    const trends = trendsOf({ trendModel: model });
    let compared = 0;
    let withTrend = 0;
    for (let p = 0; p < PROFILES; p++) {
      const profile = `mp-${p}`;
      const settings = await profileSettings(store.db, config, profile);
      for (const a of await allAssessments(store.db, profile)) {
        const expected = (await trendAsOf(trends, await historyAround(store.db, profile, a.at, settings), a, settings))?.trend;
        expect(a.trend?.direction, `${profile} ${a.at}`).toBe(expected?.direction);
        expect(a.trend?.steps).toBe(expected?.steps);
        if (expected?.confidence !== null && expected?.confidence !== undefined) {
          expect(a.trend?.confidence).toBeCloseTo(expected.confidence, 9);
          withTrend += 1;
        }
        compared += 1;
      }
    }
    expect(compared).toBe(PROFILES * PER_PROFILE);
    expect(withTrend).toBeGreaterThan(100);
    const wall = (performance.now() - t0) / 1000;
    const sync = statuses.filter((s) => s === 201).length;
    console.log(`jobs multi-process: ${sent.length} check-ins accepted (${sync} × 201 within the wait, ${sent.length - sync} × 202), ` +
      `lost ${lost}, duplicated ${duplicated}, failed ${failed}, retried ${retried} (attempts beyond the first), ` +
      `${withTrend} trends recomputed equal, wall ${wall.toFixed(1)} s`);
  }, 420_000);
});
