import { Command } from 'commander';
import { runChat } from '../../bot/terminal/run-chat.js';
import type { Answer } from '../../bot/answer/answer.js';
import { addInputOptions } from '../inputs.js';
import { answerWithCommand } from '../answer-with-command.js';
import { startTerminalSession, type TerminalSessionOptions } from '../terminal-session.js';

/**
 * `unsprawl chat`: a conversation in the terminal that keeps context between questions
 * ("and with DR?", "what about over 7 years?", "compare hypervisors", "make the business case").
 * Reads questions from a pipe too, one per line. `--json` prints one answer model per line, one per turn.
 */
export function chatCommand(): Command {
  const command = new Command('chat')
    .description('Talk to the bot in the terminal; follow-ups refine the last answer')
    .option('--out <dir>', 'folder for business cases made in the chat', 'business-case');
  return addInputOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  unsprawl chat\n  printf "what if we consolidate ward systems?\\nand with DR?\\ncompare hypervisors\\n" | unsprawl chat\n  printf "what if we consolidate ward systems?\\nand with DR?\\n" | unsprawl chat --json',
    )
    .action(async (options: TerminalSessionOptions) => {
      const session = await startTerminalSession(options);
      const { core, context } = session;
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !options.json;
      await runChat({
        core,
        ...(options.json ? { json: (answer: Answer) => answerWithCommand(answer, session) } : {}),
        input: process.stdin,
        output: process.stdout,
        interactive,
        width: process.stdout.isTTY ? process.stdout.columns : 100,
        ...(context ? { context } : {}),
      });
    });
}
