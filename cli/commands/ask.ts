import { Command } from 'commander';
import { renderAnswerText } from '../../bot/terminal/render-answer-text.js';
import { addInputOptions } from '../inputs.js';
import { answerWithCommand } from '../answer-with-command.js';
import { startTerminalSession, type TerminalSessionOptions } from '../terminal-session.js';

/**
 * `unsprawl ask "<question>"`: one question, one answer, from the same bot core as Slack and
 * Teams. `--json` prints the answer model, with `command` (and `commandArgs`): the `unsprawl tco`
 * command line that gives the same figures for the answer's scenario. An answer the engine
 * refused exits with code 2.
 */
export function askCommand(): Command {
  const command = new Command('ask')
    .description('Ask one question in plain English, e.g. "what if we consolidate ward systems?"')
    .argument('<question...>', 'the question (quotes optional)')
    .option('--out <dir>', 'folder for a business case the question asks for', 'business-case');
  return addInputOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  unsprawl ask "what if we consolidate ward systems?"\n  unsprawl ask "ward + pathology onto the Dell boxes with DR over 7 years" --json\n' +
        '  unsprawl ask "how many servers are out of warranty?"\n  unsprawl ask --scope \'service="Ward systems"\' "what matters most?"',
    )
    .action(async (words: string[], options: TerminalSessionOptions) => {
      const session = await startTerminalSession(options);
      const { answer } = await session.core.ask(words.join(' '), session.context);
      const width = process.stdout.isTTY ? process.stdout.columns : 100;
      process.stdout.write(options.json ? `${JSON.stringify(answerWithCommand(answer, session), null, 2)}\n` : renderAnswerText(answer, { width }));
      if (answer.kind === 'error') process.exitCode = 2;
    });
}
