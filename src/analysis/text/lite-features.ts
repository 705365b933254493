// Hashed sparse features of the lite text model: word uni/bigrams and character n-grams, sublinear TF, L2-normalised.

/** How a text becomes a sparse vector; stored in the model's metadata so training and inference agree. */
export interface LiteFeatureConfig {
  /** Number of hash buckets (a power of two). */
  buckets: number;
  /** Largest word n-gram (1 = unigrams only, 2 = uni + bigrams). */
  wordNgramMax: number;
  /** Smallest and largest character n-gram, taken inside each token padded with spaces; 0 disables. */
  charNgramMin: number;
  charNgramMax: number;
  /** Relative weight of the character block against the word block (each block is L2-normalised first). */
  charWeight: number;
}

/** A sparse vector: sorted unique bucket indices and their values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

const MODEL_TOKEN_RE = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[!?]|\p{Extended_Pictographic}/gu;

/** Model tokens: lower-cased words (with apostrophes), `!`, `?` and emoji; GoEmotions' [NAME] becomes `name`. */
export function modelTokens(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  return normalised.match(MODEL_TOKEN_RE) ?? [];
}

/** 32-bit FNV-1a hash of a string (UTF-16 code units), seeded so that feature kinds do not collide by design. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x1b873593;

/** Turns a text into its hashed sparse feature vector (deterministic; same code for training and inference). */
export function featurize(text: string, cfg: LiteFeatureConfig): SparseVector {
  const tokens = modelTokens(text);
  const mask = cfg.buckets - 1;
  const words = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    let gram = tokens[i] as string;
    add(words, fnv1a(gram, WORD_SEED) & mask);
    for (let n = 2; n <= cfg.wordNgramMax && i + n - 1 < tokens.length; n++) {
      gram += ' ' + (tokens[i + n - 1] as string);
      add(words, fnv1a(gram, WORD_SEED) & mask);
    }
  }
  const chars = new Map<number, number>();
  if (cfg.charNgramMin > 0) {
    for (const t of tokens) {
      const padded = ` ${t} `;
      for (let n = cfg.charNgramMin; n <= cfg.charNgramMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(chars, fnv1a(padded.slice(i, i + n), CHAR_SEED) & mask);
      }
    }
  }
  const merged = new Map<number, number>();
  mergeBlock(merged, words, 1);
  mergeBlock(merged, chars, cfg.charWeight);
  const idx = Int32Array.from([...merged.keys()].sort((a, b) => a - b));
  const val = Float32Array.from(idx, (k) => merged.get(k) as number);
  return { idx, val };
}

function add(m: Map<number, number>, k: number): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Sublinear TF (1 + ln tf), L2-normalised within the block, scaled by `weight`, added into `into`. */
function mergeBlock(into: Map<number, number>, block: Map<number, number>, weight: number): void {
  if (block.size === 0 || weight === 0) return;
  let norm = 0;
  const tf = new Map<number, number>();
  for (const [k, c] of block) {
    const v = 1 + Math.log(c);
    tf.set(k, v);
    norm += v * v;
  }
  const scale = weight / Math.sqrt(norm);
  for (const [k, v] of tf) into.set(k, (into.get(k) ?? 0) + v * scale);
}
