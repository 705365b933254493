// Turns uploaded bytes into the decoded inputs Stage 1 reads, with the decoders in src/media/ (no second decoder here).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ModalityInputs, PendingInputs } from '../analysis/types.ts';
import type { Config } from '../config/schema.ts';
import { decodeAudio } from '../media/audio/decode.ts';
import { decodeImage } from '../media/image/decode-image.ts';

/** Raw uploads of one check-in. */
export interface RawInputs {
  text?: string;
  audio?: Uint8Array;
  image?: Uint8Array;
}

/**
 * Starts decoding every upload and returns each modality's input as a promise (the text as it is), so that analysis
 * can begin with what is ready: the image goes to libvips' threads at once; the audio — decoded on this thread for a
 * WAV — starts one event-loop turn later, after whatever the caller hands to the models in this turn (the text).
 * The promises reject with MEDIA_* BurnoutErrors for bad files; a rejection nobody awaits is not reported as unhandled.
 */
export function startDecoding(raw: RawInputs, config: Readonly<Config>): PendingInputs {
  const { text, audio, image } = raw;
  const face = image && decodeImage(image, { maxPixels: config.face.maxPixels }).then((f) => ({ data: f.data, width: f.width, height: f.height }));
  const voice = audio && nextTurn()
    .then(() => decodeAudio(audio, { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath }))
    .then((v) => ({ samples: v.samples, sampleRate: v.sampleRate }));
  for (const p of [face, voice]) void p?.catch(() => {});
  return { ...(text !== undefined ? { text } : {}), ...(voice ? { voice } : {}), ...(face ? { face } : {}) };
}

/** Decodes audio to 16 kHz mono PCM and images to RGB. Throws MEDIA_* BurnoutErrors for bad files. */
export async function decodeUploads(raw: RawInputs, config: Readonly<Config>): Promise<Partial<ModalityInputs>> {
  const pending = startDecoding(raw, config);
  const [voice, face] = await Promise.all([pending.voice, pending.face]);
  return {
    ...(pending.text !== undefined ? { text: await pending.text } : {}),
    ...(voice ? { voice } : {}),
    ...(face ? { face } : {}),
  };
}
