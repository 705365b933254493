// What the speech-emotion model hears: the sounding span of a clip (first sound to last ± 0.3 s), clicks ignored.
import { describe, expect, it } from 'vitest';
import { modelInput, soundingSpan, SPAN_MARGIN_SEC } from '../../src/analysis/voice/speech-span.ts';
import type { AudioInput } from '../../src/analysis/types.ts';
import { seededNoise, syntheticVoice } from '../helpers/audio-fixtures.ts';

const RATE = 16_000;

/** `lead` s of quiet noise, `seconds` of voice, `tail` s of quiet noise. */
function padded(lead: number, seconds: number, tail: number): AudioInput {
  const voice = syntheticVoice({ f0: 150, seconds, padSeconds: 0, syllableRate: 4, intonation: 2 });
  const samples = new Float32Array(Math.round((lead + tail) * RATE) + voice.length);
  const hiss = seededNoise(samples.length, 5);
  for (let i = 0; i < samples.length; i++) samples[i] = 1e-4 * (hiss[i] as number);
  samples.set(voice.map((v, i) => v + (samples[Math.round(lead * RATE) + i] as number)), Math.round(lead * RATE));
  return { samples, sampleRate: RATE };
}

describe('sounding span', () => {
  it('keeps the voice and 0.3 s on each side of it, and leaves the silence before and after out', () => {
    const clip = padded(1.2, 2, 1.5);
    const { start, end } = soundingSpan(clip);
    // The syllable envelope starts at its low point, so the first frame over the threshold may come a little late.
    expect(start / RATE).toBeGreaterThan(1.2 - SPAN_MARGIN_SEC - 0.02);
    expect(start / RATE).toBeLessThan(1.2 - SPAN_MARGIN_SEC + 0.1);
    expect(end / RATE).toBeGreaterThan(3.2 + SPAN_MARGIN_SEC - 0.1);
    expect(end / RATE).toBeLessThan(3.2 + SPAN_MARGIN_SEC + 0.02);
  });

  it('ignores a click in the silence', () => {
    const clip = padded(1.2, 2, 1.5);
    const clicked = Float32Array.from(clip.samples);
    for (let i = 0; i < 0.03 * RATE; i++) clicked[Math.round(0.2 * RATE) + i] = 0.5 * Math.sin(i);
    // (The click raises the loudest frames a little, and with them the threshold: a frame's difference at most.)
    const withClick = soundingSpan({ samples: clicked, sampleRate: RATE });
    const without = soundingSpan(clip);
    expect(Math.abs(withClick.start - without.start)).toBeLessThanOrEqual(0.02 * RATE);
    expect(Math.abs(withClick.end - without.end)).toBeLessThanOrEqual(0.02 * RATE);
  });

  it('is the whole clip for digital silence, for a clip that sounds throughout and at the clip edges', () => {
    expect(soundingSpan({ samples: new Float32Array(RATE), sampleRate: RATE })).toEqual({ start: 0, end: RATE });
    const voice = padded(0, 3, 0);
    expect(soundingSpan(voice)).toEqual({ start: 0, end: voice.samples.length });
    const late = padded(0.1, 2, 0.1);
    expect(soundingSpan(late)).toEqual({ start: 0, end: late.samples.length });
  });

  it('gives the model a view on the same samples for `speech` and the clip itself for `whole`', () => {
    const clip = padded(1, 2, 1);
    expect(modelInput(clip, 'whole')).toBe(clip);
    const heard = modelInput(clip, 'speech');
    const { start, end } = soundingSpan(clip);
    expect(heard.samples.buffer).toBe(clip.samples.buffer);
    expect(heard.samples.byteOffset).toBe(start * 4);
    expect(heard.samples.length).toBe(end - start);
    expect(heard.sampleRate).toBe(RATE);
  });
});
