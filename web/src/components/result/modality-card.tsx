// One modality of a result: what was found in plain words (emotion bars, explanation, notes), the measurements and
// which engine and model served behind "Details", or why the modality is missing.
import type { Modality, ModalityResult } from '../../../../src/analysis/types.ts';
import { sentence, withStop } from '../../lib/format.ts';
import { EmotionBars } from './emotion-bars.tsx';
import { HowGoodLink } from '../models/how-good-link.tsx';
import { hasFigures, plainLead } from '../../lib/plain-sentence.ts';
import { TechDetails } from './tech-details.tsx';

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
  // Voice sentences lead with plain words and carry their measurements (semitones, LUFS, syllables per second).
  const sentences = result.explanation ?? [];
  const shown = modality === 'voice' ? sentences.map(plainLead) : sentences;
  const measured = modality === 'voice' ? sentences.filter(hasFigures) : [];
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
      {shown.length > 0 && (
        <ul className="explanation">
          {shown.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {result.notes?.map((n, i) => (
        <p key={i} className="warn small">
          {sentence(n)}
        </p>
      ))}
      <p className="small"><HowGoodLink part={modality} engine={result.engine} /></p>
      <TechDetails>
        {measured.length > 0 && (
          <ul className="explanation">
            {measured.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        )}
        <p>
          Engine <code>{result.engine}</code> · model <code>{result.model}</code>
        </p>
      </TechDetails>
    </section>
  );
}
