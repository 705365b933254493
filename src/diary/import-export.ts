// Imports the project's own JSON export into a profile, all or nothing in one transaction: ids kept, check-ins already
// stored skipped and counted. Imported check-ins keep their stored trends and alerts; check-ins already in the
// profile whose window gains imported days get their trends recomputed, then the alerts are synced.
import { importAssessments, type ImportCounts } from '../store/import-rows.ts';
import { ensureProfile } from '../store/profiles.ts';
import { insertQuestionnaireRows } from '../store/questionnaires.ts';
import { parseExportQuestionnaires } from './import-questionnaires.ts';
import { inTransaction, profileSettings, trendsOf, type DiaryDeps } from './deps.ts';
import { parseExport } from './import-schema.ts';
import { notAfter } from './history-window.ts';
import { refreshLaterTrends } from './refresh.ts';
import { syncAlerts } from './sync-alerts.ts';

/** What an import did (ImportCounts without the id list), and the questionnaires written and skipped. */
export type ImportSummary = Omit<ImportCounts, 'ids'> & { questionnaires: number; questionnairesSkipped: number };

/**
 * Validates `value` (parsed JSON) as an export and writes it into `profileId`. Journal texts and notes are dropped
 * (and counted) when config forbids storing text. Throws INPUT_INVALID naming the first bad entry; nothing is written.
 */
export async function importExport(deps: DiaryDeps, profileId: string, value: unknown, actor: string): Promise<ImportSummary> {
  const items = parseExport(value);
  const questionnaires = parseExportQuestionnaires(value);
  await ensureProfile(deps.db, profileId);
  const counts = await inTransaction(deps, profileId, async (trx) => {
    const c = await importAssessments(trx, profileId, items, { keepText: deps.config.store.allowTextStorage, actor });
    // Questionnaires whose id is stored already (in any profile) are skipped, like check-ins.
    const ids = questionnaires.map((q) => q.id);
    const stored = new Set(ids.length ? (await trx.selectFrom('questionnaires').select('id').where('id', 'in', ids).execute()).map((r) => r.id) : []);
    const fresh = questionnaires.filter((q, i) => !stored.has(q.id) && ids.indexOf(q.id) === i);
    await insertQuestionnaireRows(trx, fresh.map((q) => ({ ...q, profileId })));
    const imported = new Set(c.ids);
    const first = items.filter((a) => imported.has(a.id)).reduce<{ at: string; id: string } | null>(
      (min, a) => (min === null || notAfter(a, min) ? { at: a.at, id: a.id } : min), null);
    if (first) {
      const settings = await profileSettings(trx, deps.config, profileId);
      await refreshLaterTrends(trx, trendsOf(deps), profileId, first, settings, { keep: imported });
      await syncAlerts(trx, trendsOf(deps), deps.config, profileId, settings);
    }
    return { ...c, questionnaires: fresh.length, questionnairesSkipped: questionnaires.length - fresh.length };
  });
  const { ids: _ids, ...summary } = counts;
  return summary;
}
