// One modality's emotion distribution as labelled horizontal bars; classes the engine cannot express are marked.
import { EMOTIONS, type Emotion, type EmotionScores } from '../../../../src/emotions.ts';
import { capitalise, pct } from '../../lib/format.ts';

/** Emotion bars, strongest first. */
export function EmotionBars({ emotions, covered, label }: { emotions: EmotionScores; covered?: Emotion[]; label: string }) {
  const order = [...EMOTIONS].sort((a, b) => emotions[b] - emotions[a]);
  return (
    <dl className="bars emotions" aria-label={label}>
      {order.map((e) => {
        const notCovered = covered !== undefined && !covered.includes(e);
        return (
          <div key={e} className="bar-row">
            <dt>{capitalise(e)}</dt>
            <dd>
              <span className="bar bar-emotion" style={{ width: `${(emotions[e] * 100).toFixed(1)}%` }} />
              <span className="bar-value">{notCovered ? 'not measured' : pct(emotions[e])}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
