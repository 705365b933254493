// Hand-written SVG charts of a training run (no chart dependency): loss/accuracy curves and the reliability diagram.
// Used by both trainings (fusion and trend).
import type { ReliabilityBin } from './calibration.ts';

/** One epoch's numbers, as kept in a model's metadata.json `curves`. */
export interface EpochStats {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  valLoss: number;
  valAccuracy: number;
}

interface Series {
  label: string;
  colour: string;
  points: Array<[number, number]>;
}

interface Panel {
  x: number;
  y: number;
  w: number;
  h: number;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f = (v: number): string => v.toFixed(1);

/** Axes with ticks and labels; returns the mapping from data to pixels. */
function axes(p: Panel, xr: [number, number], yr: [number, number], title: string, xLabel: string, yTicks: number[], xTicks?: number[]): { sx: (v: number) => number; sy: (v: number) => number; svg: string } {
  const sx = (v: number): number => p.x + ((v - xr[0]) / (xr[1] - xr[0] || 1)) * p.w;
  const sy = (v: number): number => p.y + p.h - ((v - yr[0]) / (yr[1] - yr[0] || 1)) * p.h;
  const parts = [
    `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" fill="none" stroke="#999"/>`,
    `<text x="${p.x + p.w / 2}" y="${p.y - 10}" text-anchor="middle" font-weight="bold">${esc(title)}</text>`,
    `<text x="${p.x + p.w / 2}" y="${p.y + p.h + 34}" text-anchor="middle">${esc(xLabel)}</text>`,
  ];
  for (const t of yTicks) {
    parts.push(`<line x1="${p.x}" x2="${p.x + p.w}" y1="${f(sy(t))}" y2="${f(sy(t))}" stroke="#eee"/>`);
    parts.push(`<text x="${p.x - 6}" y="${f(sy(t) + 4)}" text-anchor="end">${Number(t.toFixed(2))}</text>`);
  }
  const step = Math.max(1, Math.ceil((xr[1] - xr[0]) / 8));
  const xs = xTicks ?? Array.from({ length: Math.floor((xr[1] - Math.ceil(xr[0])) / step) + 1 }, (_, i) => Math.ceil(xr[0]) + i * step);
  for (const t of xs) parts.push(`<text x="${f(sx(t))}" y="${p.y + p.h + 16}" text-anchor="middle">${Number(t.toFixed(2))}</text>`);
  return { sx, sy, svg: parts.join('\n') };
}

function lines(series: Series[], sx: (v: number) => number, sy: (v: number) => number, legendX: number, legendY: number): string {
  return series
    .map((s, i) => {
      const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${f(sx(x))},${f(sy(y))}`).join(' ');
      return [
        `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/>`,
        `<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY + i * 16}" y2="${legendY + i * 16}" stroke="${s.colour}" stroke-width="2"/>`,
        `<text x="${legendX + 24}" y="${legendY + i * 16 + 4}">${esc(s.label)}</text>`,
      ].join('\n');
    })
    .join('\n');
}

function ticks(lo: number, hi: number, n = 5): number[] {
  return Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);
}

function document(width: number, height: number, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Training curves: loss (left) and accuracy (right), training and validation, per epoch; an optional title on top. */
export function trainingCurvesSvg(curves: readonly EpochStats[], title?: string): string {
  const n = Math.max(1, curves.length);
  const losses = curves.flatMap((c) => [c.trainLoss, c.valLoss]);
  const lr: [number, number] = [Math.floor(Math.min(...losses) * 10) / 10, Math.ceil(Math.max(...losses) * 10) / 10];
  const left = axes({ x: 60, y: 40, w: 320, h: 220 }, [1, n], lr, 'Cross-entropy loss', 'epoch', ticks(lr[0], lr[1]));
  const right = axes({ x: 460, y: 40, w: 320, h: 220 }, [1, n], [0, 1], 'Accuracy', 'epoch', ticks(0, 1));
  const pts = (key: keyof EpochStats): Array<[number, number]> => curves.map((c) => [c.epoch, c[key]]);
  const body = [
    left.svg,
    lines([{ label: 'training', colour: '#1f77b4', points: pts('trainLoss') }, { label: 'validation', colour: '#d62728', points: pts('valLoss') }], left.sx, left.sy, 260, 58),
    right.svg,
    lines([{ label: 'training', colour: '#1f77b4', points: pts('trainAccuracy') }, { label: 'validation', colour: '#d62728', points: pts('valAccuracy') }], right.sx, right.sy, 660, 220),
  ];
  if (title === undefined) return document(820, 310, body.join('\n'));
  const heading = `<text x="10" y="18" font-size="13" font-weight="bold">${esc(title)}</text>`;
  return document(820, 330, [heading, `<g transform="translate(0,20)">`, ...body, '</g>'].join('\n'));
}

/** Reliability diagram: accuracy against confidence per bin, before (T = 1) and after temperature scaling. */
export function reliabilitySvg(before: readonly ReliabilityBin[], after: readonly ReliabilityBin[], caption: { temperature: number; eceBefore: number; eceAfter: number }): string {
  const p: Panel = { x: 60, y: 40, w: 360, h: 360 };
  const a = axes(p, [0, 1], [0, 1], 'Reliability (validation, MC dropout)', 'confidence (probability of the chosen level)', ticks(0, 1), ticks(0, 1));
  const bars = (bins: readonly ReliabilityBin[], colour: string, shift: number, label: string): string[] =>
    bins.flatMap((b) => {
      if (!b.count) return [];
      const bw = (a.sx(b.hi) - a.sx(b.lo)) / 2 - 1;
      const x = a.sx(b.lo) + shift * (bw + 1) + 1;
      return [`<rect x="${f(x)}" y="${f(a.sy(b.accuracy))}" width="${f(bw)}" height="${f(a.sy(0) - a.sy(b.accuracy))}" fill="${colour}" fill-opacity="0.75"><title>${esc(label)} ${b.lo.toFixed(1)}–${b.hi.toFixed(1)}: n=${b.count}, accuracy ${b.accuracy.toFixed(2)}, confidence ${b.confidence.toFixed(2)}</title></rect>`];
    });
  const body = [
    a.svg,
    ...bars(before, '#aaaaaa', 0, 'T = 1'),
    ...bars(after, '#1f77b4', 1, `T = ${caption.temperature.toFixed(2)}`),
    `<line x1="${f(a.sx(0))}" y1="${f(a.sy(0))}" x2="${f(a.sx(1))}" y2="${f(a.sy(1))}" stroke="#d62728" stroke-dasharray="4 3"/>`,
    `<text x="${p.x - 40}" y="${p.y + p.h / 2}" transform="rotate(-90 ${p.x - 40} ${p.y + p.h / 2})" text-anchor="middle">accuracy</text>`,
    `<rect x="440" y="60" width="14" height="10" fill="#aaaaaa"/><text x="460" y="69">before: T = 1, ECE ${caption.eceBefore.toFixed(3)}</text>`,
    `<rect x="440" y="80" width="14" height="10" fill="#1f77b4"/><text x="460" y="89">after: T = ${caption.temperature.toFixed(2)}, ECE ${caption.eceAfter.toFixed(3)}</text>`,
    `<text x="440" y="112">dashed: perfect calibration</text>`,
  ].join('\n');
  return document(700, 450, body);
}

/** One bin of a binary forecast's reliability diagram. */
export interface BinaryReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  /** Mean forecast in the bin (NaN when empty). */
  forecast: number;
  /** Observed rate of the label in the bin (NaN when empty). */
  observed: number;
}

/** Reliability diagram of a binary forecast: observed rate per forecast bin, with counts, against the diagonal. */
export function binaryReliabilitySvg(bins: readonly BinaryReliabilityBin[], caption: { title: string; forecast: string; observed: string; ece: number; n: number }): string {
  const p: Panel = { x: 60, y: 40, w: 360, h: 360 };
  const a = axes(p, [0, 1], [0, 1], caption.title, caption.forecast, ticks(0, 1), ticks(0, 1));
  const bars = bins.flatMap((b) => {
    if (!b.count) return [];
    const x = a.sx(b.lo) + 1;
    const w = a.sx(b.hi) - a.sx(b.lo) - 2;
    return [
      `<rect x="${f(x)}" y="${f(a.sy(b.observed))}" width="${f(w)}" height="${f(a.sy(0) - a.sy(b.observed))}" fill="#1f77b4" fill-opacity="0.75"><title>${b.lo.toFixed(1)}–${b.hi.toFixed(1)}: n=${b.count}, observed ${b.observed.toFixed(2)}, mean forecast ${b.forecast.toFixed(2)}</title></rect>`,
      `<circle cx="${f(a.sx(b.forecast))}" cy="${f(a.sy(b.observed))}" r="3" fill="#ff7f0e"/>`,
      `<text x="${f(x + w / 2)}" y="${f(a.sy(0) - 4)}" text-anchor="middle" font-size="10" fill="#ffffff">${b.count}</text>`,
    ];
  });
  const body = [
    a.svg,
    ...bars,
    `<line x1="${f(a.sx(0))}" y1="${f(a.sy(0))}" x2="${f(a.sx(1))}" y2="${f(a.sy(1))}" stroke="#d62728" stroke-dasharray="4 3"/>`,
    `<text x="${p.x - 40}" y="${p.y + p.h / 2}" transform="rotate(-90 ${p.x - 40} ${p.y + p.h / 2})" text-anchor="middle">${esc(caption.observed)}</text>`,
    `<rect x="440" y="60" width="14" height="10" fill="#1f77b4"/><text x="460" y="69">observed rate per bin (n inside)</text>`,
    `<circle cx="447" cy="84" r="3" fill="#ff7f0e"/><text x="460" y="89">mean forecast of the bin</text>`,
    `<text x="440" y="112">dashed: perfect calibration</text>`,
    `<text x="440" y="136">n = ${caption.n}, ECE ${caption.ece.toFixed(3)} (10 bins)</text>`,
  ].join('\n');
  return document(700, 450, body);
}
