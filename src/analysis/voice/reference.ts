// Reference ranges the plain-language voice explanation compares against (sources and caveats in docs/voice.md).

/** A typical range: values below `low` or above `high` are called out. */
export interface ReferenceRange {
  low: number;
  high: number;
}

/**
 * Typical ranges for adult speech.
 * - loudnessDbfs: integrated loudness (LUFS) of a voice recorded at a normal distance. Broadcast and streaming speech is
 *   normalised to −23 LUFS (EBU R 128) and −16 to −20 LUFS (AES TD1004); device recordings vary more, hence −35…−14.
 *   Depends on the microphone and its distance: compare a person with their own earlier recordings.
 * - pitchStdSemitones: F0 standard deviation in running speech; Traunmüller & Eriksson (1995) find it similar for men
 *   and women in semitones and larger for livelier speech; roughly 2–4.5 semitones, below 2 sounds flat.
 * - speechRate: articulation rate (syllables per second of speech, pauses excluded) of adult English, about 4–6
 *   (Jacewicz et al. 2009); the automatic nuclei count (de Jong & Wempe 2009) tends to undercount, hence 3.5…6.5.
 */
export const REFERENCE = {
  loudnessDbfs: { low: -35, high: -14 },
  pitchStdSemitones: { low: 2, high: 4.5 },
  speechRate: { low: 3.5, high: 6.5 },
} as const satisfies Record<string, ReferenceRange>;

/** Below this SNR (dB) the result says the estimates are less reliable. */
export const MIN_RELIABLE_SNR_DB = 15;
/** Above this fraction of clipped samples the result says the estimates are less reliable. */
export const MAX_RELIABLE_CLIPPING = 0.001;
/** Less speech than this (seconds) gets a note that the estimates are rough. */
export const SHORT_SPEECH_SEC = 3;
