// The `burnout trend --history` file: valid entries become TrendCheckIns; invalid ones name the entry index and field.
import { describe, expect, it } from 'vitest';
import { BurnoutError } from '../../src/errors.ts';
import { parseTrendHistory } from '../../src/trend/history-schema.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  at: '2025-03-01T09:00:00Z',
  risk: { level: 'moderate', probabilities: { low: 0.2, moderate: 0.6, high: 0.2 }, confidence: 0.6, uncertainty: 0.1, reliable: true, modalityWeights: { text: 1, voice: 0, face: 0 } },
  modalities: {
    text: { status: 'ok', emotions: { anger: 0, disgust: 0, fear: 0.1, joy: 0.3, neutral: 0.2, sadness: 0.4, surprise: 0 }, features: { tokenCount: 9 }, engine: 'lite', model: 'm', latencyMs: 2 },
    voice: { status: 'absent', reason: 'no voice input was given' },
  },
  selfReport: { energy: 4, stress: null },
  notice: 'not a diagnosis',
  ...over,
});

function errorOf(value: unknown): BurnoutError {
  try {
    parseTrendHistory(value);
  } catch (e) {
    if (e instanceof BurnoutError) return e;
    throw e;
  }
  throw new Error('expected an INPUT_INVALID error');
}

describe('trend history file', () => {
  it('accepts assess --json outputs with an "at" and fills the gaps', () => {
    const [c] = parseTrendHistory([entry()]);
    expect(c?.modalities.face).toEqual({ status: 'absent', reason: 'not given' });
    expect(c?.modalities.text.status).toBe('ok');
    expect(c?.modalities.text).toMatchObject({ status: 'ok', features: { tokenCount: 9 } });
    expect(c?.selfReport).toEqual({ energy: 4 });
    expect(c?.risk.modalityWeights).toEqual({ text: 1, voice: 0, face: 0, selfReport: 0 });
  });

  it('rejects a non-array', () => {
    expect(errorOf({}).message).toMatch(/JSON array/);
  });

  it('names the entry index and the field that is wrong', () => {
    const e = errorOf([entry(), entry({ risk: { ...entry().risk, level: 'severe' } })]);
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toMatch(/entry 1: field risk\.level: must be one of low, moderate, high/);
    expect(errorOf([entry({ at: 'yesterday' })]).message).toMatch(/entry 0: field at: must be an ISO-8601 timestamp/);
    const noAt = entry();
    delete (noAt as Record<string, unknown>).at;
    expect(errorOf([entry(), entry(), noAt]).message).toMatch(/entry 2: field at: is missing/);
    expect(errorOf([entry({ risk: { ...entry().risk, reliable: 'yes' } })]).message).toMatch(/entry 0: field risk\.reliable: expected a boolean/);
    expect(errorOf([entry({ selfReport: { energy: 14 } })]).message).toMatch(/entry 0: field selfReport\.energy: out of range/);
    expect(errorOf([entry({ modalities: { face: { status: 'weird' } } })]).message).toMatch(/entry 0: field modalities\.face\.status/);
  });
});
