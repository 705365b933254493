// Exports a profile's assessments as CSV (safe against spreadsheet formula injection) or JSON.
import { MODALITIES } from '../analysis/types.ts';
import { EMOTIONS } from '../emotions.ts';
import type { StoredQuestionnaire } from './questionnaires.ts';
import type { StoredAssessment } from './record.ts';

/** A leading tab or CR (OWASP CSV injection). */
const CONTROL_START = /^[\t\r]/;
/**
 * What spreadsheets skip or trim before deciding that a cell is a formula: any whitespace (space, LF, NBSP, ideographic
 * space, line separators), the BOM, zero-width and other invisible format characters (Unicode Cf), and the Hangul
 * fillers that render as nothing.
 */
const INVISIBLE_PREFIX = /^[\s\p{Cf}\u034F\u115F\u1160\u180E\u3164\uFFA0]+/u;
/** Formula triggers: `= + - @` and their full-width and small forms (some spreadsheets fold these to ASCII). */
const TRIGGER = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/u;

/** True when a spreadsheet could read `s` as a formula: a trigger after any leading whitespace or invisible characters. */
export function looksLikeFormula(s: string): boolean {
  return CONTROL_START.test(s) || TRIGGER.test(s.replace(INVISIBLE_PREFIX, ''));
}

/**
 * One CSV cell: integers as they are, other finite numbers to four significant digits; everything else as text where a formula trigger (`= + - @` or a
 * full-width form, after any leading whitespace or invisible characters) or a leading tab or CR is neutralised with a
 * `'` prefix, and the cell is quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Four significant digits: more than any figure here means (a probability to 0.01 %, a pitch to 0.1 Hz).
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number.isInteger(value) ? value : Number(value.toPrecision(4))) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = typeof value === 'string' ? value : JSON.stringify(value);
  if (looksLikeFormula(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Columns of a questionnaire row (they are added only when the export holds a questionnaire). */
const CBI_COLUMNS = ['cbi_framing', 'cbi_personal', 'cbi_work', 'cbi_client', 'cbi_personal_band', 'cbi_work_band', 'cbi_client_band', 'cbi_answers'] as const;

/** A questionnaire's cells for CBI_COLUMNS (answers as "1:4 2:3 3:- …": item number, then 0–4 or "-" for skipped). */
function questionnaireCells(q: StoredQuestionnaire): unknown[] {
  const s = q.scores;
  return [q.framing, s.personal, s.work, s.client, s.bands.personal, s.bands.work, s.bands.client, q.answers.map((a, i) => `${i + 1}:${a === null ? '-' : a}`).join(' ')];
}

/**
 * The CSV export: one row per check-in (risk, self-report, trend, per-modality emotions and features) and one per
 * questionnaire (its scale scores, bands and answers), in time order; the `record` column says which a row is.
 */
export function assessmentsToCsv(items: readonly StoredAssessment[], questionnaires: readonly StoredQuestionnaire[] = []): string {
  const featureNames = Object.fromEntries(MODALITIES.map((m) => {
    const names = new Set<string>();
    for (const a of items) {
      const r = a.modalities[m];
      if (r.status === 'ok') for (const k of Object.keys(r.features)) names.add(k);
    }
    return [m, [...names].sort()];
  })) as Record<(typeof MODALITIES)[number], string[]>;
  const withText = items.some((a) => a.journalText !== undefined);
  const withCbi = questionnaires.length > 0;

  const header = [
    'record', 'id', 'at', 'risk_level', 'prob_low', 'prob_moderate', 'prob_high', 'confidence', 'uncertainty', 'reliable',
    'weight_text', 'weight_voice', 'weight_face', 'weight_self_report', 'unclear_reason', 'level_note', 'safety_language',
    'energy', 'stress', 'work', 'trend_direction', 'trend_confidence',
    'alerts',
    ...MODALITIES.flatMap((m) => [
      `${m}_status`, `${m}_reason`, `${m}_engine`, `${m}_model`,
      ...EMOTIONS.map((e) => `${m}_${e}`),
      ...featureNames[m].map((f) => `${m}_${f}`),
    ]),
    ...(withText ? ['journal_text'] : []),
    ...(withCbi ? CBI_COLUMNS : []),
  ];
  const rows: Array<{ at: string; cells: unknown[] }> = [];
  for (const a of items) {
    const cells: unknown[] = [
      'check-in', a.id, a.at, a.risk.level, a.risk.probabilities.low, a.risk.probabilities.moderate, a.risk.probabilities.high,
      a.risk.confidence, a.risk.uncertainty, a.risk.reliable,
      a.risk.modalityWeights.text, a.risk.modalityWeights.voice, a.risk.modalityWeights.face, a.risk.modalityWeights.selfReport,
      a.risk.unclearReason, a.risk.levelNote, a.safetyLanguage === true,
      a.selfReport.energy, a.selfReport.stress, a.selfReport.work, a.trend?.direction, a.trend?.confidence,
      a.alerts.map((al) => al.rule).join(' '),
    ];
    for (const m of MODALITIES) {
      const r = a.modalities[m];
      if (r.status === 'ok') {
        cells.push(r.status, '', r.engine, r.model, ...EMOTIONS.map((e) => r.emotions?.[e]), ...featureNames[m].map((f) => r.features[f]));
      } else {
        cells.push(r.status, r.reason, '', '', ...EMOTIONS.map(() => null), ...featureNames[m].map(() => null));
      }
    }
    if (withText) cells.push(a.journalText);
    if (withCbi) cells.push(...CBI_COLUMNS.map(() => null));
    rows.push({ at: a.at, cells });
  }
  for (const q of questionnaires) {
    const cells = header.map(() => null as unknown);
    cells.splice(0, 3, 'questionnaire', q.id, q.at);
    cells.splice(header.length - CBI_COLUMNS.length, CBI_COLUMNS.length, ...questionnaireCells(q));
    rows.push({ at: q.at, cells });
  }
  rows.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [header, ...rows.map((r) => r.cells)].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The JSON export: everything stored about the profile's check-ins and questionnaires, with the notice. */
export function assessmentsToJson(profileId: string, items: readonly StoredAssessment[], notice: string, questionnaires: readonly StoredQuestionnaire[] = []): string {
  return JSON.stringify({ profileId, exportedAt: new Date().toISOString(), notice, assessments: items, questionnaires }, null, 2);
}
