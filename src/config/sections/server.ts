// Config section `server`: where the dashboard listens and its upload limits.
import { z } from 'zod';

export const serverSection = z.object({
  /** Address to bind; anything but loopback needs auth.mode local (and TLS in front, docs/security.md). */
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
  /** Check-ins running or waiting (admission control); more → 429 with Retry-After. */
  maxQueuedCheckIns: z.number().int().positive().default(32),
  /** Extra accepted Host values ("name" on the server's port, or "name:port"), e.g. for an SSH tunnel's local port. */
  allowedHosts: z.array(z.string().min(1)).default([]),
  /** Time budget of one check-in's decoding + Stages 1–2, in seconds; over it → 422 ANALYSIS_TIMEOUT, worker recycled. */
  checkInBudgetSec: z.number().positive().max(600).default(30),
  /** Worker threads that decode and analyse check-ins; 0 = automatic (cores − 1, at least 1, at most 4). */
  analysisWorkers: z.number().int().min(0).max(32).default(0),
  /**
   * Nice value (0–19) of the analysis worker threads and the ffmpeg they start (Linux: per thread), so that the event
   * loop — health checks, pages, small requests — gets the CPU first when analysis saturates it; 0 = same priority.
   */
  analysisNice: z.number().int().min(0).max(19).default(10),
  /** Event-loop delay (ms) above which requests get 503 SERVER_BUSY (@fastify/under-pressure); 0 = off. */
  maxEventLoopDelayMs: z.number().int().min(0).default(1000),
  /** Seconds a client has to send a whole request (headers and body); a stalled upload is cut off after it. */
  requestTimeoutSec: z.number().positive().default(60),
  /** Seconds a connection may stay silent (must exceed checkInBudgetSec, since a check-in's answer comes after it). */
  connectionTimeoutSec: z.number().positive().default(120),
  /** With check-in jobs: how long POST /api/assessments waits for the result (201) before answering 202 + Location. */
  syncWaitMs: z.number().int().min(0).max(600_000).default(30_000),
  /** With PostgreSQL, keep rate-limit counters in the database so that server replicas share them (false: per process). */
  rateLimitShared: z.boolean().default(true),
}).strict();
