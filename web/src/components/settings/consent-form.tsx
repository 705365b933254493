// The per-modality consent choices: analyse this input at all, and keep its raw content. Used on the first visit
// (check-in page) and in settings.
import { useState } from 'react';
import { MODALITIES, type Modality } from '../../../../src/analysis/types.ts';
import type { Consents } from '../../lib/consent.ts';

const WHAT: Record<Modality, { name: string; raw: string }> = {
  text: { name: 'Journal text', raw: 'Keep my journal text and notes (ticks “keep” on each new check-in; you can untick it there)' },
  voice: { name: 'Voice recording', raw: 'Keep my voice recordings' },
  face: { name: 'Face photo', raw: 'Keep my photos' },
};

/** Consent checkboxes per modality with a save button. */
export function ConsentForm({ initial, saveLabel, onSave }: { initial: Consents; saveLabel: string; onSave(c: Consents): void }) {
  const [c, setC] = useState<Consents>(initial);
  const [saved, setSaved] = useState(false);
  const set = (m: Modality, key: 'analyse' | 'store', v: boolean) => {
    setSaved(false);
    setC((old) => ({ ...old, [m]: { ...old[m], [key]: v, ...(key === 'analyse' && !v ? { store: false } : {}) } }));
  };
  return (
    <form
      className="consent"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(c);
        setSaved(true);
      }}
    >
      <p>
        Choose what this tool may use. Analysis runs on this computer; scores are stored here so that you can see
        your history. Raw content is kept only if you tick “keep” and the server is configured to allow it.
      </p>
      {MODALITIES.map((m) => (
        <fieldset key={m} className="consent-row">
          <legend>{WHAT[m].name}</legend>
          <label>
            <input type="checkbox" checked={c[m].analyse} onChange={(e) => set(m, 'analyse', e.target.checked)} /> Analyse my{' '}
            {WHAT[m].name.toLowerCase()}
          </label>
          <label>
            <input type="checkbox" checked={c[m].store} disabled={!c[m].analyse} onChange={(e) => set(m, 'store', e.target.checked)} />{' '}
            {WHAT[m].raw}
          </label>
        </fieldset>
      ))}
      <button type="submit">{saveLabel}</button>
      {saved && <span className="ok small" role="status"> Saved.</span>}
    </form>
  );
}
