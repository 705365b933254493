// The real journal texts the generator draws from: Dreaddit posts and shorter excerpts of them, each already run
// through this project's text analyzer (emotions, word features, out-of-fold stress probability), keyed by the post's
// stress label and its negative-emotion intensity.
import type { ModalityOk } from '../../analysis/types.ts';
import { createRng } from '../../ml/random.ts';
import { fnv1a } from '../../analysis/text/lite-features.ts';

/** How much of a post an entry holds. */
export type TextVariant = 'full' | 'two' | 'one' | 'fragment';

/** One analysed text of the pool. */
export interface PoolText {
  postId: string;
  /** 1 = the post was labelled stressed. */
  label: 0 | 1;
  /** The post's negative-emotion intensity as a rank in [0, 1] among the pool's posts (0.5 when unknown). */
  intensity: number;
  variant: TextVariant;
  result: ModalityOk;
}

/** Classes of everyday comments the generator draws by level (negative = anger, disgust, fear or sadness). */
export const EVERYDAY_CLASSES = ['joy', 'neutral', 'surprise', 'negative'] as const;
export type EverydayClass = (typeof EVERYDAY_CLASSES)[number];

/** The pool: Dreaddit posts split by label (every variant of a post kept together), and everyday comments by emotion. */
export interface TextPool {
  calm: PoolText[][];
  stressed: PoolText[][];
  /** Analysed everyday comments (GoEmotions) by class; empty when none were given. */
  everyday: Record<EverydayClass, ModalityOk[]>;
}

/** The everyday class of a canonical emotion label. */
export function everydayClass(label: string): EverydayClass {
  return label === 'joy' || label === 'neutral' || label === 'surprise' ? label : 'negative';
}

/** An empty set of everyday comments. */
export function noEveryday(): Record<EverydayClass, ModalityOk[]> {
  return { joy: [], neutral: [], surprise: [], negative: [] };
}

/** A labelled post as the pool builder needs it. */
export interface PoolPost {
  id: string;
  text: string;
  label: 0 | 1;
  /** A raw negative-emotion score (e.g. LIWC negemo + anx + sad + anger), or null. */
  negativity: number | null;
}

/**
 * Shorter excerpts of a post, drawn with a seed from its id: two consecutive sentences, one sentence, and a fragment
 * of 2–5 words (what a hurried journal entry looks like). Duplicates of the whole post are left out.
 */
export function postExcerpts(post: Pick<PoolPost, 'id' | 'text'>): Array<{ variant: Exclude<TextVariant, 'full'>; text: string }> {
  const rng = createRng(fnv1a(post.id) || 1);
  const sentences = post.text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
  const out: Array<{ variant: Exclude<TextVariant, 'full'>; text: string }> = [];
  if (sentences.length >= 3) {
    const i = rng.int(sentences.length - 1);
    out.push({ variant: 'two', text: `${sentences[i]} ${sentences[i + 1]}` });
  }
  if (sentences.length >= 2) out.push({ variant: 'one', text: sentences[rng.int(sentences.length)] as string });
  const words = (sentences[rng.int(Math.max(1, sentences.length))] ?? post.text).split(/\s+/).filter(Boolean);
  if (words.length >= 3) {
    const n = Math.min(words.length, 2 + rng.int(4));
    const start = rng.int(words.length - n + 1);
    out.push({ variant: 'fragment', text: words.slice(start, start + n).join(' ') });
  }
  return out;
}

/** Ranks of raw scores in [0, 1] (ties share a rank; nulls get 0.5). */
export function intensityRanks(values: ReadonlyArray<number | null>): number[] {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return values.map((v) => {
    if (v === null || known.length < 2) return 0.5;
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((known[mid] as number) < v) lo = mid + 1; else hi = mid;
    }
    return lo / (known.length - 1);
  });
}

/** Groups analysed texts into the pool (posts with no analysed text are left out). */
export function buildTextPool(entries: readonly PoolText[], everyday: Record<EverydayClass, ModalityOk[]> = noEveryday()): TextPool {
  const byPost = new Map<string, PoolText[]>();
  for (const e of entries) byPost.set(e.postId, [...(byPost.get(e.postId) ?? []), e]);
  const pool: TextPool = { calm: [], stressed: [], everyday };
  for (const group of byPost.values()) (group[0]?.label === 1 ? pool.stressed : pool.calm).push(group);
  return pool;
}
