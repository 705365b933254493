// Tiny DistilRoBERTa-style text-classification model: byte-level BPE tokenizer, masked-mean embedding → linear → 7 Ekman logits.
import { GraphBuilder, randomWeights, seededRandom } from './graph-builder.ts';
import { labelMaps, writeModelFolder, type TinyModelOptions } from './model-folder.ts';

/** The Ekman labels of j-hartmann/emotion-english-distilroberta-base, in its output order. */
export const EKMAN_LABELS = ['anger', 'disgust', 'fear', 'joy', 'neutral', 'sadness', 'surprise'] as const;

const SPECIALS = ['<s>', '<pad>', '</s>', '<unk>'] as const;
const HIDDEN = 8;

/** GPT-2's byte → printable character table used by byte-level BPE (RoBERTa's tokenizer). */
export function bytesToUnicode(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const table: string[] = new Array(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    table[b] = String.fromCodePoint(printable.includes(b) ? b : 256 + extra++);
  }
  return table;
}

/** A byte-level BPE tokenizer.json: the four RoBERTa specials (ids 0–3) and one token per byte (ids 4–259). */
export function tinyTokenizerJson(): Record<string, unknown> {
  const vocab: Record<string, number> = {};
  SPECIALS.forEach((s, i) => (vocab[s] = i));
  bytesToUnicode().forEach((c, i) => (vocab[c] = SPECIALS.length + i));
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content, id) => ({
      id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
    })),
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { type: 'RobertaProcessing', sep: ['</s>', 2], cls: ['<s>', 0], trim_offsets: true, add_prefix_space: false },
    decoder: byteLevel,
    model: {
      type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '',
      fuse_unk: false, byte_fallback: false, vocab, merges: [],
    },
  };
}

/** The ONNX graph: Gather → masked mean over tokens → MatMul + bias → logits [batch, 7]. */
export function tinyTextOnnx(seed: number): Uint8Array {
  const rand = seededRandom(seed);
  const vocabSize = SPECIALS.length + 256;
  const labels = EKMAN_LABELS.length;
  const g = new GraphBuilder('tiny-roberta-classifier');
  g.input('input_ids', 'int64', ['batch', 'sequence']);
  g.input('attention_mask', 'int64', ['batch', 'sequence']);
  const emb = g.floats('embeddings', [vocabSize, HIDDEN], randomWeights(rand, vocabSize * HIDDEN));
  const w = g.floats('classifier.weight', [HIDDEN, labels], randomWeights(rand, HIDDEN * labels, 2));
  const b = g.floats('classifier.bias', [labels], randomWeights(rand, labels, 0.5));
  const axis1 = g.int64s('axis1', [1], [1]);
  const axis2 = g.int64s('axis2', [1], [2]);
  const tokens = g.node('Gather', [emb, 'input_ids'], { axis: { int: 0 } });
  const mask = g.node('Unsqueeze', [g.node('Cast', ['attention_mask'], { to: { int: 1 } }), axis2]);
  const summed = g.node('ReduceSum', [g.node('Mul', [tokens, mask]), axis1], { keepdims: { int: 0 } });
  const count = g.node('ReduceSum', [mask, axis1], { keepdims: { int: 0 } });
  const pooled = g.node('Div', [summed, count]);
  g.node('Add', [g.node('MatMul', [pooled, w]), b], {}, 'logits');
  g.output('logits', 'float', ['batch', labels]);
  return g.toBytes();
}

/**
 * Writes a tiny text-classification model folder (config.json with model_type roberta and the Ekman id2label,
 * tokenizer.json, tokenizer_config.json, special_tokens_map.json, ONNX weights) into `dir`.
 */
export async function writeTinyTextModel(dir: string, options: TinyModelOptions = {}): Promise<string> {
  const config = {
    model_type: 'roberta',
    architectures: ['RobertaForSequenceClassification'],
    problem_type: 'single_label_classification',
    hidden_size: HIDDEN,
    vocab_size: SPECIALS.length + 256,
    max_position_embeddings: 514,
    pad_token_id: 1, bos_token_id: 0, eos_token_id: 2,
    ...labelMaps(EKMAN_LABELS),
  };
  const specials = { bos_token: '<s>', eos_token: '</s>', unk_token: '<unk>', pad_token: '<pad>', cls_token: '<s>', sep_token: '</s>' };
  const tokenizerConfig = { tokenizer_class: 'RobertaTokenizer', model_max_length: 512, add_prefix_space: false, ...specials };
  return writeModelFolder(
    dir,
    {
      'config.json': config,
      'tokenizer.json': tinyTokenizerJson(),
      'tokenizer_config.json': tokenizerConfig,
      'special_tokens_map.json': specials,
    },
    tinyTextOnnx(options.seed ?? 1),
    options.weights,
  );
}
