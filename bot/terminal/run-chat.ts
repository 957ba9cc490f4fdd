import { createInterface } from 'node:readline';
import type { Answer } from '../answer/answer.js';
import type { BotCore } from '../conversation/bot-core.js';
import type { ConversationContext } from '../conversation/conversation-context.js';
import { renderAnswerText } from './render-answer-text.js';

export interface ChatOptions {
  core: BotCore;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and a greeting (a person at a terminal); off for piped input. */
  interactive: boolean;
  width?: number;
  /** Where the conversation starts (e.g. a scenario chosen with --scenario). */
  context?: ConversationContext;
  /** Print each turn's answer model as one line of JSON, shaped by this function, instead of text. */
  json?: (answer: Answer) => object;
}

const goodbye = /^(?:quit|exit|bye|q|:q)$/i;

/**
 * The `unsprawl chat` loop: one question per line, answers keep the conversation's context so
 * "and with DR?" refines the last scenario; typing an action's number presses that button.
 * Reads to the end of input, so it works the same with a person at a terminal and with
 * questions piped in. Returns the final context.
 */
export async function runChat(options: ChatOptions): Promise<ConversationContext> {
  const { core, output } = options;
  const rl = createInterface({ input: options.input, output: options.interactive ? output : undefined, terminal: options.interactive });
  let context: ConversationContext | undefined = options.context;
  let last: Answer | undefined;
  const prompt = () => {
    if (options.interactive) rl.prompt();
  };
  if (options.interactive) {
    output.write('unsprawl chat: ask about consolidating the estate, e.g. "what if we consolidate ward systems?". Type "help" for ideas, "quit" to leave.\n');
    rl.setPrompt('> ');
    prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    if (goodbye.test(line)) break;
    if (!options.interactive && !options.json) output.write(`> ${line}\n`);
    const chosen = /^\d+$/.test(line) ? last?.actions[Number(line) - 1] : undefined;
    const reply = chosen
      ? await core.act(chosen.id, { ...(chosen.scenario ? { scenario: chosen.scenario } : {}), ...(chosen.question ? { question: chosen.question } : {}), ...(context ? { context } : {}) })
      : await core.ask(line, context);
    context = reply.context;
    last = reply.answer;
    output.write(options.json ? `${JSON.stringify({ question: line, ...options.json(reply.answer) })}\n` : `\n${renderAnswerText(reply.answer, { width: options.width, numberActions: true })}\n`);
    prompt();
  }
  rl.close();
  return context ?? { version: 1 };
}
