// The journal text box with a character count against the server's limit.

/** Journal entry input. */
export function JournalInput({ value, maxChars, onChange }: { value: string; maxChars: number; onChange(v: string): void }) {
  const over = value.length > maxChars;
  return (
    <fieldset className="card">
      <legend>Journal (optional)</legend>
      <label htmlFor="journal">How was your day? Write a few sentences about work and how you feel.</label>
      <textarea
        id="journal"
        rows={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="journal-count"
        aria-invalid={over || undefined}
      />
      <p id="journal-count" className={over ? 'error small' : 'muted small'}>
        {value.length.toLocaleString()} / {maxChars.toLocaleString()} characters
      </p>
    </fieldset>
  );
}
