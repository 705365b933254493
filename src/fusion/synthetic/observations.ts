// Synthetic observations for one level: what a face photo, a voice clip and a self-report look like to this project's
// analyzers (ModalityOk on the analyzers' scales, emotions shaped like real engine outputs). Priors in priors.ts.
import { EMOTIONS, type Emotion, type EmotionScores } from '../../emotions.ts';
import type { ModalityOk } from '../../analysis/types.ts';
import type { Rng } from '../../ml/random.ts';
import type { SelfReport } from '../../trend/types.ts';
import { GENERATOR_PARAMS as P } from './priors.ts';

/** Parameters of the synthetic face engine. */
export interface FaceEngineParams {
  accuracy: number;
  tornProb: number;
  sharpness: readonly number[];
  noise: number;
  templates: Readonly<Record<Emotion, readonly number[]>>;
}

const clip = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
const logNormal = (rng: Rng, sd: number): number => Math.exp(rng.normal(0, sd));

/** A latent severity z ∈ [−1, 1] inside a level's third (0 low, 1 moderate, 2 high). */
export function severityOf(rng: Rng, level: number): number {
  return ((level + rng.next()) / 3) * 2 - 1;
}

/** Draws the expression shown at a level from the expression table. */
export function drawExpression(rng: Rng, level: number): Emotion {
  let u = rng.next();
  for (const e of EMOTIONS) {
    u -= P.expressions[e][level as 0 | 1 | 2];
    if (u <= 0) return e;
  }
  return 'neutral';
}

/** Softmax over logits (−∞ for classes an engine does not have). */
function softmaxScores(logits: readonly number[]): EmotionScores {
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return Object.fromEntries(EMOTIONS.map((e, k) => [e, (exp[k] as number) / sum])) as EmotionScores;
}

/** A speech-emotion engine's output for a shown expression: softmax of sharpness · (gain · onehot + noise). */
export function engineOutput(rng: Rng, shown: Emotion, engine: { gain: number; noise: number; sharpness: readonly number[] }, covered: readonly Emotion[] = EMOTIONS): EmotionScores {
  const s = rng.uniform(engine.sharpness[0] as number, engine.sharpness[1] as number);
  const target = covered.includes(shown) ? shown : 'neutral';
  return softmaxScores(EMOTIONS.map((e) => (covered.includes(e) ? s * ((e === target ? engine.gain : 0) + rng.normal(0, engine.noise)) : -Infinity)));
}

/** An expression similar to `e`: drawn in proportion to how much the template of `e` co-activates it. */
function similar(rng: Rng, e: Emotion, templates: FaceEngineParams['templates']): Emotion {
  const row = templates[e] as readonly number[];
  let u = rng.next() * (1 - (row[EMOTIONS.indexOf(e)] as number));
  let out: Emotion = e;
  for (const [k, other] of EMOTIONS.entries()) {
    if (other === e) continue;
    out = other;
    u -= row[k] as number;
    if (u <= 0) break;
  }
  return out;
}

/**
 * The face engine's output for a shown expression: it reads the expression right with probability `accuracy`, else
 * mistakes it for a similar one (as often as the shown expression's template co-activates it: neutral for sad, anger
 * for disgust). Sometimes (`tornProb`) it is torn between that read and a similar one and answers a mix of the two
 * templates; then the answer is sharpened or softened (a power `sharpness`) with a little noise.
 */
export function faceEngineOutput(rng: Rng, shown: Emotion, engine: FaceEngineParams = P.faceEngine): EmotionScores {
  const read = rng.bernoulli(engine.accuracy) ? shown : similar(rng, shown, engine.templates);
  const first = engine.templates[read] as readonly number[];
  const torn = rng.bernoulli(engine.tornProb);
  const second = torn ? (engine.templates[similar(rng, read, engine.templates)] as readonly number[]) : first;
  const w = torn ? rng.uniform(0.5, 0.9) : 1;
  const s = rng.uniform(engine.sharpness[0] as number, engine.sharpness[1] as number);
  return softmaxScores(first.map((p, k) => s * Math.log(w * p + (1 - w) * (second[k] as number)) + rng.normal(0, engine.noise)));
}

const synthetic = (emotions: EmotionScores | null, features: ModalityOk['features'], covered?: Emotion[]): ModalityOk => ({
  status: 'ok',
  emotions,
  ...(emotions ? { covered: covered ?? [...EMOTIONS] } : { emotionsAbsentReason: 'synthetic: no speech-emotion engine' }),
  features,
  engine: 'synthetic',
  model: `synthetic-v${P.version}`,
  latencyMs: 0,
});

/** A face photo: an expression drawn for the level, read by a peaked FER-like engine; detection quality varies. */
export function makeFace(rng: Rng, level: number): ModalityOk {
  const weak = rng.bernoulli(P.face.weakDetectionProb);
  const detectionScore = weak ? rng.uniform(0.5, 0.85) : rng.uniform(0.85, 0.995);
  const crop = rng.bernoulli(P.face.cropProb);
  // A weak detection reads a random expression more often (a blurred or turned face).
  const shown = weak && rng.bernoulli(0.3) ? (EMOTIONS[rng.int(EMOTIONS.length)] as Emotion) : drawExpression(rng, level);
  return synthetic(faceEngineOutput(rng, shown), { faceCount: 1, detectionScore: crop ? null : detectionScore, cropInput: crop ? 1 : 0 });
}

/** A speaker's own habits: offsets of pitch variability and speech rate, and a factor on their pause rate. */
export interface VoicePerson {
  pitchStd: number;
  speechRate: number;
  logPauseRate: number;
}

/**
 * Draws a speaker: a share `personShare` of the documented spread of pitch variability and speech rate is the person's
 * habit (the rest varies from clip to clip), so the spread of one clip given the severity is as documented; the pause
 * rate gets a person factor (log-SD `logPauseRateSd`). A personal baseline removes these offsets.
 */
export function drawVoicePerson(rng: Rng): VoicePerson {
  const share = Math.sqrt(P.voicePerson.personShare);
  return {
    pitchStd: rng.normal(0, P.voice.pitchStd.sd * share),
    speechRate: rng.normal(0, P.voice.speechRate.sd * share),
    logPauseRate: rng.normal(0, P.voicePerson.logPauseRateSd),
  };
}

/** The acoustic features of one clip of `person` at severity `z` (the fusion's voice markers and the rest). */
export function voiceAcoustics(rng: Rng, z: number, person: VoicePerson): ModalityOk['features'] {
  const v = P.voice;
  const within = Math.sqrt(1 - P.voicePerson.personShare);
  const speechSec = rng.bernoulli(0.3) ? rng.uniform(2, 7) : rng.uniform(7, 50);
  const pauses = Array.from({ length: rng.poisson(speechSec * v.pausesPerSec.base * Math.exp(v.pausesPerSec.expZ * z + person.logPauseRate)) },
    () => 0.3 + v.pauseLength.base * Math.exp(v.pauseLength.expZ * z) * logNormal(rng, 0.5));
  const pauseSec = pauses.reduce((a, b) => a + b, 0);
  const pitchStd = clip(v.pitchStd.base + v.pitchStd.perZ * z + person.pitchStd + rng.normal(0, v.pitchStd.sd * within), 0.5, 8);
  const loudness = clip(-30 + rng.normal(0, 7), -60, -8);
  return {
    durationSec: speechSec + pauseSec + rng.uniform(0.2, 1.5),
    speechSec,
    loudnessDbfs: loudness,
    rmsDbfs: loudness - 2.5 + rng.normal(0, 1.5),
    pitchMeanHz: (rng.bernoulli(0.5) ? 210 : 120) * logNormal(rng, 0.15),
    pitchStdSemitones: pitchStd,
    pitchRangeSemitones: pitchStd * rng.uniform(3, 4.5),
    speechRate: clip(v.speechRate.base + v.speechRate.perZ * z + person.speechRate + rng.normal(0, v.speechRate.sd * within), 1.2, 8),
    pauseRatio: pauseSec / (pauseSec + speechSec),
    meanPauseSec: pauses.length ? pauseSec / pauses.length : 0,
    jitterLocal: v.jitter.base * Math.exp(v.jitter.expZ * z) * logNormal(rng, v.jitter.logSd),
    shimmerLocal: v.shimmer.base * Math.exp(v.shimmer.expZ * z) * logNormal(rng, v.shimmer.logSd),
    hnrDb: clip(v.hnr.base + v.hnr.perZ * z + rng.normal(0, v.hnr.sd), 0, 30),
  };
}

/** A voice clip of `person` at severity `z`: acoustic markers and, when a speech-emotion engine is installed, its output. */
export function makeVoiceAt(rng: Rng, level: number, z: number, person: VoicePerson): ModalityOk {
  let emotions: EmotionScores | null = null;
  let covered: Emotion[] | undefined;
  if (rng.bernoulli(P.voiceEmotionsProb)) {
    covered = rng.bernoulli(P.voiceFourClassProb) ? ['anger', 'joy', 'neutral', 'sadness'] : [...EMOTIONS];
    emotions = engineOutput(rng, drawExpression(rng, level), P.voiceEngine, covered);
  }
  return synthetic(emotions, voiceAcoustics(rng, z, person), covered);
}

/** A voice clip of a new speaker at a level (latent severity inside the level's third). */
export function makeVoice(rng: Rng, level: number): ModalityOk {
  const person = drawVoicePerson(rng);
  return makeVoiceAt(rng, level, severityOf(rng, level), person);
}

/**
 * A self-report: each item given with probability itemProb, drawn around the level's mean with a shared factor between
 * stress and energy (whole numbers; hours by ½).
 */
export function makeSelfReport(rng: Rng, level: number): SelfReport {
  const s = P.selfReport;
  const out: SelfReport = {};
  const shared = rng.normal(0, 1);
  const r = Math.abs(s.stressEnergyCorrelation);
  const stressZ = Math.sqrt(r) * shared + Math.sqrt(1 - r) * rng.normal(0, 1);
  const energyZ = -Math.sqrt(r) * shared + Math.sqrt(1 - r) * rng.normal(0, 1);
  const draw = (m: { mean: readonly number[]; sd: number }, z: number, hi: number, step: number): number =>
    clip(Math.round((m.mean[level] as number + m.sd * z) / step) * step, 0, hi);
  if (rng.bernoulli(s.itemProb)) out.energy = draw(s.energy, energyZ, 10, 1);
  if (rng.bernoulli(s.itemProb)) out.stress = draw(s.stress, stressZ, 10, 1);
  if (rng.bernoulli(s.itemProb)) out.work = draw(s.work, rng.normal(0, 1), 16, 0.5);
  if (Object.keys(out).length === 0) out.stress = draw(s.stress, stressZ, 10, 1);
  return out;
}
