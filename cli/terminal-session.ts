import type { BotCore } from '../bot/conversation/bot-core.js';
import type { ConversationContext } from '../bot/conversation/conversation-context.js';
import { createBotCore } from '../bot/conversation/create-bot-core.js';
import { historySummary } from '../bot/summary/history-summary.js';
import { businessCaseFile } from '../bot/terminal/business-case-file.js';
import { defaultScenario } from '../engine/scenario/default-scenario.js';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../engine/scenario/scenario.js';
import { scenarioFlags } from './scenario-flags.js';
import { resolveInputs, type InputOptions } from './inputs.js';

export interface TerminalSessionOptions extends InputOptions {
  /** Where "make the business case" writes its files. */
  out: string;
}

export interface TerminalSession {
  core: BotCore;
  /**
   * `unsprawl tco` with the same inputs and a scenario's flags: the command that gives the same
   * figures as an answer about that scenario (fresh questions start from the default scenario).
   */
  equivalentCommand(scenario: ScenarioInput): string[];
  /** Where the conversation starts: the scenario picked with flags, or nothing. */
  context: ConversationContext | undefined;
}

/**
 * The bot core as `unsprawl ask` and `unsprawl chat` use it: the inputs and assumptions from the
 * common flags, business cases written to --out, monthly summaries from the history store.
 */
export async function startTerminalSession(options: TerminalSessionOptions): Promise<TerminalSession> {
  const resolved = await resolveInputs(options);
  const inputs = { ...resolved.inputs, assumptions: resolved.assumptions };
  const core = createBotCore({
    inputs,
    businessCase: businessCaseFile(inputs, options.out, (m) => process.stderr.write(`${m}\n`)),
    summary: historySummary(inputs),
  });
  const start = defaultScenario(inputs.scenarios);
  const inputFlags = [
    ...(options.estate !== undefined ? ['--estate', options.estate] : []),
    ...(options.hosts !== undefined ? ['--hosts', options.hosts] : []),
    ...(options.assumptions !== undefined ? ['--assumptions', options.assumptions] : []),
    ...(options.scenarios !== undefined ? ['--scenarios', options.scenarios] : []),
    ...options.set.flatMap((s) => ['--set', s]),
  ];
  return {
    core,
    context: startingContext(options, resolved.scenario),
    equivalentCommand: (scenario) => ['unsprawl', 'tco', ...inputFlags, ...scenarioFlags(scenarioSchema.parse(scenario), start)],
  };
}

/**
 * A scenario picked with --scenario/--scope/--host/--hypervisor is where the conversation
 * starts, so "what about over 7 years?" refines it; without those flags it starts empty.
 */
function startingContext(options: InputOptions, scenario: Scenario): ConversationContext | undefined {
  const chosen = [options.scenario, options.scope, options.host, options.hypervisor].some((v) => v !== undefined);
  if (!chosen) return undefined;
  const description = options.scope !== undefined ? `scope ${scenario.scope}` : `the ${scenario.name} scenario`;
  return { version: 1, lastScenario: { ...scenario, description } };
}
