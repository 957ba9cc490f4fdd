import { Command } from 'commander';
import type { ConversationContext } from '../../bot/conversation/conversation-context.js';
import { createBotCore } from '../../bot/conversation/create-bot-core.js';
import { businessCaseFile } from '../../bot/terminal/business-case-file.js';
import { historySummary } from '../../bot/summary/history-summary.js';
import { runChat } from '../../bot/terminal/run-chat.js';
import type { Scenario } from '../../engine/scenario/scenario.js';
import { addInputOptions, resolveInputs, type InputOptions } from '../inputs.js';

interface ChatOptions extends InputOptions {
  out: string;
}

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
    .action(async (options: ChatOptions) => {
      const resolved = await resolveInputs(options);
      const inputs = { ...resolved.inputs, assumptions: resolved.assumptions };
      const core = createBotCore({
        inputs,
        businessCase: businessCaseFile(inputs, options.out, (m) => process.stderr.write(`${m}\n`)),
        summary: historySummary(inputs),
      });
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      const context = startingContext(options, resolved.scenario);
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

/**
 * A scenario picked with --scenario/--scope/--host/--hypervisor is where the conversation
 * starts, so "what about over 7 years?" refines it; without those flags it starts empty.
 */
export function startingContext(options: InputOptions, scenario: Scenario): ConversationContext | undefined {
  const chosen = [options.scenario, options.scope, options.host, options.hypervisor].some((v) => v !== undefined);
  if (!chosen) return undefined;
  const description = options.scope !== undefined ? `scope ${scenario.scope}` : `the ${scenario.name} scenario`;
  return { version: 1, lastScenario: { ...scenario, description } };
}
