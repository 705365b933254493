// GET /api/model-cards: every model card (shipped models and loadable engines) as data, for "About the models".
import type { FastifyInstance } from 'fastify';
import { REPO_ROOT } from '../../config/paths.ts';
import { buildAllCards } from '../../model-cards/build.ts';
import { cardPath } from '../../model-cards/catalog.ts';
import type { ModelCard } from '../../model-cards/types.ts';
import { errors } from '../schemas.ts';
import { ref } from '../openapi/components.ts';
import { modelCards } from '../openapi/system.ts';

/** Registers the model-card route; the cards are built once, on the first request. */
export function registerModelCardRoutes(app: FastifyInstance): void {
  let cards: Array<ModelCard & { path: string }> | null = null;
  app.get('/api/model-cards', {
    schema: {
      summary: 'The model cards: plain-words summary, uses, data, metrics with commands, disaggregated metrics, limitations',
      response: { 200: ref(modelCards), ...errors },
    },
  }, async () => {
    cards ??= buildAllCards(REPO_ROOT).map((c) => ({ ...c, path: cardPath(c) }));
    return { cards };
  });
}
