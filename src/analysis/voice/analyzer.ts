// The voice modality engine: acoustic features always, emotions from the first speech-emotion engine that loads (or none).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Config } from '../../config/schema.ts';
import { toBurnoutError } from '../../errors.ts';
import { loadFirstEngine, type EngineChoice, type EngineStatus } from '../engine-registry.ts';
import type { AudioInput, Engine, ModalityOk, ModalityResult } from '../types.ts';
import { explainVoice, voiceNotes } from './explain.ts';
import { analyzeAcoustics, analyzeAcousticsYielding } from './features.ts';
import { notSpeechReason } from './speech-gate.ts';
import { voiceEmotionEngines } from './registry.ts';
import { analyzeInWindows, DEFAULT_MODEL_WINDOW_SEC } from './model-windows.ts';
import { modelInput, type ModelSpan } from './speech-span.ts';

/** Name and model id of the weight-free acoustic analyzer. */
export const ACOUSTIC_ENGINE = 'acoustic';
export const ACOUSTIC_MODEL = 'acoustic-features-v1';

/** Limits the analyzer enforces, and what its speech-emotion model hears (config section `voice`). */
export interface VoiceLimits {
  maxDurationSec: number;
  minSpeechSec: number;
  /** The sounding span (default, as in the config) or the whole clip; see speech-span.ts. */
  modelSpan?: ModelSpan;
  /** Longest part of a recording the speech-emotion model hears at once, in seconds (default 20); see model-windows.ts. */
  modelWindowSec?: number;
}

/**
 * Builds the voice engine around an optional speech-emotion engine. `emotionsAbsentReason` says, in plain words, why
 * there is no speech-emotion engine when `deep` is null.
 */
export function createVoiceAnalyzer(limits: VoiceLimits, deep: Engine<AudioInput> | null, emotionsAbsentReason?: string): Engine<AudioInput> {
  const name = deep ? `${ACOUSTIC_ENGINE}+${deep.name}` : ACOUSTIC_ENGINE;
  const model = deep ? `${ACOUSTIC_MODEL}+${deep.model}` : ACOUSTIC_MODEL;
  return {
    name,
    model,
    async analyze(input: AudioInput): Promise<ModalityResult> {
      const started = performance.now();
      const durationSec = input.samples.length / input.sampleRate;
      if (input.samples.length === 0) return { status: 'rejected', reason: 'the recording is empty' };
      if (durationSec > limits.maxDurationSec) {
        return {
          status: 'rejected',
          reason: `the recording is too long: ${durationSec.toFixed(1)} s, the limit is ${limits.maxDurationSec} s (config voice.maxDurationSec)`,
        };
      }
      // The speech-emotion model starts first (in the ONNX Runtime thread) on the sounding part of the clip; the
      // acoustic features of the whole clip are computed here while it runs. Its answer is dropped when the acoustics
      // reject the recording.
      const deepRun = deep ? runDeep(deep, modelInput(input, limits.modelSpan ?? 'speech'), limits.modelWindowSec ?? DEFAULT_MODEL_WINDOW_SEC) : null;
      if (deepRun) await handOver();
      // Beside the models, in parts (other modalities' callbacks — a decoded photo for the face detector — get through
      // between them); without a speech-emotion model there is nothing to feed meanwhile, so in one go.
      const acoustic = deepRun ? await analyzeAcousticsYielding(input) : analyzeAcoustics(input);
      if (acoustic.speechSec < limits.minSpeechSec) {
        const found = acoustic.speechSec > 0 ? `: only ${acoustic.speechSec.toFixed(1)} s of speech was found` : ' in the recording';
        return { status: 'rejected', reason: `no speech detected${found}; at least ${limits.minSpeechSec} s is needed (config voice.minSpeechSec)` };
      }
      const notSpeech = notSpeechReason(acoustic.features);
      if (notSpeech) return { status: 'rejected', reason: notSpeech };
      const result: ModalityOk = {
        status: 'ok',
        emotions: null,
        features: acoustic.features,
        explanation: explainVoice(acoustic.features),
        engine: ACOUSTIC_ENGINE,
        model: ACOUSTIC_MODEL,
        latencyMs: 0,
      };
      const notes = voiceNotes(acoustic.features);
      if (deepRun) {
        const emotion = await deepRun;
        if (emotion.status === 'ok' && emotion.emotions) {
          Object.assign(result, { emotions: emotion.emotions, covered: emotion.covered, engine: name, model });
          if (emotion.embedding) result.embedding = emotion.embedding;
          result.features = { ...emotion.features, ...acoustic.features };
          notes.push(...(emotion.notes ?? []));
        } else {
          result.emotionsAbsentReason = `the speech-emotion engine gave no result: ${emotion.status === 'ok' ? 'no emotions' : emotion.reason}`;
        }
      } else {
        result.emotionsAbsentReason = emotionsAbsentReason ?? 'no speech-emotion engine is available';
      }
      if (notes.length) result.notes = notes;
      result.latencyMs = performance.now() - started;
      return result;
    },
    async dispose() {
      await deep?.dispose();
    },
  };
}

/**
 * Two turns of the event loop. In the first the speech-emotion engine prepares its input (microtasks) and asks for its
 * run, which the ONNX Runtime thread's client sends at the end of that turn when the thread is busy
 * (src/analysis/onnx/session-thread.ts); after the second the run has surely been sent, so the acoustic features
 * computed next never hold it back (with one turn they ran first: the voice model started ~19 ms late).
 */
async function handOver(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await nextTurn();
}

async function runDeep(deep: Engine<AudioInput>, input: AudioInput, windowSec: number): Promise<ModalityResult> {
  try {
    return await analyzeInWindows(deep, input, windowSec);
  } catch (e) {
    return { status: 'absent', reason: toBurnoutError(e).message };
  }
}

/**
 * The voice loader: tries the speech-emotion engines of `config.voice.engines` in order and wraps the first that loads
 * (or none) in the acoustic analyzer. Never fails because a speech-emotion model is missing: the acoustic engine
 * always serves, and the statuses say why each speech-emotion engine did or did not load.
 */
export async function loadVoiceAnalyzer(config: Readonly<Config>): Promise<EngineChoice<AudioInput>> {
  const order = config.voice.engines;
  const deep = order.length > 0 ? await loadFirstEngine(voiceEmotionEngines, order, config) : { engine: null, statuses: [] as EngineStatus[] };
  const reason = deep.engine
    ? undefined
    : order.length === 0
      ? 'no speech-emotion engine is configured (config voice.engines is empty)'
      : `no speech-emotion model is available (${deep.statuses.map((s) => `${s.name}: ${s.reason}`).join('; ')})`;
  const engine = createVoiceAnalyzer(config.voice, deep.engine, reason);
  return { engine, statuses: [{ name: ACOUSTIC_ENGINE, ok: true, model: ACOUSTIC_MODEL }, ...deep.statuses] };
}
