// Human-readable rendering of one assessment for `burnout assess`: risk (or why it is unclear), input weights,
// explanation, modalities, self-report, timings, help and the notice.
import { MODALITIES } from '../analysis/types.ts';
import type { AssessmentResult } from '../assessment.ts';
import { RISK_LEVELS } from '../fusion/types.ts';

const pct = (v: number): string => `${Math.round(v * 100)} %`;

/** The headline: the level with confidence, or UNCLEAR with why. */
function headline(a: AssessmentResult): string {
  const r = a.risk;
  if (r.level === 'unclear') return `Burnout risk: UNCLEAR — not enough evidence for an estimate (${r.unclearReason ?? 'the evidence is thin'})`;
  const note = r.levelNote ? ` — ${r.levelNote}` : '';
  return `Burnout risk: ${r.level.toUpperCase()} (confidence ${pct(r.confidence)}, uncertainty ${r.uncertainty.toFixed(2)}, ${r.reliable ? 'reliable' : 'not reliable'})${note}`;
}

/** Renders an assessment as a short block of text. */
export function formatAssessment(a: AssessmentResult): string {
  const r = a.risk;
  const lines = [
    headline(a),
    `  ${RISK_LEVELS.map((l) => `${l} ${pct(r.probabilities[l])}`).join(' · ')}`,
    `Weights: ${a.explanation.weights}`,
    '',
    a.explanation.summary,
  ];
  const top = MODALITIES.flatMap((m) => (a.explanation.topEmotions[m] ? [`${m}: ${a.explanation.topEmotions[m]!.join(', ')}`] : []));
  if (top.length) lines.push(`Top emotions — ${top.join(' | ')}`);
  for (const s of a.explanation.voice) lines.push(`  ${s}`);
  lines.push('', 'Inputs:');
  for (const m of MODALITIES) {
    const res = a.modalities[m];
    if (res.status === 'ok') {
      const time = a.timings[m] !== undefined ? `, ${a.timings[m]} ms` : '';
      const stress = typeof res.features.stressProbability === 'number' ? `; stress language ${pct(res.features.stressProbability)}` : '';
      lines.push(`  ${m}: ok — engine ${res.engine} (${res.model})${time}${stress}${res.emotions ? '' : `; no emotions: ${res.emotionsAbsentReason ?? 'no emotion engine'}`}`);
      for (const n of res.notes ?? []) lines.push(`    note: ${n}`);
    } else {
      lines.push(`  ${m}: ${res.status} — ${res.reason}`);
    }
  }
  const sr = a.selfReport;
  const self = [
    sr.energy !== undefined ? `energy ${sr.energy}/10` : '',
    sr.stress !== undefined ? `stress ${sr.stress}/10` : '',
    sr.work !== undefined ? `work ${sr.work} h` : '',
  ].filter(Boolean);
  lines.push(self.length ? `  self-report: ${self.join(', ')} — weight ${pct(r.modalityWeights.selfReport)}` : '  self-report: not given');
  lines.push(`Timings: ${Object.entries(a.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
  if (a.help?.length) lines.push('', 'Where to find help:', ...a.help.map((h) => `  - ${h}`));
  lines.push('', a.notice);
  return lines.join('\n');
}
