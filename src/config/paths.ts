// The repository root, so that relative paths in config and data resolve the same from any working directory.
import { fileURLToPath } from 'node:url';
import { resolve, dirname } from 'node:path';

/** Absolute path of the repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the shared development data (`../shared/data` beside the repo). */
export const SHARED_DATA = resolve(REPO_ROOT, '..', 'shared', 'data');
