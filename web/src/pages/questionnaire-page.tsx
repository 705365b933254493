// The questionnaire page: what the Copenhagen Burnout Inventory is and how it is used here, the form, and after saving
// the scale scores with their bands (and the way to History, where they are drawn beside the model's risk).
import { useState } from 'react';
import { submitQuestionnaire } from '../api/client.ts';
import type { StoredQuestionnaire } from '../api/types.ts';
import { CbiForm } from '../components/questionnaire/cbi-form.tsx';
import { CbiScores } from '../components/questionnaire/cbi-scores.tsx';
import { href } from '../lib/router.ts';

/** The page. */
export function QuestionnairePage() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<StoredQuestionnaire | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function send(answers: Array<number | null>) {
    setBusy(true);
    setError(null);
    try {
      setSaved(await submitQuestionnaire(answers));
      window.scrollTo(0, 0);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="questionnaire-title">
      <h1 id="questionnaire-title" tabIndex={-1}>Questionnaire</h1>
      <p>
        The Copenhagen Burnout Inventory (Kristensen et al. 2005) is a validated, freely available questionnaire about
        exhaustion. Answered once a week, it sits beside the model&apos;s risk in History, and after a few weeks shows how
        well the two agree. It is a self-report, not a diagnosis.
      </p>
      {saved ? (
        <div className="card" data-testid="cbi-result" role="status">
          <h2>Your scores</h2>
          <p className="muted small">About {saved.framing}. From 0 to 100; below 50 is low, 50–74 moderate, 75 and above high (bands used in research on this questionnaire). A self-report, not a diagnosis.</p>
          <CbiScores q={saved} />
          <p className="row">
            <a className="button" href={href({ page: 'history' })}>See it in History</a>
            <button type="button" className="secondary" onClick={() => setSaved(null)}>Answer again</button>
          </p>
        </div>
      ) : (
        <CbiForm busy={busy} onSubmit={(a) => void send(a)} />
      )}
      {error && <p className="error" role="alert">Could not save: {error}</p>}
    </section>
  );
}
