// The `burnout` command line: builds the command tree (only the command being run is imported in full), parses argv,
// maps errors to one line — or, with --json, one JSON object — on stderr and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { REPO_ROOT } from '../config/paths.ts';
import { registerCommands } from './commands/index.ts';
import { reportError } from './output.ts';

const args = process.argv.slice(2);
const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

const program = new Command()
  .name('burnout')
  .description('Burnout risk self-awareness tool (text, voice, face). Not a diagnosis.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

try {
  await registerCommands(program, args);
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 64;
  } else {
    process.exitCode = reportError(e, { json: args.includes('--json') });
  }
}
