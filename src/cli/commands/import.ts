// `burnout import FILE.json`: imports the dashboard's / API's JSON export into a profile of the configured store, all
// or nothing (one transaction); check-ins already stored are skipped and counted.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { importExport } from '../../diary/import-export.ts';
import { BurnoutError, isBurnoutError } from '../../errors.ts';
import { openStore } from '../../store/open.ts';
import { checkProfileId, DEFAULT_PROFILE_ID } from '../../store/profiles.ts';
import { loadTrendModel, type TrendModel } from '../../trend/load.ts';
import { printJson } from '../output.ts';

/** Registers `burnout import`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a JSON export (Data & settings → Download JSON) into the store: all or nothing, duplicates skipped')
    .argument('<file>', 'the JSON export')
    .option('--profile <id>', 'profile to import into', DEFAULT_PROFILE_ID)
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, opts: { profile: string; json?: boolean }) => {
      const config = loadConfig();
      const profileId = checkProfileId(opts.profile);
      const text = await readFile(file, 'utf8').catch(() => {
        throw new BurnoutError('DATA_MISSING', `cannot read import file ${file}`);
      });
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw new BurnoutError('INPUT_INVALID', `import file ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
      const trendModel = await loadTrendModel(resolvePath(config.trend.modelDir)).catch((e: unknown): TrendModel | null => {
        if (isBurnoutError(e)) {
          console.error(`note: ${e.message}; trends of check-ins already stored are not recomputed`);
          return null;
        }
        throw e;
      });
      const store = await openStore(config.store);
      try {
        const counts = await importExport({ db: store.db, trendModel, config }, profileId, value, 'cli');
        if (opts.json) return printJson(counts);
        console.log(`imported ${counts.imported} check-in(s) and ${counts.alerts} alert(s) into profile "${profileId}" (${store.dialect})` +
          `; skipped ${counts.skipped} already stored` + (counts.textDropped ? `; ${counts.textDropped} journal text(s)/note(s) not kept (store.allowTextStorage is off)` : ''));
      } finally {
        trendModel?.dispose();
        await store.close();
      }
    });
}
