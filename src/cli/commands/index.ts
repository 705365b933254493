// Registers the CLI commands lazily: each command lives in its own file, and only the file of the command being run is
// imported (with its engines, tfjs, Fastify, …). Every other command gets a light stub with its name and description,
// enough for `burnout --help`. Parent groups (models, train, eval) are made here. test/unit/cli-commands.test.ts checks
// that the descriptions below are those the command files set.
import type { Command } from 'commander';

/** One command: where it sits, what `--help` says of it, and how to load its full definition. */
export interface CommandEntry {
  /** Parent group (`models`, `train`, `eval`) or null for a top-level command. */
  group: 'models' | 'train' | 'eval' | null;
  name: string;
  description: string;
  /** Imports the command's file and returns its register function. */
  load: () => Promise<(parent: Command) => void>;
}

/** The command groups and their descriptions. */
export const GROUPS = {
  models: 'model status, downloads and model cards',
  train: "train the project's own small models",
  eval: 'evaluate an engine on labelled data',
} as const;

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { group: null, name: 'assess', description: 'estimate burnout risk from a journal text, a voice recording and/or a photo (not a diagnosis)', load: async () => (await import('./assess.ts')).registerAssess },
  { group: null, name: 'analyze', description: 'read the emotions in a journal text, a voice recording and/or a photo', load: async () => (await import('./analyze.ts')).registerAnalyze },
  { group: null, name: 'trend', description: 'the trend of your last check-ins (improving, stable, worsening) and any alerts', load: async () => (await import('./trend.ts')).registerTrend },
  { group: null, name: 'cbi', description: 'answer the Copenhagen Burnout Inventory (interactive, or --answers for scripts) and print its scores; not a diagnosis', load: async () => (await import('./cbi.ts')).registerCbi },
  { group: null, name: 'serve', description: 'serve the dashboard and the HTTP API (127.0.0.1:8080 by default)', load: async () => (await import('./serve.ts')).registerServe },
  { group: null, name: 'worker', description: 'take check-in jobs from PostgreSQL and analyse them (models load in this process); see docs/deploy.md', load: async () => (await import('./worker.ts')).registerWorker },
  { group: null, name: 'import', description: 'import a JSON export (Data & settings → Download JSON) into the store: all or nothing, duplicates skipped', load: async () => (await import('./import.ts')).registerImport },
  { group: null, name: 'user', description: 'accounts for a shared server (auth.mode local)', load: async () => (await import('./user.ts')).registerUser },
  { group: 'models', name: 'status', description: 'show each configured engine, whether it can load, and why not', load: async () => (await import('./models-status.ts')).registerModelsStatus },
  { group: 'models', name: 'card', description: "write the model card NAME, or every card with --all, from its source and the model's metadata.json", load: async () => (await import('./models-card.ts')).registerModelsCard },
  { group: 'models', name: 'pull', description: 'download the configured hub models (the only command that uses the network)', load: async () => (await import('./models-pull.ts')).registerModelsPull },
  { group: 'train', name: 'fusion', description: 'train the attention fusion model on generated check-ins with real Dreaddit texts (docs/fusion.md, docs/fusion-priors.md)', load: async () => (await import('./train-fusion.ts')).registerTrainFusion },
  { group: 'train', name: 'trend', description: 'train the trend model (improving / stable / worsening) on seeded synthetic histories', load: async () => (await import('./train-trend.ts')).registerTrainTrend },
  { group: 'train', name: 'text-lite', description: 'train the offline lite text emotion model on GoEmotions (Ekman) train.tsv, selected on dev.tsv (docs/text.md)', load: async () => (await import('./train-text-lite.ts')).registerTrainTextLite },
  { group: 'train', name: 'text-stress', description: 'train the stress-language model on the Dreaddit train split (choice of settings by cross-validation on it)', load: async () => (await import('./train-text-stress.ts')).registerTrainTextStress },
  { group: 'eval', name: 'text', description: 'score a text engine on a labelled TSV (text<TAB>label ids<TAB>id, labels.txt beside it)', load: async () => (await import('./eval-text.ts')).registerEvalText },
  { group: 'eval', name: 'voice', description: 'evaluate the voice analyzer on labelled clips (DIR/manifest.csv with columns file, ekman and optionally speaker)', load: async () => (await import('./eval-voice.ts')).registerEvalVoice },
  { group: 'eval', name: 'face', description: 'evaluate the facial-emotion engine on labelled images (DIR/manifest.csv with columns file, ekman)', load: async () => (await import('./eval-face.ts')).registerEvalFace },
  { group: 'eval', name: 'risk', description: 'how the fused risk ranks and forecasts a proxy label on labelled data (Dreaddit stress; negative expressions)', load: async () => (await import('./eval-risk.ts')).registerEvalRisk },
];

/**
 * The commands that `args` (the words after `burnout`) will run: the named command, or every command of a named group
 * for `burnout eval --help`-like calls that print a group's help (a group's own help lists its commands from the stubs).
 */
export function requestedCommands(args: readonly string[]): CommandEntry[] {
  const words = args.filter((a) => !a.startsWith('-'));
  const [first, second] = words[0] === 'help' ? words.slice(1) : words;
  if (first === undefined) return [];
  const top = COMMANDS.find((c) => c.group === null && c.name === first);
  if (top) return [top];
  return COMMANDS.filter((c) => c.group === first && c.name === second);
}

/**
 * Adds all commands to the program: the full definition of the command `args` names (imported now), a stub with the
 * name and description for every other one.
 */
export async function registerCommands(program: Command, args: readonly string[] = []): Promise<void> {
  const full = new Set(requestedCommands(args));
  const groups = Object.fromEntries(Object.entries(GROUPS).map(([name, description]) => [name, program.command(name).description(description)])) as Record<keyof typeof GROUPS, Command>;
  const registers = await Promise.all(COMMANDS.map((c) => (full.has(c) ? c.load() : null)));
  COMMANDS.forEach((c, i) => {
    const parent = c.group === null ? program : groups[c.group];
    const register = registers[i];
    if (register) register(parent);
    else parent.command(c.name).description(c.description);
  });
}
