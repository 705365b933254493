// Loads config.yaml (or $BURNOUT_CONFIG), applies BURNOUT_* overrides, validates once and freezes the result.
import { readFileSync, existsSync } from 'node:fs';
import { resolve, isAbsolute } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { BurnoutError } from '../errors.ts';
import { configSchema, type Config } from './schema.ts';
import { REPO_ROOT } from './paths.ts';

/** Where a config came from, for messages. */
export interface LoadOptions {
  /** Explicit file; defaults to $BURNOUT_CONFIG, then <repo>/config.yaml. */
  file?: string;
  /** Environment to read BURNOUT_* overrides from (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * Loads, validates and deep-freezes the config. Throws BurnoutError('CONFIG_INVALID') whose message
 * names the field, where it came from and the allowed values.
 */
export function loadConfig(options: LoadOptions = {}): Readonly<Config> {
  const env = options.env ?? process.env;
  const file = options.file ?? env.BURNOUT_CONFIG ?? resolve(REPO_ROOT, 'config.yaml');
  const raw = readConfigFile(file, options.file !== undefined || env.BURNOUT_CONFIG !== undefined);
  const overridden = applyEnvOverrides(raw, env);
  const parsed = configSchema.safeParse(overridden.value);
  if (!parsed.success) throw configError(parsed.error, file, overridden.sources);
  return deepFreeze(parsed.data);
}

/** Resolves a config path (relative paths are relative to the repo root). */
export function resolvePath(p: string): string {
  return isAbsolute(p) ? p : resolve(REPO_ROOT, p);
}

function readConfigFile(file: string, required: boolean): Record<string, unknown> {
  if (!existsSync(file)) {
    if (required) throw new BurnoutError('CONFIG_INVALID', `config file not found: ${file}`);
    return {};
  }
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new BurnoutError('CONFIG_INVALID', `config file ${file} is not valid YAML: ${msg}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new BurnoutError('CONFIG_INVALID', `config file ${file} must be a mapping of sections`);
  }
  return doc as Record<string, unknown>;
}

/** The env variable name for a config path: models.cacheDir → BURNOUT_MODELS_CACHE_DIR. */
export function envNameFor(path: readonly string[]): string {
  return 'BURNOUT_' + path.map((p) => p.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()).join('_');
}

function applyEnvOverrides(raw: Record<string, unknown>, env: Record<string, string | undefined>) {
  const value = structuredClone(raw);
  const sources = new Map<string, string>();
  const defaults = configSchema.parse({}) as Record<string, Record<string, unknown>>;
  for (const [section, fields] of Object.entries(defaults)) {
    for (const field of Object.keys(fields)) {
      const name = envNameFor([section, field]);
      const text = env[name];
      if (text === undefined) continue;
      const target = (value[section] ??= {}) as Record<string, unknown>;
      const parsed = parseEnvValue(text);
      // List fields also accept a plain comma-separated value: BURNOUT_TEXT_ENGINES=lite or =lite,transformers.
      target[field] = Array.isArray(fields[field]) && typeof parsed === 'string'
        ? parsed.split(',').map((v) => v.trim()).filter(Boolean)
        : parsed;
      sources.set(`${section}.${field}`, name);
    }
  }
  if (env.DATABASE_URL && !env.BURNOUT_STORE_DATABASE_URL) {
    const target = (value.store ??= {}) as Record<string, unknown>;
    target.databaseUrl = env.DATABASE_URL;
    sources.set('store.databaseUrl', 'DATABASE_URL');
  }
  return { value, sources };
}

/** Env values are YAML scalars or flow lists: `30`, `true`, `[lite, transformers]`, plain strings. */
function parseEnvValue(text: string): unknown {
  try {
    const v: unknown = parseYaml(text);
    return v === null ? text : v;
  } catch {
    return text;
  }
}

function configError(error: z.ZodError, file: string, sources: Map<string, string>): BurnoutError {
  const lines = error.issues.map((issue) => {
    const field = issue.path.join('.') || '(root)';
    const from = sources.get(issue.path.slice(0, 2).join('.')) ?? file;
    return `${field} (from ${from}): ${describeIssue(issue)}`;
  });
  return new BurnoutError('CONFIG_INVALID', `invalid config: ${lines.join('; ')}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

function deepFreeze<T>(o: T): Readonly<T> {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}
