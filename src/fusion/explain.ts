// Plain-language explanation of a fused risk: input weights ("52 % self-report, 48 % text"), top emotions per
// modality, the voice analyzer's sentences and one summary sentence — which says when the level is unclear and why,
// and never credits a weak input (an acoustic-only voice, a near-empty text) with the estimate.
import { EMOTIONS } from '../emotions.ts';
import { MODALITIES, type Modality, type ModalityResult } from '../analysis/types.ts';
import type { RiskExplanation } from '../assessment.ts';
import type { WeakInputs } from './evidence.ts';
import { FUSION_INPUTS, type FusionInput, type Risk } from './types.ts';

const NOUN: Record<FusionInput, string> = { text: 'the journal text', voice: 'the voice recording', face: 'the photo', selfReport: 'your self-report' };
const SHORT: Record<FusionInput, string> = { text: 'text', voice: 'voice', face: 'face', selfReport: 'self-report' };

/** Whole percentages that add up to 100 (largest remainder), for the inputs with a non-zero weight. */
export function weightPercentages(weights: Record<FusionInput, number>): Array<[FusionInput, number]> {
  const present = FUSION_INPUTS.filter((m) => weights[m] > 0);
  const total = present.reduce((s, m) => s + weights[m], 0);
  const raw = present.map((m) => [m, (weights[m] / total) * 100] as const);
  const out = raw.map(([m, v]) => [m, Math.floor(v)] as [FusionInput, number]);
  let left = 100 - out.reduce((s, [, v]) => s + v, 0);
  const order = raw.map(([, v], i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    (out[i] as [FusionInput, number])[1] += 1;
    left -= 1;
  }
  return out.sort((a, b) => b[1] - a[1] || FUSION_INPUTS.indexOf(a[0]) - FUSION_INPUTS.indexOf(b[0]));
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

/** Options of explainRisk. */
export interface ExplainContext {
  /** Per input that did not feed the fusion, why. */
  unused?: Partial<Record<FusionInput, string>>;
  /** Used inputs that carry little evidence, with why. */
  weak?: WeakInputs;
  /** The journal used safety language (self-harm, suicide). */
  safetyLanguage?: boolean;
}

/**
 * The clause saying what the estimate rests on: the strongest input that is not weak. When that input is a text whose
 * stress language points the other way than the level, the clause names the two strongest inputs instead, and
 * `against` says that the text's wording was outweighed (attention weights are salience, not votes).
 */
function basis(risk: Risk, shares: Array<[FusionInput, number]>, weak: WeakInputs, modalities: Record<Modality, ModalityResult>): { clause: string; against?: string } {
  const strong = shares.filter(([m]) => weak[m] === undefined);
  const [lead, leadPct] = strong[0] ?? shares[0] ?? ['text', 0];
  const leadEmotion = lead !== 'selfReport' ? topEmotions(modalities[lead])[0]?.split(' ')[0] : undefined;
  const stress = lead === 'text' && modalities.text.status === 'ok' ? modalities.text.features.stressProbability : null;
  if (typeof stress === 'number') {
    const words = `wording reads as ${stress >= 0.5 ? 'stressed' : 'calm'} (${pct(stress)} stress language)`;
    if ((stress >= 0.5) !== (risk.level !== 'low') && strong.length > 1) {
      const [second, secondPct] = strong[1] as [FusionInput, number];
      return { clause: `based on ${NOUN[lead]} (${leadPct} %) and ${NOUN[second]} (${secondPct} %)`, against: `The journal text's ${words}, but the other inputs outweigh it.` };
    }
    return { clause: `${shares.length === 1 ? `based on ${NOUN[lead]} alone` : `based mostly on ${NOUN[lead]} (${leadPct} %)`}, whose ${words}` };
  }
  const detail = leadEmotion ? `, where ${leadEmotion} stood out` : '';
  if (shares.length === 1) return { clause: `based on ${NOUN[lead]} alone${detail}` };
  return { clause: `based mostly on ${NOUN[lead]} (${leadPct} %)${detail}` };
}

/** Explains a risk. Only inputs that were given (rejected, or unusable for the model) are mentioned as not used. */
export function explainRisk(risk: Risk, modalities: Record<Modality, ModalityResult>, context: ExplainContext = {}): RiskExplanation {
  const unused = context.unused ?? {};
  const weak = context.weak ?? {};
  const shares = weightPercentages(risk.modalityWeights);
  const weights = shares.map(([m, p]) => `${p} % ${SHORT[m]}`).join(', ');
  const top: Partial<Record<Modality, string[]>> = {};
  for (const m of MODALITIES) {
    const t = topEmotions(modalities[m]);
    if (t.length && risk.modalityWeights[m] > 0) top[m] = t;
  }
  const voiceResult = modalities.voice;
  const voice = voiceResult.status === 'ok' && risk.modalityWeights.voice > 0 ? [...(voiceResult.explanation ?? [])] : [];
  const parts: string[] = [];
  if (context.safetyLanguage) {
    parts.push('Your journal mentions thoughts of suicide or self-harm. Please reach out now to someone you trust or to one of the help lines below.');
  }
  if (risk.level === 'unclear') {
    const ranked = (['low', 'moderate', 'high'] as const).slice().sort((a, b) => risk.probabilities[b] - risk.probabilities[a]);
    const best = ranked[0] as 'low' | 'moderate' | 'high';
    parts.push(`Unclear: not enough evidence for an estimate — ${risk.unclearReason ?? 'the evidence is thin'}. The most likely level would be ${capital(best)} (${pct(risk.probabilities[best])}).`);
  } else {
    const b = basis(risk, shares, weak, modalities);
    parts.push(`${capital(risk.level)} burnout risk (${pct(risk.confidence)} confidence), ${b.clause}.`);
    if (b.against) parts.push(b.against);
    if (risk.levelNote) parts.push(`${capital(risk.levelNote)}.`);
  }
  for (const m of FUSION_INPUTS) if (weak[m] && risk.modalityWeights[m] > 0 && risk.level !== 'unclear') parts.push(`${capital(NOUN[m])} counts little: ${weak[m]}.`);
  const skipped = MODALITIES.filter((m) => modalities[m].status !== 'absent' && unused[m] !== undefined);
  for (const m of skipped) {
    const why = unused[m] as string;
    parts.push(why.startsWith('left out: ') ? `${capital(NOUN[m])} was left out of the estimate: ${why.slice('left out: '.length)}.` : `${capital(NOUN[m])} was not used: ${why.replace(/^rejected: /, '')}.`);
  }
  if (risk.level !== 'unclear' && !risk.reliable) parts.push('Treat this estimate with caution: its confidence is low or the model is unsure.');
  return { weights, topEmotions: top, voice, summary: parts.join(' ').replace(/\.\./g, '.') };
}
