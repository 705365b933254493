// Microphone recording: start/stop, elapsed time, a live input level, and the finished clip as 16 kHz mono WAV.
import { useCallback, useEffect, useRef, useState } from 'react';
import { toWav16k, type PreparedAudio } from './audio-decode.ts';

export type RecorderState = 'idle' | 'requesting' | 'recording' | 'processing' | 'done' | 'error';

export interface Recorder {
  state: RecorderState;
  /** Seconds recorded so far. */
  elapsed: number;
  /** Input level 0–1 (−60 dBFS … 0 dBFS), updated while recording. */
  level: number;
  clip: PreparedAudio | null;
  error: string | null;
  start(): Promise<void>;
  stop(): void;
  reset(): void;
}

interface Live {
  stream: MediaStream;
  recorder: MediaRecorder;
  ctx: AudioContext;
  timer: number;
}

/** Records from the microphone for at most `maxSec` seconds (then stops by itself). */
export function useRecorder(maxSec: number): Recorder {
  const [state, setState] = useState<RecorderState>('idle');
  const [elapsed, setElapsed] = useState(0);
  const [level, setLevel] = useState(0);
  const [clip, setClip] = useState<PreparedAudio | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef<Live | null>(null);

  const release = useCallback(() => {
    const l = live.current;
    if (!l) return;
    window.clearInterval(l.timer);
    l.stream.getTracks().forEach((t) => t.stop());
    void l.ctx.close();
    live.current = null;
    setLevel(0);
  }, []);

  const stop = useCallback(() => {
    const l = live.current;
    if (l && l.recorder.state === 'recording') l.recorder.stop();
  }, []);

  const start = useCallback(async () => {
    setError(null);
    setClip(null);
    setElapsed(0);
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setError('this browser cannot record audio here; choose an audio file instead');
      setState('error');
      return;
    }
    setState('requesting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
    } catch {
      setError('the microphone is blocked or missing; allow it in the browser, or choose an audio file');
      setState('error');
      return;
    }
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 2048;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const frame = new Float32Array(analyser.fftSize);
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
    recorder.onstop = () => {
      release();
      setState('processing');
      toWav16k(new Blob(chunks, { type: recorder.mimeType }))
        .then((c) => {
          setClip(c);
          setState('done');
        })
        .catch((e: unknown) => {
          setError(e instanceof Error ? e.message : String(e));
          setState('error');
        });
    };
    const t0 = performance.now();
    const timer = window.setInterval(() => {
      const sec = (performance.now() - t0) / 1000;
      setElapsed(sec);
      analyser.getFloatTimeDomainData(frame);
      let sum = 0;
      for (const v of frame) sum += v * v;
      const db = 10 * Math.log10(sum / frame.length + 1e-12);
      setLevel(Math.max(0, Math.min(1, (db + 60) / 60)));
      if (sec >= maxSec) stop();
    }, 100);
    live.current = { stream, recorder, ctx, timer };
    recorder.start(250);
    setState('recording');
  }, [maxSec, release, stop]);

  const reset = useCallback(() => {
    release();
    setClip(null);
    setElapsed(0);
    setError(null);
    setState('idle');
  }, [release]);

  useEffect(() => release, [release]);
  return { state, elapsed, level, clip, error, start, stop, reset };
}
