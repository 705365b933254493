// Stages 1–2 for one check-in: analyse the given modalities concurrently, fuse them with the attention model
// (temperature + MC dropout), explain the estimate and add the notice (and help for High). Used by CLI and server.
import { analyzeInputs, loadEngineSet, type EngineSet } from './analysis/engine-set.ts';
import { MODALITIES, type Modality, type ModalityResult, type PendingInputs } from './analysis/types.ts';
import type { AssessmentResult } from './assessment.ts';
import { compareToBaseline, relativeVoice } from './baseline/compare.ts';
import type { Baseline } from './baseline/types.ts';
import { resolvePath } from './config/load.ts';
import type { Config } from './config/schema.ts';
import { BurnoutError } from './errors.ts';
import { decisionOptionsOf } from './fusion/decide.ts';
import { explainRisk } from './fusion/explain.ts';
import { fuse, type FusionModel } from './fusion/infer.ts';
import { loadFusionModel, type FusionMetadata } from './fusion/model-io.ts';
import { HELP_RESOURCES, NOTICE } from './notice.ts';
import { hasSafetyLanguage } from './analysis/text/safety-language.ts';
import type { SelfReport } from './trend/types.ts';

/** Engines and the fusion model, loaded once and reused across check-ins. */
export interface AssessRuntime {
  config: Readonly<Config>;
  engines: EngineSet;
  fusion: FusionModel & { metadata: FusionMetadata };
  dispose(): Promise<void>;
}

/** Options of loadAssessRuntime. */
export interface LoadAssessOptions {
  /** Modalities whose engines to load (default all three; the CLI loads only those it was given). */
  modalities?: readonly Modality[];
}

/**
 * Loads the engine set and the fusion model of the configured representation. Throws MODEL_MISSING when the
 * fusion model folder does not exist and MODEL_LOAD_FAILED when it does not match the configuration.
 */
export async function loadAssessRuntime(config: Readonly<Config>, options: LoadAssessOptions = {}): Promise<AssessRuntime> {
  const embedding = config.fusion.representation === 'embedding';
  const dir = resolvePath(embedding ? config.fusion.embeddingModelDir : config.fusion.modelDir);
  const fusion = await loadFusionModel(config, dir);
  if (fusion.metadata.representation !== config.fusion.representation) {
    await fusion.pass.dispose();
    throw new BurnoutError('MODEL_LOAD_FAILED', `the fusion model in ${dir} uses the ${fusion.metadata.representation} representation, config asks for ${config.fusion.representation}`, {
      hint: `run \`burnout train fusion --representation ${config.fusion.representation}\``,
    });
  }
  let engines: EngineSet;
  try {
    engines = await loadEngineSet(config, options.modalities ?? MODALITIES);
  } catch (e) {
    await fusion.pass.dispose();
    throw e;
  }
  return {
    config,
    engines,
    fusion,
    async dispose() {
      await engines.dispose();
      await fusion.pass.dispose();
    },
  };
}

/** Allowed range of each self-report field. */
export const SELF_REPORT_RANGES: Readonly<Record<keyof SelfReport, readonly [number, number, string]>> = {
  energy: [0, 10, 'energy'],
  stress: [0, 10, 'stress'],
  work: [0, 24, 'work hours'],
};

/**
 * Checks the self-report ranges (energy and stress 0–10, work 0–24 hours); throws INPUT_INVALID naming the field
 * (or `names[field]`, e.g. the CLI option) and the value as given (`raw[field]` when the caller has the text).
 */
export function validateSelfReport(
  selfReport: SelfReport,
  display: { names?: Partial<Record<keyof SelfReport, string>>; raw?: Partial<Record<keyof SelfReport, string>> } = {},
): SelfReport {
  const out: SelfReport = {};
  for (const key of Object.keys(SELF_REPORT_RANGES) as Array<keyof SelfReport>) {
    const v = selfReport[key];
    if (v === undefined) continue;
    const [lo, hi, noun] = SELF_REPORT_RANGES[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      const got = display.raw?.[key] !== undefined ? `"${display.raw[key]}"` : String(v);
      throw new BurnoutError('INPUT_INVALID', `${display.names?.[key] ?? noun} must be a number from ${lo} to ${hi} (got ${got})`);
    }
    out[key] = v;
  }
  return out;
}

const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

/** Options of one assessment. */
export interface AssessOptions {
  /** The person's baseline as of this check-in (read from their history by the caller; null or absent: none yet). */
  baseline?: Baseline | null;
}

/**
 * Assesses one check-in. Given modalities are analysed concurrently; one that is rejected (no face, silence,
 * empty text, another language) gets fusion weight 0 and the explanation says why; the self-report is the fourth
 * input. Help is shown for a High level and whenever the journal uses safety language (self-harm, suicide). No input
 * at all, or no usable modality, throws NO_MODALITY. An input may still be decoding (a promise): each modality starts
 * when its input is there, and a decoding error fails the assessment with that error.
 */
export async function assessCheckIn(runtime: AssessRuntime, inputs: PendingInputs, selfReport: SelfReport, options: AssessOptions = {}): Promise<AssessmentResult> {
  const started = performance.now();
  const given = MODALITIES.filter((m) => inputs[m] !== undefined);
  if (given.length === 0) {
    throw new BurnoutError('NO_MODALITY', 'nothing to assess: give a journal text, a voice recording or a photo', {
      hint: 'e.g. burnout assess --text "how the day went" --audio voice.wav --image face.jpg',
    });
  }
  const report = validateSelfReport(selfReport);
  const timings: Record<string, number> = {};
  const modalities = Object.fromEntries(MODALITIES.map((m) => [m, { status: 'absent', reason: `no ${m} input was given` }])) as Record<Modality, ModalityResult>;
  const analysisStart = performance.now();
  await Promise.all(
    given.map(async (m) => {
      const input = await inputs[m];
      const t0 = performance.now();
      const results = await analyzeInputs(runtime.engines, { [m]: input });
      modalities[m] = results[m];
      timings[m] = ms(t0);
    }),
  );
  timings.analysis = ms(analysisStart);
  const fusionStart = performance.now();
  const f = runtime.config.fusion;
  // Against the person's own usual: words for the explanation, and the relative voice features the fusion reads.
  const baseline = options.baseline ? compareToBaseline(options.baseline, modalities, runtime.config.baseline.sayAboveZ) : null;
  const obs = { results: modalities, selfReport: report, relativeVoice: relativeVoice(baseline) };
  const { risk, unused, weak } = await fuse(runtime.fusion, obs, { mcPasses: f.mcPasses, ...decisionOptionsOf(f) });
  // Safety language is looked for in the text as written, even when the text engine refused it (another language).
  const text = await inputs.text;
  const safetyLanguage = typeof text === 'string' && hasSafetyLanguage(text);
  const explanation = explainRisk(risk, modalities, { unused, weak, safetyLanguage });
  if (baseline?.sentences.length) explanation.baseline = baseline.sentences;
  timings.fusion = ms(fusionStart);
  timings.total = ms(started);
  return {
    risk,
    modalities,
    selfReport: report,
    explanation,
    timings,
    notice: NOTICE,
    ...(baseline ? { baseline } : {}),
    ...(risk.level === 'high' || safetyLanguage ? { help: [...HELP_RESOURCES] } : {}),
    ...(safetyLanguage ? { safetyLanguage } : {}),
  };
}
