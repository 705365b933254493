// The API's pre-serialised assessment list (stored JSON columns spliced in unparsed) must be byte for byte
// JSON.stringify of listAssessments: same shape, same key order, alerts (and their acknowledgement) up to date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeAlert, listAssessments, newId, saveCheckIn, type Store } from '../../src/store/index.ts';
import { listAssessmentsJson, type ListQuery } from '../../src/store/assessments.ts';
import { eraseProfile } from '../../src/store/erase.ts';
import { itemJsonCache } from '../../src/store/item-json-cache.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { testBackends } from './backends.ts';

for (const backend of testBackends()) {
  describe(`pre-serialised assessment list on ${backend.name}`, () => {
    let store: Store & { dispose(): Promise<void> };
    beforeAll(async () => { store = await backend.open(); });
    afterAll(async () => { await store?.dispose(); });

    const same = async (profileId: string, q: ListQuery) => {
      const json = await listAssessmentsJson(store.db, profileId, q);
      expect(json).toBe(JSON.stringify(await listAssessments(store.db, profileId, q)));
      return JSON.parse(json) as Awaited<ReturnType<typeof listAssessments>>;
    };

    it('matches listAssessments for pages, ranges, alerts, journal text and an empty profile', async () => {
      const levels = ['low', 'moderate', 'high', 'high'] as const;
      for (const [i, level] of levels.entries()) {
        await saveCheckIn(store.db, {
          assessment: {
            id: newId(), profileId: 'pj', at: `2026-04-0${i + 1}T08:00:00.000Z`, result: makeResult(level), fusionModel: 'fusion@test',
            // Text a user could type, including quotes, a backslash, a control character and non-ASCII.
            journalText: i === 1 ? 'said "no" \\ then\u0001 left — ok ≤ 5' : null,
          },
          alerts: level === 'high' ? [{ rule: `r${i}`, reason: 'High twice', resources: ['call "someone"', 'rest'] }] : [],
          actor: 'test',
        });
      }
      const all = await same('pj', {});
      expect(all.total).toBe(4);
      expect(all.items.map((a) => a.alerts.length)).toEqual([1, 1, 0, 0]);
      expect(all.items[2]!.journalText).toBe('said "no" \\ then\u0001 left — ok ≤ 5');
      await same('pj', { limit: 2, offset: 1 });
      await same('pj', { from: '2026-04-02', to: '2026-04-04', order: 'asc' });
      await same('pj', { offset: 10 });
      const empty = await same('nobody', {});
      expect(empty).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    });

    it('shows an alert acknowledged after the list was first read', async () => {
      const before = await same('pj', {});
      const alert = before.items[0]!.alerts[0]!;
      expect(alert.acknowledgedAt).toBeNull();
      await acknowledgeAlert(store.db, 'pj', alert.id, 'test');
      const after = await same('pj', {});
      expect(after.items[0]!.alerts[0]!.acknowledgedAt).not.toBeNull();
    });

    it('keeps no serialised copy of a profile in memory after it is erased (PostgreSQL: none at all)', async () => {
      await same('pj', {});
      // Other processes write to a PostgreSQL store, so nothing is cached there (docs/store.md).
      if (backend.name === 'postgres') expect(itemJsonCache(store.db).size).toBe(0);
      else expect(itemJsonCache(store.db).size).toBeGreaterThan(0);
      await eraseProfile(store.db, 'pj', 'test');
      expect(itemJsonCache(store.db).size).toBe(0);
      expect((await same('pj', {})).total).toBe(0);
    });
  });
}
