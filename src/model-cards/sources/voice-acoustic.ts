// Card source of the acoustic voice features (no weights): loudness, pitch, pauses, voice quality, and the arousal score.
import type { CardSource } from '../types.ts';
import { RAVDESS } from './shared-data.ts';

/** The hand-written part of the voice-acoustic card. */
export const voiceAcoustic: CardSource = {
  name: 'voice-acoustic',
  kind: 'engine',
  title: 'acoustic voice features (no model weights)',
  part: 'voice',
  engines: ['acoustic'],
  summary: 'Measures how your voice sounds — loudness, pitch and its variation, speaking rate, pauses, jitter, shimmer and harmonics-to-noise — with signal processing; it learns nothing and names no emotion by itself.',
  howGood: 'On acted speech its equal-weight arousal score tells high-energy emotions (anger, fear, joy, surprise) from low-energy ones (sadness, neutral, disgust) very well (AUC about 0.94), equally for the five women and five men measured. A tired voice in your kitchen is not an acted emotion, so the risk model treats voice as a weak input.',
  intendedUse: ['Describing your own voice over time, best against your own personal baseline.'],
  notIntendedUse: ['Emotion recognition of other people, at work or anywhere else; lie or health detection.'],
  trainingData: [{ name: 'None (no fitted weights)', licence: 'Apache-2.0 code of this project.', provenance: 'src/analysis/voice/; thresholds documented in docs/voice.md.' }, RAVDESS],
  recordedMetrics: [
    { figure: 'arousal ROC AUC (per-speaker z-scores)', value: 0.94375, data: 'RAVDESS development half, 70 clips', command: 'npx burnout eval voice --data ../shared/data/voice --json' },
  ],
  disaggregated: [{
    by: 'gender',
    metric: 'arousal ROC AUC',
    data: 'RAVDESS development half (70 clips, 10 actors)',
    command: 'npx burnout eval voice --data ../shared/data/voice --by gender --json',
    date: '2026-12-05',
    groups: [
      { group: 'female', n: 35, value: 0.945, interval: [0.8362, 1] },
      { group: 'male', n: 35, value: 0.94, interval: [0.8333, 1] },
    ],
    note: 'Largest gap: 0.005, far inside the intervals (5 speakers per group): no difference can be claimed either way.',
  }],
  limitations: ['Acted speech of North American English speakers only was measured.', 'Microphone, room and distance change these features; a personal baseline reduces but does not remove that.', 'Two genders as recorded in RAVDESS; no other demographic is known.'],
  reviewed: '2026-12-05',
};
