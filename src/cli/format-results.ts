// Human-readable rendering of per-modality results for the CLI (emotion table, features, notes).
import { EMOTIONS } from '../emotions.ts';
import type { ModalityResult } from '../analysis/types.ts';
import { formatNumber, formatTable, NOTICE } from './output.ts';

/** Renders each modality's result as a short block of text. */
export function formatModalityResults(results: Record<string, ModalityResult>): string {
  const blocks = Object.entries(results).map(([m, r]) => {
    if (r.status !== 'ok') return `${m}: ${r.status} — ${r.reason}`;
    const lines = [`${m}: engine ${r.engine} (${r.model}), ${formatNumber(r.latencyMs)} ms`];
    if (r.emotions) {
      const rows = EMOTIONS.map((e) => [e, (r.emotions![e] * 100).toFixed(1) + ' %', bar(r.emotions![e])]);
      lines.push(formatTable(['emotion', 'score', ''], rows));
    } else {
      lines.push(`emotions: not available${r.emotionsAbsentReason ? ` (${r.emotionsAbsentReason})` : ''}`);
    }
    const feats = Object.entries(r.features).filter(([, v]) => v !== null);
    if (feats.length) lines.push(formatTable(['feature', 'value'], feats.map(([k, v]) => [k, v as number])));
    for (const s of r.explanation ?? []) lines.push(`  ${s}`);
    for (const n of r.notes ?? []) lines.push(`note: ${n}`);
    return lines.join('\n');
  });
  return [...blocks, '', NOTICE].join('\n\n');
}

function bar(p: number): string {
  return '█'.repeat(Math.round(p * 30));
}
