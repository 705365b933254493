// Speech-emotion engine `transformers`: an audio-classification model (Wav2Vec2 and kin) on 16 kHz mono PCM; its
// feature extractor from transformers.js, the model in the ONNX Runtime thread.
import { AutoFeatureExtractor } from '@huggingface/transformers';
import type { Config } from '../../config/schema.ts';
import { mapToCanonical } from '../../emotions.ts';
import { loadClassifier, loadPreprocessor, type FeedTensor } from '../transformers-runtime.ts';
import type { AudioInput, Engine, ModalityResult } from '../types.ts';
import { directInputValues } from './input-values.ts';

/** The feature extractor call this engine uses. */
interface FeatureExtractor {
  (audio: Float32Array): Promise<Record<string, FeedTensor>>;
  config: { sampling_rate?: number };
}

/**
 * Loads config.voice.transformersModel from the model cache. Returns the model's distribution over every class,
 * mapped with LABEL_MAPS[config.voice.transformersLabels]; `covered` lists only the canonical emotions the model
 * can express. Acoustic features are added by the voice analyzer, not here.
 */
export async function createTransformersVoiceEngine(config: Readonly<Config>): Promise<Engine<AudioInput>> {
  const loaded = await loadClassifier(config, {
    modality: 'voice',
    id: config.voice.transformersModel,
    files: ['preprocessor_config.json'],
    labels: config.voice.transformersLabels,
  }, ['input_values', 'attention_mask']);
  const extractor = await loadPreprocessor<FeatureExtractor>(loaded, (dir) => AutoFeatureExtractor.from_pretrained(dir, { local_files_only: true }));
  const sampleRate = extractor.config.sampling_rate ?? 16000;

  return {
    name: 'transformers',
    model: config.voice.transformersModel,
    async analyze(audio: AudioInput): Promise<ModalityResult> {
      if (audio.sampleRate !== sampleRate) {
        return { status: 'rejected', reason: `the audio is sampled at ${audio.sampleRate} Hz; the speech-emotion model needs ${sampleRate} Hz` };
      }
      if (audio.samples.length < sampleRate / 10) {
        return { status: 'rejected', reason: 'the recording is too short for the speech-emotion model (under 0.1 s)' };
      }
      const started = performance.now();
      const features = directInputValues(extractor, audio.samples) ?? (await extractor(audio.samples));
      // The extractor may hand back the caller's own samples (no normalisation): those are copied, not moved.
      const own = Object.values(features).every((t) => t.data.buffer !== audio.samples.buffer);
      const [probs = []] = await loaded.classify(features, { transfer: own });
      const { emotions, covered } = mapToCanonical(loaded.labels.map((label, i) => ({ label, score: probs[i] ?? 0 })), loaded.table);
      return {
        status: 'ok',
        emotions,
        covered,
        features: {},
        ...(loaded.notes.length > 0 ? { notes: [...loaded.notes] } : {}),
        engine: 'transformers',
        model: config.voice.transformersModel,
        latencyMs: performance.now() - started,
      };
    },
    dispose: () => loaded.dispose(),
  };
}
