// MC-dropout multipliers exactly as tfjs' `tf.dropout(x, rate, undefined, seed)` draws them: seedrandom's alea seeded
// with the seed's string, one float32 uniform per element, floor(u + keep) / keep in float32. The ONNX fusion graph
// takes them as inputs, so a seeded estimate is the one the tfjs network (training, the committed model's
// validation figures) gives for the same seed.
import seedrandom from 'seedrandom';

/**
 * `size` dropout multipliers (0 or 1 / (1 − rate), float32) of tfjs' dropout with `seed`; without a seed, a random
 * one (as tfjs does). Rate 0 gives ones.
 */
export function dropoutMultipliers(size: number, rate: number, seed?: number): Float32Array {
  const out = new Float32Array(size);
  if (rate <= 0) return out.fill(1);
  const random = seedrandom.alea(String(seed ?? Math.random()));
  const keep = Math.fround(1 - rate);
  const kept = Math.fround(1 / keep);
  for (let i = 0; i < size; i++) out[i] = Math.floor(Math.fround(Math.fround(random()) + keep)) === 0 ? 0 : kept;
  return out;
}
