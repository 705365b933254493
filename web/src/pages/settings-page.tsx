// Data & settings: consent choices, time zone, reminders, export, import, delete all, and model status.
import { useState } from 'react';
import { ConsentForm } from '../components/settings/consent-form.tsx';
import { DeleteData } from '../components/settings/delete-data.tsx';
import { ExportButtons } from '../components/settings/export-buttons.tsx';
import { ModelStatus } from '../components/settings/model-status.tsx';
import { ImportForm } from '../components/settings/import-form.tsx';
import { ReminderForm } from '../components/settings/reminder-form.tsx';
import { TimeZoneSetting } from '../components/settings/time-zone-setting.tsx';
import { getProfile } from '../api/client.ts';
import { useFetch } from '../lib/use-fetch.ts';
import { defaultConsents, loadConsents, saveConsents } from '../lib/consent.ts';

/** The settings page. */
export function SettingsPage() {
  const [initial] = useState(() => loadConsents() ?? defaultConsents());
  const profile = useFetch(getProfile);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Data &amp; settings</h1>
      <section className="card" aria-labelledby="consent-settings-title">
        <h2 id="consent-settings-title">What the tool may use</h2>
        <ConsentForm initial={initial} saveLabel="Save choices" onSave={saveConsents} />
      </section>
      {profile.data && <TimeZoneSetting profile={profile.data} onChanged={profile.reload} />}
      <ReminderForm questionnaire={profile.data?.questionnaire ?? false} />
      <ExportButtons />
      <ImportForm />
      <DeleteData />
      <ModelStatus />
    </section>
  );
}
