// The check-in page: consent on the first visit, then journal, voice, photo, self-report, when, note and keep, and submit;
// a note when the weekly questionnaire is due.
import { useEffect, useRef, useState } from 'react';
import { getLimits, getProfile, getQuestionnaires } from '../api/client.ts';
import { QuestionnaireDue } from '../components/questionnaire/questionnaire-due.tsx';
import { submitCheckIn } from '../api/submit.ts';
import { ConsentForm } from '../components/settings/consent-form.tsx';
import { ModelsBanner } from '../components/layout/models-banner.tsx';
import { BiometricNotice } from '../components/layout/biometric-notice.tsx';
import { useSession } from '../lib/session-context.ts';
import { JournalInput } from '../components/checkin/journal-input.tsx';
import { PhotoInput } from '../components/checkin/photo-input.tsx';
import { SelfReportInputs } from '../components/checkin/self-report-inputs.tsx';
import { SubmitProgress, type SubmitPhase } from '../components/checkin/submit-progress.tsx';
import { VoiceInput } from '../components/checkin/voice-input.tsx';
import { NoteInput } from '../components/checkin/note-input.tsx';
import { WhenInput } from '../components/checkin/when-input.tsx';
import { localInputToIso } from '../lib/dates.ts';
import { useFetch } from '../lib/use-fetch.ts';
import type { PreparedAudio } from '../lib/audio-decode.ts';
import { defaultConsents, loadConsents, saveConsents, type Consents } from '../lib/consent.ts';
import { rememberResult } from '../lib/result-cache.ts';
import { href, navigate } from '../lib/router.ts';
import type { SelfReport } from '../../../src/trend/types.ts';

/** The check-in form. */
export function CheckInPage() {
  const [consents, setConsents] = useState<Consents | null>(() => loadConsents());
  const [text, setText] = useState('');
  const [clip, setClip] = useState<PreparedAudio | null>(null);
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [selfReport, setSelfReport] = useState<SelfReport>({});
  const [phase, setPhase] = useState<SubmitPhase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [note, setNote] = useState('');
  const [keep, setKeep] = useState(() => loadConsents()?.text.store ?? false);
  const profile = useFetch(getProfile);
  const { modalities } = useSession();
  const cbi = useFetch(getQuestionnaires);
  // The limits come from the server (config.yaml), so that the form checks exactly what the server enforces.
  const limits = useFetch(getLimits);
  const heading = useRef<HTMLHeadingElement>(null);
  const askedNow = useRef(false);
  // After the first-visit consent form, put keyboard focus on the form that replaced it.
  useEffect(() => {
    if (consents && askedNow.current) heading.current?.focus();
  }, [consents]);

  if (!consents) {
    return (
      <section aria-labelledby="consent-title">
        <h1 id="consent-title">Before your first check-in</h1>
        <ConsentForm
          initial={defaultConsents()}
          saveLabel="Save and continue"
          onSave={(c) => {
            saveConsents(c);
            askedNow.current = true;
            setConsents(c);
          }}
        />
      </section>
    );
  }

  if (!limits.data) {
    return <p role={limits.error ? 'alert' : 'status'} className={limits.error ? 'error' : undefined}>{limits.error ? `Cannot reach the server: ${limits.error.message}` : 'Loading…'}</p>;
  }
  const { maxTextChars, maxVoiceSec } = limits.data;
  const useText = consents.text.analyse && text.trim().length > 0;
  const voiceOn = consents.voice.analyse && modalities.voice;
  const faceOn = consents.face.analyse && modalities.face;
  const useVoice = voiceOn && clip !== null;
  const useFace = faceOn && photo !== null;
  const nothing = !useText && !useVoice && !useFace;
  const tooLong = text.length > maxTextChars;

  async function submit() {
    setError(null);
    setPhase({ kind: 'preparing' });
    try {
      const result = await submitCheckIn(
        {
          text: useText ? text : undefined,
          audio: useVoice ? clip?.wav : undefined,
          image: useFace ? (photo ?? undefined) : undefined,
          selfReport,
          store: { text: keep, note: keep, voice: consents!.voice.store, face: consents!.face.store },
          ...(when ? { at: localInputToIso(when) ?? undefined } : {}),
          ...(note.trim() ? { note } : {}),
        },
        {
          onUpload: (fraction) => setPhase({ kind: 'uploading', fraction }),
          onAnalysing: () => setPhase({ kind: 'analysing', since: Date.now() }),
        },
      );
      rememberResult(result);
      navigate({ page: 'result', id: result.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase(null);
    }
  }

  const off = (['text', 'voice', 'face'] as const).filter((m) => !consents[m].analyse && modalities[m]);
  return (
    <section aria-labelledby="checkin-title">
      <h1 id="checkin-title" ref={heading} tabIndex={-1}>
        Check in
      </h1>
      <ModelsBanner />
      <BiometricNotice />
      <QuestionnaireDue overview={cbi.data} />
      <p className="muted">Give any of the three; more inputs give a steadier estimate. Everything is analysed on this computer.</p>
      {off.length > 0 && (
        <p className="muted small">
          You turned off {off.join(' and ')} analysis. <a href={href({ page: 'settings' })}>Change this in Data &amp; settings</a>.
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!nothing && !tooLong && !phase) void submit();
        }}
      >
        <div className="grid">
          {consents.text.analyse && <JournalInput value={text} maxChars={maxTextChars} onChange={setText} />}
          {voiceOn && <VoiceInput clip={clip} maxSec={maxVoiceSec} onChange={setClip} />}
          {faceOn && <PhotoInput photo={photo} onChange={setPhoto} />}
          <SelfReportInputs value={selfReport} onChange={setSelfReport} />
          <NoteInput note={note} keep={keep} allowed={profile.data?.storage.text ?? null} maxChars={maxTextChars} onNote={setNote} onKeep={setKeep} />
        </div>
        <WhenInput value={when} maxAgeDays={profile.data?.at.maxAgeDays ?? 730} onChange={setWhen} />
        <div className="submit-bar">
          <button type="submit" className="primary" disabled={nothing || tooLong || phase !== null}>
            Submit check-in
          </button>
          {nothing && <p className="muted small">Add at least one: a journal entry, a voice clip or a photo.</p>}
          {phase && <SubmitProgress phase={phase} />}
          {error && <p className="error" role="alert">The check-in failed: {error}</p>}
        </div>
      </form>
    </section>
  );
}
