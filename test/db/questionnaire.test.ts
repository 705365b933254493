// The questionnaire and the baseline on both engines (SQLite always, PostgreSQL with BURNOUT_TEST_PG_URL): a CBI is
// scored and stored with its audit entry, listed with the agreement once four pair with a day's risk, exported as CSV
// and JSON rows, imported back (scored again), counted in the stats and erased with the profile; a baseline is read
// from stored check-ins and kept with a check-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { importExport } from '../../src/diary/import-export.ts';
import { loadBaseline } from '../../src/service/baseline.ts';
import { questionnaireOverview, recordQuestionnaire } from '../../src/service/questionnaire.ts';
import { listQuestionnaires } from '../../src/store/questionnaires.ts';
import {
  allAssessments, assessmentsToCsv, assessmentsToJson, countProfileRows, eraseProfile, getAssessment, listAudit, newId, profileStats, saveCheckIn, type Store,
} from '../../src/store/index.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { testBackends } from './backends.ts';

const config = loadConfig({ env: { BURNOUT_DIARY_TIME_ZONE: 'UTC' } });
const DAY = 86_400_000;
const START = Math.floor(Date.now() / DAY) * DAY - 40 * DAY + 12 * 3_600_000;
const at = (d: number, h = 0) => new Date(START + d * DAY + h * 3_600_000).toISOString();
const allTwos = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];

function voice(db: number, rate: number): ModalityResult {
  return {
    status: 'ok', emotions: null, engine: 'acoustic', model: 'acoustic@test', latencyMs: 1,
    features: { loudnessDbfs: db, pitchMeanHz: 180, pitchStdSemitones: 3, speechRate: rate, pauseRatio: 0.1, spectralCentroidHz: 1500, spectralFlux: 0.2 },
  };
}

for (const backend of testBackends()) {
  describe(`questionnaire and baseline on ${backend.name}`, () => {
    let store: Store & { dispose(): Promise<void> };
    beforeAll(async () => { store = await backend.open(); });
    afterAll(async () => { await store?.dispose(); });

    const checkIn = (profileId: string, d: number, level: 'low' | 'moderate' | 'high', modalities = {}) =>
      saveCheckIn(store.db, { assessment: { id: newId(), profileId, at: at(d), result: makeResult(level, { modalities }), journalText: null }, alerts: [], actor: 'test' });

    it('scores and stores a CBI with an audit entry; a bad answer stores nothing', async () => {
      const q = await recordQuestionnaire(store.db, config, { profileId: 'q1', answers: [4, 3, 2, 1, 0, 2, 3, 3, 2, 2, 1, 1, 4], at: at(1), actor: 'test' });
      expect(q.scores).toMatchObject({ personal: 50, client: null, bands: { personal: 'moderate', work: 'low', client: null } });
      expect(q.scores.work).toBeCloseTo(300 / 7, 9);
      const [back] = await listQuestionnaires(store.db, 'q1');
      expect(back).toEqual(q);
      expect((await listAudit(store.db, 'q1')).map((a) => a.action)).toContain('questionnaire.create');
      await expect(recordQuestionnaire(store.db, config, { profileId: 'q1', answers: [9, ...allTwos.slice(1)], actor: 'test' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(recordQuestionnaire(store.db, config, { profileId: 'q1', answers: allTwos, at: 'yesterday', actor: 'test' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect(await listQuestionnaires(store.db, 'q1')).toHaveLength(1);
    });

    it('shows the agreement once four questionnaires pair with a day of check-ins, counts them in the stats', async () => {
      const p = 'q-agree';
      const levels = ['low', 'moderate', 'moderate', 'high'] as const;
      for (const [k, level] of levels.entries()) {
        await checkIn(p, 7 * k, level);
        const c = k + 1;
        await recordQuestionnaire(store.db, config, { profileId: p, answers: [c, c, c, c, c, c, ...allTwos.slice(6)], at: at(7 * k, 2), actor: 'test' });
        const o = await questionnaireOverview(store.db, config, p);
        expect(o.agreement === null).toBe(k < 3);
      }
      const o = await questionnaireOverview(store.db, config, p);
      expect(o.items).toHaveLength(4);
      expect(o.agreement).toMatchObject({ n: 4, word: 'agree' });
      expect(o.calibration).toBeNull();
      const stats = await profileStats(store.db, p);
      expect(stats.questionnaires).toBe(4);
      expect(stats.weeks.reduce((s, w) => s + w.questionnaires, 0)).toBe(4);
      expect(stats.weeks.find((w) => w.questionnaires > 0)?.meanCbiPersonal).toBe(25);
    });

    it('exports CBI rows in CSV and JSON, imports them back scored again, and erases them with the profile', async () => {
      const p = 'q-export';
      await checkIn(p, 2, 'moderate');
      const q = await recordQuestionnaire(store.db, config, { profileId: p, answers: [4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, null, null, null], at: at(3), actor: 'test' });
      const items = await allAssessments(store.db, p);
      const questionnaires = await listQuestionnaires(store.db, p);
      const [header, ...rows] = assessmentsToCsv(items, questionnaires).trim().split('\r\n');
      const cols = header!.split(',');
      const cell = (row: string, name: string) => row.split(',')[cols.indexOf(name)];
      expect(rows.map((r) => cell(r, 'record'))).toEqual(['check-in', 'questionnaire']);
      expect(cell(rows[1]!, 'id')).toBe(q.id);
      expect(cell(rows[1]!, 'cbi_personal')).toBe('100');
      expect(cell(rows[1]!, 'cbi_client')).toBe('25');
      expect(cell(rows[1]!, 'cbi_personal_band')).toBe('high');
      expect(cell(rows[1]!, 'cbi_answers')).toBe('1:4 2:4 3:4 4:4 5:4 6:4 7:0 8:0 9:0 10:0 11:0 12:0 13:0 14:1 15:1 16:1 17:- 18:- 19:-');
      const json = JSON.parse(assessmentsToJson(p, items, 'notice', questionnaires)) as { questionnaires: unknown[] };
      expect(json.questionnaires).toHaveLength(1);

      const erased = await eraseProfile(store.db, p, 'test');
      expect(erased.questionnaires).toBe(1);
      expect(await countProfileRows(store.db, p)).toMatchObject({ questionnaires: 0, assessments: 0, profiles: 0 });
      // The stored scores in the file are ignored: the answers are scored again.
      (json.questionnaires[0] as { scores: { personal: number } }).scores.personal = 3;
      const counts = await importExport({ db: store.db, trendModel: null, config }, p, json, 'test');
      expect(counts).toMatchObject({ imported: 1, questionnaires: 1, questionnairesSkipped: 0 });
      const [again] = await listQuestionnaires(store.db, p);
      expect(again).toMatchObject({ id: q.id, at: q.at, answers: q.answers, scores: { personal: 100, client: 25 } });
      expect(await importExport({ db: store.db, trendModel: null, config }, p, json, 'test')).toMatchObject({ questionnaires: 0, questionnairesSkipped: 1 });
      const bad = { ...json, questionnaires: [{ id: 'x1', at: at(4), answers: [7] }] };
      await expect(importExport({ db: store.db, trendModel: null, config }, 'q-bad', bad, 'test')).rejects.toThrow(/import questionnaire 0 \(id x1\): field answers\.0/);
      expect((await countProfileRows(store.db, 'q-bad')).questionnaires).toBe(0);
    });

    it('reads a baseline from stored check-ins (lagged window) and keeps a comparison with the check-in', async () => {
      const p = 'b1';
      for (let d = 0; d < 6; d++) await checkIn(p, d, 'low', { voice: voice(-30 - (d % 2), 4.5) });
      await checkIn(p, 20, 'high', { voice: voice(-45, 3) });
      expect(await loadBaseline(store.db, config, p, at(8))).toBeNull();
      const baseline = await loadBaseline(store.db, config, p, at(21));
      expect(baseline?.modalities.voice).toMatchObject({ checkIns: 6, days: 6 });
      expect(baseline?.modalities.voice?.features.loudnessDbfs?.median).toBe(-30.5);
      const result = { ...makeResult('moderate'), baseline: { modalities: {}, sentences: ['Compared with your usual voice: quieter.'] } };
      const saved = await saveCheckIn(store.db, { assessment: { id: newId(), profileId: p, at: at(21), result, journalText: null }, alerts: [], actor: 'test' });
      expect((await getAssessment(store.db, p, saved.id)).baseline?.sentences).toEqual(['Compared with your usual voice: quieter.']);
    });
  });
}
