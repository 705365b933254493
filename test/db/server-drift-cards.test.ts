// GET /api/drift over a real store (SQLite always, PostgreSQL when configured): a profile whose voice stops being usable
// after its first weeks is flagged; GET /api/model-cards serves every card with its figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { newId, saveCheckIn, type Store } from '../../src/store/index.ts';
import { CARD_SOURCES } from '../../src/model-cards/catalog.ts';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { makeResult } from '../helpers/assessment-result.ts';
import { appWithoutModels } from '../helpers/app-without-models.ts';
import { testBackends } from './backends.ts';

for (const backend of testBackends()) {
  describe(`drift and model cards over HTTP on ${backend.name}`, () => {
    let store: Store & { dispose(): Promise<void> };
    let app: FastifyInstance;
    let closeApp: () => Promise<void>;
    beforeAll(async () => {
      store = await backend.open();
      ({ app, close: closeApp } = await appWithoutModels(store));
    });
    afterAll(async () => {
      await closeApp?.();
      await store?.dispose();
    });

    it('says why without enough history, then flags the voice once it stops being usable', async () => {
      const get = async () => (await app.inject({ method: 'GET', url: '/api/drift?profile=drifter' })).json() as { available: boolean; reason: string | null; shifted: string[]; psi: Record<string, number>; threshold: number };
      expect(await get()).toMatchObject({ available: false, reason: 'no check-ins yet' });
      for (let i = 0; i < 8 * 7; i += 2) {
        const voice: ModalityResult = i < 28
          ? { status: 'ok', emotions: null, features: { loudnessDbfs: -20 }, engine: 'acoustic', model: 'acoustic@test', latencyMs: 1 }
          : { status: 'rejected', reason: 'too little speech' };
        await saveCheckIn(store.db, {
          assessment: { id: newId(), profileId: 'drifter', at: new Date(Date.UTC(2026, 0, 5 + i, 9)).toISOString(), result: makeResult(i % 3 ? 'low' : 'moderate', { modalities: { voice } }), fusionModel: 'fusion@test', journalText: null },
          alerts: [],
          actor: 'test',
        });
      }
      const d = await get();
      expect(d.available).toBe(true);
      expect(d.threshold).toBe(0.25);
      expect(d.shifted).toContain('voice');
      expect(d.psi.voice).toBeGreaterThan(0.25);
      expect(d.shifted).not.toContain('text');
    });

    it('serves every model card with its plain-words summary and figures', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/model-cards' });
      expect(res.statusCode).toBe(200);
      const { cards } = res.json() as { cards: Array<{ name: string; howGood: string; metadataMetrics: unknown[]; path: string }> };
      expect(cards.map((c) => c.name)).toEqual(CARD_SOURCES.map((c) => c.name));
      const lite = cards.find((c) => c.name === 'text-lite');
      expect(lite?.path).toBe('models/text-lite/MODEL_CARD.md');
      expect(lite?.metadataMetrics.length).toBeGreaterThan(3);
      expect(lite?.howGood.length).toBeGreaterThan(50);
    });
  });
}
