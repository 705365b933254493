// What happens after "Submit": upload progress, then an analysis timer until the result arrives.
import { useEffect, useState } from 'react';

export type SubmitPhase = { kind: 'preparing' } | { kind: 'uploading'; fraction: number } | { kind: 'analysing'; since: number };

/** A progress bar and a sentence for the current phase. */
export function SubmitProgress({ phase }: { phase: SubmitPhase }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(t);
  }, []);
  const label =
    phase.kind === 'preparing'
      ? 'Preparing your check-in…'
      : phase.kind === 'uploading'
        ? `Uploading… ${Math.round(phase.fraction * 100)} %`
        : `Analysing text, voice and face on this computer… ${Math.floor((now - phase.since) / 1000)} s`;
  return (
    <div className="progress" role="status" aria-live="polite">
      <progress value={phase.kind === 'uploading' ? phase.fraction : undefined} max={1} aria-label="Check-in progress" />
      <p>{label}</p>
    </div>
  );
}
