// Decodes any audio the browser can play (a recording or a chosen file) into 16 kHz mono and re-encodes it as WAV.
import { encodeWav } from './wav.ts';

/** The sample rate the analysis expects. */
export const TARGET_RATE = 16_000;

/** A decoded, resampled clip ready to upload. */
export interface PreparedAudio {
  wav: Blob;
  durationSec: number;
}

/**
 * Decodes `blob` with Web Audio, mixes it down to mono and resamples it to 16 kHz with an OfflineAudioContext.
 * Throws an Error with a user-readable message when the browser cannot decode the audio.
 */
export async function toWav16k(blob: Blob): Promise<PreparedAudio> {
  const bytes = await blob.arrayBuffer();
  const ctx = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await ctx.decodeAudioData(bytes);
  } catch {
    throw new Error('this browser cannot decode that audio; try a WAV, MP3 or OGG file');
  } finally {
    void ctx.close();
  }
  const length = Math.max(1, Math.ceil(decoded.duration * TARGET_RATE));
  const offline = new OfflineAudioContext(1, length, TARGET_RATE);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return { wav: encodeWav(rendered.getChannelData(0), TARGET_RATE), durationSec: decoded.duration };
}
