// Escalation rules on hand-built histories: each rule fires on its case and stays silent on its near-miss.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { REPO_ROOT } from '../../src/config/paths.ts';
import type { RiskLevel } from '../../src/fusion/types.ts';
import { HELP_RESOURCES } from '../../src/notice.ts';
import { ALERT_RULES, evaluateAlerts } from '../../src/trend/alerts.ts';
import type { Trend, TrendCheckIn } from '../../src/trend/types.ts';

const config = loadConfig({ file: resolve(REPO_ROOT, 'config.yaml'), env: {} });

/** A check-in per [level, reliable], one day apart, oldest first. */
function history(...steps: Array<[RiskLevel, boolean]>): TrendCheckIn[] {
  return steps.map(([level, reliable], i) => ({
    at: new Date(Date.UTC(2025, 0, 1 + i, 9)).toISOString(),
    risk: {
      level, probabilities: { low: 0.1, moderate: 0.1, high: 0.1, [level]: 0.8 }, confidence: 0.8,
      uncertainty: reliable ? 0.1 : 0.7, reliable, modalityWeights: { text: 1, voice: 0, face: 0, selfReport: 0 },
    },
    modalities: { text: { status: 'absent', reason: '-' }, voice: { status: 'absent', reason: '-' }, face: { status: 'absent', reason: '-' } },
    selfReport: {},
  }));
}

const stable: Trend = { direction: 'stable', confidence: 0.9, steps: 3 };
const worsening = (confidence: number): Trend => ({ direction: 'worsening', confidence, steps: 3 });
const rules = (h: TrendCheckIn[], t: Trend) => evaluateAlerts(h, t, config).map((a) => a.rule);

describe('escalation rules', () => {
  it('uses the documented default thresholds', () => {
    expect([config.trend.highRiskCount, config.trend.highRiskWindow, config.trend.worseningMinConfidence]).toEqual([2, 3, 0.7]);
  });

  it('fires "High and reliable in 2 of the last 3" with a reason and help resources', () => {
    const alerts = evaluateAlerts(history(['low', true], ['high', true], ['moderate', true], ['high', true]), stable, config);
    expect(alerts.map((a) => a.rule)).toEqual([ALERT_RULES.repeatedHigh]);
    expect(alerts[0]?.reason).toMatch(/High.*2 of your last 3/);
    expect(alerts[0]?.resources).toEqual([...HELP_RESOURCES]);
    expect(alerts[0]?.resources.length).toBeGreaterThan(0);
  });

  it('does not fire when one of the two Highs is unreliable', () => {
    expect(rules(history(['high', false], ['moderate', true], ['high', true]), stable)).toEqual([]);
  });

  it('does not fire when the second High is outside the last 3 check-ins', () => {
    expect(rules(history(['high', true], ['low', true], ['moderate', true], ['high', true]), stable)).toEqual([]);
  });

  it('looks at the latest check-ins by time, not by array order', () => {
    const h = history(['low', true], ['low', true], ['high', true], ['high', true]);
    // Newest first in the array: the last 3 array entries hold one High, the last 3 by time hold two.
    expect(rules([...h].reverse(), stable)).toEqual([ALERT_RULES.repeatedHigh]);
    expect(rules(history(['high', true], ['high', true], ['low', true], ['low', true]).reverse(), stable)).toEqual([]);
  });

  it('fires "worsening with confidence ≥ 0.7 while the latest risk is at least Moderate"', () => {
    expect(rules(history(['low', true], ['low', true], ['moderate', true]), worsening(0.7))).toEqual([ALERT_RULES.worsening]);
    const [alert] = evaluateAlerts(history(['low', true], ['moderate', true], ['high', false]), worsening(0.85), config);
    expect(alert?.reason).toMatch(/worsening trend \(confidence 85 %\).*latest risk is High/);
  });

  it('does not fire the worsening rule just below the confidence threshold, at Low risk, or for other directions', () => {
    expect(rules(history(['low', true], ['low', true], ['moderate', true]), worsening(0.69))).toEqual([]);
    expect(rules(history(['moderate', true], ['moderate', true], ['low', true]), worsening(0.95))).toEqual([]);
    expect(rules(history(['low', true], ['moderate', true], ['moderate', true]), { direction: 'improving', confidence: 0.95, steps: 3 })).toEqual([]);
    expect(rules(history(['moderate', true], ['moderate', true]), { direction: 'insufficient_history', confidence: null, steps: 2 })).toEqual([]);
  });

  it('follows thresholds from config', () => {
    const strict = { trend: { ...config.trend, highRiskCount: 3, worseningMinConfidence: 0.9 } };
    const h = history(['low', true], ['high', true], ['moderate', true], ['high', true]);
    expect(evaluateAlerts(h, worsening(0.85), strict)).toEqual([]);
    expect(evaluateAlerts(h, worsening(0.85), config).map((a) => a.rule)).toEqual([ALERT_RULES.repeatedHigh, ALERT_RULES.worsening]);
  });
});
