// Plain-language explanation of a fused risk: modality weights ("62 % text, 38 % voice"), top emotions per
// modality, the voice analyzer's sentences and one summary sentence.
import { EMOTIONS } from '../emotions.ts';
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import type { RiskExplanation } from '../assessment.ts';
import type { Risk } from './types.ts';

const NOUN: Record<Modality, string> = { text: 'the journal text', voice: 'the voice recording', face: 'the photo' };

/** Whole percentages that add up to 100 (largest remainder), for the modalities with a non-zero weight. */
export function weightPercentages(weights: Record<Modality, number>): Array<[Modality, number]> {
  const present = MODALITIES.filter((m) => weights[m] > 0);
  const total = present.reduce((s, m) => s + weights[m], 0);
  const raw = present.map((m) => [m, (weights[m] / total) * 100] as const);
  const out = raw.map(([m, v]) => [m, Math.floor(v)] as [Modality, number]);
  let left = 100 - out.reduce((s, [, v]) => s + v, 0);
  const order = raw.map(([, v], i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    (out[i] as [Modality, number])[1] += 1;
    left -= 1;
  }
  return out.sort((a, b) => b[1] - a[1] || MODALITIES.indexOf(a[0]) - MODALITIES.indexOf(b[0]));
}

/** The strongest emotions of a result as "sadness 54 %" (up to `n`, at least 5 % each, the first always). */
export function topEmotions(result: ModalityResult, n = 3): string[] {
  if (result.status !== 'ok' || !result.emotions) return [];
  const scores = result.emotions;
  return [...EMOTIONS]
    .sort((a, b) => scores[b] - scores[a])
    .slice(0, n)
    .filter((e, i) => i === 0 || scores[e] >= 0.05)
    .map((e) => `${e} ${Math.round(scores[e] * 100)} %`);
}

const pct = (v: number): string => `${Math.round(v * 100)} %`;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Explains a risk. `unused` holds, per modality that did not feed the fusion, why; only modalities that were
 * given (rejected, or unusable for the model) are mentioned in the summary.
 */
export function explainRisk(risk: Risk, modalities: Record<Modality, ModalityResult>, unused: Partial<Record<Modality, string>> = {}): RiskExplanation {
  const shares = weightPercentages(risk.modalityWeights);
  const weights = shares.map(([m, p]) => `${p} % ${m}`).join(', ');
  const top: Partial<Record<Modality, string[]>> = {};
  for (const m of MODALITIES) {
    const t = topEmotions(modalities[m]);
    if (t.length && risk.modalityWeights[m] > 0) top[m] = t;
  }
  const voiceResult = modalities.voice;
  const voice = voiceResult.status === 'ok' && risk.modalityWeights.voice > 0 ? [...(voiceResult.explanation ?? [])] : [];

  const [lead, leadPct] = shares[0] ?? ['text', 0];
  const leadEmotion = top[lead]?.[0]?.split(' ')[0];
  const basis = shares.length === 1
    ? `based on ${NOUN[lead]} alone`
    : `based mostly on ${NOUN[lead]} (${leadPct} %)`;
  const parts = [
    `${capital(risk.level)} burnout risk (${pct(risk.confidence)} confidence), ${basis}${leadEmotion ? `, where ${leadEmotion} stood out` : ''}.`,
  ];
  const skipped = MODALITIES.filter((m) => modalities[m].status !== 'absent' && unused[m] !== undefined);
  for (const m of skipped) parts.push(`${capital(NOUN[m])} was not used: ${(unused[m] as string).replace(/^rejected: /, '')}.`);
  if (!risk.reliable) parts.push('Treat this estimate with caution: its confidence is low or the model is unsure.');
  return { weights, topEmotions: top, voice, summary: parts.join(' ').replace(/\.\./g, '.') };
}
