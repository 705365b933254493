// The level decision: unclear for weak-only inputs, low confidence or a near tie; reliability otherwise; weak inputs.
import { describe, expect, it } from 'vitest';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { decideLevel } from '../../src/fusion/decide.ts';
import { onlyWeakInputs, weakInputs } from '../../src/fusion/evidence.ts';

const opts = { reliableMinConfidence: 0.5, reliableMaxUncertainty: 0.5, unclearBelowConfidence: 0.5, unclearMargin: 0.1, elevatedAtLeast: 0.75 };

describe('decideLevel', () => {
  it('gives the most likely level, reliable when confident and the passes agree', () => {
    expect(decideLevel({ low: 0.1, moderate: 0.2, high: 0.7 }, 0.1, null, opts)).toEqual({ level: 'high', confidence: 0.7, reliable: true });
    expect(decideLevel({ low: 0.1, moderate: 0.2, high: 0.7 }, 0.6, null, opts).reliable).toBe(false);
  });

  it('is unclear below the confidence threshold: an arg-max High at 38 % is no High', () => {
    const d = decideLevel({ low: 0.38, moderate: 0.24, high: 0.38 + 1e-9 }, 0.1, null, opts);
    expect(d.level).toBe('unclear');
    expect(d.reliable).toBe(false);
    expect(d.unclearReason).toMatch(/no level is likely enough \(the most likely, High, has 38 %\)/);
  });

  it('is unclear when the two most likely levels are within the margin', () => {
    const d = decideLevel({ low: 0.46, moderate: 0.44, high: 0.1 }, 0.1, null, { ...opts, unclearBelowConfidence: 0.4 });
    expect(d.level).toBe('unclear');
    expect(d.unclearReason).toMatch(/Low and Moderate are about equally likely \(46 % and 44 %\)/);
  });

  it('says Moderate (at least moderate), not unclear, when Moderate and High are close and together clearly outweigh Low', () => {
    const d = decideLevel({ low: 0.12, moderate: 0.43, high: 0.45 }, 0.1, null, opts);
    expect(d).toMatchObject({ level: 'moderate', confidence: 0.43, reliable: false });
    expect(d.note).toMatch(/at least moderate \(Moderate or High: 88 %\); High is about as likely as Moderate \(45 % and 43 %\)/);
    expect(decideLevel({ low: 0.38, moderate: 0.24, high: 0.38 }, 0.1, null, opts).level).toBe('unclear');
  });

  it('is unclear with only weak inputs, however confident the net is', () => {
    const d = decideLevel({ low: 0.9, moderate: 0.05, high: 0.05 }, 0, 'the journal text: no words', opts);
    expect(d).toMatchObject({ level: 'unclear', reliable: false });
    expect(d.unclearReason).toContain('only weak evidence was given (the journal text: no words)');
  });
});

describe('weak inputs', () => {
  const ok = (features: Record<string, number | null>, emotions: boolean): ModalityResult => ({
    status: 'ok', emotions: emotions ? { anger: 0, disgust: 0, fear: 0, joy: 0, neutral: 1, sadness: 0, surprise: 0 } : null, features, engine: 't', model: 't', latencyMs: 0,
  });
  const absent: ModalityResult = { status: 'absent', reason: 'x' };

  it('marks a near-empty text and an acoustic-only voice, not a face or a self-report', () => {
    const w = weakInputs({ text: ok({ wordCount: 1 }, true), voice: ok({}, false), face: ok({}, true) }, ['text', 'voice', 'face', 'selfReport']);
    expect(Object.keys(w).sort()).toEqual(['text', 'voice']);
    expect(onlyWeakInputs(['text', 'voice', 'face'], w)).toBe(false);
    expect(onlyWeakInputs(['text', 'voice'], w)).toBe(true);
    expect(onlyWeakInputs(['voice', 'selfReport'], w)).toBe(false);
  });

  it('counts a text of three words as evidence and a voice with emotions too', () => {
    expect(weakInputs({ text: ok({ wordCount: 3 }, true), voice: ok({}, true), face: absent }, ['text', 'voice'])).toEqual({});
  });
});
