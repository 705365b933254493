// Editing and deleting one diary entry. An edit changes the self-report, note or kept journal text; the risk is NOT
// recomputed (it was fused from inputs that are mostly not kept), but the trend, which reads the self-report directly,
// is: for the entry and the later ones whose window holds its day. A deletion removes the entry and its dependent rows,
// then recomputes the same trends and the alerts. Each runs in one transaction.
import { BurnoutError } from '../errors.ts';
import { getAssessment } from '../store/assessments.ts';
import { deleteEntry, updateEntry, type DeleteCounts, type EntryPatch } from '../store/entries.ts';
import { updateTrends } from '../store/history.ts';
import type { StoredAssessment } from '../store/record.ts';
import { inTransaction, profileSettings, trendsOf, type DiaryDeps } from './deps.ts';
import { historyAround, trendAsOf } from './history-window.ts';
import { refreshLaterTrends } from './refresh.ts';
import { syncAlerts } from './sync-alerts.ts';

/**
 * Applies `patch` to the entry `id` of the profile. A note is kept only when config allows text storage (sending one is
 * the consent; INPUT_INVALID otherwise). Returns the updated entry.
 */
export async function editEntry(deps: DiaryDeps, profileId: string, id: string, patch: EntryPatch, actor: string): Promise<StoredAssessment> {
  if (typeof patch.note === 'string' && !deps.config.store.allowTextStorage) {
    throw new BurnoutError('INPUT_INVALID', '"note" cannot be kept: this server does not allow storing text (store.allowTextStorage is off)');
  }
  const note = typeof patch.note === 'string' && patch.note.trim() === '' ? null : patch.note?.trim();
  await inTransaction(deps, profileId, async (trx) => {
    const { after } = await updateEntry(trx, profileId, id, { ...patch, ...(note !== undefined ? { note } : {}) }, actor);
    if (patch.selfReport === undefined) return;
    const settings = await profileSettings(trx, deps.config, profileId);
    const own = await trendAsOf(trendsOf(deps), await historyAround(trx, profileId, after.at, settings), after, settings);
    if (own) await updateTrends(trx, [{ id, trend: own.trend }]);
    await refreshLaterTrends(trx, trendsOf(deps), profileId, after, settings);
    await syncAlerts(trx, trendsOf(deps), deps.config, profileId, settings);
  });
  return getAssessment(deps.db, profileId, id);
}

/** Deletes the entry with its media, consents and the alerts it raised; recomputes later trends and the alerts. */
export async function removeEntry(deps: DiaryDeps, profileId: string, id: string, actor: string): Promise<{ id: string; deleted: DeleteCounts }> {
  return inTransaction(deps, profileId, async (trx) => {
    const { deleted, counts } = await deleteEntry(trx, profileId, id, actor);
    const settings = await profileSettings(trx, deps.config, profileId);
    await refreshLaterTrends(trx, trendsOf(deps), profileId, deleted, settings);
    await syncAlerts(trx, trendsOf(deps), deps.config, profileId, settings);
    return { id, deleted: counts };
  });
}
