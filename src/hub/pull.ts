// Downloads a transformers.js-ready model repository (config, tokenizer/preprocessor, ONNX weights) into the cache.
import { mkdir, rename, writeFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Config } from '../config/schema.ts';
import { resolvePath } from '../config/load.ts';
import { BurnoutError } from '../errors.ts';
import type { Progress } from '../cli/progress.ts';
import type { Modality } from '../analysis/types.ts';

/** A hub model the config refers to. */
export interface HubModel {
  modality: Modality;
  id: string;
}

/** The hub models the config names, one per engine that uses one. */
export function configuredHubModels(config: Readonly<Config>): HubModel[] {
  const out: HubModel[] = [];
  if (config.text.engines.includes('transformers')) out.push({ modality: 'text', id: config.text.transformersModel });
  if (config.voice.engines.includes('transformers')) out.push({ modality: 'voice', id: config.voice.transformersModel });
  if (config.face.engines.includes('vit')) out.push({ modality: 'face', id: config.face.vitModel });
  return out;
}

/** The local folder that holds (or will hold) a hub model. */
export function localModelDir(config: Readonly<Config>, id: string): string {
  return join(resolvePath(config.models.cacheDir), id);
}

const SMALL_FILES = [
  'config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json',
  'preprocessor_config.json', 'vocab.json', 'merges.txt',
];

/** The ONNX file transformers.js loads for a dtype. */
export function onnxFileFor(dtype: Config['models']['dtype']): string {
  return { fp32: 'onnx/model.onnx', q8: 'onnx/model_quantized.onnx', fp16: 'onnx/model_fp16.onnx' }[dtype];
}

/**
 * Downloads the files of `model` that transformers.js needs. Fails fast with NETWORK_UNAVAILABLE when the
 * hub cannot be reached, and with MODEL_MISSING when the repository has no ONNX weights for the dtype.
 */
export async function pullModel(config: Readonly<Config>, model: HubModel, progress: Progress): Promise<string> {
  const dir = localModelDir(config, model.id);
  const base = new URL(`${model.id}/resolve/main/`, config.models.remoteHost);
  const timeoutMs = config.models.pullTimeoutSec * 1000;
  const siblings = await listFiles(config, model.id, timeoutMs);
  const wanted = [...SMALL_FILES, onnxFileFor(config.models.dtype)].filter((f) => siblings.has(f));
  if (!wanted.includes(onnxFileFor(config.models.dtype))) {
    throw new BurnoutError('MODEL_MISSING', `${model.id} has no ${onnxFileFor(config.models.dtype)} on the hub`, {
      hint: 'set models.dtype to another variant, or choose a transformers.js-ready (ONNX) model in config.yaml',
    });
  }
  for (const file of wanted) {
    const target = join(dir, file);
    if (await exists(target)) continue;
    await download(new URL(file, base), target, timeoutMs, progress, `${model.id}/${file}`);
  }
  return dir;
}

async function listFiles(config: Readonly<Config>, id: string, timeoutMs: number): Promise<Set<string>> {
  const url = new URL(`api/models/${id}`, config.models.remoteHost);
  const res = await fetchOrExplain(url, timeoutMs);
  if (res.status === 404 || res.status === 401) throw new BurnoutError('MODEL_MISSING', `model ${id} was not found on ${url.host}`);
  if (!res.ok) throw new BurnoutError('NETWORK_UNAVAILABLE', `${url.host} answered ${res.status} for ${id}`);
  const body = (await res.json()) as { siblings?: Array<{ rfilename: string }> };
  return new Set((body.siblings ?? []).map((s) => s.rfilename));
}

async function download(url: URL, target: string, timeoutMs: number, progress: Progress, label: string) {
  const res = await fetchOrExplain(url, timeoutMs);
  if (!res.ok || !res.body) throw new BurnoutError('NETWORK_UNAVAILABLE', `download of ${label} failed: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  progress.start(total || 1, label);
  const chunks: Uint8Array[] = [];
  let done = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    done += chunk.byteLength;
    progress.update(Math.min(done, total || done), `${(done / 1e6).toFixed(1)} MB`);
  }
  progress.stop();
  await mkdir(dirname(target), { recursive: true });
  await writeFile(`${target}.part`, Buffer.concat(chunks));
  await rename(`${target}.part`, target);
}

async function fetchOrExplain(url: URL, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'no network connection';
    throw new BurnoutError('NETWORK_UNAVAILABLE', `cannot reach ${url.host} (${why})`, {
      hint: 'models can only be pulled with internet access; the offline engines keep working without them',
    });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}
