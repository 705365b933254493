// `burnout trend --history FILE.json`: the trend (improving / stable / worsening) and escalation alerts of a history.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig, resolvePath } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { evaluateAlerts } from '../../trend/alerts.ts';
import { parseTrendHistory } from '../../trend/history-schema.ts';
import { computeTrend, type TrendOutcome } from '../../trend/infer.ts';
import { loadTrendModel } from '../../trend/load.ts';
import type { Alert } from '../../trend/types.ts';
import { confidencePercent, daysWord, trendSentence } from '../../trend/words.ts';
import { trendSettings } from '../../diary/time-zone.ts';
import { formatTable, NOTICE, printJson } from '../output.ts';

/** Registers `burnout trend`. */
export function registerTrend(program: Command): void {
  program
    .command('trend')
    .description('the trend of your last check-ins (improving, stable, worsening) and any alerts')
    .requiredOption('--history <file>', 'JSON array of `assess --json` outputs, each with an added "at" ISO-8601 timestamp')
    .option('--json', 'print one JSON object')
    .action(async (opts: { history: string; json?: boolean }) => {
      const config = loadConfig();
      const history = parseTrendHistory(await readJson(opts.history));
      const model = await loadTrendModel(resolvePath(config.trend.modelDir));
      const settings = trendSettings(config);
      let outcome: TrendOutcome;
      try {
        outcome = computeTrend(model, history, settings);
      } finally {
        model.dispose();
      }
      const alerts = evaluateAlerts(history, outcome.trend, config);
      if (opts.json) {
        return printJson({ ...outcome.trend, days: outcome.days, timeZone: settings.timeZone, features: outcome.features, imputed: outcome.imputed, probabilities: outcome.probabilities, alerts });
      }
      console.log(formatTrend(outcome, alerts, config.trend.minDays));
    });
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new BurnoutError('DATA_MISSING', `cannot read history file ${file}`);
  });
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BurnoutError('INPUT_INVALID', `history file ${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function formatTrend(o: TrendOutcome, alerts: readonly Alert[], minDays: number): string {
  const t = o.trend;
  const lines: string[] = [];
  if (t.direction === 'insufficient_history') {
    lines.push(`Trend: ${trendSentence(t, minDays)}. No trend is guessed.`);
  } else {
    lines.push(`Trend over your last ${daysWord(t.steps)} with a check-in: ${t.direction} (confidence ${confidencePercent(t.confidence)} %)`);
  }
  if (o.days.length) {
    const pct = (v: number | undefined) => (v === undefined ? '' : `${Math.round(v * 100)} %`);
    const rows = o.days.map((day, i) => {
      const f = o.features[i] ?? [];
      const im = o.imputed[i];
      const self = (k: 0 | 1, flag: boolean | undefined) => `${((f[k] ?? 0) * 10).toFixed(1).replace(/\.0$/, '')}${flag ? '*' : ''}`;
      return [day, pct(f[3]), self(0, im?.energy), self(1, im?.stress), pct(f[7]), pct(f[9])];
    });
    lines.push('', formatTable(['day', 'risk (expected)', 'energy', 'stress', 'joy', 'sadness'], rows));
    if (o.imputed.some((x) => x.energy || x.stress || x.work)) lines.push('* not reported that day: the previous value (or the scale midpoint) was used');
  }
  for (const a of alerts) {
    lines.push('', `ALERT (${a.rule}): ${a.reason}`, ...a.resources.map((r) => `  - ${r}`));
  }
  lines.push('', NOTICE);
  return lines.join('\n');
}
