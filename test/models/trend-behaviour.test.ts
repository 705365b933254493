// The committed trend model (models/trend) on hand-built and seeded synthetic histories: the acceptance cases, now over
// local days (several check-ins in one day are one step; gaps between days are a feature).
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModalityResult } from '../../src/analysis/types.ts';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import { zeroEmotions } from '../../src/emotions.ts';
import { createRng } from '../../src/ml/random.ts';
import { ALERT_RULES, evaluateAlerts } from '../../src/trend/alerts.ts';
import { computeTrend } from '../../src/trend/infer.ts';
import { loadTrendModel, type TrendModel } from '../../src/trend/load.ts';
import { historyFromLevels } from '../../src/trend/synthetic.ts';
import { trendSettings } from '../../src/diary/time-zone.ts';
import type { TrendCheckIn } from '../../src/trend/types.ts';
import { confidencePercent } from '../../src/trend/words.ts';

const config = loadConfig({ file: resolve(REPO_ROOT, 'config.yaml'), env: {} });
const settings = { ...trendSettings(config), timeZone: 'UTC' };
const absent: ModalityResult = { status: 'absent', reason: 'not given' };

/** A hand-built check-in from a burnout level b in 0–1: self-report, risk and text emotions all follow b. */
function handMade(day: number, b: number, hour = 9): TrendCheckIn {
  const high = Math.max(0, b - 0.5) * 2;
  const low = Math.max(0, 0.5 - b) * 2;
  const moderate = 1 - high - low;
  const p = { low: 0.05 + 0.85 * low, moderate: 0.05 + 0.85 * moderate, high: 0.05 + 0.85 * high };
  const level = p.high >= p.moderate && p.high >= p.low ? 'high' : p.moderate >= p.low ? 'moderate' : 'low';
  return {
    at: new Date(Date.UTC(2025, 2, 1 + day, hour)).toISOString(),
    risk: { level, probabilities: p, confidence: Math.max(p.low, p.moderate, p.high), uncertainty: 0.1, reliable: true, modalityWeights: { text: 1, voice: 0, face: 0, selfReport: 0 } },
    modalities: {
      text: { status: 'ok', emotions: { ...zeroEmotions(), joy: 0.6 - 0.5 * b, sadness: 0.05 + 0.5 * b, fear: 0.05 + 0.15 * b, anger: 0.05 + 0.1 * b, neutral: 0.25 - 0.25 * b } },
      voice: absent,
      face: absent,
    },
    selfReport: { energy: Math.round(8 - 6 * b), stress: Math.round(2 + 7 * b), work: 7 + 4 * b },
  };
}
const linear = (from: number, to: number, n: number) => Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

describe('trend model on histories', () => {
  let model: TrendModel;
  beforeAll(async () => {
    model = await loadTrendModel(resolve(REPO_ROOT, config.trend.modelDir));
  });
  afterAll(() => model?.dispose());
  const trendOf = (h: TrendCheckIn[]) => computeTrend(model, h, settings).trend;

  it('calls a steadily worsening history worsening with confidence ≥ 0.7', () => {
    const t = trendOf(linear(0.1, 0.9, 8).map((b, i) => handMade(i, b)));
    expect(t.direction).toBe('worsening');
    expect(t.confidence).toBeGreaterThanOrEqual(0.7);
    for (let seed = 1; seed <= 10; seed++) {
      const s = trendOf(historyFromLevels(createRng(seed), linear(0.15, 0.85, 8)));
      expect([s.direction, (s.confidence ?? 0) >= 0.7]).toEqual(['worsening', true]);
    }
  });

  it('calls a steadily improving history improving', () => {
    expect(trendOf(linear(0.9, 0.1, 8).map((b, i) => handMade(i, b))).direction).toBe('improving');
    for (let seed = 1; seed <= 10; seed++) expect(trendOf(historyFromLevels(createRng(seed), linear(0.85, 0.15, 8))).direction).toBe('improving');
  });

  it('calls a flat history with one bad day stable', () => {
    const levels = [0.4, 0.4, 0.4, 0.9, 0.4, 0.4, 0.4];
    expect(trendOf(levels.map((b, i) => handMade(i, b))).direction).toBe('stable');
    // Noisy synthetic people: a flat line can look like a drift by chance (docs/trend.md), so most, not all.
    const stable = Array.from({ length: 20 }, (_, k) => trendOf(historyFromLevels(createRng(100 + k), levels)).direction === 'stable');
    expect(stable.filter(Boolean).length).toBeGreaterThanOrEqual(16);
  });

  it('gives insufficient_history, not a guess, for two check-ins', () => {
    const out = computeTrend(model, [handMade(0, 0.2), handMade(1, 0.9)], settings);
    expect(out.trend).toEqual({ direction: 'insufficient_history', confidence: null, steps: 2 });
    expect(out.probabilities).toBeNull();
    expect(out.features).toHaveLength(2);
  });

  it('reports a temperature-scaled confidence equal to the top probability, over the days of the window only', () => {
    const h = linear(0.2, 0.7, 20).map((b, i) => handMade(i, b));
    const out = computeTrend(model, h, settings);
    const probs = Object.values(out.probabilities ?? {});
    expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(out.trend.confidence).toBeCloseTo(Math.max(...probs), 10);
    expect(out.trend.steps).toBe(config.trend.windowDays);
    expect(out.days[0]).toBe('2025-03-07');
    expect(model.metadata.temperature).toBeGreaterThan(0);
  });

  it('gives insufficient_history for five check-ins within one day, however steep', () => {
    const sameDay = linear(0.1, 0.95, 5).map((b, i) => handMade(0, b, 8 + 2 * i));
    expect(computeTrend(model, sameDay, settings).trend).toEqual({ direction: 'insufficient_history', confidence: null, steps: 1 });
  });

  it('calls five daily worsening check-ins worsening', () => {
    const t = trendOf(linear(0.15, 0.9, 5).map((b, i) => handMade(i, b)));
    expect(t.direction).toBe('worsening');
    expect(t.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('gives a trend over 3 days out of 14 with gaps, and the alert quotes the same confidence', () => {
    const h = [handMade(0, 0.15), handMade(6, 0.5), handMade(13, 0.9)];
    const out = computeTrend(model, h, settings);
    expect(out.days).toEqual(['2025-03-01', '2025-03-07', '2025-03-14']);
    expect(out.features.map((r) => r[10])).toEqual([0, 5 / 13, 6 / 13]);
    expect(out.trend.direction).toBe('worsening');
    const alert = evaluateAlerts(h, out.trend, config).find((a) => a.rule === ALERT_RULES.worsening);
    expect(alert?.reason).toContain(`confidence ${confidencePercent(out.trend.confidence ?? 0)} %`);
    expect(alert?.reason).toContain('last 3 days');
  });

  it('raises the worsening alert on a worsening history that ends at least Moderate', () => {
    const h = linear(0.1, 0.9, 6).map((b, i) => handMade(i, b));
    const rules = evaluateAlerts(h, trendOf(h), config).map((a) => a.rule);
    expect(rules).toContain(ALERT_RULES.worsening);
    expect(evaluateAlerts(h.slice(0, 2), trendOf(h.slice(0, 2)), config)).toEqual([]);
  });

  it('records its validation accuracy (aim ≥ 0.85) and parameter count in metadata.json', () => {
    expect(model.metadata.validation.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(model.metadata.parameters).toBe(41561);
  });
});
