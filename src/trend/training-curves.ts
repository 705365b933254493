// Hand-written SVG of training curves (loss and accuracy per epoch, train vs validation); no chart dependency.

/** One epoch's numbers (the shape of metadata.json `curves`). */
export interface CurvePoint {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  valLoss: number;
  valAccuracy: number;
}

const W = 360;
const H = 220;
const PAD = { left: 48, right: 12, top: 28, bottom: 36 };
const COLORS = { train: '#1f77b4', val: '#d62728' };

/** Renders two side-by-side panels (loss, accuracy) as a standalone SVG document. */
export function renderTrainingCurvesSvg(points: readonly CurvePoint[], title: string): string {
  const loss = panel(points, 'loss', (p) => p.trainLoss, (p) => p.valLoss, 0);
  const acc = panel(points, 'accuracy', (p) => p.trainAccuracy, (p) => p.valAccuracy, W);
  const legend = [
    `<line x1="${W * 2 - 190}" y1="14" x2="${W * 2 - 170}" y2="14" stroke="${COLORS.train}" stroke-width="2"/>`,
    `<text x="${W * 2 - 165}" y="18">train</text>`,
    `<line x1="${W * 2 - 120}" y1="14" x2="${W * 2 - 100}" y2="14" stroke="${COLORS.val}" stroke-width="2" stroke-dasharray="5,3"/>`,
    `<text x="${W * 2 - 95}" y="18">validation</text>`,
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W * 2}" height="${H + 20}" viewBox="0 0 ${W * 2} ${H + 20}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="16" font-size="13" font-weight="bold">${escapeXml(title)}</text>`,
    ...legend,
    `<g transform="translate(0,20)">`, loss, acc, `</g>`,
    '</svg>',
    '',
  ].join('\n');
}

function panel(points: readonly CurvePoint[], label: string, a: (p: CurvePoint) => number, b: (p: CurvePoint) => number, x0: number): string {
  const values = points.flatMap((p) => [a(p), b(p)]).filter(Number.isFinite);
  let lo = Math.min(0, ...values);
  let hi = Math.max(...values, label === 'accuracy' ? 1 : 0.1);
  if (hi - lo < 1e-9) [lo, hi] = [lo - 0.5, hi + 0.5];
  const n = Math.max(1, points.length - 1);
  const first = points[0]?.epoch ?? 1;
  const px = (e: number) => x0 + PAD.left + ((e - first) / n) * (W - PAD.left - PAD.right);
  const py = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const line = (f: (p: CurvePoint) => number) => points.map((p) => `${px(p.epoch).toFixed(1)},${py(f(p)).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => lo + t * (hi - lo));
  const bottom = H - PAD.bottom;
  const out = [
    `<text x="${x0 + PAD.left}" y="${PAD.top - 8}" font-weight="bold">${label}</text>`,
    `<line x1="${x0 + PAD.left}" y1="${bottom}" x2="${x0 + W - PAD.right}" y2="${bottom}" stroke="#888"/>`,
    `<line x1="${x0 + PAD.left}" y1="${PAD.top}" x2="${x0 + PAD.left}" y2="${bottom}" stroke="#888"/>`,
    ...ticks.map((v) => `<line x1="${x0 + PAD.left}" y1="${py(v).toFixed(1)}" x2="${x0 + W - PAD.right}" y2="${py(v).toFixed(1)}" stroke="#eee"/>` +
      `<text x="${x0 + PAD.left - 4}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${v.toFixed(2)}</text>`),
    `<text x="${x0 + (W + PAD.left) / 2}" y="${H - 6}" text-anchor="middle">epoch (${first}–${points[points.length - 1]?.epoch ?? first})</text>`,
    `<polyline fill="none" stroke="${COLORS.train}" stroke-width="2" points="${line(a)}"/>`,
    `<polyline fill="none" stroke="${COLORS.val}" stroke-width="2" stroke-dasharray="5,3" points="${line(b)}"/>`,
  ];
  return out.join('\n');
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}
