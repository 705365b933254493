// The scale scores of one questionnaire with their bands in words (or why a scale is not scored).
import { CBI_SCALES, SCALE_NAMES } from '../../../../src/questionnaire/cbi-items.ts';
import type { StoredQuestionnaire } from '../../api/types.ts';
import { capitalise } from '../../lib/format.ts';

/** The three scales as a definition list. */
export function CbiScores({ q }: { q: StoredQuestionnaire }) {
  return (
    <dl className="tiles" data-testid="cbi-scores">
      {CBI_SCALES.map((scale) => {
        const score = q.scores[scale];
        const band = q.scores.bands[scale];
        const why = scale === 'client' && !q.scores.clientGiven ? 'not asked' : `not scored (${q.scores.answered[scale]} answered)`;
        return (
          <div key={scale} className={`tile${band ? ` band-${band}` : ''}`}>
            <dt>{SCALE_NAMES[scale]}</dt>
            <dd>{score === null ? <span className="muted small">{why}</span> : <>{score.toFixed(1)} <span className="small">of 100 · {capitalise(band ?? '')}</span></>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
