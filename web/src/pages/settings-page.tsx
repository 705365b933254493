// Data & settings: consent choices, export, delete all, and model status.
import { useState } from 'react';
import { ConsentForm } from '../components/settings/consent-form.tsx';
import { DeleteData } from '../components/settings/delete-data.tsx';
import { ExportButtons } from '../components/settings/export-buttons.tsx';
import { ModelStatus } from '../components/settings/model-status.tsx';
import { defaultConsents, loadConsents, saveConsents } from '../lib/consent.ts';

/** The settings page. */
export function SettingsPage() {
  const [initial] = useState(() => loadConsents() ?? defaultConsents());
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Data &amp; settings</h1>
      <section className="card" aria-labelledby="consent-settings-title">
        <h2 id="consent-settings-title">What the tool may use</h2>
        <ConsentForm initial={initial} saveLabel="Save choices" onSave={saveConsents} />
      </section>
      <ExportButtons />
      <DeleteData />
      <ModelStatus />
    </section>
  );
}
