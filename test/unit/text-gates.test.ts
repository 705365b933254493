// Text quality gates: the English-only gate (ELD) and the negation-aware safety phrases.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLanguage, loadLanguageIdentifier, type LanguageIdentifier } from '../../src/analysis/text/language-gate.ts';
import { findSafetyPhrases, hasSafetyLanguage } from '../../src/analysis/text/safety-language.ts';
import { countWords } from '../../src/analysis/text/words.ts';

let id: LanguageIdentifier;
beforeAll(async () => {
  id = await loadLanguageIdentifier();
});

describe('language gate', () => {
  it('refuses Chinese, Russian and Japanese by script, naming the language', () => {
    expect(checkLanguage(id, '很累，压力太大，睡不着').refusal).toBe('the offline text model reads English only, and this text looks like Chinese');
    expect(checkLanguage(id, 'Я очень устал и не могу спать').refusal).toMatch(/English only.*Russian/);
    expect(checkLanguage(id, 'とても疲れた').refusal).toMatch(/English only/);
  });

  it('refuses a Latin-script sentence that reads clearly as another language', () => {
    expect(checkLanguage(id, 'Estoy muy cansado, tengo demasiado estrés y no puedo dormir.').refusal).toMatch(/Spanish/);
    expect(checkLanguage(id, 'Ich bin sehr müde und gestresst, ich kann nicht schlafen.').refusal).toMatch(/German/);
  });

  it('passes English, short texts and texts without letters', () => {
    for (const t of ['Tired but fine.', 'ok', 'meh', 'I am fine', '😭😭😭💀🔥', 'Exhausted after a twelve hour shift, I dread tomorrow.', 'lol same']) {
      expect(checkLanguage(id, t).refusal, t).toBeNull();
    }
  });

  it('counts words made of letters only', () => {
    expect(countWords('😭😭😭💀🔥')).toBe(0);
    expect(countWords("I can't sleep, 3 nights now")).toBe(5);
  });
});

describe('safety language', () => {
  it('finds suicidal and self-harm phrases', () => {
    for (const t of ['I want to kill myself', 'I wanna die', 'Sometimes I think everyone would be better off without me.', "I feel like I can't go on", 'self-harm is on my mind again', "I don't want to live anymore", "I don't know if I want to live", 'I am not going to kill myself but I want to die']) {
      expect(hasSafetyLanguage(t), t).toBe(true);
    }
  });

  it('does not fire on negated forms or ordinary figures of speech', () => {
    for (const t of ['I would never hurt myself', "I'm not suicidal, just tired", 'I could never end my life, my kids need me', 'This deadline is killing me', 'Tired but fine.', 'I want to live a calmer life']) {
      expect(hasSafetyLanguage(t), t).toBe(false);
    }
  });

  it('reports each match with whether a negation governs it', () => {
    expect(findSafetyPhrases('I would never hurt myself. But I want to die.')).toEqual([
      { phrase: 'hurt myself', negated: true },
      { phrase: 'want to die', negated: false },
    ]);
  });
});
