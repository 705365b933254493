// The note (not analysed) and the per-check-in "keep" tick for the journal text and the note: unticked by default,
// disabled with the reason when the server does not allow keeping text.

export interface NoteInputProps {
  note: string;
  keep: boolean;
  /** Whether the server may keep text at all (GET /api/profile); null while unknown. */
  allowed: boolean | null;
  maxChars: number;
  onNote(v: string): void;
  onKeep(v: boolean): void;
}

/** Note box and keep tick. */
export function NoteInput(p: NoteInputProps) {
  const disabled = p.allowed === false;
  return (
    <fieldset className="card">
      <legend>Note and diary (optional)</legend>
      <label htmlFor="note">A note for yourself (not analysed), e.g. what happened today</label>
      <textarea id="note" rows={3} value={p.note} maxLength={p.maxChars} onChange={(e) => p.onNote(e.target.value)} />
      <label className="keep">
        <input type="checkbox" checked={p.keep && !disabled} disabled={disabled} onChange={(e) => p.onKeep(e.target.checked)} aria-describedby="keep-why" />{' '}
        Keep my journal text and note, so that I can re-read them in History
      </label>
      <p id="keep-why" className="muted small">
        {disabled
          ? 'This server is set not to keep any text (store.allowTextStorage is off), so nothing you write is kept.'
          : p.keep
            ? 'They will be stored on this computer with the check-in; you can delete them any time.'
            : 'Not ticked: only the scores are kept; the text is analysed and then forgotten.'}
      </p>
    </fieldset>
  );
}
