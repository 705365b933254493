// What every benchmarked stack provides to the child harness: one check-in at a time, its stage timings, its memory.
import type { SeedDtype } from './seed-config.ts';
import type { SeedInputs } from './inputs.ts';

/** One timed check-in: the whole time and the parts the stack can name (ms). */
export interface StackRun {
  totalMs: number;
  stages: Record<string, number>;
}

/** A loaded stack. */
export interface Stack {
  /** What serves each modality (printed once, to show the seed models really ran). */
  describe(): string;
  run(): Promise<StackRun>;
  /** Peak resident memory, in MiB, of the process that holds this stack's models (null when unknown). */
  peakRssMiB(): number | null;
  close(): Promise<void>;
}

/** What a stack is built from. */
export interface StackOptions {
  modelsDir: string;
  dtype: SeedDtype;
  inputs: SeedInputs;
  /** Extra BURNOUT_* settings for the project's stacks (e.g. BURNOUT_FACE_FLIP_TTA=true). */
  env: Record<string, string>;
}

/** This process's peak RSS in MiB (getrusage maxrss). */
export function ownPeakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Milliseconds since `t0` (performance.now()). */
export const since = (t0: number): number => performance.now() - t0;
