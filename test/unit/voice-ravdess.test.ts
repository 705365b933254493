// Real recordings (../shared/data/voice, RAVDESS, evaluation only): every clip decodes; an angry clip is louder and higher.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVoiceAnalyzer } from '../../src/analysis/voice/analyzer.ts';
import type { ModalityOk } from '../../src/analysis/types.ts';
import { SHARED_DATA } from '../../src/config/paths.ts';
import { readAudioFile } from '../../src/media/audio/decode.ts';

const DIR = join(SHARED_DATA, 'voice');
const present = existsSync(join(DIR, 'manifest.csv'));
if (!present) console.warn(`voice-ravdess: ${DIR} is absent, skipping the tests on real recordings`);

describe.skipIf(!present)('RAVDESS clips', () => {
  const rows = present
    ? readFileSync(join(DIR, 'manifest.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','))
    : [];

  it('decodes every clip (FLLR before data, LIST/bext/_PMX after) to 16 kHz with the listed duration', async () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const cells of rows) {
      const file = cells[0] as string;
      const duration = Number(cells[11]);
      const decoded = await readAudioFile(join(DIR, file));
      expect(decoded.sampleRate).toBe(16_000);
      expect(decoded.sourceSampleRate).toBe(Number(cells[8]));
      expect(Math.abs(decoded.samples.length / 16_000 - duration), file).toBeLessThan(0.01);
      let peak = 0;
      for (const v of decoded.samples) peak = Math.max(peak, Math.abs(v));
      expect(peak, file).toBeGreaterThan(0.005);
    }
  });

  it('measures higher loudness and pitch on the angry clip than on the neutral one of the same actor', async () => {
    const analyzer = createVoiceAnalyzer({ maxDurationSec: 120, minSpeechSec: 1 }, null);
    const analyze = async (name: string) => (await analyzer.analyze(await readAudioFile(join(DIR, 'wav', name)))) as ModalityOk;
    const neutral = await analyze('03-01-01-01-02-01-04.wav');
    const angry = await analyze('03-01-05-01-02-01-04.wav');
    expect(neutral.status).toBe('ok');
    expect(angry.status).toBe('ok');
    expect(angry.features.loudnessDbfs as number).toBeGreaterThan((neutral.features.loudnessDbfs as number) + 6);
    expect(angry.features.pitchMeanHz as number).toBeGreaterThan((neutral.features.pitchMeanHz as number) * 1.2);
    expect(neutral.explanation?.[0]).toMatch(/quieter than typical speech/);
  });
});
