// Synthetic voice check-ins with and without a personal baseline: the speaker's reference clips are drawn at their usual
// level (their current one, or another) and compared with the check-in's clip by the app's own baseline code (median,
// MAD, robust z), so that the fusion learns the baseline-relative voice as the app will compute it (docs/fusion-priors.md).
import type { ModalityOk } from '../../analysis/types.ts';
import { compareToBaseline, relativeVoice } from '../../baseline/compare.ts';
import { featureReferences } from '../../baseline/reference.ts';
import type { Baseline } from '../../baseline/types.ts';
import type { Rng } from '../../ml/random.ts';
import type { RelativeVoice } from '../features.ts';
import { drawVoicePerson, makeVoiceAt, severityOf, voiceAcoustics } from './observations.ts';
import { GENERATOR_PARAMS as P } from './priors.ts';

/** A voice clip at `level` and, with probability P.baseline.prob, the clip against the speaker's baseline. */
export function makeVoiceWithBaseline(rng: Rng, level: number, drawLevel: (rng: Rng) => number): { ok: ModalityOk; relativeVoice: RelativeVoice | null } {
  const person = drawVoicePerson(rng);
  const ok = makeVoiceAt(rng, level, severityOf(rng, level), person);
  if (!rng.bernoulli(P.baseline.prob)) return { ok, relativeVoice: null };
  const usual = rng.bernoulli(P.baseline.sameLevel) ? level : drawLevel(rng);
  const [lo, hi] = P.baseline.references;
  const n = lo + rng.int(hi - lo + 1);
  const reference = Array.from({ length: n }, (): ModalityOk => ({
    status: 'ok', emotions: null, features: voiceAcoustics(rng, severityOf(rng, usual), person), engine: 'synthetic', model: 'reference', latencyMs: 0,
  }));
  const baseline: Baseline = {
    asOf: '', window: { fromDay: '', toDay: '' },
    modalities: { voice: { checkIns: n, days: n, firstDay: '', lastDay: '', features: featureReferences('voice', reference) } },
  };
  const absent = { status: 'absent', reason: 'synthetic' } as const;
  return { ok, relativeVoice: relativeVoice(compareToBaseline(baseline, { text: absent, voice: ok, face: absent }, Infinity)) };
}
