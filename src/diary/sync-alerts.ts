// Brings a profile's alerts in line with its current state (DESIGN §5): the rules are evaluated as of the latest
// check-in; a rule that holds updates its one open alert (or raises it), a rule that stopped holding resolves it.
// Runs inside the caller's transaction.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { openAlerts, raiseAlert, resolveAlert, touchAlert } from '../store/alert-state.ts';
import { latestCheckIn, type HistoryCheckIn } from '../store/history.ts';
import { nowIso } from '../store/ids.ts';
import type { Database } from '../store/types.ts';
import { ALERT_RULES, evaluateAlerts } from '../trend/alerts.ts';
import type { TrendSettings } from '../trend/infer.ts';
import type { TrendComputer } from './deps.ts';
import type { Trend } from '../trend/types.ts';
import { historyAround, latestOf, narrowToWindow, trendAsOf } from './history-window.ts';

/** What changed alerts: counts of raised, updated and resolved ones. */
export interface AlertSync {
  raised: number;
  updated: number;
  resolved: number;
}

/**
 * Evaluates the rules over the window of the latest check-in with the trend as of it, and raises, updates or
 * resolves alerts. `opts.newCheckInId` names a check-in just added: when it is the latest, an alert it still meets
 * counts one more occurrence (a recomputation after an edit or deletion does not). `opts.history`, when given, is the
 * profile's current history from some time on (read by historyAround), holding its latest check-in: it is not read
 * again. Without a trend model, the rules that need a trend leave their alerts as they are.
 */
export async function syncAlerts(db: Kysely<Database>, trends: TrendComputer | null, config: Pick<Config, 'trend'>,
  profileId: string, settings: TrendSettings, opts: { newCheckInId?: string; history?: readonly HistoryCheckIn[] } = {}): Promise<AlertSync> {
  const out: AlertSync = { raised: 0, updated: 0, resolved: 0 };
  const newCheckInId = opts.newCheckInId;
  const open = new Map((await openAlerts(db, profileId)).map((r) => [r.rule, r]));
  const latest = opts.history?.length ? latestOf(opts.history) : await latestCheckIn(db, profileId);
  if (!latest) {
    for (const row of open.values()) await resolveAlert(db, row.id, nowIso());
    out.resolved = open.size;
    return out;
  }
  const history = opts.history ? narrowToWindow(opts.history, latest.at, settings) : await historyAround(db, profileId, latest.at, settings);
  const trend: Trend = (await trendAsOf(trends, history, latest, settings))?.trend ?? { direction: 'insufficient_history', confidence: null, steps: 0 };
  const firing = new Map(evaluateAlerts(history, trend, config).map((a) => [a.rule, a]));
  for (const rule of Object.values(ALERT_RULES)) {
    if (!trends && rule === ALERT_RULES.worsening) continue;
    const alert = firing.get(rule);
    const row = open.get(rule);
    if (alert && row) {
      await touchAlert(db, row, latest, alert, newCheckInId === latest.id);
      out.updated++;
    } else if (alert) {
      await raiseAlert(db, profileId, latest, alert);
      out.raised++;
    } else if (row) {
      await resolveAlert(db, row.id, nowIso());
      out.resolved++;
    }
  }
  return out;
}
