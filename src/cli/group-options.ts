// The `--by COLUMN` options every `burnout eval …` command shares (with the bootstrap's size and seed), and the
// human-readable table of a disaggregation.
import { InvalidArgumentError, type Command } from 'commander';
import type { Disaggregation, DisaggregateOptions } from '../disaggregate/disaggregate.ts';
import type { Interval } from '../disaggregate/bootstrap.ts';
import { formatNumber, formatTable } from './output.ts';

/** The parsed group options of an eval command. */
export interface GroupCliOptions {
  by?: string;
  bootstrap: number;
  bootstrapSeed: number;
}

/** Adds `--by`, `--bootstrap` and `--bootstrap-seed` to an eval command; `columns` names what can be grouped by. */
export function addGroupOptions(command: Command, columns: string): Command {
  return command
    .option('--by <column>', `also report every figure per group of a column (${columns}), with n, a bootstrap 95 % interval and the best-to-worst gap`)
    .option('--bootstrap <n>', 'bootstrap resamples per group for the intervals', wholeNumber, 1000)
    .option('--bootstrap-seed <n>', 'seed of the bootstrap resampling', wholeNumber, 1);
}

/** The disaggregation options from parsed CLI options (undefined without --by). */
export function groupOptions(opts: GroupCliOptions, extra: Omit<DisaggregateOptions, 'by' | 'resamples' | 'seed'> = {}): DisaggregateOptions | undefined {
  return opts.by ? { by: opts.by, resamples: opts.bootstrap, seed: opts.bootstrapSeed, ...extra } : undefined;
}

/** A table of the groups: n, then each metric as "value [lo, hi]", then the largest gap per metric. */
export function formatGroups(d: Disaggregation): string {
  const names = Object.keys(d.groups);
  const metrics = Object.keys(d.groups[names[0] ?? ''] ?? {}).filter((k) => k !== 'n' && k !== 'intervals');
  const rows = names.map((name) => {
    const g = d.groups[name] as Disaggregation['groups'][string];
    const intervals = g.intervals as Record<string, Interval>;
    return [name, g.n, ...metrics.map((m) => withInterval(g[m] as number | null, intervals[m] ?? null))];
  });
  const gaps = Object.entries(d.maxGap).map(([m, g]) => (g ? `${m} ${formatNumber(g.gap)} (best ${g.best}, worst ${g.worst})` : `${m} -`));
  return [
    `by ${d.by} (bootstrap 95 % intervals, ${d.bootstrap.resamples} resamples, seed ${d.bootstrap.seed}; groups under ${d.minN} items are left out of the gap)`,
    formatTable([d.by, 'n', ...metrics], rows),
    `largest gap: ${gaps.join('; ')}`,
  ].join('\n');
}

function withInterval(v: number | null, ci: Interval): string {
  if (v === null) return '-';
  return ci ? `${formatNumber(v)} [${formatNumber(ci[0])}, ${formatNumber(ci[1])}]` : formatNumber(v);
}

function wholeNumber(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}
