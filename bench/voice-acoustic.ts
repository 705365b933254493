// Benchmark: acoustic analysis (every voice feature, no deep model) of a 5 s clip at 16 kHz. Target: p50 ≤ 50 ms.
// Uses 5 s cut from RAVDESS clips when ../shared/data/voice is present, and always a synthetic speech-like clip.
// Run: node bin/run-ts.js bench/voice-acoustic.ts [--runs 30]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeAcoustics } from '../src/analysis/voice/features.ts';
import type { AudioInput } from '../src/analysis/types.ts';
import { SHARED_DATA } from '../src/config/paths.ts';
import { percentile } from '../src/eval/metrics.ts';
import { readAudioFile } from '../src/media/audio/decode.ts';
import { syntheticVoice } from '../test/helpers/audio-fixtures.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Math.max(20, Number(values.runs));
const SECONDS = 5;
const RATE = 16_000;

async function realClip(): Promise<AudioInput | null> {
  const dir = join(SHARED_DATA, 'voice', 'wav');
  if (!existsSync(dir)) return null;
  const out = new Float32Array(SECONDS * RATE);
  let filled = 0;
  for (const file of readdirSync(dir).sort()) {
    if (filled >= out.length) break;
    const { samples } = await readAudioFile(join(dir, file));
    const take = samples.subarray(0, Math.min(samples.length, out.length - filled));
    out.set(take, filled);
    filled += take.length;
  }
  return { samples: out, sampleRate: RATE };
}

function measure(label: string, audio: AudioInput): void {
  for (let i = 0; i < 3; i++) analyzeAcoustics(audio); // warm-up (JIT)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzeAcoustics(audio);
    ms.push(performance.now() - start);
  }
  const seconds = audio.samples.length / audio.sampleRate;
  console.log(`${label}: ${seconds.toFixed(1)} s clip × ${runs} runs — p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms (target p50 ≤ 50 ms)`);
}

const real = await realClip();
if (real) measure('RAVDESS clips, 5 s', real);
else console.log(`note: ${join(SHARED_DATA, 'voice')} is absent; measuring the synthetic clip only`);
const synthetic = syntheticVoice({ f0: 140, seconds: SECONDS - 1, padSeconds: 0.5, syllableRate: 4, jitter: 0.01, shimmer: 0.05, noise: 0.002 });
measure('synthetic voice, 5 s', { samples: synthetic, sampleRate: RATE });
