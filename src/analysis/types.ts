// The Stage 1 contract: decoded inputs per modality, the ModalityResult every engine returns, and the engine shape.
import type { Emotion, EmotionScores } from '../emotions.ts';

export const MODALITIES = ['text', 'voice', 'face'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Decoded audio: mono PCM at `sampleRate` (16 kHz after media/ decoding). */
export interface AudioInput {
  samples: Float32Array;
  sampleRate: number;
}

/** Decoded image: interleaved RGB bytes, row-major, no alpha. */
export interface ImageInput {
  data: Uint8Array;
  width: number;
  height: number;
  /** Skip face detection (input is already a tight face crop); undefined = automatic rule. */
  isFaceCrop?: boolean;
}

/** The decoded input type for each modality. */
export interface ModalityInputs {
  text: string;
  voice: AudioInput;
  face: ImageInput;
}

/** Inputs of one check-in, each given or still being decoded (a promise that rejects with the decoder's error). */
export type PendingInputs = { [M in Modality]?: ModalityInputs[M] | Promise<ModalityInputs[M]> };

/** Interpretable numeric features of a modality, by name (values are plain numbers or null when undefined). */
export type FeatureMap = Record<string, number | null>;

/** A successful analysis of one modality. */
export interface ModalityOk {
  status: 'ok';
  /** Canonical emotion distribution, or null when no emotion engine could serve (never invented). */
  emotions: EmotionScores | null;
  /** Canonical classes the engine can express (the others are 0 and not covered). */
  covered?: Emotion[];
  /** Why emotions are null, in plain words. */
  emotionsAbsentReason?: string;
  /** Interpretable features (text rates, voice acoustics, face detection facts). */
  features: FeatureMap;
  /** Extra structured facts (e.g. a face box) that are not plain numbers. */
  details?: Record<string, unknown>;
  /** Plain-language sentences for the user. */
  explanation?: string[];
  /** Caveats about this result ("text was truncated to 512 tokens", "low SNR: less reliable"). */
  notes?: string[];
  /** Optional encoder embedding (pooled hidden state) for the `embedding` fusion representation. */
  embedding?: number[];
  /** Engine that served (registry name) and the model it ran. */
  engine: string;
  model: string;
  latencyMs: number;
}

/** A modality that was not given, or was given but could not be analysed (with the reason in words). */
export interface ModalityNotOk {
  status: 'absent' | 'rejected';
  reason: string;
}

export type ModalityResult = ModalityOk | ModalityNotOk;

/** One loaded engine for modality input `I`. */
export interface Engine<I> {
  readonly name: string;
  readonly model: string;
  /**
   * Image engines whose model takes a fixed square input: its side in pixels. The face analyzer then crops the face
   * straight to that size (one resampling; the engine's processor has nothing left to resize).
   */
  readonly inputSide?: number;
  analyze(input: I): Promise<ModalityResult>;
  dispose(): Promise<void>;
}

/** A registry entry: creates an engine, or throws BurnoutError('MODEL_MISSING' | 'MODEL_LOAD_FAILED'). */
export type EngineFactory<I, C> = (config: C) => Promise<Engine<I>>;
