// Editing one check-in: energy, stress, hours and the note. Saving re-computes the trend (not the risk, which was
// computed from inputs that are not kept); the form says so.
import { useState } from 'react';
import { patchAssessment } from '../../api/client.ts';
import type { StoredAssessment } from '../../api/types.ts';

type Field = 'energy' | 'stress' | 'work';
const FIELDS: Array<{ key: Field; label: string; max: number; step: number }> = [
  { key: 'energy', label: 'Energy (0–10)', max: 10, step: 1 },
  { key: 'stress', label: 'Stress (0–10)', max: 10, step: 1 },
  { key: 'work', label: 'Hours worked (0–24)', max: 24, step: 0.5 },
];

/** The edit form of a diary entry; `onSaved` gets the updated check-in. */
export function EntryEditForm({ entry, canKeepText, onSaved, onCancel }: { entry: StoredAssessment; canKeepText: boolean; onSaved(a: StoredAssessment): void; onCancel(): void }) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    energy: entry.selfReport.energy?.toString() ?? '', stress: entry.selfReport.stress?.toString() ?? '', work: entry.selfReport.work?.toString() ?? '',
  }));
  const [note, setNote] = useState(entry.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = (k: string) => `edit-${entry.id}-${k}`;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const selfReport = Object.fromEntries(FIELDS.map((f) => [f.key, values[f.key].trim() === '' ? null : Number(values[f.key])]));
      const noteChange = note !== (entry.note ?? '') ? { note: note.trim() === '' ? null : note } : {};
      onSaved(await patchAssessment(entry.id, { selfReport, ...noteChange }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <form className="entry-edit" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <div className="edit-fields">
        {FIELDS.map((f) => (
          <label key={f.key} htmlFor={id(f.key)}>
            {f.label}
            <input id={id(f.key)} type="number" min={0} max={f.max} step={f.step} value={values[f.key]}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))} />
          </label>
        ))}
      </div>
      {canKeepText && (
        <label htmlFor={id('note')}>
          Note
          <textarea id={id('note')} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      )}
      <p className="muted small">The risk of this check-in stays as it was assessed; the trend is recomputed with your changes.</p>
      <div className="row">
        <button type="submit" disabled={busy}>Save changes</button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>Cancel</button>
      </div>
      {error && <p className="error" role="alert">Could not save: {error}</p>}
    </form>
  );
}
