// Repository tests, run on SQLite always and on PostgreSQL when BURNOUT_TEST_PG_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acknowledgeAlert, allAssessments, assessmentsToCsv, countProfileRows, eraseProfile, getAssessment, listAlerts,
  historySince, latestCheckIn, listAssessments, listAudit, newId, profileStats, saveCheckIn, type Store,
} from '../../src/store/index.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { testBackends } from './backends.ts';

for (const backend of testBackends()) {
  describe(`store repositories on ${backend.name}`, () => {
    let store: Store & { dispose(): Promise<void> };
    beforeAll(async () => { store = await backend.open(); });
    afterAll(async () => { await store?.dispose(); });

    const save = (profileId: string, at: string, level: 'low' | 'moderate' | 'high', extra: Partial<Parameters<typeof saveCheckIn>[1]> = {}) =>
      saveCheckIn(store.db, {
        assessment: { id: newId(), profileId, at, result: makeResult(level), fusionModel: 'fusion@test', journalText: null },
        alerts: [],
        actor: 'test',
        ...extra,
      });

    it('migrations are idempotent', async () => {
      expect(await migrateToLatest(store.db, store.dialect)).toEqual([]);
    });

    it('stores a check-in and reads it back identically (without the embedding)', async () => {
      const saved = await save('p1', '2026-01-05T09:00:00.000Z', 'high', {
        alerts: [{ rule: 'high-risk-repeated', reason: 'High twice', resources: ['call someone'] }],
        consents: [{ kind: 'text', granted: true }],
        media: [{ kind: 'face', mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) }],
      });
      const back = await getAssessment(store.db, 'p1', saved.id);
      expect(back.risk.level).toBe('high');
      expect(back.risk.reliable).toBe(true);
      expect(back.risk.probabilities.high).toBeCloseTo(0.8, 12);
      expect(back.risk.modalityWeights).toEqual({ text: 0.75, voice: 0, face: 0, selfReport: 0.25 });
      expect(back.modalities.text.status).toBe('ok');
      expect(back.modalities.text).not.toHaveProperty('embedding');
      expect(back.modalities.voice).toEqual({ status: 'absent', reason: 'no voice input was given' });
      expect(back.models).toEqual({ text: { engine: 'lite', model: 'text-lite@test' }, fusion: 'fusion@test' });
      expect(back.selfReport).toEqual({ energy: 5, stress: 5, work: 8 });
      expect(back.help).toEqual(['Talk to someone you trust.']);
      expect(back.alerts.map((a) => a.rule)).toEqual(['high-risk-repeated']);
      expect(back.journalText).toBeUndefined();
      expect(saved).toEqual(back);
      const rows = await countProfileRows(store.db, 'p1');
      expect(rows).toMatchObject({ assessments: 1, alerts: 1, consents: 1, media: 1, profiles: 1 });
    });

    it('stores an unclear level with its reason and the safety-language flag', async () => {
      const result = makeResult('moderate');
      const unclear = { ...result, risk: { ...result.risk, level: 'unclear' as const, reliable: false, unclearReason: 'only a short text' }, safetyLanguage: true, help: ['h'] };
      const saved = await saveCheckIn(store.db, {
        assessment: { id: newId(), profileId: 'p-unclear', at: '2026-01-07T09:00:00.000Z', result: unclear, journalText: null },
        alerts: [],
        actor: 'test',
      });
      const back = await getAssessment(store.db, 'p-unclear', saved.id);
      expect(back.risk.level).toBe('unclear');
      expect(back.risk.unclearReason).toBe('only a short text');
      expect(back.safetyLanguage).toBe(true);
      expect(back.help).toEqual(['h']);
      const [header, row] = assessmentsToCsv([back]).split('\r\n');
      const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
      expect(cells).toMatchObject({ risk_level: 'unclear', unclear_reason: 'only a short text', safety_language: 'true', weight_self_report: '0.25' });
    });

    it('keeps journal text only when the caller passes it', async () => {
      const saved = await saveCheckIn(store.db, {
        assessment: { id: newId(), profileId: 'p2', at: '2026-01-06T09:00:00.000Z', result: makeResult('low'), journalText: '=SUM(A1)' },
        alerts: [],
        actor: 'test',
      });
      expect((await getAssessment(store.db, 'p2', saved.id)).journalText).toBe('=SUM(A1)');
      const csv = assessmentsToCsv(await allAssessments(store.db, 'p2'));
      expect(csv).toContain(",'=SUM(A1)");
      expect(csv).not.toMatch(/(^|,)=SUM/m);
    });

    it('pages, filters by date and returns the history in order', async () => {
      const days = ['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05'];
      for (const d of days) await save('p3', `${d}T08:00:00.000Z`, 'moderate');
      const page = await listAssessments(store.db, 'p3', { limit: 2, offset: 1 });
      expect(page.total).toBe(5);
      expect(page.items.map((a) => a.at.slice(0, 10))).toEqual(['2026-02-04', '2026-02-03']);
      const ranged = await listAssessments(store.db, 'p3', { from: '2026-02-02', to: '2026-02-04', order: 'asc' });
      expect(ranged.items.map((a) => a.at.slice(0, 10))).toEqual(['2026-02-02', '2026-02-03']);
      const hist = await historySince(store.db, 'p3', '2026-02-03');
      expect(hist.map((a) => a.at.slice(0, 10))).toEqual(['2026-02-03', '2026-02-04', '2026-02-05']);
      expect((await latestCheckIn(store.db, 'p3'))?.id).toBe(hist[2]!.id);
      await expect(getAssessment(store.db, 'p1', hist[0]!.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('acknowledges alerts once and lists unacknowledged ones', async () => {
      const saved = await save('p4', '2026-03-01T08:00:00.000Z', 'high', {
        alerts: [{ rule: 'r1', reason: 'x', resources: [] }, { rule: 'r2', reason: 'y', resources: ['z'] }],
      });
      const [first] = saved.alerts;
      const acked = await acknowledgeAlert(store.db, 'p4', first!.id, 'test');
      expect(acked.acknowledgedAt).not.toBeNull();
      const again = await acknowledgeAlert(store.db, 'p4', first!.id, 'test');
      expect(again.acknowledgedAt).toBe(acked.acknowledgedAt);
      expect((await listAlerts(store.db, 'p4', { unacknowledged: true })).items.map((a) => a.rule)).toEqual(['r2']);
      expect((await listAlerts(store.db, 'p4')).total).toBe(2);
      await expect(acknowledgeAlert(store.db, 'p1', first!.id, 'test')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const audit = await listAudit(store.db, 'p4');
      expect(audit.map((e) => e.action).sort()).toEqual(['alert.ack', 'assessment.create']);
      expect(JSON.stringify(audit)).not.toContain('sadness');
    });

    it('aggregates stats per ISO week', async () => {
      await save('p5', '2026-03-02T08:00:00.000Z', 'low');
      await save('p5', '2026-03-08T23:00:00.000Z', 'high', { alerts: [{ rule: 'r', reason: 'x', resources: [] }] });
      await save('p5', '2026-03-09T08:00:00.000Z', 'moderate');
      const s = await profileStats(store.db, 'p5');
      expect(s.checkIns).toBe(3);
      expect(s.levels).toEqual({ low: 1, moderate: 1, high: 1, unclear: 0 });
      expect(s.weeks.map((w) => [w.weekStart, w.checkIns])).toEqual([['2026-03-02', 2], ['2026-03-09', 1]]);
      expect(s.means.energy).toBe(5);
      expect(s.alerts).toEqual({ total: 1, open: 1, unacknowledged: 1 });
    });

    it('erases every row of a profile and nothing of another', async () => {
      await save('p6', '2026-04-01T08:00:00.000Z', 'high', {
        alerts: [{ rule: 'r', reason: 'x', resources: [] }],
        consents: [{ kind: 'voice', granted: true }],
        media: [{ kind: 'voice', mime: 'audio/wav', bytes: new Uint8Array(64) }],
      });
      const before = await countProfileRows(store.db, 'p1');
      const counts = await eraseProfile(store.db, 'p6', 'test');
      expect(counts).toEqual({ media: 1, consents: 1, alerts: 1, assessments: 1, questionnaires: 0, audit_log: 1, check_in_jobs: 0, sessions: 0, profiles: 1 });
      expect(await countProfileRows(store.db, 'p6')).toEqual({ media: 0, consents: 0, alerts: 0, assessments: 0, questionnaires: 0, audit_log: 0, check_in_jobs: 0, sessions: 0, profiles: 0 });
      expect(await countProfileRows(store.db, 'p1')).toEqual(before);
    });

    it('a failing write inside the check-in transaction leaves no partial rows', async () => {
      await save('p7', '2026-05-01T08:00:00.000Z', 'low');
      // The media row violates NOT NULL after the assessment and alert rows were inserted: all must roll back.
      await expect(saveCheckIn(store.db, {
        assessment: { id: newId(), profileId: 'p7', at: '2026-05-02T08:00:00.000Z', result: makeResult('high') },
        alerts: [{ rule: 'r', reason: 'x', resources: [] }],
        media: [{ kind: 'face', mime: null as unknown as string, bytes: new Uint8Array(4) }],
        actor: 'test',
      })).rejects.toThrow();
      expect(await countProfileRows(store.db, 'p7')).toMatchObject({ assessments: 1, alerts: 0, media: 0, audit_log: 1 });
    });
  });
}
