// The slim window read every write makes (trendHistorySince) on both engines: it gives the trend exactly what the
// full rows give — for new rows (from trend_modalities_json) and rows stored before that column (from modalities_json) —
// and a write that reuses its one read stores the same trends and alerts as reading each time.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.ts';
import { trendsOf } from '../../src/diary/deps.ts';
import { recordCheckIn } from '../../src/diary/record-check-in.ts';
import { syncAlerts } from '../../src/diary/sync-alerts.ts';
import { historySince, listAlerts } from '../../src/store/index.ts';
import { trendHistorySince } from '../../src/store/history.ts';
import { toTrendModalities } from '../../src/trend/trend-modalities.ts';
import { trendSettings } from '../../src/diary/time-zone.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { testBackends } from './backends.ts';
import { diaryStoreFor } from './diary-store.ts';

const config = loadConfig({ env: { BURNOUT_DIARY_TIME_ZONE: 'UTC' } });
/** An `unclear` check-in whose text was rejected (no emotions). */
function unclear() {
  const r = makeResult('low', { modalities: { text: { status: 'rejected', reason: 'too short to read' } } });
  return { ...r, risk: { ...r.risk, level: 'unclear' as const, reliable: false } };
}
const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, 1 + day, hour)).toISOString();

for (const backend of testBackends()) {
  describe(`trend window read on ${backend.name}`, () => {
    const ctx = diaryStoreFor(backend, config);
    beforeAll(async () => {
      const levels = ['low', 'moderate', 'high', 'high', 'high', 'moderate', 'high', 'high'] as const;
      for (let i = 0; i < levels.length; i++) {
        await recordCheckIn(ctx.deps, { profileId: 'p', at: at(i, 9), result: makeResult(levels[i]!, { selfReport: { energy: 8 - i, stress: 2 + i } }), actor: 'test' });
        await recordCheckIn(ctx.deps, { profileId: 'p', at: at(i, 18), result: unclear(), actor: 'test' });
      }
    });

    it('reads what the full rows hold, from either column', async () => {
      const full = await historySince(ctx.store.db, 'p', '');
      const expected = full.map((c) => ({ id: c.id, at: c.at, risk: c.risk, modalities: toTrendModalities(c.modalities), selfReport: c.selfReport, trend: c.trend }));
      expect(await trendHistorySince(ctx.store.db, 'p', '')).toEqual(expected);
      // Rows stored before the column existed have it NULL: their full modalities are read instead.
      await ctx.store.db.updateTable('assessments').set({ trend_modalities_json: null }).where('profile_id', '=', 'p').execute();
      expect(await trendHistorySince(ctx.store.db, 'p', '')).toEqual(expected);
      expect(expected.filter((c) => c.modalities.text.emotions)).toHaveLength(8);
      expect(expected.every((c) => c.trend !== null)).toBe(true);
    });

    it('syncs the same alerts from a reused read as from its own', async () => {
      const settings = trendSettings(config, null);
      const before = (await listAlerts(ctx.store.db, 'p', { status: 'open' })).items.map((a) => [a.rule, a.occurrences]);
      expect(before.length).toBeGreaterThan(0);
      const reused = await syncAlerts(ctx.store.db, trendsOf(ctx.deps), config, 'p', settings, { history: await trendHistorySince(ctx.store.db, 'p', '') });
      const own = await syncAlerts(ctx.store.db, trendsOf(ctx.deps), config, 'p', settings);
      expect(reused).toEqual({ raised: 0, updated: before.length, resolved: 0 });
      expect(own).toEqual(reused);
      expect((await listAlerts(ctx.store.db, 'p', { status: 'open' })).items.map((a) => [a.rule, a.occurrences])).toEqual(before);
    });
  });
}
