// `burnout models pull`: downloads the configured hub models into the cache folder with a progress bar.
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { MODALITIES } from '../../analysis/types.ts';
import { BurnoutError } from '../../errors.ts';
import { configuredHubModels, pullModel } from '../../hub/pull.ts';
import { createProgressBar } from '../../progress.ts';

/** Registers `burnout models pull`. */
export function registerModelsPull(models: Command): void {
  models
    .command('pull')
    .description('download the configured hub models (the only command that uses the network)')
    .option('--modality <m>', 'only this modality: text, voice or face')
    .action(async (opts: { modality?: string }) => {
      if (opts.modality !== undefined && !(MODALITIES as readonly string[]).includes(opts.modality)) {
        throw new BurnoutError('INPUT_INVALID', `--modality must be one of ${MODALITIES.join(', ')} (got "${opts.modality}")`);
      }
      const config = loadConfig();
      const wanted = configuredHubModels(config).filter((m) => !opts.modality || m.modality === opts.modality);
      if (wanted.length === 0) throw new BurnoutError('INPUT_INVALID', `no hub model is configured for modality "${opts.modality}"`);
      for (const m of wanted) {
        const dir = await pullModel(config, m, createProgressBar());
        console.log(`${m.modality}: ${m.id} → ${dir}`);
      }
    });
}
