// Config section `models`: where hub models are cached, where they come from and the commit and hashes they are pinned to.
import { z } from 'zod';

export const modelsSection = z.object({
  /** Folder (relative to the repo root or absolute) where `models pull` stores hub models. */
  cacheDir: z.string().min(1).default('models/cache'),
  /** Hub base URL used by `models pull` (the only place that touches the network). */
  remoteHost: z.string().url().default('https://huggingface.co/'),
  /** Seconds `models pull` waits for the hub before reporting it unreachable. */
  pullTimeoutSec: z.number().positive().default(15),
  /** ONNX weight variant to load: fp32, q8 (int8) or fp16. */
  dtype: z.enum(['fp32', 'q8', 'fp16']).default('q8'),
  /** Let ONNX Runtime worker threads spin between runs (off: saves ~100 ms per check-in on 2 cores). */
  ortSpinning: z.boolean().default(false),
  /**
   * Intra-op threads of each ONNX Runtime session; 0 = one per core available to the process. (ONNX Runtime's own
   * default ran the seed-size models on one thread on the 2-core machine: 331 ms floor vs 209 ms with 2; docs/performance.md.)
   */
  ortThreads: z.number().int().min(0).max(64).default(0),
  /**
   * Run the hub models' ONNX Runtime sessions in a thread of their own (one per analysing thread), so that the
   * JavaScript stages of a check-in (tokenising, face detection, acoustic features) run while a model runs.
   */
  inferenceThread: z.boolean().default(true),
  /**
   * Hub model id → the commit `models pull` downloads it from and the SHA-256 of each file it needs; a file that
   * does not match is removed and the pull fails. A model without a pin is pulled from `main`'s current commit and
   * its pin is printed for this section (src/hub/pins.ts).
   */
  pins: z.record(z.string(), z.object({
    revision: z.string().regex(/^[0-9a-f]{40}$/, 'must be a full 40-digit commit hash'),
    files: z.record(z.string(), z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be a SHA-256 in 64 hex digits')),
  }).strict()).default({}),
}).strict();
