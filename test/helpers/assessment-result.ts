// Builds plain AssessmentResult values for store and trend tests (data only; the store tests need no engines).
import type { AssessmentResult } from '../../src/assessment.ts';
import type { ModalityResult } from '../../src/analysis/types.ts';
import type { RiskLevel } from '../../src/fusion/types.ts';
import type { SelfReport } from '../../src/trend/types.ts';

/** A check-in result at `level` with a text modality present and voice/face absent (unless given). */
export function makeResult(level: RiskLevel, opts: { selfReport?: SelfReport; modalities?: Partial<Record<'text' | 'voice' | 'face', ModalityResult>> } = {}): AssessmentResult {
  const p = { low: 0.1, moderate: 0.1, high: 0.1 };
  p[level] = 0.8;
  const text: ModalityResult = {
    status: 'ok',
    emotions: { anger: 0.05, disgust: 0.05, fear: 0.1, joy: level === 'low' ? 0.6 : 0.05, neutral: 0.1, sadness: level === 'low' ? 0.05 : 0.6, surprise: 0.05 },
    features: { tokenCount: 12, firstPersonRate: 0.2, absolutistRate: 0.05, negationRate: 0.1, truncated: 0 },
    engine: 'lite',
    model: 'text-lite@test',
    latencyMs: 3,
    embedding: [0.1, 0.2],
  };
  const modalities = {
    text,
    voice: { status: 'absent', reason: 'no voice input was given' } as ModalityResult,
    face: { status: 'absent', reason: 'no face input was given' } as ModalityResult,
    ...opts.modalities,
  };
  return {
    risk: { level, probabilities: p, confidence: 0.8, uncertainty: 0.1, reliable: true, modalityWeights: { text: 0.75, voice: 0, face: 0, selfReport: 0.25 } },
    modalities,
    selfReport: opts.selfReport ?? { energy: 5, stress: 5, work: 8 },
    explanation: { weights: '100 % text', topEmotions: { text: ['sadness 60 %'] }, voice: [], summary: `${level} risk` },
    timings: { total: 10 },
    notice: 'This is a self-awareness tool, not a diagnosis.',
    ...(level === 'high' ? { help: ['Talk to someone you trust.'] } : {}),
  };
}
