// Fusion encoders: turn each modality's ModalityOk into a fixed-width, normalised input vector — the `profile`
// representation (canonical emotions + "emotions absent" flag + interpretable features) or the `embedding` one.
import { EMOTIONS } from '../emotions.ts';
import { MODALITIES, type Modality, type ModalityOk, type ModalityResult } from '../analysis/types.ts';

/** Input representation of the fusion net. */
export type Representation = 'profile' | 'embedding';

/** How one interpretable feature enters the profile vector. */
interface ProfileFeature {
  /** Feature name in ModalityOk.features (the cross-team contract). */
  name: string;
  /** Transform before normalisation. */
  transform?: 'log1p' | 'semitones100';
}

/** Interpretable features per modality, in vector order (DESIGN.md §4). */
export const PROFILE_FEATURES: Readonly<Record<Modality, readonly ProfileFeature[]>> = {
  text: [{ name: 'tokenCount', transform: 'log1p' }, { name: 'firstPersonRate' }, { name: 'absolutistRate' }, { name: 'negationRate' }],
  voice: [
    { name: 'loudnessDbfs' }, { name: 'pitchMeanHz', transform: 'semitones100' }, { name: 'pitchStdSemitones' },
    { name: 'speechRate' }, { name: 'pauseRatio' }, { name: 'meanPauseSec' }, { name: 'jitterLocal' },
    { name: 'shimmerLocal' }, { name: 'hnrDb' }, { name: 'rmsDbfs' },
  ],
  face: [{ name: 'detectionScore' }],
};

/** Added to each emotion probability before the log (bounds the log of a 0 at about −4.6). */
export const EMOTION_FLOOR = 0.01;

/** Normalised values are clipped to ±MAX_Z so that one wild value (a 3-word text full of "never") cannot dominate. */
export const MAX_Z = 5;

/** Name of the "emotions absent" flag column (kept as 0/1, never normalised). */
export const ABSENT_FLAG = 'emotionsAbsent';

/** Column names and normalisation statistics of one modality (stored in metadata.json). */
export interface ColumnStats {
  columns: string[];
  mean: number[];
  std: number[];
}

/** Everything needed to encode results the same way at training and inference time. */
export interface EncoderSpec {
  representation: Representation;
  modalities: Record<Modality, ColumnStats>;
}

/** Column names of a modality for a representation. */
export function columnNames(m: Modality, representation: Representation, embeddingDim: number): string[] {
  if (representation === 'embedding') return Array.from({ length: embeddingDim }, (_, i) => `embedding.${i}`);
  const feats = PROFILE_FEATURES[m].map((f) => (f.transform === 'log1p' ? `log1p(${f.name})` : f.transform === 'semitones100' ? `semitones(${f.name} re 100 Hz)` : f.name));
  return [...EMOTIONS.map((e) => `log(emotion.${e} + ${EMOTION_FLOOR})`), ABSENT_FLAG, ...feats];
}

function transform(value: number | null | undefined, how: ProfileFeature['transform']): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (how === 'log1p') return Math.log1p(Math.max(0, value));
  if (how === 'semitones100') return value > 0 ? 12 * Math.log2(value / 100) : null;
  return value;
}

/**
 * The raw (un-normalised) column values of one analysed modality; null marks a missing value. Returns a reason
 * string instead when the modality cannot feed this representation (an engine without embeddings).
 */
export function rawColumns(m: Modality, ok: ModalityOk, representation: Representation, embeddingDim: number): Array<number | null> | string {
  if (representation === 'embedding') {
    if (!ok.embedding) return `the ${ok.engine} ${m} engine gives no embedding`;
    if (ok.embedding.length !== embeddingDim) return `the ${m} embedding has ${ok.embedding.length} values, the fusion model expects ${embeddingDim}`;
    return ok.embedding.map((v) => (Number.isFinite(v) ? v : null));
  }
  // Log-probabilities: engines' softmax outputs are linear in their logits there, and 0.95 vs 0.999 stop looking far apart.
  const emotions = ok.emotions ? EMOTIONS.map((e) => Math.log(ok.emotions![e] + EMOTION_FLOOR)) : EMOTIONS.map(() => null);
  const feats = PROFILE_FEATURES[m].map((f) => transform(ok.features[f.name], f.transform));
  return [...emotions, ok.emotions ? 0 : 1, ...feats];
}

/** Fits per-column mean and standard deviation on training results (flag columns stay 0/1). */
export function fitEncoder(
  representation: Representation,
  samples: ReadonlyArray<Record<Modality, ModalityResult>>,
  embeddingDims: Record<Modality, number>,
): EncoderSpec {
  const modalities = {} as Record<Modality, ColumnStats>;
  for (const m of MODALITIES) {
    const columns = columnNames(m, representation, embeddingDims[m]);
    const sum = new Float64Array(columns.length);
    const sq = new Float64Array(columns.length);
    const n = new Float64Array(columns.length);
    for (const s of samples) {
      const r = s[m];
      if (r.status !== 'ok') continue;
      const raw = rawColumns(m, r, representation, embeddingDims[m]);
      if (typeof raw === 'string') continue;
      raw.forEach((v, i) => {
        if (v === null) return;
        sum[i] = (sum[i] as number) + v;
        sq[i] = (sq[i] as number) + v * v;
        n[i] = (n[i] as number) + 1;
      });
    }
    const mean = columns.map((c, i) => (c === ABSENT_FLAG || !n[i] ? 0 : (sum[i] as number) / (n[i] as number)));
    const std = columns.map((c, i) => {
      if (c === ABSENT_FLAG || !n[i]) return 1;
      const v = (sq[i] as number) / (n[i] as number) - (mean[i] as number) ** 2;
      return v > 1e-12 ? Math.sqrt(v) : 1;
    });
    modalities[m] = { columns, mean: mean.map(round6), std: std.map(round6) };
  }
  return { representation, modalities };
}

function round6(v: number): number {
  return Number(v.toPrecision(6));
}

/** Input width per modality of an encoder. */
export function encoderInputDims(enc: EncoderSpec): Record<Modality, number> {
  return Object.fromEntries(MODALITIES.map((m) => [m, enc.modalities[m].columns.length])) as Record<Modality, number>;
}

/** One encoded check-in: padded input rows, the presence mask and why a given modality was not used. */
export interface EncodedCheckIn {
  /** MODALITIES.length × width values, each row zero-padded to `width`. */
  x: Float32Array;
  /** 1 for a modality that feeds the fusion, else 0. */
  mask: number[];
  /** For each modality not used: why (not given, rejected, no embedding). */
  unused: Partial<Record<Modality, string>>;
}

/**
 * Encodes one check-in. A missing feature (null) becomes the normalised mean (0); absent emotions become 0 with
 * the flag set; normalised values are clipped to ±MAX_Z; a modality that is absent, rejected or unusable for the representation is masked out.
 */
export function encodeCheckIn(enc: EncoderSpec, results: Record<Modality, ModalityResult>, width: number): EncodedCheckIn {
  const x = new Float32Array(MODALITIES.length * width);
  const mask: number[] = [];
  const unused: Partial<Record<Modality, string>> = {};
  MODALITIES.forEach((m, row) => {
    const r = results[m];
    const stats = enc.modalities[m];
    if (r.status !== 'ok') {
      mask.push(0);
      unused[m] = r.status === 'absent' ? r.reason : `rejected: ${r.reason}`;
      return;
    }
    const raw = rawColumns(m, r, enc.representation, stats.columns.length);
    if (typeof raw === 'string') {
      mask.push(0);
      unused[m] = raw;
      return;
    }
    raw.forEach((v, i) => {
      const z = v === null ? 0 : (v - (stats.mean[i] as number)) / (stats.std[i] as number);
      x[row * width + i] = Math.max(-MAX_Z, Math.min(MAX_Z, z));
    });
    mask.push(1);
  });
  return { x, mask, unused };
}
