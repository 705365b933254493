// Recognises audio containers (and common non-audio files) from their first bytes, never from a file extension: the
// one audio sniffer of the CLI, the API's upload check and the decoder.

/** Containers this project knows. `wav` is decoded in-process; the others go through ffmpeg. */
export type AudioContainer = 'wav' | 'rf64' | 'rifx' | 'ogg' | 'webm' | 'mp3' | 'm4a' | 'aac' | 'flac' | 'aiff' | 'caf';

/** The MIME type of each container (what the store records for a kept recording). */
export const AUDIO_MIME: Readonly<Record<AudioContainer, string>> = {
  wav: 'audio/wav', rf64: 'audio/wav', rifx: 'audio/wav', ogg: 'audio/ogg', webm: 'audio/webm', mp3: 'audio/mpeg',
  m4a: 'audio/mp4', aac: 'audio/aac', flac: 'audio/flac', aiff: 'audio/aiff', caf: 'audio/x-caf',
};

/** What the first bytes say a file is. */
export type Sniffed = { kind: 'audio'; container: AudioContainer } | { kind: 'other'; what: string } | { kind: 'unknown' };

function ascii(bytes: Uint8Array, at: number, length: number): string {
  if (bytes.length < at + length) return '';
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

/** True when the bytes start with an MPEG audio frame header (11 sync bits, layer not reserved). */
function isMpegFrame(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  const b0 = b[0] as number;
  const b1 = b[1] as number;
  const b2 = b[2] as number;
  return b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0 && (b2 & 0xf0) !== 0xf0 && (b2 & 0x0c) !== 0x0c;
}

/** Identifies a file by its magic bytes. */
export function sniffAudio(bytes: Uint8Array): Sniffed {
  const riff = ascii(bytes, 0, 4);
  const wave = ascii(bytes, 8, 4);
  if (riff === 'RIFF' && wave === 'WAVE') return { kind: 'audio', container: 'wav' };
  if (riff === 'RF64' && wave === 'WAVE') return { kind: 'audio', container: 'rf64' };
  if (riff === 'RIFX' && wave === 'WAVE') return { kind: 'audio', container: 'rifx' };
  if (riff === 'RIFF' && bytes.length < 12) return { kind: 'audio', container: 'wav' }; // cut inside the header
  if (riff === 'RIFF') return { kind: 'other', what: `a RIFF ${wave.trim()} file (not WAVE)` };
  if (riff === 'OggS') return { kind: 'audio', container: 'ogg' };
  if (riff === 'fLaC') return { kind: 'audio', container: 'flac' };
  if (riff === 'caff') return { kind: 'audio', container: 'caf' };
  if (riff === 'FORM' && (wave === 'AIFF' || wave === 'AIFC')) return { kind: 'audio', container: 'aiff' };
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return { kind: 'audio', container: 'webm' };
  if (ascii(bytes, 4, 4) === 'ftyp') return { kind: 'audio', container: 'm4a' };
  if (ascii(bytes, 0, 3) === 'ID3' || isMpegFrame(bytes)) return { kind: 'audio', container: 'mp3' };
  if (bytes[0] === 0xff && (bytes[1] === 0xf1 || bytes[1] === 0xf9)) return { kind: 'audio', container: 'aac' }; // raw AAC (ADTS)
  if (bytes[0] === 0x89 && ascii(bytes, 1, 3) === 'PNG') return { kind: 'other', what: 'a PNG image' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { kind: 'other', what: 'a JPEG image' };
  if (ascii(bytes, 0, 4) === '%PDF') return { kind: 'other', what: 'a PDF document' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return { kind: 'other', what: 'a ZIP archive' };
  return { kind: 'unknown' };
}
