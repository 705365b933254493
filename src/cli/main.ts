// The `burnout` command line: builds the command tree, parses argv, maps errors to one line and an exit code.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';
import { reportError } from './output.ts';

const program = new Command()
  .name('burnout')
  .description('Burnout risk self-awareness tool (text, voice, face). Not a diagnosis.')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 64;
  } else {
    process.exitCode = reportError(e);
  }
}
