// Downloads a transformers.js-ready model repository (config, tokenizer/preprocessor, ONNX weights) into the cache,
// from the commit pinned in config and checked file by file against the pinned SHA-256 (./pins.ts).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import type { Config } from '../config/schema.ts';
import { resolvePath } from '../config/load.ts';
import { BurnoutError } from '../errors.ts';
import type { Progress } from '../progress.ts';
import type { Modality } from '../analysis/types.ts';
import { pinnedHash, sha256File, verifyFile, type ModelPin } from './pins.ts';

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

/** What a pull did: the folder, the commit the files came from, their hashes, and whether config pinned them. */
export interface PullResult {
  dir: string;
  pin: ModelPin;
  pinned: boolean;
}

/**
 * Downloads the files of `model` that transformers.js needs (the dtype's ONNX weights, else the fp32 ones) from one
 * commit: the pinned revision (config models.pins) with each file checked against its SHA-256 — files already in the
 * cache too — or, without a pin, `main`'s current commit, whose pin is returned for config. Fails fast with
 * NETWORK_UNAVAILABLE when the hub cannot be reached, MODEL_MISSING when the repository (or revision) does not exist or
 * has no ONNX weights, and MODEL_INTEGRITY when a file does not match its pin (the file is removed).
 */
export async function pullModel(config: Readonly<Config>, model: HubModel, progress: Progress): Promise<PullResult> {
  const dir = localModelDir(config, model.id);
  const pin = config.models.pins[model.id];
  const timeoutMs = config.models.pullTimeoutSec * 1000;
  const { revision, siblings } = await listFiles(config, model.id, pin?.revision ?? 'main', timeoutMs);
  const weights = chooseWeights(model.id, config.models.dtype, siblings);
  const wanted = [...SMALL_FILES.filter((f) => siblings.has(f)), weights];
  const base = new URL(`${model.id}/resolve/${revision}/`, config.models.remoteHost);
  const files: Record<string, string> = {};
  for (const file of wanted) {
    const target = join(dir, file);
    const label = `${model.id}/${file}`;
    const expected = pin ? pinnedHash(model.id, pin, file) : null;
    if (await exists(target)) {
      const have = await sha256File(target);
      // A cached file that no longer matches its pin is removed and downloaded again from the pinned commit.
      if (!expected || have === expected.toLowerCase()) {
        files[file] = have;
        continue;
      }
      await rm(target, { force: true });
    }
    const got = await download(new URL(file, base), target, timeoutMs, progress, label);
    if (expected) await verifyFile(target, label, expected, got);
    files[file] = got;
  }
  return { dir, pin: { revision, files }, pinned: pin !== undefined };
}

/**
 * The ONNX file to download: the configured dtype's, else fp32 `onnx/model.onnx` (the engines load it in its
 * place and say so). Throws MODEL_MISSING when the repository has neither.
 */
export function chooseWeights(id: string, dtype: Config['models']['dtype'], siblings: ReadonlySet<string>): string {
  const wanted = onnxFileFor(dtype);
  if (siblings.has(wanted)) return wanted;
  const fp32 = onnxFileFor('fp32');
  if (siblings.has(fp32)) return fp32;
  throw new BurnoutError('MODEL_MISSING', `${id} has no ONNX weights (${wanted} or ${fp32}) on the hub`, {
    hint: 'choose a transformers.js-ready (ONNX) model in config.yaml',
  });
}

/** The files of `id` at `revision` and the commit that revision names (the hub's `sha`). */
async function listFiles(config: Readonly<Config>, id: string, revision: string, timeoutMs: number): Promise<{ revision: string; siblings: Set<string> }> {
  const url = new URL(`api/models/${id}/revision/${revision}`, config.models.remoteHost);
  const { res, finish } = await fetchOrExplain(url, timeoutMs);
  try {
    if (res.status === 404 || res.status === 401) throw new BurnoutError('MODEL_MISSING', `model ${id} at revision ${revision} was not found on ${url.host}`);
    if (!res.ok) throw new BurnoutError('NETWORK_UNAVAILABLE', `${url.host} answered ${res.status} for ${id}`);
    const body = (await res.json()) as { sha?: string; siblings?: Array<{ rfilename: string }> };
    return { revision: body.sha ?? revision, siblings: new Set((body.siblings ?? []).map((s) => s.rfilename)) };
  } finally {
    finish();
  }
}

/**
 * Streams `url` into `target` (through a .part file, so an interrupted download never looks complete) and returns
 * the SHA-256 of what it wrote.
 */
async function download(url: URL, target: string, timeoutMs: number, progress: Progress, label: string): Promise<string> {
  const { res, alive, finish } = await fetchOrExplain(url, timeoutMs);
  const part = `${target}.part`;
  let sha256: string;
  try {
    if (!res.ok || !res.body) throw new BurnoutError('NETWORK_UNAVAILABLE', `download of ${label} failed: HTTP ${res.status}`);
    const total = Number(res.headers.get('content-length') ?? 0);
    await mkdir(dirname(target), { recursive: true });
    const out = createWriteStream(part);
    const hash = createHash('sha256');
    progress.start(total || 1, label);
    let done = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        alive();
        hash.update(chunk);
        if (!out.write(chunk)) await once(out, 'drain');
        done += chunk.byteLength;
        progress.update(Math.min(done, total || done), `${(done / 1e6).toFixed(1)} MB`);
      }
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
      sha256 = hash.digest('hex');
    } catch (e) {
      out.destroy();
      await rm(part, { force: true });
      if (e instanceof BurnoutError) throw e;
      throw new BurnoutError('NETWORK_UNAVAILABLE', `download of ${label} was interrupted after ${(done / 1e6).toFixed(1)} MB`, {
        hint: 'run the same command again; files already downloaded are kept',
        cause: e,
      });
    } finally {
      progress.stop();
    }
  } finally {
    finish();
  }
  await rename(part, target);
  return sha256;
}

/**
 * Fetches with a stall time-out: the request is aborted when no response, or (after `alive()` calls while
 * reading the body) no new data, arrives for `timeoutMs`. `finish()` clears the timer.
 */
async function fetchOrExplain(url: URL, timeoutMs: number): Promise<{ res: Response; alive: () => void; finish: () => void }> {
  const controller = new AbortController();
  const stall = () => controller.abort(new DOMException(`no data within ${timeoutMs / 1000} s`, 'TimeoutError'));
  let timer = setTimeout(stall, timeoutMs);
  const finish = () => clearTimeout(timer);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(stall, timeoutMs);
  };
  try {
    const res = await fetch(url, { signal: controller.signal });
    alive();
    return { res, alive, finish };
  } catch (e) {
    finish();
    const why = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : 'no network connection';
    throw new BurnoutError('NETWORK_UNAVAILABLE', `cannot reach ${url.host} (${why})`, {
      hint: 'models can only be pulled with internet access; the offline engines keep working without them',
    });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}
