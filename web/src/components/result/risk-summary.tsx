// The headline of a result: risk level (or "unclear" and why), how sure the model is in words, and the probability of
// each level (kept for an unclear result too); calibrated confidence, uncertainty and the fusion model behind "Details".
import { RISK_LEVELS, type Risk } from '../../../../src/fusion/types.ts';
import { capitalise, pct, riskWord, sentence } from '../../lib/format.ts';
import { HowGoodLink } from '../models/how-good-link.tsx';
import { TechDetails } from './tech-details.tsx';

/** Plain words for the reliable flag. */
export function reliableWords(risk: Risk): string {
  if (risk.level === 'unclear') return 'There is not enough evidence in this check-in for an estimate. The probabilities below are shown for openness only.';
  return risk.reliable
    ? 'The model is fairly sure of this estimate.'
    : 'The model is unsure of this estimate: read it as a rough hint, not a finding.';
}

/** Plain words for the MC-dropout uncertainty. */
function uncertaintyWord(u: number): string {
  return u < 0.2 ? 'low' : u < 0.5 ? 'medium' : 'high';
}

/** Risk level, confidence, uncertainty and probabilities. */
export function RiskSummary({ risk, fusionModel }: { risk: Risk; fusionModel?: string }) {
  const unclear = risk.level === 'unclear';
  return (
    <section className={`card risk risk-${risk.level}`} aria-labelledby="risk-title" data-testid="risk-summary">
      <h2 id="risk-title">{riskWord(risk.level)}</h2>
      {unclear && risk.unclearReason && <p>{sentence(risk.unclearReason)}</p>}
      {risk.levelNote && <p className="warn">{sentence(risk.levelNote)}</p>}
      <p className={risk.reliable ? 'ok' : 'warn'}>{reliableWords(risk)}</p>
      <dl className={`bars${unclear ? ' faded' : ''}`} aria-label="Probability of each risk level">
        {RISK_LEVELS.map((l) => (
          <div key={l} className="bar-row">
            <dt>{capitalise(l)}</dt>
            <dd>
              <span className={`bar bar-${l}`} style={{ width: pct(risk.probabilities[l], 1).replace(' ', '') }} />
              <span className="bar-value">{pct(risk.probabilities[l])}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="small"><HowGoodLink part="risk" /></p>
      <TechDetails>
        {!unclear && (
          <p>
            Calibrated confidence {pct(risk.confidence)} · MC-dropout uncertainty {risk.uncertainty.toFixed(2)} ({uncertaintyWord(risk.uncertainty)}) ·{' '}
            {risk.reliable ? 'reliable' : 'not reliable'} by the configured thresholds
          </p>
        )}
        {fusionModel && <p>Fusion model <code>{fusionModel}</code></p>}
      </TechDetails>
    </section>
  );
}
