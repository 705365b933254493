// The dashboard's plain words, on the real sentences the server makes: voice measurement sentences (explainVoice)
// keep a plain lead without units, and the Models panel shows an engine's "not downloaded" reason (locateLocalModel)
// without the cache folder's path.
import { describe, expect, it } from 'vitest';
import { explainVoice } from '../../src/analysis/voice/explain.ts';
import { loadConfig } from '../../src/config/load.ts';
import { locateLocalModel } from '../../src/hub/local.ts';
import { downloadWouldAdd, withoutPaths } from '../../web/src/lib/engine-words.ts';
import { hasFigures, plainLead } from '../../web/src/lib/plain-sentence.ts';

describe('plain words on the dashboard', () => {
  it('keeps the plain lead of each voice sentence and folds the measurements away', () => {
    const quiet = { loudnessDbfs: -38, pitchStdSemitones: 1.1, pitchMeanHz: 190, speechRate: 2.4, pauseRatio: 0.35, meanPauseSec: 0.9 };
    const typical = { loudnessDbfs: -22, pitchStdSemitones: 3, pitchMeanHz: 160, speechRate: 4.2, pauseRatio: 0.2, meanPauseSec: 0.5 };
    for (const features of [quiet, typical]) {
      const sentences = explainVoice(features);
      expect(sentences.length).toBeGreaterThan(1);
      for (const s of sentences) {
        expect(hasFigures(s), s).toBe(true);
        expect(plainLead(s), s).not.toMatch(/LUFS|semitones|Hz|syllables|\d/);
        expect(plainLead(s), s).toMatch(/^(Your|You) .+\.$/);
      }
    }
    expect(plainLead(explainVoice(quiet)[0]!)).toBe('Your voice was quieter and flatter than typical speech.');
  });

  it('names what a download would add and shows the reason without the cache path', () => {
    let reason = '';
    let hint = '';
    try {
      locateLocalModel({ ...loadConfig({ env: {} }), models: { ...loadConfig({ env: {} }).models, cacheDir: '/nowhere/models/cache' } }, 'face', 'x/vit', []);
    } catch (e) {
      reason = (e as Error).message;
      hint = (e as { hint?: string }).hint ?? '';
    }
    expect(reason).toMatch(/\/nowhere\/models\/cache\/x\/vit/);
    const shown = withoutPaths(reason);
    expect(shown).not.toMatch(/nowhere|models\/cache/);
    expect(shown).toMatch(/face model x\/vit is not downloaded/);
    expect(downloadWouldAdd('face', { name: 'vit', ok: false, reason, hint })).toMatch(/face-expression model/);
    expect(downloadWouldAdd('face', { name: 'human', ok: false, reason })).toBeNull();
    expect(downloadWouldAdd('face', { name: 'vit', ok: false, reason: 'not tried: human serves first' })).toBeNull();
  });
});
