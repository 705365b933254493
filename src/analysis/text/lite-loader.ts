// Reads the lite text model folder (metadata.json + weights.bin) given by path; the only file access of the lite engine.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BurnoutError } from '../../errors.ts';
import { LITE_METADATA_FILE, LITE_WEIGHTS_FILE, parseLiteModel, type LiteMetadata } from './lite-format.ts';
import type { LiteModel } from './lite-model.ts';

/**
 * Loads the model in `dir` (`shownAs` is how messages name the folder). Throws MODEL_MISSING when the folder or a
 * file is absent (with the command that creates it) and MODEL_LOAD_FAILED when the files are damaged.
 */
export function loadLiteModel(dir: string, shownAs = dir): { model: LiteModel; metadata: LiteMetadata } {
  const metaPath = join(dir, LITE_METADATA_FILE);
  const weightsPath = join(dir, LITE_WEIGHTS_FILE);
  if (!existsSync(metaPath) || !existsSync(weightsPath)) {
    throw new BurnoutError('MODEL_MISSING', `the text lite model is missing in ${shownAs} (needs ${LITE_METADATA_FILE} and ${LITE_WEIGHTS_FILE})`, {
      hint: 'create it with `npx burnout train text-lite`',
    });
  }
  return parseLiteModel(readFileSync(metaPath, 'utf8'), new Uint8Array(readFileSync(weightsPath)), shownAs);
}
