// A prepared voice clip: play it back, see its length, or remove it to record again.
import { useEffect, useMemo } from 'react';
import type { PreparedAudio } from '../../lib/audio-decode.ts';

/** Playback of the clip that will be uploaded. */
export function ClipPreview({ clip, onRemove }: { clip: PreparedAudio; onRemove(): void }) {
  const url = useMemo(() => URL.createObjectURL(clip.wav), [clip]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="clip" data-testid="voice-clip">
      <p>Voice clip ready: {clip.durationSec.toFixed(1)} s (16 kHz mono WAV).</p>
      {/* eslint-disable-next-line jsx-a11y/media-has-caption -- the person's own clip, just recorded: no transcript exists to caption it */}
      <audio controls src={url} aria-label="Your voice clip" />
      <button type="button" className="secondary" onClick={onRemove}>
        Remove and record again
      </button>
    </div>
  );
}
