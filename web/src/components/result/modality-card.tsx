// One modality of a result: what was found (emotion bars, explanation, notes) and which engine and model served,
// or why the modality is missing.
import type { Modality, ModalityResult } from '../../../../src/analysis/types.ts';
import { sentence, withStop } from '../../lib/format.ts';
import { EmotionBars } from './emotion-bars.tsx';
import { HowGoodLink } from '../models/how-good-link.tsx';

const TITLES: Record<Modality, string> = { text: 'Journal text', voice: 'Voice', face: 'Face' };

/** The card for one modality. */
export function ModalityCard({ modality, result }: { modality: Modality; result: ModalityResult }) {
  const title = TITLES[modality];
  if (result.status !== 'ok') {
    return (
      <section className={`card modality modality-${result.status}`} aria-label={title} data-testid={`modality-${modality}`}>
        <h3>{title}</h3>
        <p className={result.status === 'rejected' ? 'warn' : 'muted'}>
          {result.status === 'rejected' ? `Not used: ${withStop(result.reason)}` : 'Not given in this check-in.'}
        </p>
      </section>
    );
  }
  return (
    <section className="card modality modality-ok" aria-label={title} data-testid={`modality-${modality}`}>
      <h3>{title}</h3>
      {result.emotions ? (
        <EmotionBars emotions={result.emotions} covered={result.covered} label={`${title}: emotions`} />
      ) : (
        <details className="muted">
          <summary>No emotion estimate for this input</summary>
          <p className="small">{sentence(result.emotionsAbsentReason ?? 'no emotion engine was available')}</p>
        </details>
      )}
      {result.explanation && result.explanation.length > 0 && (
        <ul className="explanation">
          {result.explanation.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {result.notes?.map((n, i) => (
        <p key={i} className="warn small">
          {sentence(n)}
        </p>
      ))}
      <p className="muted small">
        Engine <code>{result.engine}</code> · model <code>{result.model}</code> · <HowGoodLink part={modality} engine={result.engine} />
      </p>
    </section>
  );
}
