// Lowers the scheduling priority of the calling analysis worker thread. On Linux a thread's nice value is its own:
// setpriority(PRIO_PROCESS, 0) (os.setPriority without a pid) changes only the calling thread, and the threads and
// processes it starts afterwards (ONNX Runtime's pool, ffmpeg) inherit it. The event loop keeps its priority, so it
// answers while analysis saturates the cores. Elsewhere (macOS, Windows) it would lower the whole process: skipped.
import { setPriority } from 'node:os';

/** Sets this thread's nice value to `nice` on Linux (no-op for 0, elsewhere, or when the OS refuses); returns whether it did. */
export function lowerThreadPriority(nice: number): boolean {
  if (nice <= 0 || process.platform !== 'linux') return false;
  try {
    setPriority(nice);
    return true;
  } catch {
    return false;
  }
}
