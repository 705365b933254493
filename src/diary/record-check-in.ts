// Stores one assessed check-in at its time (now, or back-dated): its trend as of that time, then — in the same
// transaction — the trends of later check-ins whose window it joins and the profile's alerts.
import type { Kysely } from 'kysely';
import { getAssessment, insertCheckIn, type CheckInWrite } from '../store/assessments.ts';
import { newId } from '../store/ids.ts';
import type { HistoryCheckIn } from '../store/history.ts';
import { ensureProfile } from '../store/profiles.ts';
import type { NewAssessment, StoredAssessment } from '../store/record.ts';
import type { Database } from '../store/types.ts';
import { toTrendModalities } from '../trend/trend-modalities.ts';
import { inTransaction, profileSettings, trendsOf, type DiaryDeps } from './deps.ts';
import { historyAround, trendAsOf } from './history-window.ts';
import { refreshLaterTrends } from './refresh.ts';
import { syncAlerts } from './sync-alerts.ts';

/**
 * One assessed check-in to store: the assessment without its id (made here) and without a trend (computed here; `at`
 * is ISO-8601 UTC, validated by parseCheckInTime), and its consents, media and actor.
 */
export type CheckInRecord = Omit<NewAssessment, 'id'> & Omit<CheckInWrite, 'assessment' | 'alerts'>;

/** Extra writes committed (or rolled back) with the check-in, e.g. a job marking itself done; may throw to roll back. */
export type AlsoInTransaction = (trx: Kysely<Database>, assessmentId: string) => Promise<void>;

/**
 * Stores the check-in with its trend (as of its own time), recomputes the trends of later check-ins whose window now
 * holds its day, and syncs the alerts — all in one transaction, together with `also`. Returns it with the alerts it
 * raised or updated.
 */
export async function recordCheckIn(deps: DiaryDeps, r: CheckInRecord, also?: AlsoInTransaction): Promise<StoredAssessment> {
  await ensureProfile(deps.db, r.profileId);
  const id = newId();
  await inTransaction(deps, r.profileId, async (trx) => {
    const settings = await profileSettings(trx, deps.config, r.profileId);
    const me: HistoryCheckIn = {
      id, at: r.at, risk: r.result.risk, modalities: toTrendModalities(r.result.modalities), selfReport: r.result.selfReport, trend: null,
    };
    // Read once: the window of this check-in onwards serves its trend, the later trends and the alerts.
    const history = [...(await historyAround(trx, r.profileId, r.at, settings)), me];
    const trends = trendsOf(deps);
    const trend = (await trendAsOf(trends, history, me, settings))?.trend;
    me.trend = trend ?? null;
    await insertCheckIn(trx, {
      assessment: {
        id, profileId: r.profileId, at: r.at, result: { ...r.result, ...(trend ? { trend } : {}), alerts: [] },
        fusionModel: r.fusionModel ?? null, journalText: r.journalText ?? null, note: r.note ?? null,
      },
      alerts: [],
      consents: r.consents,
      media: r.media,
      actor: r.actor,
    });
    await refreshLaterTrends(trx, trends, r.profileId, me, settings, { history });
    await syncAlerts(trx, trends, deps.config, r.profileId, settings, { newCheckInId: id, history });
    if (also) await also(trx, id);
  });
  return getAssessment(deps.db, r.profileId, id);
}
