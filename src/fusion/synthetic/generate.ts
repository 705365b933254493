// Seeded generator of fusion training check-ins: a level drawn from the prior, then per input an observation that
// looks like what this project's analyzers return on real inputs — real Dreaddit texts (stressed ones for an elevated
// level), FER-like face outputs, acoustic voice markers, and self-reports (docs/fusion-priors.md).
import { MODALITIES, type Modality, type ModalityOk, type ModalityResult } from '../../analysis/types.ts';
import { BurnoutError } from '../../errors.ts';
import { createRng, type Rng } from '../../ml/random.ts';
import type { SelfReport } from '../../trend/types.ts';
import { embed, embeddingProjections } from './embedding.ts';
import type { RelativeVoice } from '../features.ts';
import { makeFace, makeSelfReport } from './observations.ts';
import { makeVoiceWithBaseline } from './voice-baseline.ts';
import { GENERATOR_PARAMS as P } from './priors.ts';
import { EVERYDAY_CLASSES, type PoolText, type TextPool, type TextVariant } from './text-pool.ts';

/** One synthetic check-in: the true level and what the analyzers would have returned. */
export interface SyntheticCheckIn {
  /** 0 low, 1 moderate, 2 high. */
  level: number;
  results: Record<Modality, ModalityResult>;
  selfReport: SelfReport;
  /** The voice against the speaker's baseline, or null (no voice, or no baseline yet). */
  relativeVoice: RelativeVoice | null;
}

/** Options of the generator. */
export interface SyntheticOptions {
  samples: number;
  seed: number;
  /** Analysed real texts to draw journal entries from. */
  textPool: TextPool;
  /** Also emit `embedding` vectors of these widths (for the embedding representation). */
  embeddingDims?: Record<Modality, number>;
}

function drawLevel(rng: Rng): number {
  const u = rng.next();
  return u < P.levelPrior[0] ? 0 : u < P.levelPrior[0] + P.levelPrior[1] ? 1 : 2;
}

function drawPresence(rng: Rng): Record<Modality | 'selfReport', boolean> {
  if (rng.bernoulli(P.singleModalityProb)) {
    const only = MODALITIES[rng.int(MODALITIES.length)] as Modality;
    return { text: only === 'text', voice: only === 'voice', face: only === 'face', selfReport: rng.bernoulli(P.presentProb.selfReport) };
  }
  for (;;) {
    const p = {
      text: rng.bernoulli(P.presentProb.text),
      voice: rng.bernoulli(P.presentProb.voice),
      face: rng.bernoulli(P.presentProb.face),
      selfReport: rng.bernoulli(P.presentProb.selfReport),
    };
    if (p.text || p.voice || p.face) return p;
  }
}

function drawVariant(rng: Rng, group: readonly PoolText[]): ModalityOk {
  let u = rng.next();
  let variant: TextVariant = 'full';
  for (const [v, share] of Object.entries(P.textVariants) as Array<[TextVariant, number]>) {
    u -= share;
    if (u <= 0) { variant = v; break; }
  }
  return (group.find((t) => t.variant === variant) ?? group[0] as PoolText).result;
}

/** An everyday comment for a level: its emotion class drawn from the level's table, then a comment of that class. */
function drawEveryday(rng: Rng, pool: TextPool, level: number): ModalityOk | null {
  let u = rng.next();
  for (const c of EVERYDAY_CLASSES) {
    u -= P.everyday[c][level as 0 | 1 | 2];
    if (u <= 0 || c === 'negative') {
      const list = pool.everyday[c];
      return list.length ? (list[rng.int(list.length)] as ModalityOk) : null;
    }
  }
  return null;
}

/**
 * A journal text for a level: sometimes an everyday comment (when the pool has them), else a Dreaddit post — a calm one
 * for Low, a stressed one otherwise (for High the more intense of a few).
 */
function drawText(rng: Rng, pool: TextPool, level: number): ModalityOk {
  if (rng.bernoulli(P.everydayShare)) {
    const comment = drawEveryday(rng, pool, level);
    if (comment) return comment;
  }
  const groups = level === 0 ? pool.calm : pool.stressed;
  let group = groups[rng.int(groups.length)] as PoolText[];
  if (level === 2) {
    for (let k = 1; k < P.highIntensityDraws; k += 1) {
      const other = groups[rng.int(groups.length)] as PoolText[];
      if ((other[0]?.intensity ?? 0) > (group[0]?.intensity ?? 0)) group = other;
    }
  }
  return drawVariant(rng, group);
}

/** Generates `samples` check-ins, reproducible from `seed` and the pool. */
export function generateCheckIns(options: SyntheticOptions): SyntheticCheckIn[] {
  if (options.textPool.calm.length === 0 || options.textPool.stressed.length === 0) {
    throw new BurnoutError('DATA_MISSING', 'the fusion generator needs analysed texts of both labels (stressed and calm)');
  }
  const rng = createRng(options.seed);
  const projections = options.embeddingDims ? embeddingProjections(options.embeddingDims) : undefined;
  const out: SyntheticCheckIn[] = [];
  for (let i = 0; i < options.samples; i += 1) {
    const level = drawLevel(rng);
    const present = drawPresence(rng);
    const results = {} as Record<Modality, ModalityResult>;
    let relativeVoice: RelativeVoice | null = null;
    for (const m of MODALITIES) {
      if (!present[m]) {
        results[m] = { status: 'absent', reason: `no ${m} input was given` };
        continue;
      }
      // An uninformative modality is drawn for an unrelated level (an off-topic journal, a posed smile, …).
      const l = rng.bernoulli(P.uninformativeProb) ? drawLevel(rng) : level;
      let ok: ModalityOk;
      if (m === 'voice') ({ ok, relativeVoice } = makeVoiceWithBaseline(rng, l, drawLevel));
      else ok = m === 'text' ? { ...drawText(rng, options.textPool, l) } : makeFace(rng, l);
      if (projections) ok.embedding = embed(rng, projections[m], ok);
      results[m] = ok;
    }
    out.push({ level, results, selfReport: present.selfReport ? makeSelfReport(rng, level) : {}, relativeVoice });
  }
  return out;
}
