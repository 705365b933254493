// The store's public surface: open/migrate and every repository function (each takes `db` first).
export { openStore, openSqlite, type Store, type OpenOptions } from './open.ts';
export { migrateToLatest } from './migrate.ts';
export { DEFAULT_PROFILE_ID, checkProfileId, ensureProfile, getProfile, setProfileTimeZone } from './profiles.ts';
export { saveCheckIn, insertCheckIn, listAssessments, getAssessment, allAssessments } from './assessments.ts';
export { historySince, latestCheckIn, updateTrends } from './history.ts';
export { updateEntry, deleteEntry, type EntryPatch, type DeleteCounts } from './entries.ts';
export { openAlerts, raiseAlert, touchAlert, resolveAlert } from './alert-state.ts';
export { importAssessments, type ImportCounts } from './import-rows.ts';
export type { CheckInWrite, MediaToStore, ListQuery, AssessmentPage } from './assessments.ts';
export { listAlerts, acknowledgeAlert, type AlertQuery } from './alerts.ts';
export { logAction, listAudit, type AuditEntry } from './audit.ts';
export { eraseProfile, countProfileRows, type EraseCounts } from './erase.ts';
export { profileStats, weekStart, type ProfileStats, type WeekStats } from './stats.ts';
export { csvCell, assessmentsToCsv, assessmentsToJson } from './export.ts';
export { newId, nowIso } from './ids.ts';
export type { StoredAssessment, StoredAlert, NewAssessment } from './record.ts';
export type { Database, StoreDialect } from './types.ts';
