import { Command } from 'commander';
import { runChat } from '../../bot/terminal/run-chat.js';
import { addInputOptions } from '../inputs.js';
import { startTerminalSession, type TerminalSessionOptions } from '../terminal-session.js';

/**
 * `unsprawl chat`: a conversation in the terminal that keeps context between questions
 * ("and with DR?", "what about over 7 years?", "compare hypervisors", "make the business case").
 * Reads questions from a pipe too, one per line.
 */
export function chatCommand(): Command {
  const command = new Command('chat')
    .description('Talk to the bot in the terminal; follow-ups refine the last answer')
    .option('--out <dir>', 'folder for business cases made in the chat', 'business-case');
  return addInputOptions(command)
    .addHelpText(
      'after',
      '\nExamples:\n  unsprawl chat\n  printf "what if we consolidate ward systems?\\nand with DR?\\ncompare hypervisors\\n" | unsprawl chat',
    )
    .action(async (options: TerminalSessionOptions) => {
      const { core, context } = await startTerminalSession(options);
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      await runChat({
        core,
        input: process.stdin,
        output: process.stdout,
        interactive,
        width: process.stdout.isTTY ? process.stdout.columns : 100,
        ...(context ? { context } : {}),
      });
    });
}
