// Record a voice clip from the microphone: start/stop, timer and level meter; hands the finished WAV upward.
import { useEffect, useEffectEvent } from 'react';
import type { PreparedAudio } from '../../lib/audio-decode.ts';
import { clock } from '../../lib/format.ts';
import { useRecorder } from '../../lib/use-recorder.ts';
import { LevelMeter } from './level-meter.tsx';

/** The microphone recorder; calls `onClip` when a recording has been decoded. */
export function VoiceRecorder({ maxSec, onClip }: { maxSec: number; onClip(clip: PreparedAudio): void }) {
  const rec = useRecorder(maxSec);
  // Only a new clip matters; the parent's callback identity does not.
  const deliver = useEffectEvent((clip: PreparedAudio) => onClip(clip));
  useEffect(() => {
    if (rec.clip) deliver(rec.clip);
  }, [rec.clip]);
  const recording = rec.state === 'recording';
  return (
    <div className="recorder">
      <div className="row">
        {recording ? (
          <button type="button" className="danger" onClick={rec.stop}>
            ■ Stop recording
          </button>
        ) : (
          <button type="button" onClick={() => void rec.start()} disabled={rec.state === 'requesting' || rec.state === 'processing'}>
            ● Start recording
          </button>
        )}
        <span className="timer" role="timer" aria-label="Recording time">
          {clock(rec.elapsed)} / {clock(maxSec)}
        </span>
      </div>
      {recording && <LevelMeter level={rec.level} />}
      <p className="muted small" aria-live="polite">
        {rec.state === 'requesting' && 'Waiting for microphone permission…'}
        {recording && 'Recording… speak for 10–30 seconds about how your day went.'}
        {rec.state === 'processing' && 'Preparing the clip…'}
      </p>
      {rec.error && <p className="error" role="alert">{rec.error}</p>}
    </div>
  );
}
