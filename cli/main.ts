#!/usr/bin/env node
import { Command } from 'commander';
import { guardTerminalOutput } from './guard-terminal-output.js';
import { reportError } from './report-error.js';
import { stopQuietlyWhenReaderLeaves } from './stop-quietly-when-reader-leaves.js';

/**
 * Every command, loaded on demand: the chat SDKs, puppeteer, Vega and SQLite take far longer to
 * import than `unsprawl ask` takes to answer, so a run imports only the command it names (and
 * all of them only for help or an unknown name, where commander needs the full list).
 */
const commands: Record<string, () => Promise<Command>> = {
  estate: async () => (await import('./commands/estate.js')).estateCommand(),
  plan: async () => (await import('./commands/plan.js')).planCommand(),
  tco: async () => (await import('./commands/tco.js')).tcoCommand(),
  cases: async () => (await import('./commands/cases.js')).casesCommand(),
  ask: async () => (await import('./commands/ask.js')).askCommand(),
  chat: async () => (await import('./commands/chat.js')).chatCommand(),
  report: async () => (await import('./commands/report.js')).reportCommand(),
  summary: async () => (await import('./commands/summary.js')).summaryCommand(),
  import: async () => (await import('./commands/import.js')).importCommand(),
  history: async () => (await import('./commands/history.js')).historyCommand(),
  bot: async () => (await import('./commands/bot.js')).botCommand(),
  teams: async () => (await import('./commands/teams-package.js')).teamsCommand(),
};

function commandsNeeded(argv: readonly string[]): string[] {
  const named = argv[2];
  return named !== undefined && named in commands ? [named] : Object.keys(commands);
}

guardTerminalOutput(process.stdout);
guardTerminalOutput(process.stderr);
stopQuietlyWhenReaderLeaves(process.stdout);

const program = new Command('unsprawl')
  .description('Server consolidation, TCO and board business cases for NHS trusts.\nWith no flags every command uses the bundled sample trust in data/.')
  .version('0.1.0')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false })
  // A mistyped command or flag is the user's to fix: exit 2 like any other bad input (reportError).
  .exitOverride();

try {
  for (const name of commandsNeeded(process.argv)) program.addCommand((await commands[name]!()).exitOverride());
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
