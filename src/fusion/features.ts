// Fusion encoders: turn each input of a check-in — the text, voice and face results and the self-report — into a
// fixed-width, normalised row: the `profile` representation (emotions + "emotions absent" flag + interpretable
// features; energy, stress and hours with "missing" flags) or the `embedding` one.
import { EMOTIONS, negativeShare } from '../emotions.ts';
import { MODALITIES, type Modality, type ModalityOk, type ModalityResult } from '../analysis/types.ts';
import type { SelfReport } from '../trend/types.ts';
import { weakInputs } from './evidence.ts';
import { RELATIVE_VOICE_FEATURES } from '../baseline/features.ts';
import { FUSION_INPUTS, type FusionInput } from './types.ts';

/** Input representation of the fusion net. */
export type Representation = 'profile' | 'embedding';

/** How one interpretable feature enters the profile vector. */
interface ProfileFeature {
  /** Feature name in ModalityOk.features (the cross-team contract). */
  name: string;
  /** Transform before normalisation. */
  transform?: 'log1p' | 'log' | 'logit';
}

/**
 * Interpretable features per modality, in vector order (DESIGN.md §4). Voice leaves out loudness and pitch level:
 * they depend on the microphone and the speaker more than on the state (docs/fusion-priors.md).
 */
export const PROFILE_FEATURES: Readonly<Record<Modality, readonly ProfileFeature[]>> = {
  text: [
    { name: 'tokenCount', transform: 'log1p' }, { name: 'firstPersonRate' }, { name: 'absolutistRate' }, { name: 'negationRate' },
    { name: 'stressProbability', transform: 'logit' },
  ],
  voice: [
    { name: 'pitchStdSemitones' }, { name: 'speechRate' }, { name: 'pauseRatio' },
    { name: 'jitterLocal', transform: 'log' }, { name: 'shimmerLocal', transform: 'log' }, { name: 'hnrDb' },
  ],
  face: [{ name: 'negativeAffect', transform: 'logit' }],
};

/** Self-report items in vector order with their full scale (values are divided by it). */
export const SELF_REPORT_ITEMS = [['energy', 10], ['stress', 10], ['work', 24]] as const;

/** Added to each emotion probability before the log (bounds the log of a 0 at about −4.6). */
export const EMOTION_FLOOR = 0.01;

/**
 * How each modality's emotion distribution enters: log-probabilities for the flat text outputs (linear in the
 * engine's evidence); plain probabilities for the peaked voice outputs, where the log would blow up the few percent an
 * engine gives its other classes; for the face only its negative affect (the `negativeAffect` feature): one photo is read
 * for the valence of its expression, which FER nets read far better than the seven classes (docs/fusion-priors.md).
 */
export const EMOTION_SCALE: Readonly<Record<Modality, 'log' | 'linear' | 'none'>> = { text: 'log', voice: 'linear', face: 'none' };

/** Normalised values are clipped to ±MAX_Z so that one wild value (a 3-word text full of "never") cannot dominate. */
export const MAX_Z = 5;

/** A stress probability is clipped to [LOGIT_EPS, 1 − LOGIT_EPS] before its logit. */
const LOGIT_EPS = 0.0025;

/** Name of the "emotions absent" flag column (kept as 0/1, never normalised). */
export const ABSENT_FLAG = 'emotionsAbsent';

/** Name of the voice's "no personal baseline" flag column (its relative columns are then missing). */
export const BASELINE_FLAG = 'baselineMissing';

/** Robust z of a voice feature against the person's baseline, by feature name (docs/baseline.md). */
export type RelativeVoice = Partial<Record<(typeof RELATIVE_VOICE_FEATURES)[number], number>>;

/** Flag columns are kept as 0/1 and never normalised. */
export const isFlag = (column: string): boolean => column === ABSENT_FLAG || column.endsWith('Missing');

/** 1 for every value column of the padded input rows (not flags, not padding), in FUSION_INPUTS × width order. */
export function valueColumnMask(enc: EncoderSpec, width: number): Float32Array {
  const out = new Float32Array(FUSION_INPUTS.length * width);
  FUSION_INPUTS.forEach((input, row) => enc.inputs[input].columns.forEach((c, i) => { if (!isFlag(c)) out[row * width + i] = 1; }));
  return out;
}

/** Column names and normalisation statistics of one input (stored in metadata.json). */
export interface ColumnStats {
  columns: string[];
  mean: number[];
  std: number[];
}

/** Everything needed to encode check-ins the same way at training and inference time. */
export interface EncoderSpec {
  representation: Representation;
  inputs: Record<FusionInput, ColumnStats>;
}

/** What the fusion reads of one check-in. */
export interface FusionObservation {
  results: Record<Modality, ModalityResult>;
  selfReport: SelfReport;
  /** The voice against the person's baseline (null or absent: no baseline, the relative columns are flagged missing). */
  relativeVoice?: RelativeVoice | null;
}

/** Column names of an input for a representation. */
export function columnNames(input: FusionInput, representation: Representation, embeddingDim: number): string[] {
  if (input === 'selfReport') return [...SELF_REPORT_ITEMS.map(([k, full]) => `${k} / ${full}`), ...SELF_REPORT_ITEMS.map(([k]) => `${k}Missing`)];
  if (representation === 'embedding') return Array.from({ length: embeddingDim }, (_, i) => `embedding.${i}`);
  const feats = PROFILE_FEATURES[input].map((f) => (f.transform ? `${f.transform}(${f.name})` : f.name));
  const scale = EMOTION_SCALE[input];
  const emotions = scale === 'none' ? [] : EMOTIONS.map((e) => (scale === 'log' ? `log(emotion.${e} + ${EMOTION_FLOOR})` : `emotion.${e}`));
  const relative = input === 'voice' ? [...RELATIVE_VOICE_FEATURES.map((f) => `baselineZ(${f})`), BASELINE_FLAG] : [];
  return [...emotions, ABSENT_FLAG, ...feats, ...relative];
}

/** anger + disgust + fear + sadness of a result's emotions (negative affect), or null without emotions. */
export function negativeAffect(ok: ModalityOk): number | null {
  return ok.emotions ? negativeShare(ok.emotions) : null;
}

function transform(value: number | null | undefined, how: ProfileFeature['transform']): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (how === 'log1p') return Math.log1p(Math.max(0, value));
  if (how === 'log') return value > 0 ? Math.log(value) : null;
  if (how === 'logit') {
    const p = Math.min(1 - LOGIT_EPS, Math.max(LOGIT_EPS, value));
    return Math.log(p / (1 - p));
  }
  return value;
}

/** True when the self-report has at least one value (only then is it an input of the fusion). */
export function hasSelfReport(report: SelfReport): boolean {
  return SELF_REPORT_ITEMS.some(([k]) => Number.isFinite(report[k]));
}

/** Raw self-report columns: each value over its full scale (null when not given), then the three "missing" flags. */
function selfReportColumns(report: SelfReport): Array<number | null> {
  const values = SELF_REPORT_ITEMS.map(([k, full]) => (Number.isFinite(report[k]) ? (report[k] as number) / full : null));
  return [...values, ...values.map((v) => (v === null ? 1 : 0))];
}

/**
 * The raw (un-normalised) column values of one analysed modality, in `columnNames` order; null marks a missing value.
 * The voice's relative columns come from `relativeVoice` (all missing, flag set, without a baseline). Returns a reason
 * string instead when the modality cannot feed this representation (an engine without embeddings).
 */
export function rawColumns(m: Modality, ok: ModalityOk, representation: Representation, embeddingDim: number, relativeVoice?: RelativeVoice | null): Array<number | null> | string {
  if (representation === 'embedding') {
    if (!ok.embedding) return `the ${ok.engine} ${m} engine gives no embedding`;
    if (ok.embedding.length !== embeddingDim) return `the ${m} embedding has ${ok.embedding.length} values, the fusion model expects ${embeddingDim}`;
    return ok.embedding.map((v) => (Number.isFinite(v) ? v : null));
  }
  // Log-probabilities: engines' softmax outputs are linear in their logits there, and 0.95 vs 0.999 stop looking far apart.
  const scale = EMOTION_SCALE[m];
  const emotions = scale === 'none' ? [] : ok.emotions ? EMOTIONS.map((e) => (scale === 'log' ? Math.log(ok.emotions![e] + EMOTION_FLOOR) : ok.emotions![e])) : EMOTIONS.map(() => null);
  const feats = PROFILE_FEATURES[m].map((f) => transform(f.name === 'negativeAffect' ? negativeAffect(ok) : ok.features[f.name], f.transform));
  const relative = m === 'voice' ? [...RELATIVE_VOICE_FEATURES.map((f) => relativeVoice?.[f] ?? null), relativeVoice ? 0 : 1] : [];
  return [...emotions, ok.emotions ? 0 : 1, ...feats, ...relative];
}

/** The raw columns of one input of a check-in, or why it does not feed the fusion. */
function inputColumns(input: FusionInput, obs: FusionObservation, representation: Representation, width: number): Array<number | null> | string {
  if (input === 'selfReport') return hasSelfReport(obs.selfReport) ? selfReportColumns(obs.selfReport) : 'no self-report was given';
  const r = obs.results[input];
  if (r.status !== 'ok') return r.status === 'absent' ? r.reason : `rejected: ${r.reason}`;
  return rawColumns(input, r, representation, width, input === 'voice' ? obs.relativeVoice : undefined);
}

/** Fits per-column mean and standard deviation on training check-ins (flag columns stay 0/1). */
export function fitEncoder(representation: Representation, samples: readonly FusionObservation[], embeddingDims: Record<Modality, number>): EncoderSpec {
  const inputs = {} as Record<FusionInput, ColumnStats>;
  for (const input of FUSION_INPUTS) {
    const dim = input === 'selfReport' ? 0 : embeddingDims[input];
    const columns = columnNames(input, representation, dim);
    const sum = new Float64Array(columns.length);
    const sq = new Float64Array(columns.length);
    const n = new Float64Array(columns.length);
    for (const s of samples) {
      const raw = inputColumns(input, s, representation, dim);
      if (typeof raw === 'string') continue;
      raw.forEach((v, i) => {
        if (v === null) return;
        sum[i] = (sum[i] as number) + v;
        sq[i] = (sq[i] as number) + v * v;
        n[i] = (n[i] as number) + 1;
      });
    }
    const mean = columns.map((c, i) => (isFlag(c) || !n[i] ? 0 : (sum[i] as number) / (n[i] as number)));
    const std = columns.map((c, i) => {
      if (isFlag(c) || !n[i]) return 1;
      const v = (sq[i] as number) / (n[i] as number) - (mean[i] as number) ** 2;
      return v > 1e-12 ? Math.sqrt(v) : 1;
    });
    inputs[input] = { columns, mean: mean.map(round6), std: std.map(round6) };
  }
  return { representation, inputs };
}

function round6(v: number): number {
  return Number(v.toPrecision(6));
}

/** Input width per fusion input of an encoder. */
export function encoderInputDims(enc: EncoderSpec): Record<FusionInput, number> {
  return Object.fromEntries(FUSION_INPUTS.map((m) => [m, enc.inputs[m].columns.length])) as Record<FusionInput, number>;
}

/** One encoded check-in: padded input rows, the presence mask and why an input was not used. */
export interface EncodedCheckIn {
  /** FUSION_INPUTS.length × width values, each row zero-padded to `width`. */
  x: Float32Array;
  /** 1 for an input that feeds the fusion, else 0. */
  mask: number[];
  /** For each input not used: why (not given, rejected, no embedding, weak beside stronger inputs). */
  unused: Partial<Record<FusionInput, string>>;
  /** Weak inputs left out because stronger ones were given (they would feed the fusion alone). */
  weakLeftOut: FusionInput[];
}

/**
 * Encodes one check-in. A missing value (null) becomes the normalised mean (0); absent emotions become 0 with the
 * flag set; normalised values are clipped to ±MAX_Z; an input that is absent, rejected or unusable is masked out, and
 * so is a weak input (an acoustic-only voice, a near-empty text) when a stronger one is given: weight follows evidence,
 * and a convex attention mix would let a weak input dilute a strong one (docs/fusion.md).
 */
export function encodeCheckIn(enc: EncoderSpec, obs: FusionObservation, width: number): EncodedCheckIn {
  const x = new Float32Array(FUSION_INPUTS.length * width);
  const mask: number[] = [];
  const unused: Partial<Record<FusionInput, string>> = {};
  const weakLeftOut: FusionInput[] = [];
  FUSION_INPUTS.forEach((input, row) => {
    const stats = enc.inputs[input];
    const raw = inputColumns(input, obs, enc.representation, stats.columns.length);
    if (typeof raw === 'string') {
      mask.push(0);
      unused[input] = raw;
      return;
    }
    // By column name, so that a model trained with other columns (an older voice input) reads what it knows.
    const names = columnNames(input, enc.representation, stats.columns.length);
    const byName = names.length === raw.length && names.every((n, i) => n === stats.columns[i]) ? null : new Map(names.map((n, i) => [n, raw[i] ?? null]));
    stats.columns.forEach((column, i) => {
      const v = byName ? (byName.get(column) ?? null) : (raw[i] as number | null);
      const z = v === null ? 0 : isFlag(column) ? v : (v - (stats.mean[i] as number)) / (stats.std[i] as number);
      x[row * width + i] = Math.max(-MAX_Z, Math.min(MAX_Z, z));
    });
    mask.push(1);
  });
  const used = FUSION_INPUTS.filter((_, i) => (mask[i] as number) > 0);
  const weak = weakInputs(obs.results, used);
  if (used.some((i) => weak[i] === undefined)) {
    for (const [row, input] of FUSION_INPUTS.entries()) {
      const why = weak[input];
      if (!why) continue;
      mask[row] = 0;
      x.fill(0, row * width, (row + 1) * width);
      unused[input] = `left out: ${why}, and stronger inputs were given`;
      weakLeftOut.push(input);
    }
  }
  return { x, mask, unused, weakLeftOut };
}

/** The modalities of MODALITIES order that an encoded check-in uses (self-report aside). */
export function usedModalities(row: EncodedCheckIn): Modality[] {
  return MODALITIES.filter((m) => (row.mask[FUSION_INPUTS.indexOf(m)] as number) > 0);
}
