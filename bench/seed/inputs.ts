// The seed benchmark's check-in, the same for every stack: a 35-token English journal text, a 640×480 photo of a real
// face (JPEG) and 5 s of 48 kHz voice (WAV, two RAVDESS clips joined), plus the decoded forms (RGB pixels, 16 kHz PCM)
// the library and the plain pipelines take. Everything is built in memory; nothing is written.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { AudioInput, ImageInput } from '../../src/analysis/types.ts';
import { REPO_ROOT, SHARED_DATA } from '../../src/config/paths.ts';
import { decodeAudio } from '../../src/media/audio/decode.ts';
import { decodeWav } from '../../src/media/audio/wav.ts';
import { decodeImage } from '../../src/media/image/decode-image.ts';
import { wavBytes } from '../../test/helpers/audio-fixtures.ts';

/** The journal text (the sentence the seed-model script checks its tokenizer with; 35 tokens with it). */
export const SEED_TEXT =
  'I have been feeling completely exhausted at work lately, and even small tasks seem overwhelming, ' +
  'so I keep wondering whether I should take time off.';
/** Self-report sent with every check-in. */
export const SEED_SELF_REPORT = { energy: 3, stress: 8, work: 10 } as const;

const VOICE_RATE = 48_000;
const VOICE_SECONDS = 5;

/** The check-in's inputs as uploaded (bytes) and as decoded by the project (what the library is given). */
export interface SeedInputs {
  text: string;
  jpeg: Uint8Array;
  wav48k: Uint8Array;
  image: ImageInput;
  voice16k: AudioInput;
}

/**
 * Builds the inputs: the photo is a 640×480 cut of test/fixtures/face/astronaut.jpg (NASA, public domain, also used
 * by bench/face.ts); the voice is the first two RAVDESS clips of ../shared/data/voice/wav, joined and cut to 5 s.
 * Throws when the shared voice data is absent.
 */
export async function buildSeedInputs(): Promise<SeedInputs> {
  const jpeg = new Uint8Array(await sharp(join(REPO_ROOT, 'test/fixtures/face/astronaut.jpg'))
    .resize(640, 640)
    .extract({ left: 0, top: 40, width: 640, height: 480 })
    .jpeg({ quality: 90 })
    .toBuffer());
  const wav48k = wavBytes(await fiveSecondsOfVoice(), VOICE_RATE);
  const image = await decodeImage(jpeg, { maxPixels: 25_000_000 });
  const voice = await decodeAudio(wav48k);
  return { text: SEED_TEXT, jpeg, wav48k, image, voice16k: { samples: voice.samples, sampleRate: voice.sampleRate } };
}

async function fiveSecondsOfVoice(): Promise<Float32Array> {
  const dir = join(SHARED_DATA, 'voice', 'wav');
  if (!existsSync(dir)) throw new Error(`the RAVDESS clips are not at ${dir}`);
  const out = new Float32Array(VOICE_RATE * VOICE_SECONDS);
  let at = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.wav')).sort()) {
    const bytes = await readFile(join(dir, name));
    const pcm = decodeWav(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (pcm.sampleRate !== VOICE_RATE) continue;
    const n = Math.min(pcm.samples.length, out.length - at);
    out.set(pcm.samples.subarray(0, n), at);
    at += n;
    if (at === out.length) return out;
  }
  throw new Error(`not enough 48 kHz clips in ${dir} for ${VOICE_SECONDS} s`);
}
