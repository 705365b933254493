// What a personal baseline adds to the voice, measured two ways: (1) on generated voice check-ins that have a baseline,
// the AUC of elevated (Moderate or High) vs Low for a linear score of the absolute markers, the baseline-relative ones and
// both (fitted on one half, scored on the other); (2) the committed fusion model's P(moderate)+P(high) for one mid-scale
// acoustic-only voice (alone and with a text) as its relative markers move. Evidence for docs/fusion-priors.md.
// Run: node bin/run-ts.js bench/fusion-baseline.ts [--samples 60000]
import { loadConfig, resolvePath } from '../src/config/load.ts';
import { rocAuc } from '../src/eval/metrics.ts';
import { decisionOptionsOf } from '../src/fusion/decide.ts';
import type { RelativeVoice } from '../src/fusion/features.ts';
import { fuse } from '../src/fusion/infer.ts';
import { loadFusionModel } from '../src/fusion/model-io.ts';
import { makeVoiceWithBaseline } from '../src/fusion/synthetic/voice-baseline.ts';
import { GENERATOR_PARAMS as P } from '../src/fusion/synthetic/priors.ts';
import { createRng, type Rng } from '../src/ml/random.ts';
import { numberArg } from './args.ts';

const drawLevel = (rng: Rng) => { const u = rng.next(); return u < P.levelPrior[0] ? 0 : u < P.levelPrior[0] + P.levelPrior[1] ? 1 : 2; };
const rng = createRng(7);
const rows: Array<{ y: boolean; abs: number[]; rel: number[] }> = [];
for (let i = 0; i < numberArg('samples', 60_000); i += 1) {
  const level = drawLevel(rng);
  const { ok, relativeVoice: r } = makeVoiceWithBaseline(rng, level, drawLevel);
  if (!r) continue;
  const f = ok.features;
  rows.push({ y: level >= 1, abs: [f.speechRate as number, f.pauseRatio as number, f.pitchStdSemitones as number], rel: [r.speechRate ?? 0, r.pauseRatio ?? 0, r.pitchStdSemitones ?? 0] });
}
/** Least squares of y on [1, x] (normal equations, Gauss–Jordan). */
function ols(X: number[][], y: number[]): number[] {
  const k = (X[0] as number[]).length;
  const A = Array.from({ length: k }, () => new Float64Array(k + 1));
  X.forEach((x, n) => x.forEach((xi, i) => {
    const row = A[i] as Float64Array;
    row[k] = (row[k] as number) + xi * (y[n] as number);
    x.forEach((xj, j) => { row[j] = (row[j] as number) + xi * xj; });
  }));
  for (let i = 0; i < k; i += 1) {
    const pivot = A[i] as Float64Array;
    for (let r = 0; r < k; r += 1) {
      if (r === i) continue;
      const row = A[r] as Float64Array;
      const f = (row[i] as number) / (pivot[i] as number);
      for (let c = i; c <= k; c += 1) row[c] = (row[c] as number) - f * (pivot[c] as number);
    }
  }
  return A.map((r, i) => (r[k] as number) / (r[i] as number));
}
const half = Math.floor(rows.length / 2);
console.log(`generated voice check-ins with a baseline: ${rows.length}`);
for (const [name, pick] of [['absolute', (r: (typeof rows)[number]) => r.abs], ['relative', (r: (typeof rows)[number]) => r.rel], ['both', (r: (typeof rows)[number]) => [...r.abs, ...r.rel]]] as const) {
  const X = rows.map((r) => [1, ...pick(r)]);
  const b = ols(X.slice(0, half), rows.slice(0, half).map((r) => (r.y ? 1 : 0)));
  const auc = rocAuc(X.slice(half).map((x) => x.reduce((s, v, i) => s + v * b[i]!, 0)), rows.slice(half).map((r) => r.y));
  console.log(`  ${name.padEnd(8)} AUC ${auc.toFixed(3)}  coefficients (rate, pause ratio, pitch SD${name === 'both' ? '; then relative' : ''}) ${b.slice(1).map((v) => v.toFixed(3)).join(' ')}`);
}

const config = loadConfig();
const model = await loadFusionModel(config, resolvePath(config.fusion.modelDir));
const absent = { status: 'absent', reason: 'not given' } as const;
const voice = { status: 'ok', emotions: null, engine: 'acoustic', model: 'm', latencyMs: 0, features: { pitchStdSemitones: 3.2, speechRate: 4.4, pauseRatio: 0.1, jitterLocal: 0.018, shimmerLocal: 0.11, hnrDb: 11 } } as const;
const text = { status: 'ok', emotions: { anger: 0.05, disgust: 0.02, fear: 0.05, joy: 0.2, neutral: 0.5, sadness: 0.13, surprise: 0.05 }, engine: 'lite', model: 'm', latencyMs: 0, features: { tokenCount: 12, firstPersonRate: 0.1, absolutistRate: 0, negationRate: 0, stressProbability: 0.5 } } as const;
const cases: Array<[string, RelativeVoice | null]> = [
  ['no baseline', null], ['at the usual', { pitchStdSemitones: 0, speechRate: 0, pauseRatio: 0 }],
  ['flatter (z −1)', { pitchStdSemitones: -1, speechRate: 0, pauseRatio: 0 }], ['slower (z −1)', { pitchStdSemitones: 0, speechRate: -1, pauseRatio: 0 }],
  ['more pauses (z +1)', { pitchStdSemitones: 0, speechRate: 0, pauseRatio: 1 }], ['all three', { pitchStdSemitones: -1, speechRate: -1, pauseRatio: 1 }],
  ['livelier, faster, fewer pauses', { pitchStdSemitones: 1, speechRate: 1, pauseRatio: -1 }],
];
console.log('\nP(moderate)+P(high) of one mid-scale acoustic-only voice     alone    with a neutral text');
for (const [name, relativeVoice] of cases) {
  const p = await Promise.all([false, true].map(async (withText) => (await fuse(model, { results: { text: withText ? text : absent, voice, face: absent } as never, selfReport: {}, relativeVoice }, { mcPasses: config.fusion.mcPasses, ...decisionOptionsOf(config.fusion) })).risk.probabilities));
  console.log(`  ${name.padEnd(32)} ${p.map((x) => (x.moderate + x.high).toFixed(3).padStart(8)).join('   ')}`);
}
await model.pass.dispose();
