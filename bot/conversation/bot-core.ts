/**
 * The bot core: the one place where chat text becomes engine calls and engine results become an
 * Answer. Slack, Teams and the terminal are thin receivers around it (like Bolt's App and its
 * receivers): they pass text and the stored context in, render the Answer and store the new context.
 *
 * Usage (every adapter):
 *
 *   import { loadInputs } from '../../engine/io/load-inputs.js';
 *   import { createBotCore } from '../conversation/create-bot-core.js';
 *
 *   const core = createBotCore({ inputs: await loadInputs() });
 *   // a message arrives in a thread
 *   const { answer, context } = await core.ask('what if we consolidate ward systems?', storedContext);
 *   render(answer);            // headline, figures, tables, notes, actions (bot/answer/answer.ts)
 *   storedContext = context;   // JSON-serialisable; keep it per thread / conversation
 *
 *   // a button from answer.actions is pressed: pass its id and the scenario it carried
 *   const reply = await core.act('compare-hypervisors', { scenario: action.scenario, context: storedContext });
 *   // an `ask` button (a choice of a clarifying question) carries the question to send:
 *   const next = await core.act('ask', { question: action.question, context: storedContext });
 *
 * Guarantees: ask() and act() never throw for anything a user can type or press; bad input,
 * an impossible scenario or an out-of-range assumption comes back as an Answer of kind 'error'
 * or 'clarify' with a message a person can act on. Figures come only from the engine's
 * evaluate() for the answer's scenario, so chat, board paper and monthly summary agree.
 *
 * The 'business-case' action answers with how to get the paper (the `unsprawl report` command
 * for the scenario); adapters that can deliver files (Slack, Teams) render the PDF themselves
 * from `answer.scenario` with the report renderer.
 */
import type { ActionId, Answer } from '../answer/answer.js';
import type { Estate } from '../../engine/estate/estate.js';
import type { HostModel } from '../../engine/hosts/host-model.js';
import type { AssumptionSet } from '../../engine/assumptions/assumption-set.js';
import type { Scenario, ScenarioInput } from '../../engine/scenario/scenario.js';
import type { CorePerformanceTable } from '../../engine/sizing/core-performance-table.js';
import type { ConversationContext } from './conversation-context.js';

/** What the bot answers from: the same shape as engine/io's `Inputs` (loadInputs()). */
export interface BotInputs {
  estate: Estate;
  hosts: HostModel[];
  assumptions: AssumptionSet;
  scenarios: Scenario[];
  corePerformance: CorePerformanceTable;
}

/** One turn of a conversation: the answer to show and the context to keep for the next turn. */
export interface BotReply {
  answer: Answer;
  context: ConversationContext;
}

/** What a pressed button carries back (AnswerAction.scenario / AnswerAction.question). */
export interface ActionRequest {
  scenario?: ScenarioInput;
  question?: string;
  context?: ConversationContext;
}

export interface BotCore {
  /** Answers one message. Without a context the question stands alone. */
  ask(text: string, context?: ConversationContext): Promise<BotReply>;
  /** Answers a button press (AnswerAction.id) for the scenario the button carried. */
  act(actionId: ActionId, request?: ActionRequest): Promise<BotReply>;
}
