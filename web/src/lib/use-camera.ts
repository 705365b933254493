// Webcam capture: a live preview in a <video>, one still frame as JPEG, and retake. The camera is switched off
// as soon as a frame is taken.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export type CameraState = 'idle' | 'starting' | 'live' | 'error';

export interface Camera {
  state: CameraState;
  error: string | null;
  videoRef: RefObject<HTMLVideoElement | null>;
  start(): Promise<void>;
  /** Takes the current frame; resolves with a JPEG blob and switches the camera off. */
  capture(): Promise<Blob | null>;
  stop(): void;
}

/** Drives one webcam preview. */
export function useCamera(): Camera {
  const [state, setState] = useState<CameraState>('idle');
  const [error, setError] = useState<string | null>(null);
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const stream = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
    setState('idle');
  }, []);

  const start = useCallback(async () => {
    setError(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setError('this browser cannot use a camera here; choose an image file instead');
      setState('error');
      return;
    }
    setState('starting');
    try {
      const s = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: 'user' },
      });
      stream.current = s;
      const video = videoRef.current;
      if (video) {
        video.srcObject = s;
        await video.play();
      }
      setState('live');
    } catch {
      stream.current?.getTracks().forEach((t) => t.stop());
      stream.current = null;
      setError('the camera is blocked or missing; allow it in the browser, or choose an image file');
      setState('error');
    }
  }, []);

  const capture = useCallback(async (): Promise<Blob | null> => {
    const video = videoRef.current;
    if (!video || !video.videoWidth) return null;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
    stop();
    return blob;
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { state, error, videoRef, start, capture, stop };
}
