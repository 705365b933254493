// The diary on both engines (SQLite always, PostgreSQL with BURNOUT_TEST_PG_URL), with the committed trend model:
// dated check-ins, alerts that update and resolve, edit and delete with recomputation, the import round trip, and
// `burnout trend --history` on an export file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { removeEntry, editEntry } from '../../src/diary/edit-entry.ts';
import { importExport } from '../../src/diary/import-export.ts';
import { recordCheckIn } from '../../src/diary/record-check-in.ts';
import type { RiskLevel } from '../../src/fusion/types.ts';
import {
  allAssessments, assessmentsToJson, countProfileRows, eraseProfile, getAssessment, listAlerts, listAudit,
} from '../../src/store/index.ts';
import { confidencePercent } from '../../src/trend/words.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { testBackends } from './backends.ts';
import { diaryStoreFor } from './diary-store.ts';

const config = loadConfig({ env: { BURNOUT_DIARY_TIME_ZONE: 'UTC' } });
const day = (d: number, hour = 9) => new Date(Date.UTC(2026, 10, 1 + d, hour)).toISOString();

/** A check-in result whose level, probabilities and self-report follow a burnout level b (0–1). */
function resultAt(b: number) {
  const level: RiskLevel = b > 0.66 ? 'high' : b > 0.33 ? 'moderate' : 'low';
  const r = makeResult(level, { selfReport: { energy: Math.round(9 - 8 * b), stress: Math.round(1 + 8 * b), work: 7 + 5 * b } });
  const high = Math.max(0.02, b - 0.3);
  const low = Math.max(0.02, 0.7 - b);
  const total = high + low + 0.4;
  return { ...r, risk: { ...r.risk, probabilities: { low: low / total, moderate: 0.4 / total, high: high / total } } };
}

for (const backend of testBackends()) {
  describe(`diary on ${backend.name}`, () => {
    const ctx = diaryStoreFor(backend, config);

    const record = (profileId: string, at: string, b: number, extra: Partial<Parameters<typeof recordCheckIn>[1]> = {}) =>
      recordCheckIn(ctx.deps, { profileId, at, result: resultAt(b), actor: 'test', ...extra });

    it('counts local days, not check-ins: five in one day give insufficient_history', async () => {
      let last;
      for (let i = 0; i < 5; i++) last = await record('one-day', day(0, 8 + i), 0.2 + 0.15 * i);
      expect(last?.trend).toEqual({ direction: 'insufficient_history', confidence: null, steps: 1 });
    });

    it('keeps one open alert per rule: updated while it holds, resolved when it stops, acknowledgeable', async () => {
      const p = 'alerts';
      await record(p, day(0), 0.9);
      const second = await record(p, day(1), 0.9);
      expect(second.alerts.map((a) => [a.rule, a.occurrences])).toEqual([['repeated-high-risk', 1]]);
      const third = await record(p, day(2), 0.9);
      const fourth = await record(p, day(3), 0.9);
      expect(fourth.alerts.find((a) => a.rule === 'repeated-high-risk')).toMatchObject({ occurrences: 3, lastAssessmentId: fourth.id, resolvedAt: null });
      const open = await listAlerts(ctx.store.db, p, { status: 'open' });
      expect(open.items.filter((a) => a.rule === 'repeated-high-risk')).toHaveLength(1);
      expect(open.items[0]?.assessmentId).toBe(second.id);
      expect(third.alerts.length).toBeGreaterThan(0);
      // Two calm days: High in only 1 of the last 3 → resolved, kept in the list.
      await record(p, day(4), 0.1);
      await record(p, day(5), 0.1);
      const all = await listAlerts(ctx.store.db, p);
      const repeated = all.items.filter((a) => a.rule === 'repeated-high-risk');
      expect(repeated).toHaveLength(1);
      expect(repeated[0]?.resolvedAt).not.toBeNull();
      expect((await listAlerts(ctx.store.db, p, { status: 'open' })).items.filter((a) => a.rule === 'repeated-high-risk')).toHaveLength(0);
      // High again later: a new alert (the resolved one stays resolved).
      await record(p, day(6), 0.9);
      await record(p, day(7), 0.9);
      const again = (await listAlerts(ctx.store.db, p)).items.filter((a) => a.rule === 'repeated-high-risk');
      expect(again.map((a) => a.resolvedAt === null).sort()).toEqual([false, true]);
    });

    it('a trend over 3 days out of 14 with gaps; the alert quotes the stored trend\'s confidence', async () => {
      const p = 'gaps';
      await record(p, day(0), 0.15);
      await record(p, day(6), 0.5);
      const last = await record(p, day(13), 0.9);
      expect(last.trend?.steps).toBe(3);
      expect(last.trend?.direction).toBe('worsening');
      const alert = last.alerts.find((a) => a.rule === 'worsening-trend');
      expect(alert?.reason).toContain(`(confidence ${confidencePercent(last.trend?.confidence ?? 0)} %)`);
    });

    it('a back-dated check-in recomputes the trend of later check-ins whose window holds its day', async () => {
      const p = 'backdated';
      await record(p, day(0), 0.2);
      await record(p, day(1), 0.3);
      const third = await record(p, day(3), 0.5);
      expect(third.trend?.steps).toBe(3);
      await record(p, day(2), 0.4);
      expect((await getAssessment(ctx.store.db, p, third.id)).trend?.steps).toBe(4);
    });

    it('deletes one check-in with its alerts, media and consents, recomputes later trends and alerts, and logs it', async () => {
      const p = 'delete';
      await record(p, day(0), 0.9);
      const second = await record(p, day(1), 0.9, {
        consents: [{ kind: 'face', granted: true }, { kind: 'note', granted: true }],
        media: [{ kind: 'face', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) }],
        note: 'rough day',
      });
      const third = await record(p, day(2), 0.2);
      expect(second.alerts).toHaveLength(1);
      expect(third.trend?.steps).toBe(3);
      const before = await countProfileRows(ctx.store.db, p);
      const out = await removeEntry(ctx.deps, p, second.id, 'test');
      expect(out.deleted).toEqual({ media: 1, consents: 2, alerts: 1, assessments: 1 });
      const after = await countProfileRows(ctx.store.db, p);
      expect(after).toMatchObject({ media: before.media - 1, consents: before.consents - 2, assessments: before.assessments - 1 });
      await expect(getAssessment(ctx.store.db, p, second.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await getAssessment(ctx.store.db, p, third.id)).trend?.steps).toBe(2);
      // The alert the deleted check-in raised is gone, and without it the rule no longer holds: nothing re-raised.
      expect((await listAlerts(ctx.store.db, p)).total).toBe(0);
      const audit = await listAudit(ctx.store.db, p);
      expect(audit.find((e) => e.action === 'assessment.delete')).toMatchObject({ target_id: second.id, detail: 'media=1 consents=2 alerts=1 assessments=1' });
      await expect(removeEntry(ctx.deps, p, second.id, 'test')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('edits the self-report and note: the risk stays, the trend is recomputed', async () => {
      const p = 'edit';
      await record(p, day(0), 0.2);
      await record(p, day(1), 0.2);
      const third = await record(p, day(2), 0.2);
      const edited = await editEntry(ctx.deps, p, third.id, { selfReport: { energy: 0, stress: 10, work: null }, note: '  long shift  ' }, 'test');
      expect(edited.selfReport).toEqual({ energy: 0, stress: 10 });
      expect(edited.note).toBe('long shift');
      expect(edited.risk).toEqual(third.risk);
      expect(edited.trend?.confidence).not.toBe(third.trend?.confidence);
      const cleared = await editEntry(ctx.deps, p, third.id, { note: null }, 'test');
      expect(cleared.note).toBeUndefined();
      await expect(editEntry(ctx.deps, p, third.id, {}, 'test')).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    });

    it('import round trip: export → erase → import → export are equal; a second import skips every entry', async () => {
      const p = 'roundtrip';
      for (let d = 0; d < 6; d++) await record(p, day(d, 9 + d), d < 3 ? 0.2 : 0.9, { journalText: `day ${d}`, note: d % 2 ? `note ${d}` : null });
      await editEntry(ctx.deps, p, (await allAssessments(ctx.store.db, p))[1]!.id, { selfReport: { energy: 3 } }, 'test');
      const exported = JSON.parse(assessmentsToJson(p, await allAssessments(ctx.store.db, p), 'n'));
      expect(exported.assessments.some((a: { alerts: unknown[] }) => a.alerts.length > 0)).toBe(true);
      await eraseProfile(ctx.store.db, p, 'test');
      expect((await countProfileRows(ctx.store.db, p)).assessments).toBe(0);
      const counts = await importExport(ctx.deps, p, exported, 'test');
      expect(counts).toMatchObject({ imported: 6, skipped: 0, textDropped: 0 });
      const again = JSON.parse(assessmentsToJson(p, await allAssessments(ctx.store.db, p), 'n'));
      expect(again.assessments).toEqual(exported.assessments);
      expect(await importExport(ctx.deps, p, exported, 'test')).toMatchObject({ imported: 0, skipped: 6, alerts: 0 });
    });

    it('a bad entry rejects the whole import with one error naming it; nothing is written', async () => {
      const good = JSON.parse(assessmentsToJson('x', await allAssessments(ctx.store.db, 'gaps'), 'n'));
      const bad = structuredClone(good);
      bad.assessments.forEach((a: { id: string }, i: number) => (a.id = `bad-${i}`));
      bad.assessments[2].risk.level = 'extreme';
      await expect(importExport(ctx.deps, 'bad-import', bad, 'test')).rejects.toMatchObject({
        code: 'INPUT_INVALID', message: expect.stringMatching(/^import entry 2 \(id bad-2\): field risk\.level: must be one of/),
      });
      expect((await countProfileRows(ctx.store.db, 'bad-import')).assessments).toBe(0);
    });

    it.skipIf(backend.name !== 'sqlite')('`burnout import FILE.json` imports an export into the configured store, all or nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cli-import-'));
      try {
        const file = join(dir, 'export.json');
        writeFileSync(file, assessmentsToJson('gaps', await allAssessments(ctx.store.db, 'gaps'), 'n'));
        const env: NodeJS.ProcessEnv = { ...process.env, BURNOUT_STORE_SQLITE_PATH: join(dir, 'cli.sqlite'), BURNOUT_DIARY_TIME_ZONE: 'UTC' };
        delete env.DATABASE_URL;
        const cli = (...args: string[]) => spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'import', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env });
        const first = cli(file, '--profile', 'me', '--json');
        expect(first.status, first.stderr).toBe(0);
        expect(JSON.parse(first.stdout)).toMatchObject({ imported: 3, skipped: 0 });
        expect(cli(file, '--profile', 'me').stdout).toMatch(/^imported 0 check-in\(s\) .*skipped 3 already stored/);
        writeFileSync(file, JSON.stringify({ assessments: [{ id: 'x' }] }));
        const bad = cli(file);
        expect(bad.status).toBe(64);
        expect(bad.stderr).toMatch(/^error \[INPUT_INVALID\]: import entry 0 \(id x\): field at: is missing/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('`burnout trend --history` reads an export file', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'trend-export-'));
      try {
        const items = await allAssessments(ctx.store.db, 'gaps');
        const file = join(dir, 'export.json');
        writeFileSync(file, assessmentsToJson('gaps', items, 'n'));
        const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'burnout.js'), 'trend', '--history', file, '--json'], {
          cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, BURNOUT_DIARY_TIME_ZONE: 'UTC' },
        });
        expect(run.status, run.stderr).toBe(0);
        const out = JSON.parse(run.stdout);
        const latest = items.at(-1)!;
        expect({ direction: out.direction, steps: out.steps }).toEqual({ direction: latest.trend?.direction, steps: latest.trend?.steps });
        expect(out.confidence).toBeCloseTo(latest.trend?.confidence ?? 0, 10);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
