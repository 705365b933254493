// Synthetic encoder embeddings for the `embedding` representation: fixed random projections (one per modality, the
// same for every data seed) of a result's emotions and first features, plus noise. They stand for an encoder so that
// the embedding plumbing can be built, trained and tested; they are not a model of any real encoder's space.
import { EMOTIONS } from '../../emotions.ts';
import { MODALITIES, type Modality, type ModalityOk } from '../../analysis/types.ts';
import { createRng, type Rng } from '../../ml/random.ts';
import { GENERATOR_PARAMS } from './priors.ts';

/** One projection matrix (rows of 13 weights) per modality. */
export function embeddingProjections(dims: Record<Modality, number>): Record<Modality, Float32Array[]> {
  const rng = createRng(GENERATOR_PARAMS.embeddingProjectionSeed);
  const inputs = 7 + 6;
  return Object.fromEntries(
    MODALITIES.map((m) => [m, Array.from({ length: dims[m] }, () => Float32Array.from({ length: inputs }, () => rng.normal(0, 1 / Math.sqrt(inputs))))]),
  ) as Record<Modality, Float32Array[]>;
}

/** A synthetic embedding: tanh of a projection of the emotions (log) and a few scaled features, plus noise. */
export function embed(rng: Rng, rows: Float32Array[], ok: ModalityOk): number[] {
  const emo = EMOTIONS.map((e) => (ok.emotions ? Math.log(ok.emotions[e] + 1e-3) / 3 : 0));
  const f = Object.values(ok.features).slice(0, 6).map((v) => (v === null ? 0 : Math.tanh(Math.log1p(Math.abs(v)) / 3)));
  const z = [...emo, ...f, ...Array<number>(6 - f.length).fill(0)];
  return rows.map((row) => Math.tanh(row.reduce((s, w, i) => s + w * (z[i] as number), 0) * 2 + rng.normal(0, 0.1)));
}
