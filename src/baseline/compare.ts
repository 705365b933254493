// Compares a check-in's analysed inputs with the person's baseline: a robust z per followed feature and, for the
// differences of at least `sayAboveZ`, plain sentences ("Compared with your usual voice (9 recordings, 3–24 Nov): it
// was quieter and slower, with more pauses."). The relative voice features the fusion reads come from here too.
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import { BASELINE_FEATURES, RELATIVE_VOICE_FEATURES, type BaselineFeature } from './features.ts';
import { robustZ } from './robust.ts';
import type { Baseline, BaselineComparison, FeatureComparison } from './types.ts';

const SUBJECT: Record<Modality, { noun: string; plural: string; it: string }> = {
  voice: { noun: 'voice', plural: 'recordings', it: 'your voice' },
  text: { noun: 'journal entries', plural: 'entries', it: 'this entry' },
  face: { noun: 'photos', plural: 'photos', it: 'this photo' },
};

/** "a", "a and b", "a, b and c". */
function list(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The sentence for one modality's differences (null when none reaches `sayAboveZ`). At most three, largest first. */
function sentenceFor(m: Modality, features: Record<string, FeatureComparison>, reference: { checkIns: number; firstDay: string; lastDay: string }, sayAboveZ: number): string | null {
  const said = BASELINE_FEATURES[m]
    .filter((f): f is BaselineFeature & { say: NonNullable<BaselineFeature['say']> } => f.say !== null && features[f.name] !== undefined && Math.abs((features[f.name] as FeatureComparison).z) >= sayAboveZ)
    .sort((a, b) => Math.abs((features[b.name] as FeatureComparison).z) - Math.abs((features[a.name] as FeatureComparison).z))
    .slice(0, 3);
  if (said.length === 0) return null;
  const word = (f: (typeof said)[number]) => f.say.words[(features[f.name] as FeatureComparison).z > 0 ? 1 : 0];
  const adjectives = said.filter((f) => f.say.kind === 'adjective').map(word);
  const withs = said.filter((f) => f.say.kind === 'with').map(word);
  const s = SUBJECT[m];
  const span = reference.firstDay === reference.lastDay ? reference.firstDay : `${reference.firstDay} to ${reference.lastDay}`;
  const how = adjectives.length
    ? `${s.it} was ${list(adjectives)} than usual${withs.length ? `, with ${list(withs)}` : ''}`
    : `${s.it} had ${list(withs)} than usual`;
  return `Compared with your usual ${s.noun} (${reference.checkIns} ${s.plural}, ${span}): ${how}.`;
}

/** The check-in against the baseline, or null when no analysed modality of it has a baseline. */
export function compareToBaseline(baseline: Baseline, results: Record<Modality, ModalityResult>, sayAboveZ: number): BaselineComparison | null {
  const out: BaselineComparison = { modalities: {}, sentences: [] };
  for (const m of MODALITIES) {
    const ref = baseline.modalities[m];
    const r = results[m];
    if (!ref || r?.status !== 'ok') continue;
    const features: Record<string, FeatureComparison> = {};
    for (const f of BASELINE_FEATURES[m]) {
      const stat = ref.features[f.name];
      const value = f.read(r);
      if (!stat || value === null) continue;
      features[f.name] = { value, median: stat.median, z: robustZ(value, stat, f.minScale) };
    }
    if (Object.keys(features).length === 0) continue;
    const { features: _f, ...reference } = ref;
    out.modalities[m] = { reference, features };
    const sentence = sentenceFor(m, features, reference, sayAboveZ);
    if (sentence) out.sentences.push(sentence);
  }
  return Object.keys(out.modalities).length ? out : null;
}

/** The voice features the fusion reads against the baseline (robust z), or null when the voice has no baseline. */
export function relativeVoice(comparison: BaselineComparison | null | undefined): Partial<Record<(typeof RELATIVE_VOICE_FEATURES)[number], number>> | null {
  const voice = comparison?.modalities.voice;
  if (!voice) return null;
  const out: Partial<Record<(typeof RELATIVE_VOICE_FEATURES)[number], number>> = {};
  for (const name of RELATIVE_VOICE_FEATURES) if (voice.features[name]) out[name] = (voice.features[name] as FeatureComparison).z;
  return Object.keys(out).length ? out : null;
}
