// Webcam preview with a "Take photo" button; hands the captured JPEG upward.
import { useState } from 'react';
import { useCamera } from '../../lib/use-camera.ts';

/** The camera: start, live preview, take a photo (which switches the camera off). */
export function CameraCapture({ onPhoto }: { onPhoto(blob: Blob): void }) {
  const { state, error, videoRef, start, stop, capture } = useCamera();
  const [notReady, setNotReady] = useState(false);
  const live = state === 'live';
  async function take() {
    const blob = await capture();
    setNotReady(!blob);
    if (blob) onPhoto(blob);
  }
  return (
    <div className="camera">
      <video ref={videoRef} className={live ? 'preview mirrored' : 'hidden'} muted playsInline aria-label="Camera preview" />
      <div className="row">
        {live ? (
          <>
            <button type="button" onClick={() => void take()}>
              Take photo
            </button>
            <button type="button" className="secondary" onClick={stop}>
              Turn camera off
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void start()} disabled={state === 'starting'}>
            Start camera
          </button>
        )}
      </div>
      {state === 'starting' && <p className="muted small" aria-live="polite">Waiting for camera permission…</p>}
      {live && <p className="muted small">Face the camera in good light, then take the photo.</p>}
      {live && notReady && <p className="error" role="alert">The camera has no picture yet; wait a moment and try again.</p>}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
