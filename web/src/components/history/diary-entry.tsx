// One check-in in the diary: time, risk, inputs, self-report, kept journal text and note, and edit / delete.
import { useState } from 'react';
import { MODALITIES } from '../../../../src/analysis/types.ts';
import { deleteAssessment } from '../../api/client.ts';
import type { StoredAssessment } from '../../api/types.ts';
import { clockTime, pct, riskWord } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { EntryEditForm } from './entry-edit-form.tsx';

export interface DiaryEntryProps {
  entry: StoredAssessment;
  canKeepText: boolean;
  onChanged(): void;
}

/** A diary entry card. */
export function DiaryEntry({ entry: initial, canKeepText, onChanged }: DiaryEntryProps) {
  const [entry, setEntry] = useState(initial);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [error, setError] = useState<string | null>(null);
  const a = entry;
  const self = [
    a.selfReport.energy !== undefined && `energy ${a.selfReport.energy}`,
    a.selfReport.stress !== undefined && `stress ${a.selfReport.stress}`,
    a.selfReport.work !== undefined && `${a.selfReport.work} h worked`,
  ].filter(Boolean).join(' · ');
  const inputs = MODALITIES.filter((m) => a.modalities[m]?.status === 'ok').join(', ') || 'no analysed input';

  async function remove() {
    try {
      await deleteAssessment(a.id);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <li className={`card entry risk-${a.risk.level}`} data-testid="history-entry">
      <p className="entry-head">
        <a href={href({ page: 'result', id: a.id })} aria-label={`${clockTime(a.at)}: open this check-in`}>{clockTime(a.at)}</a>
        <strong className={`risk-word risk-${a.risk.level}`}>{riskWord(a.risk.level)}</strong>
        <span className="muted small">confidence {pct(a.risk.confidence)}{a.risk.reliable ? '' : ', not reliable'} · {inputs}</span>
      </p>
      {self && <p className="small">{self}</p>}
      {a.journalText && (
        <blockquote className="kept" data-testid="kept-text">
          <span className="sr-only">Journal: </span>{a.journalText}
        </blockquote>
      )}
      {a.note && <p className="note" data-testid="kept-note"><span className="muted small">Note: </span>{a.note}</p>}
      {mode === 'edit' && (
        <EntryEditForm entry={a} canKeepText={canKeepText} onCancel={() => setMode('view')}
          onSaved={(updated) => { setEntry(updated); setMode('view'); onChanged(); }} />
      )}
      {mode === 'confirm-delete' && (
        <div className="confirm" role="group" aria-label="Confirm deletion">
          <p>Delete this check-in with its alerts and anything kept with it? This cannot be undone.</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => void remove()}>Yes, delete it</button>
            <button type="button" className="secondary" onClick={() => setMode('view')}>Keep it</button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <div className="row entry-actions">
          <button type="button" className="secondary small-button" onClick={() => setMode('edit')}>Edit</button>
          <button type="button" className="secondary small-button" onClick={() => setMode('confirm-delete')}>Delete…</button>
        </div>
      )}
      {error && <p className="error" role="alert">Could not delete: {error}</p>}
    </li>
  );
}
