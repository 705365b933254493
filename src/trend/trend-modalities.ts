// Reduces a check-in's modality results to what the trend reads (status and emotions): stored beside each check-in so
// that a trend window is read without its full results, and sent to the analysis pool without them.
import { MODALITIES, type Modality } from '../analysis/types.ts';
import type { TrendModality } from './types.ts';

/** Status and emotions of each modality (features, explanations, embeddings and reasons dropped). */
export function toTrendModalities(modalities: Readonly<Record<Modality, TrendModality>>): Record<Modality, TrendModality> {
  const out = {} as Record<Modality, TrendModality>;
  for (const m of MODALITIES) {
    const r = modalities[m];
    out[m] = r.status === 'ok' && r.emotions ? { status: r.status, emotions: r.emotions } : { status: r.status };
  }
  return out;
}
