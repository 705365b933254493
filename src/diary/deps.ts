// What the diary services need (the store, the trend model, the config) and the trend settings of a profile.
import type { Kysely } from 'kysely';
import type { Config } from '../config/schema.ts';
import { forgetItemJson } from '../store/item-json-cache.ts';
import { lockProfile } from '../store/profile-lock.ts';
import { getProfile } from '../store/profiles.ts';
import type { Database } from '../store/types.ts';
import { computeTrend, type TrendOutcome, type TrendSettings } from '../trend/infer.ts';
import type { TrendModel } from '../trend/load.ts';
import type { TrendCheckIn } from '../trend/types.ts';
import { trendSettings } from './time-zone.ts';

/** Computes Stage 3 for a window of check-ins (null without a trend model). */
export type TrendComputer = (history: TrendCheckIn[], settings: TrendSettings) => Promise<TrendOutcome | null>;

/** The store, the loaded trend model (null when unavailable: trends are then not computed) and the config. */
export interface DiaryDeps {
  db: Kysely<Database>;
  trendModel: TrendModel | null;
  config: Readonly<Config>;
}

/** The deps' trend computer, or null without a trend model (trends are then neither computed nor overwritten). */
export function trendsOf(deps: Pick<DiaryDeps, 'trendModel'>): TrendComputer | null {
  const model = deps.trendModel;
  if (!model) return null;
  return async (history, settings) => computeTrend(model, history, settings);
}

/** The trend settings of a profile: its own time zone when set, else the configured one. */
export async function profileSettings(db: Kysely<Database>, config: Readonly<Config>, profileId: string): Promise<TrendSettings> {
  const profile = await getProfile(db, profileId);
  return trendSettings(config, profile?.time_zone ?? null);
}

/**
 * Runs `work` in one transaction holding the profile's write lock (PostgreSQL: other processes writing this profile
 * wait, so that each sees the other's rows), and afterwards drops the list cache of serialised check-ins (their
 * trends, notes or alerts may have changed). Dropped after the commit, so that no list read can cache a row from before it.
 */
export async function inTransaction<T>(deps: DiaryDeps, profileId: string, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await lockProfile(trx, profileId);
      return work(trx);
    });
  } finally {
    forgetItemJson(deps.db);
  }
}
