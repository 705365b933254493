// Config section `voice`: audio limits and speech-emotion engines.
import { z } from 'zod';

export const voiceSection = z.object({
  /** Speech-emotion engines in preference order; acoustic features are always computed. Known: transformers. */
  engines: z.array(z.enum(['transformers'])).default(['transformers']),
  /** Hub id (or folder under models.cacheDir) of the transformers.js audio-classification model (see docs/models.md). */
  transformersModel: z.string().min(1).default('onnx-community/wav2vec2-emotion-recognition-ONNX'),
  /** Label table for the speech-emotion model's labels (see src/emotions.ts): ravdess for the default, iemocap for superb-er. */
  transformersLabels: z.enum(['ekman', 'fer', 'iemocap', 'ravdess']).default('ravdess'),
  /** Longest recording accepted, in seconds. */
  maxDurationSec: z.number().positive().default(120),
  /** Least detected speech, in seconds, for an analysis to be made. */
  minSpeechSec: z.number().positive().default(1),
  /** ffmpeg executable used to decode audio that is not WAV (WebM/Opus, OGG, MP3, M4A). */
  ffmpegPath: z.string().min(1).default('ffmpeg'),
}).strict();
