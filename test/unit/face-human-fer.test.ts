// The `human` engine on real FER-2013 crops from ../shared/data/face (read in place, never committed): most happy
// faces must come out as joy. Skips when the shared data is absent.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFaceAnalyzer } from '../../src/analysis/face/face-analyzer.ts';
import type { Engine, ImageInput } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { SHARED_DATA } from '../../src/config/paths.ts';
import { topEmotion } from '../../src/emotions.ts';
import { readImageFile } from '../../src/media/image/decode-image.ts';

const HAPPY = join(SHARED_DATA, 'face', 'happy');
if (!existsSync(HAPPY)) console.warn(`skipping face-human-fer tests: ${HAPPY} is absent`);

describe.skipIf(!existsSync(HAPPY))('human engine on FER-2013 happy crops', () => {
  let analyzer: Engine<ImageInput>;
  beforeAll(async () => {
    const config = loadConfig();
    analyzer = (await loadFaceAnalyzer({ ...config, face: { ...config.face, engines: ['human'] } })).engine!;
  });
  afterAll(async () => analyzer?.dispose());

  it('reads joy as the top emotion for most happy crops (taken as crops: no detection)', async () => {
    const files = readdirSync(HAPPY).filter((f) => f.endsWith('.jpg')).sort();
    let joy = 0;
    for (const f of files) {
      const r = await analyzer.analyze(await readImageFile(join(HAPPY, f), { maxPixels: 1_000_000 }));
      if (r.status !== 'ok') throw new Error(`${f}: ${r.reason}`);
      expect(r.features.cropInput).toBe(1);
      if (topEmotion(r.emotions!) === 'joy') joy += 1;
    }
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(joy / files.length).toBeGreaterThan(0.75);
  });
});
