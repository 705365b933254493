// `burnout analyze`: Stage 1 only — runs each given modality through its serving engine and prints the results; exits
// 65 when every given input was rejected (another language, no face, not speech).
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { BurnoutError, EXIT_CODES } from '../../errors.ts';
import { analyzeInputs, loadEngineSet } from '../../analysis/engine-set.ts';
import type { Modality } from '../../analysis/types.ts';
import { printJson } from '../output.ts';
import { formatModalityResults } from '../format-results.ts';
import { addInputOptions, readInputs, type InputOptions } from '../read-inputs.ts';

interface AnalyzeOptions extends InputOptions {
  json?: boolean;
}

/** Registers `burnout analyze`. */
export function registerAnalyze(program: Command): void {
  addInputOptions(program.command('analyze').description('read the emotions in a journal text, a voice recording and/or a photo'))
    .option('--json', 'print one JSON object')
    .action(async (opts: AnalyzeOptions) => {
      const config = loadConfig();
      const inputs = await readInputs(opts, config);
      const modalities = Object.keys(inputs) as Modality[];
      if (modalities.length === 0) throw new BurnoutError('NO_MODALITY', 'give at least one input: --text, --text-file, --audio or --image');
      const set = await loadEngineSet(config, modalities);
      try {
        const results = await analyzeInputs(set, inputs);
        const shown = Object.fromEntries(modalities.map((m) => [m, results[m]]));
        if (opts.json) printJson(shown);
        else console.log(formatModalityResults(shown));
        // The results are printed, but a script must see that nothing was read: every given input was rejected.
        if (modalities.every((m) => results[m].status !== 'ok')) process.exitCode = EXIT_CODES.MEDIA_UNDECODABLE;
      } finally {
        await set.dispose();
      }
    });
}
