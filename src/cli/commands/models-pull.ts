// `burnout models pull`: downloads the configured hub models into the cache folder with a progress bar, from their
// pinned commits with every file checked (config models.pins); prints the pin of any model that had none.
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { MODALITIES } from '../../analysis/types.ts';
import { BurnoutError } from '../../errors.ts';
import { pinYaml } from '../../hub/pins.ts';
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
      const unpinned: string[] = [];
      for (const m of wanted) {
        const { dir, pin, pinned } = await pullModel(config, m, createProgressBar());
        console.log(`${m.modality}: ${m.id} → ${dir} (${pinned ? 'pinned' : 'not pinned'} commit ${pin.revision}, ${Object.keys(pin.files).length} files${pinned ? ' verified' : ''})`);
        if (!pinned) unpinned.push(pinYaml(m.id, pin));
      }
      if (unpinned.length > 0) {
        console.log('\nTo pin what was downloaded (later pulls then fetch exactly these files and check them), add to config.yaml:\n');
        console.log(['models:', '  pins:', ...unpinned].join('\n'));
      }
    });
}
