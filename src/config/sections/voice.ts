// Config section `voice`: audio limits and speech-emotion engines.
import { z } from 'zod';

export const voiceSection = z.object({
  /** Speech-emotion engines in preference order; acoustic features are always computed. Known: transformers. */
  engines: z.array(z.enum(['transformers'])).default(['transformers']),
  /** Hub id (or folder under models.cacheDir) of the transformers.js audio-classification model (see docs/models.md). */
  transformersModel: z.string().min(1).default('onnx-community/wav2vec2-emotion-recognition-ONNX'),
  /** Label table for the speech-emotion model's labels (see src/emotions.ts): ravdess for the default, iemocap for superb-er. */
  transformersLabels: z.enum(['ekman', 'fer', 'iemocap', 'ravdess']).default('ravdess'),
  /**
   * What the speech-emotion model hears: `speech` = from the first sound to the last with 0.3 s on each side (the
   * silence before and after speaking left out; its time is saved), `whole` = the whole recording. Acoustic features
   * always read the whole recording. See docs/voice.md.
   */
  modelSpan: z.enum(['speech', 'whole']).default('speech'),
  /**
   * Longest part of a recording the speech-emotion model hears at once, in seconds: a longer one is cut into equal
   * windows, analysed one after another, and their emotions averaged by length (its attention's memory grows with the
   * square of the length). See docs/voice.md.
   */
  modelWindowSec: z.number().min(2).max(120).default(20),
  /** Longest recording accepted, in seconds. */
  maxDurationSec: z.number().positive().default(120),
  /** Least detected speech, in seconds, for an analysis to be made. */
  minSpeechSec: z.number().positive().default(1),
  /** ffmpeg executable used to decode audio that is not WAV (WebM/Opus, OGG, MP3, M4A). */
  ffmpegPath: z.string().min(1).default('ffmpeg'),
}).strict();
