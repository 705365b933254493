// `burnout cbi`: the Copenhagen Burnout Inventory — interactive in a terminal, or `--answers a1,a2,…` for scripts
// (published item order, each 0–4 with 4 = "Always" / "To a very high degree", "-" skipped); prints the scale scores
// and bands (with --json: { personal, work, client, bands }); `--save` keeps it in the store beside the check-ins.
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { NOTICE } from '../../notice.ts';
import { CBI_FRAMING, CBI_SCALES, SCALE_NAMES } from '../../questionnaire/cbi-items.ts';
import { parseAnswerList, scoreCbi, type CbiAnswer, type CbiScores } from '../../questionnaire/cbi-score.ts';
import { recordQuestionnaire } from '../../service/questionnaire.ts';
import { openStore } from '../../store/open.ts';
import { checkProfileId, DEFAULT_PROFILE_ID } from '../../store/profiles.ts';
import { askCbi } from '../cbi-prompt.ts';
import { printJson } from '../output.ts';

interface CbiOptions {
  answers?: string;
  json?: boolean;
  save?: boolean;
  profile: string;
  at?: string;
}

/** "Personal burnout: 58.3 (moderate; 6 of 6 answered)" lines. */
function formatScores(s: CbiScores): string {
  return CBI_SCALES.map((scale) => {
    const score = s[scale];
    if (scale === 'client' && !s.clientGiven) return `${SCALE_NAMES[scale]}: not asked`;
    if (score === null) return `${SCALE_NAMES[scale]}: not scored (only ${s.answered[scale]} answered; too few for the manual's rule)`;
    return `${SCALE_NAMES[scale]}: ${score.toFixed(1)} of 100 — ${s.bands[scale]} (${s.answered[scale]} answered)`;
  }).join('\n');
}

/** Registers `burnout cbi`. */
export function registerCbi(program: Command): void {
  program
    .command('cbi')
    .description('answer the Copenhagen Burnout Inventory (interactive, or --answers for scripts) and print its scores; not a diagnosis')
    .option('--answers <list>', 'answers in the published order, comma-separated: personal 1–6, work-related 7–13, client-related 14–19 if given; each 0–4 (4 = always / to a very high degree), "-" for skipped')
    .option('--json', 'print { personal, work, client, bands: { personal, work, client } } (null when a scale is not scored or not given)')
    .option('--save', 'keep it in the store (the dashboard shows it beside the model\'s risk)')
    .option('--profile <id>', 'profile to save to', DEFAULT_PROFILE_ID)
    .option('--at <iso>', 'when it was answered, ISO 8601 with offset (default now; with --save)')
    .action(async (opts: CbiOptions) => {
      const config = loadConfig();
      const profileId = checkProfileId(opts.profile);
      const answers: CbiAnswer[] = opts.answers !== undefined ? parseAnswerList(opts.answers) : await askCbi(process.stdin, opts.json ? process.stderr : process.stdout);
      const scores = scoreCbi(answers);
      let saved: { id: string; at: string } | null = null;
      if (opts.save) {
        const store = await openStore(config.store);
        try {
          const q = await recordQuestionnaire(store.db, config, { profileId, answers, at: opts.at, actor: 'cli' });
          saved = { id: q.id, at: q.at };
        } finally {
          await store.close();
        }
      }
      if (opts.json) {
        printJson({ personal: scores.personal, work: scores.work, client: scores.client, bands: scores.bands, ...(saved ? saved : {}) });
        return;
      }
      console.log(`\nCopenhagen Burnout Inventory, about ${CBI_FRAMING.period} (bands: below 50 low, 50–74 moderate, 75 and above high)`);
      console.log(formatScores(scores));
      if (saved) console.log(`saved as ${saved.id} (profile "${profileId}")`);
      console.log(`\n${NOTICE}`);
    });
}
