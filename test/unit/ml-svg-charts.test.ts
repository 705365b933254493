// The shared SVG charts: training curves (with and without a title) and the reliability diagram.
import { describe, expect, it } from 'vitest';
import { reliabilitySvg, trainingCurvesSvg } from '../../src/ml/svg-charts.ts';
import { reliabilityBins } from '../../src/ml/calibration.ts';

const curves = [
  { epoch: 1, trainLoss: 0.9, trainAccuracy: 0.6, valLoss: 0.8, valAccuracy: 0.65 },
  { epoch: 2, trainLoss: 0.4, trainAccuracy: 0.85, valLoss: 0.45, valAccuracy: 0.84 },
];

describe('svg charts', () => {
  it('draws four curves (loss and accuracy, training and validation)', () => {
    const svg = trainingCurvesSvg(curves);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.match(/<path d="M/g)).toHaveLength(4);
    expect(svg).not.toContain('font-size="13"');
  });

  it('puts an escaped title on top when given one', () => {
    const svg = trainingCurvesSvg(curves, 'a < b');
    expect(svg).toContain('a &lt; b');
    expect(svg.match(/<path d="M/g)).toHaveLength(4);
  });

  it('draws one bar per non-empty reliability bin, before and after', () => {
    const probs = [[0.9, 0.05, 0.05], [0.2, 0.7, 0.1], [0.1, 0.1, 0.8]];
    const bins = reliabilityBins(probs, [0, 1, 0]);
    const svg = reliabilitySvg(bins, bins, { temperature: 1.5, eceBefore: 0.1, eceAfter: 0.05 });
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width/g)?.length).toBeGreaterThanOrEqual(2 * bins.filter((b) => b.count).length);
    expect(svg).toContain('ECE 0.050');
  });
});
