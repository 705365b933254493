// How much each modality contributed to the estimate (the fusion attention weights) as one stacked bar.
import { MODALITIES, type Modality } from '../../../../src/analysis/types.ts';
import { pct } from '../../lib/format.ts';

const NAMES: Record<Modality, string> = { text: 'your text', voice: 'your voice', face: 'your face' };

/** "62 % from your text" for each present modality, largest first, plus the bar. */
export function WeightBar({ weights }: { weights: Record<Modality, number> }) {
  const present = MODALITIES.filter((m) => weights[m] > 0).sort((a, b) => weights[b] - weights[a]);
  if (present.length === 0) return null;
  return (
    <section className="card" aria-labelledby="weights-title">
      <h2 id="weights-title">What the estimate rests on</h2>
      <div className="stack" aria-hidden="true">
        {present.map((m) => (
          <span key={m} className={`seg seg-${m}`} style={{ width: `${(weights[m] * 100).toFixed(1)}%` }}>
            {weights[m] >= 0.12 ? m : ''}
          </span>
        ))}
      </div>
      <ul className="weights">
        {present.map((m) => (
          <li key={m}>
            <span className={`dot seg-${m}`} aria-hidden="true" /> {pct(weights[m])} from {NAMES[m]}
          </li>
        ))}
      </ul>
    </section>
  );
}
