// The examples of issue 11 on the committed models (offline engines): a tone is no voice, Chinese is refused with the
// language reason, emoji-only and "ok" give no level, "Tired but fine." is not High, the self-report moves the risk,
// safety language shows help at any level (not when negated), and an acoustic-only voice is never reliable alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCheckIn, loadAssessRuntime, type AssessRuntime } from '../../src/assess.ts';
import { loadConfig } from '../../src/config/load.ts';
import { isBurnoutError } from '../../src/errors.ts';
import { speechLikeVoice, tone } from '../helpers/audio-fixtures.ts';

let runtime: AssessRuntime;
beforeAll(async () => {
  runtime = await loadAssessRuntime(loadConfig({ env: { BURNOUT_TEXT_ENGINES: '[lite]', BURNOUT_VOICE_ENGINES: '[]' } }), { modalities: ['text', 'voice'] });
});
afterAll(async () => runtime?.dispose());

const voice = (samples: Float32Array) => ({ samples, sampleRate: 16_000 });

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return isBurnoutError(e) ? { code: e.code, message: e.message } : { code: 'not a BurnoutError', message: String(e) };
  }
  return { code: 'no error', message: '' };
}

describe('issue 11 examples', () => {
  it('refuses a 440 Hz sine tone as no voice (NO_MODALITY naming the reason)', async () => {
    const f = await failure(assessCheckIn(runtime, { voice: voice(tone(440, 5)) }, {}));
    expect(f.code).toBe('NO_MODALITY');
    expect(f.message).toMatch(/does not sound like speech/);
  });

  it('refuses Chinese for "very tired, too much pressure, can\'t sleep" with the language reason', async () => {
    const f = await failure(assessCheckIn(runtime, { text: '很累，压力太大，睡不着' }, {}));
    expect(f.code).toBe('NO_MODALITY');
    expect(f.message).toContain('the offline text model reads English only');
    const withReport = await assessCheckIn(runtime, { text: '很累，压力太大，睡不着', voice: voice(speechLikeVoice(16_000, 5)) }, {});
    expect(withReport.modalities.text).toEqual({ status: 'rejected', reason: 'the offline text model reads English only, and this text looks like Chinese' });
    expect(withReport.explanation.summary).toContain('The journal text was not used: the offline text model reads English only');
  });

  it('gives no level for emoji only or "ok", and says the text counts little', async () => {
    for (const text of ['😭😭😭💀🔥', 'ok']) {
      const r = await assessCheckIn(runtime, { text }, {});
      expect(r.risk.level, text).toBe('unclear');
      expect(r.risk.reliable).toBe(false);
      expect(r.risk.unclearReason).toMatch(/only weak evidence was given \(the journal text: (no words|only 1 word)\)/);
      expect(r.help).toBeUndefined();
    }
  });

  it('does not call "Tired but fine." High and shows no help box', async () => {
    const r = await assessCheckIn(runtime, { text: 'Tired but fine.' }, {});
    expect(r.risk.level).not.toBe('high');
    expect(r.help).toBeUndefined();
  });

  it('lets the self-report move the risk: energy 2 / stress 9 gives a higher P(High) than energy 8 / stress 2', async () => {
    const text = 'Tired but fine.';
    const bad = await assessCheckIn(runtime, { text }, { energy: 2, stress: 9 });
    const good = await assessCheckIn(runtime, { text }, { energy: 8, stress: 2 });
    expect(bad.risk.probabilities.high).toBeGreaterThan(good.risk.probabilities.high);
    expect(bad.risk.modalityWeights.selfReport).toBeGreaterThan(0);
    const shift = 'Exhausted after a twelve hour shift. I dread tomorrow and I cannot switch off.';
    const tired = await assessCheckIn(runtime, { text: shift }, { energy: 2, stress: 9, work: 12 });
    expect(tired.risk.level).not.toBe('low');
  });

  it('shows help for safety language at any level, and not for its negated form', async () => {
    const hit = await assessCheckIn(runtime, { text: 'Work went fine today but honestly I want to kill myself.' }, { energy: 7, stress: 2 });
    expect(hit.safetyLanguage).toBe(true);
    expect(hit.help?.length).toBeGreaterThan(0);
    expect(hit.explanation.summary).toMatch(/^Your journal mentions thoughts of suicide or self-harm/);
    const negated = await assessCheckIn(runtime, { text: 'Work went fine today and I would never hurt myself.' }, { energy: 7, stress: 2 });
    expect(negated.safetyLanguage).toBeUndefined();
    expect(negated.help === undefined).toBe(negated.risk.level !== 'high');
  });

  it('leaves an acoustic-only voice out when a text is given (weight 0), and says so', async () => {
    const r = await assessCheckIn(runtime, { text: 'I am exhausted and I dread going back to work tomorrow.', voice: voice(speechLikeVoice(16_000, 6)) }, {});
    expect(r.modalities.voice.status).toBe('ok');
    expect(r.risk.modalityWeights.voice).toBe(0);
    expect(r.risk.modalityWeights.text).toBe(1);
    expect(r.explanation.summary).toContain('The voice recording was left out of the estimate: acoustic features only, no emotion estimate, and stronger inputs were given.');
  });

  it('never gives a reliable level from an acoustic-only voice on its own', async () => {
    for (const seed of [1, 2, 3]) {
      const r = await assessCheckIn(runtime, { voice: voice(speechLikeVoice(16_000, 6, seed)) }, {});
      expect(r.modalities.voice.status).toBe('ok');
      expect(r.risk.level).toBe('unclear');
      expect(r.risk.reliable).toBe(false);
      expect(r.explanation.summary).not.toMatch(/based mostly on the voice/);
    }
  });
});
