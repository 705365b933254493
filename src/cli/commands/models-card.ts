// `burnout models card NAME | --all [--check]`: writes model cards from their sources and metadata.json, or checks them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { BurnoutError } from '../../errors.ts';
import { CARD_SOURCES } from '../../model-cards/catalog.ts';
import { cardFileStates } from '../../model-cards/build.ts';
import { REPO_ROOT } from '../../config/paths.ts';

interface ModelsCardOptions {
  all?: boolean;
  check?: boolean;
}

/** Registers `burnout models card` under the `models` group. */
export function registerModelsCard(models: Command): void {
  models
    .command('card [name]')
    .description("write the model card NAME, or every card with --all, from its source and the model's metadata.json")
    .option('--all', 'every card (run after retraining a model)')
    .option('--check', 'write nothing; exit non-zero when a card differs from what would be written')
    .action((name: string | undefined, opts: ModelsCardOptions) => {
      if (!name && !opts.all) throw new BurnoutError('INPUT_INVALID', 'name a card or give --all', { hint: `cards: ${CARD_SOURCES.map((c) => c.name).join(', ')}` });
      const root = REPO_ROOT;
      const states = cardFileStates(root).filter((s) => opts.all || s.name === name);
      if (states.length === 0) throw new BurnoutError('INPUT_INVALID', `no card named "${name}"`, { hint: `cards: ${CARD_SOURCES.map((c) => c.name).join(', ')}` });
      if (opts.check) {
        const stale = states.filter((s) => s.stale);
        for (const s of states) console.log(`${s.stale ? 'stale' : 'ok   '} ${s.path}`);
        if (stale.length) throw new BurnoutError('INPUT_INVALID', `${stale.length} card(s) out of date`, { hint: 'run npx burnout models card --all' });
        return;
      }
      for (const s of states) {
        mkdirSync(dirname(join(root, s.path)), { recursive: true });
        writeFileSync(join(root, s.path), s.expected);
        console.log(`${s.stale ? 'wrote' : 'unchanged'} ${s.path}`);
      }
    });
}
