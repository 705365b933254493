// The voice part of a check-in: record with the microphone or choose an audio file; shows the clip once ready.
import { useState } from 'react';
import { toWav16k, type PreparedAudio } from '../../lib/audio-decode.ts';
import { VoiceRecorder } from './voice-recorder.tsx';
import { ClipPreview } from './clip-preview.tsx';

/** Voice input; `clip` is the prepared 16 kHz WAV or null. */
export function VoiceInput({ clip, maxSec, onChange }: { clip: PreparedAudio | null; maxSec: number; onChange(c: PreparedAudio | null): void }) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    setBusy(true);
    try {
      const prepared = await toWav16k(file);
      if (prepared.durationSec > maxSec) throw new Error(`that clip is ${Math.round(prepared.durationSec)} s long; the limit is ${maxSec} s`);
      onChange(prepared);
    } catch (e) {
      setFileError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="card">
      <legend>Voice (optional)</legend>
      {clip ? (
        <ClipPreview clip={clip} onRemove={() => onChange(null)} />
      ) : (
        <>
          <VoiceRecorder maxSec={maxSec} onClip={onChange} />
          <p className="or">or</p>
          <label className="file">
            Choose an audio file (WAV, MP3, OGG…)
            <input type="file" accept="audio/*,.wav,.mp3,.ogg,.webm,.m4a" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
          </label>
          {busy && <p className="muted small" aria-live="polite">Reading the file…</p>}
          {fileError && <p className="error" role="alert">{fileError}</p>}
        </>
      )}
    </fieldset>
  );
}
