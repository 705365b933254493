// How much each input contributed to the estimate (the fusion attention weights) as one stacked bar, with a word on
// inputs that count little (an acoustic-only voice, a near-empty text).
import { FUSION_INPUTS, type FusionInput } from '../../../../src/fusion/types.ts';
import { pct } from '../../lib/format.ts';

const NAMES: Record<FusionInput, string> = { text: 'your text', voice: 'your voice', face: 'your face', selfReport: 'your self-report' };
const SHORT: Record<FusionInput, string> = { text: 'text', voice: 'voice', face: 'face', selfReport: 'self-report' };

/** "62 % from your text" for each present input, largest first, plus the bar; `weak` marks inputs that count little. */
export function WeightBar({ weights, weak = {} }: { weights: Record<FusionInput, number>; weak?: Partial<Record<FusionInput, string>> }) {
  const present = FUSION_INPUTS.filter((m) => weights[m] > 0).sort((a, b) => weights[b] - weights[a]);
  if (present.length === 0) return null;
  return (
    <section className="card" aria-labelledby="weights-title">
      <h2 id="weights-title">What the estimate rests on</h2>
      <div className="stack" aria-hidden="true">
        {present.map((m) => (
          <span key={m} className={`seg seg-${m}`} style={{ width: `${(weights[m] * 100).toFixed(1)}%` }}>
            {weights[m] >= 0.15 ? SHORT[m] : ''}
          </span>
        ))}
      </div>
      <ul className="weights">
        {present.map((m) => (
          <li key={m}>
            <span className={`dot seg-${m}`} aria-hidden="true" /> {pct(weights[m])} from {NAMES[m]}
            {weak[m] && <span className="muted small"> — counts little: {weak[m]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
