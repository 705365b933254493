// Child process of the crash test: writes check-ins through the store layer as fast as it can and prints
// "ack <id>" after each commit returns. It never stops by itself; the parent kills it with SIGKILL.
import { openStore, newId, saveCheckIn } from '../src/store/index.ts';
import { storeSection } from '../src/config/sections/store.ts';
import { makeResult } from '../test/helpers/assessment-result.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: crash-writer.ts <sqlite file>');
  process.exit(2);
}
const store = await openStore(storeSection.parse({ sqlitePath: file }));
process.stdout.write('ready\n');
const levels = ['low', 'moderate', 'high'] as const;
for (let i = 0; ; i++) {
  const id = newId();
  await saveCheckIn(store.db, {
    assessment: { id, profileId: 'crash', at: new Date().toISOString(), result: makeResult(levels[i % 3]!), journalText: null },
    // One rule per alert: a profile has at most one open alert per rule (migration 2026-12-06-alert-state).
    alerts: i % 5 === 0 ? [{ rule: `crash-test-${id}`, reason: 'synthetic', resources: [] }] : [],
    actor: 'crash-test',
  });
  // Acknowledged only once the transaction has committed.
  process.stdout.write(`ack ${id}\n`);
}
