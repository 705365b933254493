// `burnout models status`: every configured engine per modality, whether it loads, and why not.
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { loadEngineSet } from '../../analysis/engine-set.ts';
import type { EngineStatus } from '../../analysis/engine-registry.ts';
import { MODALITIES } from '../../analysis/types.ts';
import { formatTable, printJson } from '../output.ts';

/** Registers `burnout models status`. */
export function registerModelsStatus(models: Command): void {
  models
    .command('status')
    .description('show each configured engine, whether it can load, and why not')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      const report = await modelsStatus(config);
      if (opts.json) return printJson(report);
      const rows = Object.entries(report).flatMap(([m, statuses]) =>
        statuses.map((s, i) => [m, String(i + 1), s.name, s.ok ? 'loads' : 'no', s.ok ? (s.model ?? '') : (s.reason ?? '')]),
      );
      console.log(formatTable(['modality', '#', 'engine', 'status', 'model / reason'], rows));
      for (const s of Object.values(report).flat()) if (s.hint) console.log(`hint (${s.name}): ${s.hint}`);
    });
}

/** Loads every configured engine once (each on its own) and reports its status, per modality. */
export async function modelsStatus(config: ReturnType<typeof loadConfig>) {
  const out: Record<string, EngineStatus[]> = {};
  for (const m of MODALITIES) {
    const set = await loadEngineSet(config, [m]);
    await set.dispose();
    out[m] = set.statuses[m] ?? [];
  }
  return out;
}
