// Writes a transformers.js model folder: JSON/text files plus the ONNX weights under the fp32 and/or q8 file names.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Which ONNX file names to write: real repositories ship one or both. */
export type WeightFiles = 'both' | 'fp32' | 'q8';

/** Options shared by the tiny model writers. */
export interface TinyModelOptions {
  /** Seed of the random weights (default 1). */
  seed?: number;
  /** Which weight files to write (default both; the same bytes under both names). */
  weights?: WeightFiles;
}

/** Writes `files` (objects as JSON) and `onnx` as onnx/model.onnx and/or onnx/model_quantized.onnx into `dir`. */
export async function writeModelFolder(
  dir: string,
  files: Record<string, unknown>,
  onnx: Uint8Array,
  weights: WeightFiles = 'both',
): Promise<string> {
  const all: Record<string, string | Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    all[name] = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  }
  if (weights !== 'q8') all['onnx/model.onnx'] = onnx;
  if (weights !== 'fp32') all['onnx/model_quantized.onnx'] = onnx;
  for (const [name, content] of Object.entries(all)) {
    const target = join(dir, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return dir;
}

/** id2label / label2id maps for a config.json from labels in output order. */
export function labelMaps(labels: readonly string[]) {
  return {
    id2label: Object.fromEntries(labels.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(labels.map((l, i) => [l, i])),
  };
}
