// Finds a pulled hub model on disk: checks its files and picks the ONNX weights for the configured dtype.
import { existsSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Config } from '../config/schema.ts';
import type { Modality } from '../analysis/types.ts';
import { BurnoutError } from '../errors.ts';
import { localModelDir, onnxFileFor } from './pull.ts';

/** A model folder that holds everything transformers.js needs, and the weights it will load. */
export interface LocalModel {
  id: string;
  /** Absolute folder of the model. */
  dir: string;
  /** The dtype actually loaded (fp32 when the configured variant is absent but fp32 weights exist). */
  dtype: Config['models']['dtype'];
  /** Relative path of the ONNX file inside `dir`. */
  onnxFile: string;
  /** Caveats for results ("no int8 weights; using fp32"). */
  notes: string[];
}

/** The command that downloads a modality's hub model. */
export function pullCommand(modality: Modality): string {
  return `npx burnout models pull --modality ${modality}`;
}

/**
 * Locates hub model `id` under config.models.cacheDir. Throws MODEL_MISSING (naming the model and the pull
 * command) when the folder, config.json, one of `requiredFiles` or any usable ONNX file is absent. When the
 * configured dtype's file is missing but `onnx/model.onnx` exists, falls back to fp32 and says so in `notes`.
 */
export function locateLocalModel(
  config: Readonly<Config>,
  modality: Modality,
  id: string,
  requiredFiles: readonly string[],
): LocalModel {
  const dir = localModelDir(config, id);
  const missing = (file: string) => !existsSync(join(dir, file));
  const fail = (what: string) =>
    new BurnoutError('MODEL_MISSING', `${modality} model ${id} is not downloaded (${what}); run: ${pullCommand(modality)}`, {
      hint: `${pullCommand(modality)} downloads it once (needs internet); the offline engines keep working meanwhile`,
    });
  if (!existsSync(dir)) throw fail(`no folder ${displayPath(dir)}`);
  const absent = ['config.json', ...requiredFiles].filter(missing);
  if (absent.length > 0) throw fail(`${absent.join(', ')} missing in ${displayPath(dir)}`);
  const wanted = onnxFileFor(config.models.dtype);
  if (!missing(wanted)) return { id, dir, dtype: config.models.dtype, onnxFile: wanted, notes: [] };
  const fp32 = onnxFileFor('fp32');
  if (config.models.dtype !== 'fp32' && !missing(fp32)) {
    return {
      id,
      dir,
      dtype: 'fp32',
      onnxFile: fp32,
      notes: [`${id} has no ${config.models.dtype} weights (${wanted}); the fp32 weights ${fp32} were used`],
    };
  }
  throw fail(`${wanted} missing in ${displayPath(dir)}`);
}

/** A path relative to the working directory when that is shorter (messages stay readable). */
function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}
