// Model cards: every shipped model and loadable engine has one, each card file is exactly what
// `npx burnout models card --all` would write now, and a changed metric in metadata.json makes a card stale.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { cardFileState, cardFileStates } from '../../src/model-cards/build.ts';
import { CARD_SOURCES, cardNameFor, cardSource } from '../../src/model-cards/catalog.ts';
import { textEngines } from '../../src/analysis/text/registry.ts';
import { faceEmotionEngines } from '../../src/analysis/face/registry.ts';
import { voiceEmotionEngines } from '../../src/analysis/voice/registry.ts';

const temp = mkdtempSync(join(tmpdir(), 'burnout-cards-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('model cards', () => {
  it('exist for every shipped model (each models/<name> with a metadata.json) and every loadable engine', () => {
    const shipped = readdirSync(join(REPO_ROOT, 'models')).filter((d) => existsSync(join(REPO_ROOT, 'models', d, 'metadata.json')));
    for (const name of shipped) expect(cardSource(name)?.kind, `models/${name} has no card source`).toBe('model');
    const engines = CARD_SOURCES.flatMap((c) => c.engines);
    for (const e of Object.keys(textEngines)) expect(engines).toContain(e);
    for (const e of Object.keys(faceEmotionEngines)) expect(engines).toContain(e);
    for (const e of Object.keys(voiceEmotionEngines)) expect(engines).toContain(e);
    expect(engines).toContain('acoustic');
  });

  it('are up to date: each file equals what `npx burnout models card --all` writes now', () => {
    const stale = cardFileStates(REPO_ROOT).filter((s) => s.stale).map((s) => s.path);
    expect(stale, 'stale model cards: run `npx burnout models card --all`').toEqual([]);
  });

  it('go stale when a metric in metadata.json changes', () => {
    const source = cardSource('text-lite');
    if (!source) throw new Error('no text-lite card');
    // A copy of the model's folder whose card was generated from its metadata (independent of the repository's card).
    mkdirSync(join(temp, 'models/text-lite'), { recursive: true });
    cpSync(join(REPO_ROOT, 'models/text-lite/metadata.json'), join(temp, 'models/text-lite/metadata.json'));
    writeFileSync(join(temp, 'models/text-lite/MODEL_CARD.md'), cardFileState(temp, source).expected);
    expect(cardFileState(temp, source).stale).toBe(false);
    const metadata = JSON.parse(readFileSync(join(REPO_ROOT, 'models/text-lite/metadata.json'), 'utf8')) as { devMetrics: { macroF1: number } };
    metadata.devMetrics.macroF1 = 0.5;
    writeFileSync(join(temp, 'models/text-lite/metadata.json'), JSON.stringify(metadata, null, 2) + '\n');
    const changed = cardFileState(temp, source);
    expect(changed.stale).toBe(true);
    expect(changed.expected).toContain('| macro-F1 | 0.500 |');
    writeFileSync(join(temp, 'models/text-lite/MODEL_CARD.md'), changed.expected);
    expect(cardFileState(temp, source).stale).toBe(false);
  });

  it('link each result part to the card of the engine that served', () => {
    expect(cardNameFor('text', 'lite')).toBe('text-lite');
    expect(cardNameFor('face', 'vit')).toBe('face-vit');
    expect(cardNameFor('voice', 'acoustic+transformers')).toBe('voice-transformers');
    expect(cardNameFor('voice', 'acoustic')).toBe('voice-acoustic');
    expect(cardNameFor('risk')).toBe('fusion');
    expect(cardNameFor('trend')).toBe('trend');
  });
});
