// `burnout assess`: Stages 1–2 for one check-in — analyse the given text, voice and photo, fuse them into a
// Low/Moderate/High (or Unclear) risk with confidence, uncertainty and an explanation; the self-report is an input.
import type { Command } from 'commander';
import { MODALITIES } from '../../analysis/types.ts';
import { assessCheckIn, loadAssessRuntime, validateSelfReport } from '../../assess.ts';
import { loadConfig } from '../../config/load.ts';
import { parseCheckInTime } from '../../diary/check-in-time.ts';
import { BurnoutError } from '../../errors.ts';
import { parsePlainDecimal } from '../../plain-decimal.ts';
import type { SelfReport } from '../../trend/types.ts';
import { formatAssessment } from '../format-assessment.ts';
import { printJson } from '../output.ts';
import { addInputOptions, readInputs, type InputOptions } from '../read-inputs.ts';

interface AssessOptions extends InputOptions {
  at?: string;
  energy?: string;
  stress?: string;
  work?: string;
  json?: boolean;
}

/** Parses and validates the self-report options (INPUT_INVALID names the option and the text as typed). */
function selfReportOf(opts: AssessOptions): SelfReport {
  const report: SelfReport = {};
  const raw: Partial<Record<keyof SelfReport, string>> = {};
  const names: Partial<Record<keyof SelfReport, string>> = {};
  for (const key of ['energy', 'stress', 'work'] as const) {
    const text = opts[key];
    if (text === undefined) continue;
    report[key] = parsePlainDecimal(text) ?? NaN;
    raw[key] = text;
    names[key] = `--${key}`;
  }
  return validateSelfReport(report, { names, raw });
}

/** Registers `burnout assess`. */
export function registerAssess(program: Command): void {
  addInputOptions(program.command('assess').description('estimate burnout risk from a journal text, a voice recording and/or a photo (not a diagnosis)'))
    .option('--energy <0-10>', 'self-reported energy, 0 (none) to 10 (full)')
    .option('--stress <0-10>', 'self-reported stress, 0 (none) to 10 (extreme)')
    .option('--work <hours>', 'hours worked today, 0 to 24')
    .option('--at <iso>', 'when the check-in happened, ISO 8601 with offset (default now); --json outputs carry it for `trend --history`')
    .option('--json', 'print one JSON object')
    .action(async (opts: AssessOptions) => {
      const config = loadConfig();
      const at = parseCheckInTime(opts.at, config, '--at');
      const selfReport = selfReportOf(opts);
      const inputs = await readInputs(opts, config);
      const given = MODALITIES.filter((m) => inputs[m] !== undefined);
      if (given.length === 0) {
        throw new BurnoutError('NO_MODALITY', 'give at least one input: --text, --text-file, --audio or --image');
      }
      const runtime = await loadAssessRuntime(config, { modalities: given });
      try {
        const result = await assessCheckIn(runtime, inputs, selfReport);
        if (opts.json) {
          const { risk, modalities, explanation, timings, notice, help, safetyLanguage } = result;
          const { level, probabilities, confidence, uncertainty, reliable, modalityWeights, unclearReason, levelNote } = risk;
          printJson({
            at,
            risk: { level, probabilities, confidence, uncertainty, reliable, modalityWeights, ...(unclearReason ? { unclearReason } : {}), ...(levelNote ? { levelNote } : {}) },
            modalities,
            selfReport: result.selfReport,
            explanation,
            timings,
            notice,
            ...(help ? { help } : {}),
            ...(safetyLanguage ? { safetyLanguage } : {}),
          });
        } else {
          console.log(formatAssessment(result));
        }
      } finally {
        await runtime.dispose();
      }
    });
}
