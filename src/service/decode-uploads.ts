// Turns uploaded bytes into the decoded inputs Stage 1 reads, with the decoders in src/media/ (no second decoder here).
import type { ModalityInputs } from '../analysis/types.ts';
import type { Config } from '../config/schema.ts';
import { decodeAudio } from '../media/audio/decode.ts';
import { decodeImage } from '../media/image/decode-image.ts';

/** Raw uploads of one check-in. */
export interface RawInputs {
  text?: string;
  audio?: Uint8Array;
  image?: Uint8Array;
}

/** Decodes audio to 16 kHz mono PCM and images to RGB. Throws MEDIA_* BurnoutErrors for bad files. */
export async function decodeUploads(raw: RawInputs, config: Readonly<Config>): Promise<Partial<ModalityInputs>> {
  const inputs: Partial<ModalityInputs> = {};
  if (raw.text !== undefined) inputs.text = raw.text;
  const [voice, face] = await Promise.all([
    raw.audio ? decodeAudio(raw.audio, { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath }) : undefined,
    raw.image ? decodeImage(raw.image, { maxPixels: config.face.maxPixels }) : undefined,
  ]);
  if (voice) inputs.voice = { samples: voice.samples, sampleRate: voice.sampleRate };
  if (face) inputs.face = { data: face.data, width: face.width, height: face.height };
  return inputs;
}
