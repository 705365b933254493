// Config section `store`: where assessments live and what is kept.
import { z } from 'zod';

export const storeSection = z.object({
  /** SQLite file used when no database URL is set (relative to the repo root). */
  sqlitePath: z.string().min(1).default('data/burnout.sqlite'),
  /** PostgreSQL URL; when set it replaces SQLite (the env DATABASE_URL also sets it). */
  databaseUrl: z.string().optional(),
  /** PostgreSQL schema to keep the tables in (created when missing); unset: the connection's default (public). */
  databaseSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier').optional(),
  /** Allow storing journal text and notes of check-ins whose "keep" box is ticked (off: never stored). */
  allowTextStorage: z.boolean().default(true),
  /** Allow storing raw audio and images for profiles that consent (off: never stored). */
  allowMediaStorage: z.boolean().default(false),
}).strict();
