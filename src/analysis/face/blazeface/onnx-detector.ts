// BlazeFace on ONNX Runtime: Human's model converted at load (tfjs-to-onnx.ts), run in the ONNX Runtime thread on the
// RGB bytes (resizing and scaling happen in the graph), decoded as Human decodes it (decode.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../../config/schema.ts';
import { BurnoutError } from '../../../errors.ts';
import { openSession } from '../../onnx/open-session.ts';
import type { ImageInput } from '../../types.ts';
import { humanPackageDir, type HumanFace } from '../human-loader.ts';
import { blazeFaceAnchors, decodeBlazeFace, type DecodeOptions } from './decode.ts';
import { BLAZEFACE_INPUT, BLAZEFACE_OUTPUT, blazeFaceToOnnx, type TfjsGraphModel } from './tfjs-to-onnx.ts';

/** The side of Human's blazeface.json input. */
const INPUT_SIZE = 256;

/** A loaded ONNX BlazeFace: faces of an RGB image as Human reports them. */
export interface OnnxBlazeFace {
  readonly version: string;
  detect(image: ImageInput): Promise<HumanFace[]>;
  dispose(): Promise<void>;
}

/**
 * Converts Human's BlazeFace (from the installed @vladmandic/human) and opens it with the project's session options.
 * Throws MODEL_MISSING when Human's files are absent and MODEL_LOAD_FAILED when conversion or loading fails.
 */
export async function loadOnnxBlazeFace(config: Readonly<Config>, options: Omit<DecodeOptions, 'inputSize'>): Promise<OnnxBlazeFace> {
  const dir = humanPackageDir();
  let bytes: Uint8Array;
  let version: string;
  try {
    const model = JSON.parse(await readFile(join(dir, 'models', 'blazeface.json'), 'utf8')) as TfjsGraphModel;
    const bin = new Uint8Array(await readFile(join(dir, 'models', 'blazeface.bin')));
    bytes = blazeFaceToOnnx(model, bin, INPUT_SIZE);
    version = (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch (e) {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the face detector could not be converted: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  // First: the face crop (and its emotion model) waits for this answer, the voice model does not. Small: one thread.
  const session = await openSession(config, bytes, { first: true, small: true }).catch((e: unknown) => {
    throw new BurnoutError('MODEL_LOAD_FAILED', `the face detector could not be loaded: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  });
  const anchors = blazeFaceAnchors(INPUT_SIZE);
  const decode = { ...options, inputSize: INPUT_SIZE };
  return {
    version,
    async detect({ data, width, height }) {
      // A copy moved to the ONNX Runtime thread: cloning the photo there (structured clone of ~1 MB) held the
      // detector's start back by ~3 ms after the text model; the copy here takes a fraction of that.
      const out = await session.run({ [BLAZEFACE_INPUT]: { type: 'uint8', data: data.slice(), dims: [1, height, width, 3] } }, { transfer: true });
      const detections = out[BLAZEFACE_OUTPUT];
      if (!detections) throw new BurnoutError('INTERNAL', 'the face detector gave no output');
      return decodeBlazeFace(detections.data as Float32Array, anchors, width, height, decode);
    },
    dispose: () => session.release(),
  };
}
