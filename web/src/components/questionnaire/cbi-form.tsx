// The Copenhagen Burnout Inventory on one page: the time frame stated first, personal and work-related burnout, and the
// six client-related questions only for people who work with clients. Unanswered questions are sent as skipped; the
// manual's rule decides whether a scale can still be scored, and the form says how many are answered.
import { useState } from 'react';
import { CBI_CORE_ITEMS, CBI_FRAMING, CBI_ITEMS, CBI_MIN_ANSWERED, CBI_SCALES, SCALE_NAMES } from '../../../../src/questionnaire/cbi-items.ts';
import { CbiItemField } from './cbi-item.tsx';

/** The form; `onSubmit` gets 13 or 19 answers (null = skipped). */
export function CbiForm({ busy, onSubmit }: { busy: boolean; onSubmit(answers: Array<number | null>): void }) {
  const [answers, setAnswers] = useState<Array<number | null>>(() => CBI_ITEMS.map(() => null));
  const [clients, setClients] = useState(false);
  const asked = clients ? CBI_ITEMS : CBI_ITEMS.slice(0, CBI_CORE_ITEMS);
  const answered = asked.filter((i) => answers[i.number - 1] !== null).length;
  const set = (n: number, v: number | null) => setAnswers((a) => a.map((x, i) => (i === n - 1 ? v : x)));
  const short = CBI_SCALES.filter((s) => (s !== 'client' || clients) && asked.filter((i) => i.scale === s && answers[i.number - 1] !== null).length < CBI_MIN_ANSWERED[s]);
  return (
    <form
      className="cbi-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(answers.slice(0, asked.length));
      }}
    >
      <p className="cbi-framing"><strong>{CBI_FRAMING.instruction}</strong> Choose the answer closest to how it was; you may skip a question.</p>
      {CBI_SCALES.filter((s) => s !== 'client').map((scale) => (
        <section key={scale} className="card" aria-labelledby={`cbi-${scale}`}>
          <h2 id={`cbi-${scale}`}>{SCALE_NAMES[scale]}</h2>
          {CBI_ITEMS.filter((i) => i.scale === scale).map((item) => (
            <CbiItemField key={item.number} item={item} value={answers[item.number - 1] ?? null} onChange={(v) => set(item.number, v)} />
          ))}
        </section>
      ))}
      <section className="card" aria-labelledby="cbi-client">
        <h2 id="cbi-client">{SCALE_NAMES.client}</h2>
        <label className="keep">
          <input type="checkbox" checked={clients} onChange={(e) => setClients(e.target.checked)} /> I work with clients (patients, students, children,
          inmates, customers or other people I serve): add the six client-related questions.
        </label>
        {clients && CBI_ITEMS.filter((i) => i.scale === 'client').map((item) => (
          <CbiItemField key={item.number} item={item} value={answers[item.number - 1] ?? null} onChange={(v) => set(item.number, v)} />
        ))}
      </section>
      <div className="submit-bar">
        <p role="status" data-testid="cbi-progress">
          {answered} of {asked.length} questions answered.
          {short.length > 0 && ` ${short.map((s) => SCALE_NAMES[s]).join(' and ')} can be scored from ${short.map((s) => CBI_MIN_ANSWERED[s]).join(' and ')} answers on.`}
        </p>
        <button type="submit" className="primary" disabled={busy || answered === 0}>
          {busy ? 'Saving…' : 'Save questionnaire'}
        </button>
      </div>
    </form>
  );
}
