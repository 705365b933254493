// Out-of-fold scoring for `eval risk --proxy dreaddit --folds K`: every model this project trains on Dreaddit (the
// stress model and the fusion net, whose journal texts are Dreaddit posts) is retrained K times, each time without
// one fold of posts, and that fold is assessed by the models that never saw it.
import { createLiteTextEngine } from '../analysis/text/lite-engine.ts';
import { createTextAnalyzer } from '../analysis/text/text-analyzer.ts';
import { loadLanguageIdentifier } from '../analysis/text/language-gate.ts';
import { foldAssignment } from '../analysis/text/stress/stress-train.ts';
import { roundTripStressModel } from '../analysis/text/stress/stress-format.ts';
import { assessCheckIn, type AssessRuntime } from '../assess.ts';
import type { Config } from '../config/schema.ts';
import type { EngineSet } from '../analysis/engine-set.ts';
import type { FusionMetadata } from '../fusion/model-io.ts';
import { trainRiskModels, type RiskTrainingOptions } from '../fusion/training-data.ts';
import { silentProgress, type Progress } from '../progress.ts';
import { ensureTfBackend } from '../tf-backend.ts';
import { readWeights } from '../fusion/model.ts';
import { openOnnxForwardPass } from '../fusion/onnx/onnx-pass.ts';
import type { DreadditPost } from './dreaddit.ts';
import type { LabelledText } from './goemotions-tsv.ts';
import { assessItems, type AssessedItems, type LabelledInput } from './risk-items.ts';
import type { RiskEvalItem } from './risk-metrics.ts';

/** Options of the out-of-fold run. */
export interface FoldOptions {
  folds: number;
  seed: number;
  training: RiskTrainingOptions;
  /** Everyday comments the generator may draw (not Dreaddit: the same for every fold). */
  everyday: readonly LabelledText[];
}

/**
 * Splits the posts into `folds` folds (seeded), and for each fold trains the stress model and the fusion net on the
 * other folds, then assesses the fold's posts as text-only check-ins with those models. Items come back in post order.
 */
export async function dreadditFoldItems(config: Readonly<Config>, posts: readonly DreadditPost[], options: FoldOptions, progress: Progress): Promise<AssessedItems> {
  await ensureTfBackend();
  const fold = foldAssignment(posts.length, options.folds, options.seed);
  const emotion = await createLiteTextEngine(config);
  const language = config.text.englishOnly ? await loadLanguageIdentifier() : null;
  const items = new Array<RiskEvalItem | undefined>(posts.length);
  const skipped: string[] = [];
  try {
    for (let k = 0; k < options.folds; k += 1) {
      const trainPosts = posts.filter((_, i) => fold[i] !== k);
      const testIdx = posts.map((_, i) => i).filter((i) => fold[i] === k);
      progress.start(1, `fold ${k + 1}/${options.folds}: training on ${trainPosts.length} posts`);
      const { stress, fusion } = await trainRiskModels(trainPosts, emotion, options.training, silentProgress, `fold ${k + 1} of ${options.folds}`, options.everyday);
      progress.stop();
      const analyzer = createTextAnalyzer(config, emotion, { model: roundTripStressModel(stress.model), id: `text-stress@fold${k + 1}` }, language);
      const engines: EngineSet = { engines: { text: analyzer }, statuses: {}, async dispose() {} };
      // The fold's network as a check-in runs it: on ONNX Runtime, from the trained weights.
      const pass = await openOnnxForwardPass(config, fusion.net.spec, readWeights(fusion.net));
      const runtime: AssessRuntime = {
        config,
        engines,
        fusion: { pass, encoder: { representation: fusion.metadata.representation, inputs: fusion.metadata.encoder } as AssessRuntime['fusion']['encoder'], temperature: fusion.metadata.temperature, uncertaintyReference: fusion.metadata.uncertaintyReference, metadata: fusion.metadata as FusionMetadata },
        async dispose() {},
      };
      const inputs: LabelledInput[] = testIdx.map((i) => ({ name: `post ${posts[i]?.id}`, read: async () => ({ text: (posts[i] as DreadditPost).text }), positive: posts[i]?.label === 1, neutral: false }));
      const scored = await assessItems(inputs, (x) => assessCheckIn(runtime, x, {}), progress, `fold ${k + 1}/${options.folds}: assessing ${testIdx.length} posts`);
      scored.kept.forEach((n, j) => (items[testIdx[n] as number] = scored.items[j]));
      skipped.push(...scored.skipped);
      await pass.dispose();
      fusion.net.dispose();
    }
  } finally {
    await emotion.dispose();
  }
  const kept = items.flatMap((x, i) => (x ? [i] : []));
  return { items: kept.map((i) => items[i] as RiskEvalItem), kept, skipped };
}
