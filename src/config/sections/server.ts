// Config section `server`: where the dashboard listens and its upload limits.
import { z } from 'zod';

export const serverSection = z.object({
  /** Address to bind; anything but loopback needs authentication, which is not available yet. */
  host: z.string().min(1).default('127.0.0.1'),
  /** TCP port. */
  port: z.number().int().min(0).max(65535).default(8080),
  /** Largest image upload, in bytes. */
  maxImageBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Largest audio upload, in bytes. */
  maxAudioBytes: z.number().int().positive().default(25 * 1024 * 1024),
  /** Requests per minute per client before 429. */
  rateLimitPerMinute: z.number().int().positive().default(600),
  /** Largest body of POST /api/import (a JSON export), in bytes. */
  maxImportBytes: z.number().int().positive().default(50 * 1024 * 1024),
  /** Check-ins analysed one at a time; more than this many running or waiting → 429. */
  maxQueuedCheckIns: z.number().int().positive().default(32),
}).strict();
