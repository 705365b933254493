// The face part of a check-in: take a webcam photo or choose an image file; preview with retake.
import { useEffect, useMemo, useState } from 'react';
import { CameraCapture } from './camera-capture.tsx';

/** Largest image the server accepts. */
const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** Face photo input; `photo` is the chosen image or null. */
export function PhotoInput({ photo, onChange }: { photo: Blob | null; onChange(b: Blob | null): void }) {
  const [error, setError] = useState<string | null>(null);
  const url = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);

  function onFile(file: File | undefined) {
    setError(null);
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setError(`that image is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB`);
    onChange(file);
  }

  return (
    <fieldset className="card">
      <legend>Face photo (optional)</legend>
      {photo && url ? (
        <div className="photo" data-testid="face-photo">
          <img src={url} alt="What will be analysed: your face as selected" />
          <button type="button" className="secondary" onClick={() => onChange(null)}>
            Retake or choose another
          </button>
        </div>
      ) : (
        <>
          <CameraCapture onPhoto={onChange} />
          <p className="or">or</p>
          <label className="file">
            Choose an image file (JPEG or PNG)
            <input type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => onFile(e.target.files?.[0])} />
          </label>
          {error && <p className="error" role="alert">{error}</p>}
        </>
      )}
    </fieldset>
  );
}
