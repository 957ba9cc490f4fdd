#!/usr/bin/env node
import { Command } from 'commander';
import { reportError } from './report-error.js';
import { estateCommand } from './commands/estate.js';
import { teamsCommand } from './commands/teams-package.js';
import { importCommand } from './commands/import.js';
import { historyCommand } from './commands/history.js';
import { summaryCommand } from './commands/summary.js';
import { askCommand } from './commands/ask.js';
import { chatCommand } from './commands/chat.js';
import { reportCommand } from './commands/report.js';
import { botCommand } from './commands/bot.js';
import { tcoCommand } from './commands/tco.js';
import { planCommand } from './commands/plan.js';

const program = new Command('unsprawl')
  .description('Server consolidation, TCO and board business cases for NHS trusts.\nWith no flags every command uses the bundled sample trust in data/.')
  .version('0.1.0')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

program.addCommand(estateCommand());
program.addCommand(teamsCommand());
program.addCommand(importCommand());
program.addCommand(historyCommand());
program.addCommand(summaryCommand());
program.addCommand(askCommand());
program.addCommand(chatCommand());
program.addCommand(reportCommand());
program.addCommand(botCommand());
program.addCommand(planCommand());
program.addCommand(tcoCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
