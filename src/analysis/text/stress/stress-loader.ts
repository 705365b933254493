// Reads the stress model folder (metadata.json + weights.bin); the only file access of the stress model.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BurnoutError } from '../../../errors.ts';
import { parseStressModel, STRESS_METADATA_FILE, STRESS_WEIGHTS_FILE, type StressMetadata } from './stress-format.ts';
import type { StressModel } from './stress-model.ts';

/**
 * Loads the model in `dir` (`shownAs` names the folder in messages). Throws MODEL_MISSING when a file is absent (with
 * the command that creates it) and MODEL_LOAD_FAILED when the files are damaged.
 */
export function loadStressModel(dir: string, shownAs = dir): { model: StressModel; metadata: StressMetadata } {
  const metaPath = join(dir, STRESS_METADATA_FILE);
  const weightsPath = join(dir, STRESS_WEIGHTS_FILE);
  if (!existsSync(metaPath) || !existsSync(weightsPath)) {
    throw new BurnoutError('MODEL_MISSING', `the text stress model is missing in ${shownAs} (needs ${STRESS_METADATA_FILE} and ${STRESS_WEIGHTS_FILE})`, {
      hint: 'create it with `npx burnout train text-stress`',
    });
  }
  return parseStressModel(readFileSync(metaPath, 'utf8'), new Uint8Array(readFileSync(weightsPath)), shownAs);
}
