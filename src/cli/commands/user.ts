// `burnout user add NAME [--role user|org-admin] [--team T] --password-stdin`, `user remove NAME` (the account and all
// its data) and `user reset-password NAME --password-stdin` (ends the user's sessions): accounts for auth.mode local.
import type { Command } from 'commander';
import { addUser, removeUser, resetPassword, ROLES, type Role } from '../../auth/users.ts';
import { loadConfig } from '../../config/load.ts';
import { BurnoutError } from '../../errors.ts';
import { openStore, type Store } from '../../store/open.ts';
import { readSecretFromStdin } from '../read-stdin.ts';

/** Opens the configured store, runs `fn`, closes it. */
async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig().store);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function needStdin(opts: { passwordStdin?: boolean }): void {
  if (!opts.passwordStdin) throw new BurnoutError('INPUT_INVALID', 'give the password on standard input with --password-stdin (never as an argument: it would show in the process list and shell history)');
}

/** Registers `burnout user add | remove | reset-password`. */
export function registerUser(program: Command): void {
  const user = program.command('user').description('accounts for a shared server (auth.mode local)');
  user.command('add')
    .description('add an account (the password is read from standard input)')
    .argument('<name>', 'username: 1–32 lower-case letters, digits, ".", "_", "-"')
    .option('--role <role>', `${ROLES.join(' | ')}`, 'user')
    .option('--team <team>', 'the team the user belongs to (organisation view)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, opts: { role: string; team?: string; passwordStdin?: boolean }) => {
      needStdin(opts);
      if (!ROLES.includes(opts.role as Role)) throw new BurnoutError('INPUT_INVALID', `--role must be one of ${ROLES.join(', ')}`);
      const password = await readSecretFromStdin('password');
      const added = await withStore((s) => addUser(s.db, { username: name, password, role: opts.role as Role, team: opts.team ?? null }));
      console.log(`added ${added.username} (${added.role}${added.team ? `, team ${added.team}` : ''})`);
    });
  user.command('remove')
    .description('remove an account and erase all of its data')
    .argument('<name>', 'username')
    .action(async (name: string) => {
      const counts = await withStore((s) => removeUser(s.db, name, 'cli'));
      console.log(`removed ${name}; erased ${counts.assessments} check-in(s), ${counts.questionnaires} questionnaire(s), ${counts.sessions} session(s)`);
    });
  user.command('reset-password')
    .description('set a new password (read from standard input) and end the user\'s sessions')
    .argument('<name>', 'username')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (name: string, opts: { passwordStdin?: boolean }) => {
      needStdin(opts);
      const password = await readSecretFromStdin('password');
      await withStore((s) => resetPassword(s.db, name, password));
      console.log(`new password set for ${name}; their sessions ended`);
    });
}
