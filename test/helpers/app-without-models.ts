// The HTTP app on a given store with no analysis models (stored data only): for API tests that need no check-in
// analysis. `close()` closes the app and the model host; the store stays the caller's.
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { unavailableModelHost } from '../../src/server/model-host.ts';
import type { Store } from '../../src/store/index.ts';

/** Builds the app on `store` (event-loop guard off, so that slow CI machines do not answer 503). */
export async function appWithoutModels(store: Store): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  const config = loadConfig({ env: { BURNOUT_SERVER_MAX_EVENT_LOOP_DELAY_MS: '0' } });
  const models = unavailableModelHost(config, 'no models in this test');
  const app = await buildApp({ config, store, models });
  return { app, async close() { await app.close(); await models.dispose(); } };
}
