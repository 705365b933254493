// Speech-emotion engine `transformers`: a transformers.js audio-classification model (Wav2Vec2) on 16 kHz mono PCM.
import type { Config } from '../../config/schema.ts';
import { mapToCanonical } from '../../emotions.ts';
import { loadTransformersPipeline } from '../transformers-runtime.ts';
import type { AudioInput, Engine, ModalityResult } from '../types.ts';

/** The audio-classification pipeline call this engine uses. */
type AudioClassifier = (audio: Float32Array, options: { top_k: null }) => Promise<Array<{ label: string; score: number }>>;

/**
 * Loads config.voice.transformersModel from the model cache. Returns the model's distribution over every class,
 * mapped with LABEL_MAPS[config.voice.transformersLabels]; `covered` lists only the canonical emotions the model
 * can express. Acoustic features are added by the voice analyzer, not here.
 */
export async function createTransformersVoiceEngine(config: Readonly<Config>): Promise<Engine<AudioInput>> {
  const loaded = await loadTransformersPipeline(config, {
    modality: 'voice',
    task: 'audio-classification',
    id: config.voice.transformersModel,
    files: ['preprocessor_config.json'],
    labels: config.voice.transformersLabels,
  });
  const classify = loaded.pipe as unknown as AudioClassifier;
  const extractor = (loaded.pipe as unknown as { processor: { feature_extractor: { config: { sampling_rate?: number } } } })
    .processor.feature_extractor;
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
      const scores = await classify(audio.samples, { top_k: null });
      const { emotions, covered } = mapToCanonical(scores, loaded.table);
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
