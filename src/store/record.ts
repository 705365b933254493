// Maps an assessed check-in to an assessments row and back (the StoredAssessment the API and exports return).
import type { Modality, ModalityResult } from '../analysis/types.ts';
import { MODALITIES } from '../analysis/types.ts';
import type { AssessmentResult, RiskExplanation } from '../assessment.ts';
import type { BaselineComparison } from '../baseline/types.ts';
import type { AssessedLevel, Risk } from '../fusion/types.ts';
import { toTrendModalities } from '../trend/trend-modalities.ts';
import type { SelfReport, Trend, TrendDirection } from '../trend/types.ts';
import type { AlertRow, AssessmentRow } from './types.ts';

/** An alert as stored and returned: open while its rule holds, then resolved (kept, shown greyed). */
export interface StoredAlert {
  id: string;
  profileId: string;
  /** The check-in that raised it. */
  assessmentId: string;
  /** When it was raised. */
  at: string;
  rule: string;
  /** The reason as of the latest check-in at which the rule held. */
  reason: string;
  resources: string[];
  acknowledgedAt: string | null;
  /** How many check-ins met the rule while it was open. */
  occurrences: number;
  /** Time of the latest check-in at which the rule held. */
  lastSeenAt: string;
  /** That check-in (null when it was deleted). */
  lastAssessmentId: string | null;
  /** When the rule stopped holding; null while open. */
  resolvedAt: string | null;
}

/** A check-in as stored: the assessment, its trend and alerts, and which engines and models produced it. */
export interface StoredAssessment {
  id: string;
  profileId: string;
  at: string;
  risk: Risk;
  modalities: Record<Modality, ModalityResult>;
  selfReport: SelfReport;
  explanation: RiskExplanation;
  notice: string;
  help?: string[];
  /** The journal used self-harm or suicide language: help is shown whatever the level. */
  safetyLanguage?: boolean;
  trend: Trend | null;
  /** Engine and model per present modality, and the fusion model. */
  models: Partial<Record<Modality, { engine: string; model: string }>> & { fusion?: string };
  /** Only when text storage is allowed in config and the check-in consented. */
  journalText?: string;
  /** A free-text note (not analysed); kept under the same rule as the journal text. */
  note?: string;
  /** Alerts this check-in raised or last updated. */
  alerts: StoredAlert[];
  /** The check-in against the person's own baseline, when one existed (docs/baseline.md). */
  baseline?: BaselineComparison;
}

/** What the repository needs to store one check-in. */
export interface NewAssessment {
  id: string;
  profileId: string;
  at: string;
  result: AssessmentResult;
  fusionModel?: string | null;
  journalText?: string | null;
  note?: string | null;
}

/** Reads a stored JSON column: JSON.parse by default; a RawJsonSplicer's `ref` keeps the text for splicing. */
export type JsonReader = <T>(text: string) => T;

const parseJson: JsonReader = <T>(text: string) => JSON.parse(text) as T;

/** Builds the row for a check-in (embeddings are dropped: derived, large and not needed later). */
export function toAssessmentRow(a: NewAssessment): AssessmentRow {
  const { risk, modalities, selfReport, trend } = a.result;
  const mods = Object.fromEntries(MODALITIES.map((m) => [m, withoutEmbedding(modalities[m])])) as Record<Modality, ModalityResult>;
  const engineOf = (m: Modality) => (mods[m].status === 'ok' ? (mods[m] as { engine: string }).engine : null);
  const modelOf = (m: Modality) => (mods[m].status === 'ok' ? (mods[m] as { model: string }).model : null);
  return {
    id: a.id,
    profile_id: a.profileId,
    at: a.at,
    risk_level: risk.level,
    prob_low: risk.probabilities.low,
    prob_moderate: risk.probabilities.moderate,
    prob_high: risk.probabilities.high,
    confidence: risk.confidence,
    uncertainty: risk.uncertainty,
    reliable: risk.reliable ? 1 : 0,
    weight_text: risk.modalityWeights.text,
    weight_voice: risk.modalityWeights.voice,
    weight_face: risk.modalityWeights.face,
    weight_self_report: risk.modalityWeights.selfReport,
    unclear_reason: risk.unclearReason ?? null,
    level_note: risk.levelNote ?? null,
    safety_language: a.result.safetyLanguage ? 1 : 0,
    text_status: mods.text.status,
    voice_status: mods.voice.status,
    face_status: mods.face.status,
    text_engine: engineOf('text'),
    text_model: modelOf('text'),
    voice_engine: engineOf('voice'),
    voice_model: modelOf('voice'),
    face_engine: engineOf('face'),
    face_model: modelOf('face'),
    fusion_model: a.fusionModel ?? null,
    modalities_json: JSON.stringify(mods),
    trend_modalities_json: JSON.stringify(toTrendModalities(mods)),
    energy: selfReport.energy ?? null,
    stress: selfReport.stress ?? null,
    work: selfReport.work ?? null,
    ...trendColumns(trend ?? null),
    explanation_json: JSON.stringify(a.result.explanation),
    notice: a.result.notice,
    help_json: a.result.help ? JSON.stringify(a.result.help) : null,
    journal_text: a.journalText ?? null,
    note: a.note ?? null,
    baseline_json: a.result.baseline ? JSON.stringify(a.result.baseline) : null,
  };
}

/** Turns a row (and its alerts) back into a StoredAssessment; `json` reads the stored JSON columns. */
export function fromAssessmentRow(row: AssessmentRow, alerts: StoredAlert[] = [], json: JsonReader = parseJson): StoredAssessment {
  const modalities = json<Record<Modality, ModalityResult>>(row.modalities_json);
  const models: StoredAssessment['models'] = {};
  for (const m of MODALITIES) {
    const engine = row[`${m}_engine`];
    const model = row[`${m}_model`];
    if (engine && model) models[m] = { engine, model };
  }
  if (row.fusion_model) models.fusion = row.fusion_model;
  const out: StoredAssessment = {
    id: row.id,
    profileId: row.profile_id,
    at: row.at,
    risk: riskOfRow(row),
    modalities,
    selfReport: selfReportOfRow(row),
    explanation: json<RiskExplanation>(row.explanation_json),
    notice: row.notice,
    trend: trendOfRow(row),
    models,
    alerts,
  };
  if (row.help_json) out.help = json<string[]>(row.help_json);
  if (Number(row.safety_language ?? 0) === 1) out.safetyLanguage = true;
  if (row.journal_text !== null) out.journalText = row.journal_text;
  if (row.note !== null && row.note !== undefined) out.note = row.note;
  if (row.baseline_json) out.baseline = json<BaselineComparison>(row.baseline_json);
  return out;
}

/** The columns riskOfRow reads. */
export type RiskColumns = Pick<AssessmentRow, 'risk_level' | 'prob_low' | 'prob_moderate' | 'prob_high' | 'confidence' | 'uncertainty' |
  'reliable' | 'weight_text' | 'weight_voice' | 'weight_face' | 'weight_self_report' | 'unclear_reason' | 'level_note'>;

/** The Risk stored in a row's columns (numbers as the driver returns them: PostgreSQL may give strings). */
export function riskOfRow(row: RiskColumns): Risk {
  return {
    level: row.risk_level as AssessedLevel,
    probabilities: { low: Number(row.prob_low), moderate: Number(row.prob_moderate), high: Number(row.prob_high) },
    confidence: Number(row.confidence),
    uncertainty: Number(row.uncertainty),
    reliable: Number(row.reliable) === 1,
    modalityWeights: {
      text: Number(row.weight_text),
      voice: Number(row.weight_voice),
      face: Number(row.weight_face),
      selfReport: Number(row.weight_self_report ?? 0),
    },
    ...(row.unclear_reason ? { unclearReason: row.unclear_reason } : {}),
    ...(row.level_note ? { levelNote: row.level_note } : {}),
  };
}

/** The self-report stored in a row's columns (only the values given). */
export function selfReportOfRow(row: Pick<AssessmentRow, 'energy' | 'stress' | 'work'>): SelfReport {
  const selfReport: SelfReport = {};
  if (row.energy !== null) selfReport.energy = Number(row.energy);
  if (row.stress !== null) selfReport.stress = Number(row.stress);
  if (row.work !== null) selfReport.work = Number(row.work);
  return selfReport;
}

/** Turns an alerts row into a StoredAlert; `json` reads the stored resources list. */
export function fromAlertRow(row: AlertRow, json: JsonReader = parseJson): StoredAlert {
  return {
    id: row.id,
    profileId: row.profile_id,
    assessmentId: row.assessment_id,
    at: row.at,
    rule: row.rule,
    reason: row.reason,
    resources: json<string[]>(row.resources_json),
    acknowledgedAt: row.acknowledged_at,
    occurrences: Number(row.occurrences ?? 1),
    lastSeenAt: row.last_seen_at ?? row.at,
    lastAssessmentId: row.last_assessment_id ?? null,
    resolvedAt: row.resolved_at ?? null,
  };
}

/** The trend columns of a row for a trend (all null when there is none). */
export function trendColumns(trend: Trend | null): Pick<AssessmentRow, 'trend_direction' | 'trend_confidence' | 'trend_steps'> {
  return { trend_direction: trend?.direction ?? null, trend_confidence: trend?.confidence ?? null, trend_steps: trend?.steps ?? null };
}

/** The stored trend of a row, or null when none was computed. */
export function trendOfRow(row: Pick<AssessmentRow, 'trend_direction' | 'trend_confidence' | 'trend_steps'>): Trend | null {
  if (row.trend_direction === null) return null;
  const steps = Number(row.trend_steps ?? 0);
  if (row.trend_direction === 'insufficient_history') return { direction: 'insufficient_history', confidence: null, steps };
  return { direction: row.trend_direction as TrendDirection, confidence: Number(row.trend_confidence ?? 0), steps };
}

function withoutEmbedding(r: ModalityResult): ModalityResult {
  if (r.status !== 'ok' || r.embedding === undefined) return r;
  const { embedding: _embedding, ...rest } = r;
  return rest;
}
