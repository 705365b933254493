// Where to seek help, shown prominently with a High result and whenever the journal used safety language.
import { HELP_RESOURCES } from '../../../../src/notice.ts';
import { LinkedText } from '../layout/linked-text.tsx';

/** The help resources from the result (or the project's generic ones when the result carries none). */
export function HelpBox({ help, safetyLanguage = false }: { help?: string[]; safetyLanguage?: boolean }) {
  const lines = help && help.length > 0 ? help : HELP_RESOURCES;
  return (
    <section className="card help" aria-labelledby="help-title" data-testid="help-box">
      <h2 id="help-title">Where to seek help</h2>
      <p>
        {safetyLanguage
          ? 'Your journal mentions thoughts of suicide or self-harm. You do not have to carry this alone: please reach out now.'
          : 'A high estimate is a reason to pause and talk to someone you trust.'}
      </p>
      <ul>
        {lines.map((h, i) => (
          <li key={i}>
            <LinkedText text={h} />
          </li>
        ))}
      </ul>
    </section>
  );
}
