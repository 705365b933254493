// Import: a JSON export of this tool (from "Download JSON") back into this profile; all or nothing, duplicates skipped.
import { useState } from 'react';
import { importData } from '../../api/client.ts';

/** File picker and result of an import. */
export function ImportForm() {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onFile(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        throw new Error(`${file.name} is not a JSON file`);
      }
      const r = await importData(data);
      setStatus({ ok: true, text: `Imported ${r.imported} check-in${r.imported === 1 ? '' : 's'}; ${r.skipped} already here and skipped.` +
        (r.questionnaires ? ` Imported ${r.questionnaires} questionnaire${r.questionnaires === 1 ? '' : 's'}.` : '') +
        (r.textDropped ? ` ${r.textDropped} journal text(s) or note(s) were not kept: this server keeps no text.` : '') });
    } catch (e) {
      setStatus({ ok: false, text: `Nothing was imported: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <label htmlFor="import-file">A JSON export of this tool (for example from another computer)</label>
      <input id="import-file" type="file" accept="application/json,.json" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      {status && <p className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>{status.text}</p>}
    </section>
  );
}
