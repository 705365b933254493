// assessCheckIn end to end with the committed fusion model and the offline text engine: text only, a rejected
// input, no input (NO_MODALITY) and self-report validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { loadConfig } from '../../src/config/load.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { NOTICE } from '../../src/notice.ts';

let runtime: AssessRuntime;

beforeAll(async () => {
  const config = loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]' } });
  runtime = await loadAssessRuntime(config, { modalities: ['text'] });
});
afterAll(async () => runtime?.dispose());

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return isBurnoutError(e) ? e.code : `not a BurnoutError: ${String(e)}`;
  }
  return 'no error';
}

describe('assessCheckIn', () => {
  it('assesses a text-only check-in: all weight on text, exactly 0 elsewhere, explained, with the notice', async () => {
    const r = await assessCheckIn(runtime, { text: 'I am exhausted all the time and I never get anything done. I feel hopeless about work.' }, {});
    expect(r.modalities.text.status).toBe('ok');
    expect(r.risk.modalityWeights).toEqual({ text: 1, voice: 0, face: 0, selfReport: 0 });
    expect(['low', 'moderate', 'high', 'unclear']).toContain(r.risk.level);
    const p = r.risk.probabilities;
    expect(p.low + p.moderate + p.high).toBeCloseTo(1, 9);
    expect(r.risk.uncertainty).toBeGreaterThanOrEqual(0);
    expect(r.risk.uncertainty).toBeLessThanOrEqual(1);
    expect(r.explanation.weights).toBe('100 % text');
    expect(r.explanation.summary).toMatch(r.risk.level === 'unclear' ? /^Unclear: not enough evidence/ : /burnout risk .* based on the journal text alone/);
    expect(r.explanation.topEmotions.text?.length).toBeGreaterThan(0);
    expect(r.selfReport).toEqual({});
    expect(r.notice).toBe(NOTICE);
    expect(r.help !== undefined).toBe(r.risk.level === 'high');
    for (const k of ['text', 'analysis', 'fusion', 'total']) expect(r.timings[k]).toBeGreaterThanOrEqual(0);
  });

  it('takes the self-report as a fourth input with its own weight', async () => {
    const r = await assessCheckIn(runtime, { text: 'I am exhausted all the time and I never get anything done. I feel hopeless about work.' }, { energy: 2, stress: 9 });
    expect(r.selfReport).toEqual({ energy: 2, stress: 9 });
    expect(r.risk.modalityWeights.selfReport).toBeGreaterThan(0);
    expect(r.risk.modalityWeights.text + r.risk.modalityWeights.selfReport).toBeCloseTo(1, 9);
    expect(r.explanation.weights).toMatch(/self-report/);
  });

  it('gives a sad, hopeless entry a higher risk than a cheerful one', async () => {
    const sad = await assessCheckIn(runtime, { text: 'I never sleep, I am always exhausted, I cry every day and nothing I do matters. I hate my job and I feel empty.' }, {});
    const happy = await assessCheckIn(runtime, { text: 'Great day! We finished the project together, had a lovely dinner with friends and laughed a lot.' }, {});
    expect(sad.risk.probabilities.high).toBeGreaterThan(happy.risk.probabilities.high);
  });

  it('throws NO_MODALITY without input, and when the only input is rejected', async () => {
    expect(await code(assessCheckIn(runtime, {}, {}))).toBe('NO_MODALITY');
    expect(await code(assessCheckIn(runtime, { text: '   ' }, {}))).toBe('NO_MODALITY');
  });

  it('rejects self-reports out of range with INPUT_INVALID', async () => {
    expect(await code(assessCheckIn(runtime, { text: 'fine' }, { energy: 11 }))).toBe('INPUT_INVALID');
    expect(await code(assessCheckIn(runtime, { text: 'fine' }, { work: -1 }))).toBe('INPUT_INVALID');
    expect(await code(assessCheckIn(runtime, { text: 'fine' }, { stress: Number.NaN }))).toBe('INPUT_INVALID');
  });
});
