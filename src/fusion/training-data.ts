// The real texts of fusion training: Dreaddit posts and excerpts, read by the text emotion engine, with stress
// probabilities scored out of fold (the stress model that scores a post never saw it), and everyday comments
// (GoEmotions dev, single-label) scored by the fitted stress model; split into a training and a validation pool.
import type { Engine, ModalityOk } from '../analysis/types.ts';
import { stressProbability } from '../analysis/text/stress/stress-model.ts';
import type { LabelledText } from '../eval/goemotions-tsv.ts';
import { withStressEvidence } from '../analysis/text/text-analyzer.ts';
import { fitStressModel, foldAssignment, type StressFit } from '../analysis/text/stress/stress-train.ts';
import type { DreadditPost } from '../eval/dreaddit.ts';
import type { Progress } from '../progress.ts';
import { buildTextPool, everydayClass, intensityRanks, noEveryday, postExcerpts, type EverydayClass, type PoolText } from './synthetic/text-pool.ts';
import type { EvaluateOptions } from './evaluate.ts';
import { trainAndCalibrate, type FusionRun } from './pipeline.ts';
import type { PoolProvenance, TrainingPools, TrainOptions } from './train.ts';

/** Options of the preparation. */
export interface TrainingDataOptions {
  /** Folds of the stress model's cross-validation (also its out-of-fold scores). */
  folds: number;
  seed: number;
  /** Share of posts whose texts go to the validation pool. */
  validationShare: number;
}

/** Default options. */
export const DEFAULT_TRAINING_DATA: TrainingDataOptions = { folds: 5, seed: 42, validationShare: 0.2 };

/** The prepared data: the fitted stress model (with its out-of-fold scores) and the two pools. */
export interface PreparedTrainingData {
  stress: StressFit;
  pools: TrainingPools & { provenance: PoolProvenance };
}

/** A post's negative-emotion score from Dreaddit's LIWC columns, or null when the file has none. */
function negativity(post: DreadditPost): number | null {
  const v = Number(post.columns.lex_liwc_negemo);
  return post.columns.lex_liwc_negemo !== undefined && Number.isFinite(v) ? v : null;
}

/** Reads single-label everyday comments into two sets by class (every fifth comment to validation). */
async function readEveryday(comments: readonly LabelledText[], emotion: Engine<string>, stress: StressFit): Promise<{ train: Record<EverydayClass, ModalityOk[]>; validation: Record<EverydayClass, ModalityOk[]> }> {
  const train = noEveryday();
  const validation = noEveryday();
  for (const [i, c] of comments.entries()) {
    if (c.labels.length !== 1) continue;
    const read = await emotion.analyze(c.text);
    if (read.status !== 'ok') continue;
    const ok = withStressEvidence(read, c.text, stressProbability(stress.model, c.text), 'final');
    (i % 5 === 0 ? validation : train)[everydayClass(c.labels[0] as string)].push(ok);
  }
  return { train, validation };
}

/**
 * Fits the stress model on `posts` (scoring every post and its excerpts out of fold), reads every text with the
 * emotion engine, and builds the training and validation pools (posts split by post, seeded; everyday comments by
 * position).
 */
export async function prepareTrainingData(
  posts: readonly DreadditPost[],
  emotion: Engine<string>,
  options: TrainingDataOptions,
  progress: Progress,
  description: string,
  everydayComments: readonly LabelledText[] = [],
): Promise<PreparedTrainingData> {
  const excerpts = posts.map((p) => postExcerpts(p));
  const stress = fitStressModel(posts, { folds: options.folds, seed: options.seed }, progress, excerpts.map((e) => e.map((x) => x.text)));
  const ranks = intensityRanks(posts.map(negativity));
  const texts: PoolText[] = [];
  progress.start(posts.length, 'read texts');
  for (const [i, post] of posts.entries()) {
    const variants = [{ variant: 'full' as const, text: post.text }, ...(excerpts[i] ?? [])];
    const probs = [stress.oofProbability[i] as number, ...(stress.oofExtraProbability[i] ?? [])];
    for (const [k, v] of variants.entries()) {
      const read = await emotion.analyze(v.text);
      if (read.status !== 'ok') continue;
      texts.push({ postId: post.id, label: post.label, intensity: ranks[i] as number, variant: v.variant, result: withStressEvidence(read, v.text, probs[k] as number, 'oof') });
    }
    progress.update(i + 1);
  }
  progress.stop();
  const split = foldAssignment(posts.length, Math.round(1 / options.validationShare), options.seed ^ 0x51);
  const isValidation = new Set(posts.filter((_, i) => split[i] === 0).map((p) => p.id));
  const trainTexts = texts.filter((t) => !isValidation.has(t.postId));
  const valTexts = texts.filter((t) => isValidation.has(t.postId));
  const everyday = await readEveryday(everydayComments, emotion, stress);
  return {
    stress,
    pools: {
      train: buildTextPool(trainTexts, everyday.train),
      validation: buildTextPool(valTexts, everyday.validation),
      provenance: {
        description,
        posts: { train: posts.length - isValidation.size, validation: isValidation.size },
        texts: { train: trainTexts.length, validation: valTexts.length },
      },
    },
  };
}

/** Everything `burnout train fusion` and the folds of `eval risk` need to train the two Dreaddit-trained models. */
export interface RiskTrainingOptions {
  data: TrainingDataOptions;
  train: TrainOptions;
  evaluation: EvaluateOptions;
}

/** Prepares the texts (fitting the stress model) and trains and calibrates the fusion net on them. */
export async function trainRiskModels(
  posts: readonly DreadditPost[],
  emotion: Engine<string>,
  options: RiskTrainingOptions,
  progress: Progress,
  description: string,
  everydayComments: readonly LabelledText[] = [],
): Promise<{ stress: StressFit; fusion: FusionRun }> {
  const { stress, pools } = await prepareTrainingData(posts, emotion, options.data, progress, description, everydayComments);
  return { stress, fusion: await trainAndCalibrate(options.train, options.evaluation, pools, progress) };
}
