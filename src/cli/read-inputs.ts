// The input options shared by `analyze` and `assess` (--text, --text-file, --audio, --image) and their reading
// into decoded modality inputs.
import type { Command } from 'commander';
import type { ModalityInputs } from '../analysis/types.ts';
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';
import { readAudioFile } from '../media/audio/decode.ts';
import { readImageFile } from '../media/image/decode-image.ts';
import { readTextInputFile } from '../media/read-input-file.ts';
import { refuseBiometric } from '../org/biometric-rule.ts';

/** The input options as commander parses them. */
export interface InputOptions {
  text?: string;
  textFile?: string;
  image?: string;
  audio?: string;
}

/** Adds --text, --text-file, --image and --audio to a command. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--text <text>', 'journal text')
    .option('--text-file <file>', 'read the journal text from a file')
    .option('--image <file>', 'a photo of your face (JPEG, PNG or WebP)')
    .option('--audio <file>', 'a voice recording (WAV; WebM, OGG, MP3, M4A with ffmpeg installed)');
}

/** Reads and decodes the given inputs (text as is, audio to 16 kHz mono PCM, images to RGB pixels); MODALITY_FORBIDDEN for audio or an image in an organisation deployment. */
export async function readInputs(opts: InputOptions, config: Readonly<Config>): Promise<Partial<ModalityInputs>> {
  const inputs: Partial<ModalityInputs> = {};
  if (opts.text !== undefined && opts.textFile !== undefined) {
    throw new BurnoutError('INPUT_INVALID', 'give either --text or --text-file, not both');
  }
  if (opts.text !== undefined) inputs.text = opts.text;
  if (opts.textFile !== undefined) {
    inputs.text = await readTextInputFile(opts.textFile);
  }
  // An organisation deployment's config refuses face and voice here too (EU AI Act Art. 5(1)(f)), before reading them.
  if (opts.image !== undefined) refuseBiometric(config, 'image');
  if (opts.audio !== undefined) refuseBiometric(config, 'audio');
  if (opts.image !== undefined) inputs.face = await readImageFile(opts.image, { maxPixels: config.face.maxPixels });
  if (opts.audio !== undefined) {
    const { samples, sampleRate } = await readAudioFile(opts.audio, { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath });
    inputs.voice = { samples, sampleRate };
  }
  return inputs;
}
