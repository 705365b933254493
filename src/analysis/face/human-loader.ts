// Loads @vladmandic/human (BlazeFace detector) and its emotion net from the model files its npm package ships.
// This is the face stage's only file access, on purpose in one small file: Human loads its models by URL, Node's
// fetch cannot read file:// URLs, and tfjs (without tfjs-node) has no file loader, so a tfjs IO router registered
// here serves file:// URLs inside Human's own models folder from disk (and nothing else).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as tfjs from '@tensorflow/tfjs';
import { BurnoutError } from '../../errors.ts';
import { ensureTfBackend, wasmBinaryDir } from '../../tf-backend.ts';

type Tf = typeof tfjs;

/** One face as Human reports it (only the fields this project reads). */
export interface HumanFace {
  /** Clamped to the image: [x, y, width, height] in pixels. */
  box: [number, number, number, number];
  /** Not clamped, as fractions of the image size: [x, y, width, height]. */
  boxRaw: [number, number, number, number];
  boxScore: number;
  /** Side of the square region Human crops (the detector box enlarged by `detectorScale`). */
  size: [number, number];
}

/** The part of a Human instance this project uses. */
export interface HumanInstance {
  load(): Promise<void>;
  detect(input: tfjs.Tensor): Promise<{ face: HumanFace[]; error?: string | null }>;
  models: { models: Record<string, unknown> };
}

/** A loaded Human detector plus the tfjs namespace it shares with the rest of the project. */
export interface LoadedHuman {
  human: HumanInstance;
  tf: Tf;
  /** Human's package version, for result labels. */
  version: string;
}

/** Options for the detector instance. */
export interface HumanDetectorOptions {
  /** Detections below this BlazeFace score are dropped. */
  minScore: number;
  /** At most this many faces are reported. */
  maxFaces: number;
  /** Margin factor Human puts around the BlazeFace box before cropping (Human's default 1.4). */
  detectorScale: number;
}

const HUMAN_FILES = ['dist/human.node-wasm.js', 'models/blazeface.json', 'models/blazeface.bin', 'models/emotion.json', 'models/emotion.bin'];

/** Human's package folder, found through Node's resolver (its `exports` map hides subpaths, so resolve the main file). */
export function humanPackageDir(): string {
  const require = createRequire(import.meta.url);
  let main: string;
  try {
    main = require.resolve('@vladmandic/human');
  } catch {
    throw new BurnoutError('MODEL_MISSING', 'the @vladmandic/human package is not installed', { hint: 'run npm install' });
  }
  const dir = resolve(dirname(main), '..');
  const missing = HUMAN_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    throw new BurnoutError('MODEL_MISSING', `the @vladmandic/human package lacks ${missing.join(', ')}`, { hint: 'run npm install' });
  }
  return dir;
}

/** Loads Human with only its BlazeFace detector enabled (no mesh, emotion, body or hands), on the tfjs WASM backend. */
export async function loadHumanDetector(options: HumanDetectorOptions): Promise<LoadedHuman> {
  const dir = humanPackageDir();
  const tf = await ensureTfBackend();
  registerFileRouter(tf, join(dir, 'models'));
  const require = createRequire(import.meta.url);
  let HumanClass: new (config: unknown) => HumanInstance;
  let version: string;
  try {
    // The wasm build requires the project's own @tensorflow/tfjs-core, -converter and -backend-wasm (one tfjs engine).
    HumanClass = (require(join(dir, 'dist', 'human.node-wasm.js')) as { Human: typeof HumanClass }).Human;
    version = await readVersion(dir);
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', 'the @vladmandic/human library could not be loaded', { cause: e, hint: 'run npm install' });
  }
  const human = new HumanClass(humanConfig(dir, options));
  try {
    await human.load();
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', 'Human\'s BlazeFace face detector failed to load', { cause: e });
  }
  if (!human.models.models.blazeface) throw new BurnoutError('MODEL_LOAD_FAILED', 'Human\'s BlazeFace face detector failed to load');
  return { human, tf, version };
}

/** Loads Human's emotion net (models/emotion.json, a FER-2013 CNN) as a tfjs GraphModel owned by the caller. */
export async function loadHumanEmotionModel(): Promise<{ tf: Tf; model: tfjs.GraphModel; version: string }> {
  const dir = humanPackageDir();
  const tf = await ensureTfBackend();
  registerFileRouter(tf, join(dir, 'models'));
  try {
    const model = await tf.loadGraphModel(pathToFileURL(join(dir, 'models', 'emotion.json')).href);
    return { tf, model, version: await readVersion(dir) };
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', 'Human\'s emotion model failed to load', { cause: e });
  }
}

async function readVersion(dir: string): Promise<string> {
  return (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function humanConfig(dir: string, o: HumanDetectorOptions): Record<string, unknown> {
  const off = { enabled: false };
  return {
    backend: 'wasm',
    wasmPath: wasmBinaryDir(), // a plain folder path ending in a separator, as tfjs-backend-wasm requires
    modelBasePath: pathToFileURL(join(dir, 'models')).href + '/',
    debug: false,
    async: false,
    warmup: 'none',
    cacheModels: false,
    skipAllowed: false, // never reuse boxes from a previous image
    cacheSensitivity: 0, // no frame-change check: it costs time and keeps a copy of the last image in memory
    filter: off, gesture: off, body: off, hand: off, object: off, segmentation: off,
    face: {
      enabled: true,
      detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: o.maxFaces, minConfidence: o.minScore, scale: o.detectorScale, return: false },
      mesh: off, iris: off, attention: off, emotion: off, description: off, antispoof: off, liveness: off,
    },
  };
}

const routedRoots = new Set<string>();

/**
 * Lets tfjs load `file://` URLs under `root` (Human's models folder) from disk. tfjs keeps IO routers in a global
 * registry with no way to remove one, so each folder is registered once per process; other URLs are left alone.
 */
function registerFileRouter(tf: Tf, root: string): void {
  if (routedRoots.has(root)) return;
  routedRoots.add(root);
  const router = (url: string | string[]): tfjs.io.IOHandler | null => {
    if (typeof url !== 'string' || !url.startsWith('file:')) return null;
    const path = fileURLToPath(url);
    if (!path.startsWith(root + sep)) return null;
    return { load: () => readArtifacts(tf, path) };
  };
  // tfjs routers return null for URLs they do not handle (as its own http router does); its typing leaves that out.
  tf.io.registerLoadRouter(router as Parameters<Tf['io']['registerLoadRouter']>[0]);
}

async function readArtifacts(tf: Tf, jsonPath: string): Promise<tfjs.io.ModelArtifacts> {
  const modelJson = JSON.parse(await readFile(jsonPath, 'utf8')) as tfjs.io.ModelJSON;
  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const specs = manifest.flatMap((group) => group.weights);
    const parts = await Promise.all(manifest.flatMap((group) => group.paths).map((p) => readFile(join(dirname(jsonPath), p))));
    const all = Buffer.concat(parts);
    return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength)];
  });
}
