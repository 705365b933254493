// The check-in against the person's own measures: how it differed from their usual (personal baseline), and its risk
// calibrated to their questionnaire once there are enough questionnaires — beside the model's level, never instead.
import { calibratedLevel } from '../../../../src/questionnaire/calibration.ts';
import { riskFeature } from '../../../../src/trend/features.ts';
import { getQuestionnaires } from '../../api/client.ts';
import type { StoredAssessment } from '../../api/types.ts';
import { capitalise, pct } from '../../lib/format.ts';
import { useFetch } from '../../lib/use-fetch.ts';

/** Nothing when the check-in has neither a baseline nor a calibration. */
export function PersonalContext({ a }: { a: StoredAssessment }) {
  const cbi = useFetch(getQuestionnaires);
  const sentences = a.explanation.baseline ?? a.baseline?.sentences ?? [];
  const c = cbi.data?.calibration;
  const calibrated = c && a.risk.level !== 'unclear' ? calibratedLevel(c.params, riskFeature(a.risk.probabilities)) : null;
  if (sentences.length === 0 && !a.baseline && !calibrated) return null;
  return (
    <section className="card" aria-labelledby="personal-title" data-testid="personal-context">
      <h2 id="personal-title">Compared with you</h2>
      {a.baseline && sentences.length === 0 && <p className="muted">Nothing stood out against your usual inputs.</p>}
      {sentences.map((s) => <p key={s}>{s}</p>)}
      {calibrated && c && (
        <p data-testid="calibrated">
          {capitalise(c.label)}: <strong>{capitalise(calibrated.band)}</strong> (Low {pct(calibrated.probabilities.low)}, Moderate{' '}
          {pct(calibrated.probabilities.moderate)}, High {pct(calibrated.probabilities.high)}; from your {c.n} questionnaires). The estimate
          above is the model&apos;s own.
        </p>
      )}
    </section>
  );
}
