// `burnout analyze`: Stage 1 only — runs each given modality through its serving engine and prints the results.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { analyzeInputs, loadEngineSet } from '../../analysis/engine-set.ts';
import type { Modality, ModalityInputs } from '../../analysis/types.ts';
import { printJson } from '../output.ts';
import { formatModalityResults } from '../format-results.ts';
import { readImageFile } from '../../media/image/decode-image.ts';
import { readAudioFile } from '../../media/audio/decode.ts';

interface AnalyzeOptions {
  text?: string;
  textFile?: string;
  image?: string;
  audio?: string;
  json?: boolean;
}

/** Registers `burnout analyze`. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read the emotions in a journal text (and, later, a voice clip and a photo)')
    .option('--text <text>', 'journal text')
    .option('--text-file <file>', 'read the journal text from a file')
    .option('--image <file>', 'a photo of your face (JPEG, PNG or WebP)')
    .option('--audio <file>', 'a voice recording (WAV; WebM, OGG, MP3, M4A with ffmpeg installed)')
    .option('--json', 'print one JSON object')
    .action(async (opts: AnalyzeOptions) => {
      const config = loadConfig();
      const inputs = await readInputs(opts);
      if (opts.image !== undefined) inputs.face = await readImageFile(opts.image, { maxPixels: config.face.maxPixels });
      if (opts.audio !== undefined) {
        const { samples, sampleRate } = await readAudioFile(opts.audio, { maxDurationSec: config.voice.maxDurationSec, ffmpegPath: config.voice.ffmpegPath });
        inputs.voice = { samples, sampleRate };
      }
      const modalities = Object.keys(inputs) as Modality[];
      if (modalities.length === 0) throw new BurnoutError('NO_MODALITY', 'give at least one input: --text, --text-file, --audio or --image');
      const set = await loadEngineSet(config, modalities);
      try {
        const results = await analyzeInputs(set, inputs);
        const shown = Object.fromEntries(modalities.map((m) => [m, results[m]]));
        if (opts.json) printJson(shown);
        else console.log(formatModalityResults(shown));
      } finally {
        await set.dispose();
      }
    });
}

async function readInputs(opts: AnalyzeOptions): Promise<Partial<ModalityInputs>> {
  const inputs: Partial<ModalityInputs> = {};
  if (opts.text !== undefined && opts.textFile !== undefined) {
    throw new BurnoutError('INPUT_INVALID', 'give either --text or --text-file, not both');
  }
  if (opts.text !== undefined) inputs.text = opts.text;
  if (opts.textFile !== undefined) {
    inputs.text = await readFile(opts.textFile, 'utf8').catch(() => {
      throw new BurnoutError('DATA_MISSING', `cannot read text file ${opts.textFile}`);
    });
  }
  return inputs;
}
