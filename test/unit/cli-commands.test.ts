// The lazy command table: its descriptions are those the command files set (so `burnout --help` from the stubs says
// what each command's own help says), and only the command named on the command line is loaded.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, registerCommands, requestedCommands } from '../../src/cli/commands/index.ts';

describe('CLI command table', () => {
  it('has, for every command, the description and name its file registers', async () => {
    for (const entry of COMMANDS) {
      const parent = new Command();
      (await entry.load())(parent);
      const [cmd] = parent.commands;
      expect(cmd?.name(), entry.name).toBe(entry.name);
      expect(cmd?.description(), entry.name).toBe(entry.description);
    }
  }, 120_000);

  it('loads only the command being run', () => {
    const names = (args: string[]) => requestedCommands(args).map((c) => `${c.group ?? ''}/${c.name}`);
    expect(names(['--help'])).toEqual([]);
    expect(names(['assess', '--text', 'hello', '--json'])).toEqual(['/assess']);
    expect(names(['eval', 'risk', '--proxy', 'dreaddit'])).toEqual(['eval/risk']);
    expect(names(['train', 'trend'])).toEqual(['train/trend']);
    expect(names(['help', 'models', 'status'])).toEqual(['models/status']);
    expect(names(['eval'])).toEqual([]);
    expect(names(['nonsense'])).toEqual([]);
  });

  it('registers stubs with the documented names and the full command with its options', async () => {
    const program = new Command();
    await registerCommands(program, ['trend', '--json']);
    const trend = program.commands.find((c) => c.name() === 'trend');
    expect(trend?.options.map((o) => o.long)).toContain('--json');
    const assess = program.commands.find((c) => c.name() === 'assess');
    expect(assess?.options).toEqual([]);
    const evalGroup = program.commands.find((c) => c.name() === 'eval');
    expect(evalGroup?.commands.map((c) => c.name())).toEqual(['text', 'voice', 'face', 'risk']);
  });
});
